/**
 * Capitalised words that are never names: contractions ("I'd", "Don't", "You'll") and the words of
 * a site's interface (buttons, labels and section names that the text builder keeps).
 */

// "I'd", "I’ve", "Don't", "You'll", "We're", "Didn’t": a word with a contracted ending.
const CONTRACTION = /^\p{L}+(?:['’](?:d|ll|ve|re|m)|n['’]t)$/iu;

/** True for a contraction ("I'd", "Don't"), which a capital does not make a name. */
export function isContraction(word: string): boolean {
  return CONTRACTION.test(word) || /^(?:I|It|He|She|That|There|What|Let)['’]s$/u.test(word);
}

// Buttons, labels and section names of news sites, lowercase, white space single.
const INTERFACE = new Set([
  'follow', 'unfollow', 'following', 'sign up', 'sign in', 'log in', 'login', 'log out', 'register', 'subscribe',
  'subscribed', 'unsubscribe', 'share', 'tweet', 'email', 'e-mail', 'print', 'comment', 'comments', 'reply', 'like',
  'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'promoted', 'exclusive', 'breaking', 'breaking news',
  'live', 'update', 'updated', 'read more', 'related', 'replay', 'undo', 'featured', 'menu', 'search', 'close',
  'next', 'previous', 'prev', 'skip', 'more', 'watch', 'video', 'videos', 'photo', 'photos', 'gallery', 'image',
  'newsletter', 'newsletters', 'home', 'top', 'back', 'continue', 'view', 'view all', 'see all', 'show more',
  'load more', 'opinion', 'analysis', 'editorial', 'highlights', 'trending', 'popular', 'most read', 'most popular',
  'recommended', 'you may also like', 'what to read next', 'read article', 'related searches', 'about us',
  'contact', 'contact us', 'terms', 'privacy', 'cookies', 'accept', 'download', 'install', 'get the app', 'app',
  'listen', 'play', 'pause', 'mute', 'full screen', 'expand', 'collapse', 'toggle', 'caption', 'credit',
]);

/** True for an interface word or label ("Follow", "SIGN UP", "Read more"), in any case. */
export function isInterfaceWord(name: string): boolean {
  // No label is longer than "you may also like" and a few more: most names are settled here.
  if (name.length > 24) return false;
  const l = name.toLowerCase();
  return INTERFACE.has(l) || (/[\t\n\u00a0]| {2}/u.test(l) && INTERFACE.has(l.replace(/\s+/gu, ' ')));
}
