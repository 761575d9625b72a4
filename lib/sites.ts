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
  // Russian-language press of the beat. The Russian editions of the outlets above live on the same
  // hosts or their subdomains (central.asia-news.com/ru_RU, rus.azattyq.org, inform.kz/ru, tengrinews.kz).
  'zakon.kz',
  'sputnik.kz',
  'vlast.kz',
  'kursiv.media',
  'meduza.io',
  'kazpravda.kz',
  'informburo.kz',
  'nur.kz',
  'kapital.kz',
  'khabar.kz',
  '24.kz',
  'caravan.kz',
  'azattyq-ruhy.kz',
  'lada.kz',
  'orda.kz',
  'ktk.kz',
  'interfax.kz',
  // The Kazakh government's own sites (ministries and the KNB under gov.kz, the presidency).
  'gov.kz',
  'akorda.kz',
];

/** Match patterns for the supported sites (`*.host` covers the host itself and its subdomains). */
export const SITE_MATCHES: readonly string[] = HOSTS.map((h) => `*://*.${h}/*`);

/** The host of a URL without "www." ("https://www.rferl.org/a" → "rferl.org"), or null when it is not a URL. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True when the host is one of the supported news sites (or a subdomain of one). */
export function isSupportedHost(host: string): boolean {
  return HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Whether Dossier annotates this host, given the user's per-site choice (supported sites are on by default). */
export function annotatesHost(host: string, choice: { annotate?: boolean } | undefined): boolean {
  return choice?.annotate ?? isSupportedHost(host);
}
