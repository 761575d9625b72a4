/** The news sites Dossier annotates without being asked (the production manifest's host list). */
export const HOSTS: readonly string[] = [
  'central.asia-news.com',
  'rferl.org',
  'azattyq.org',
  'eurasianet.org',
  'thediplomat.com',
  'timesca.com',
  'astanatimes.com',
  'inform.kz',
  'tengrinews.kz',
  'reuters.com',
  'bbc.com',
  'bbc.co.uk',
  'aljazeera.com',
  'apnews.com',
  'washingtonpost.com',
  'nytimes.com',
  'telegraph.co.uk',
  'steppedispatch.wordpress.com',
  'esisc.org',
];

/** Match patterns for the supported sites (`*.host` covers the host itself and its subdomains). */
export const SITE_MATCHES: readonly string[] = HOSTS.map((h) => `*://*.${h}/*`);
