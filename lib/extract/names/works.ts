/**
 * Names that are not actors: titles of works in quotes ("Super Mario Run"), products, games and
 * devices known by the nouns around them ("the Minecraft protocol", "Vision Pro headset"), model
 * names ("Lumify X9", "Progress MS-04"), laws ("Investment Company Act") and named storms
 * ("Hurricane Katrina").
 */
import type { ActorMention } from '../types';
import { wordsBefore } from './text-around';
import { nextWord } from './text-around';

// Nouns after a name that make it a product, a game, a device or a work.
const PRODUCT_NEXT = new Set([
  'game', 'games', 'app', 'apps', 'headset', 'headsets', 'phone', 'phones', 'smartphone', 'device', 'devices',
  'console', 'consoles', 'musical', 'film', 'movie', 'album', 'song', 'novel', 'display', 'displays', 'panel',
  'panels', 'protocol', 'rocket', 'spacecraft', 'spaceship', 'cargo', 'ship', 'version', 'versions', 'items',
  'servers', 'software', 'browser', 'series', 'franchise', 'console', 'laptop', 'tablet',
  'chip', 'chips', 'drug', 'vaccine', 'exclusive', 'episode',
  'subscription', 'gadget', 'demo', 'batteries', 'battery', 'cable', 'cables', 'port', 'ports', 'drive', 'drives',
  'mode', 'logo', 'sticker', 'trilogy', 'saga', 'sequel', 'prequel', 'remaster', 'telescope', 'probe', 'rover',
]);
// Words before a name that make it a product or work ("the online game Minecraft", "the musical Hamilton").
const PRODUCT_BEFORE = new Set(['game', 'games', 'app', 'headset', 'device', 'musical', 'film', 'movie', 'album', 'song', 'novel', 'show', 'series', 'smartphone', 'console', 'model']);
// "a skin patch called Viaskin", "an app named Clubhouse": a thing given its name.
const CALLED_PRODUCT = /\b(?:patch|drug|pill|vaccine|treatment|medicine|therapy|app|game|device|gadget|product|tool|software|program|programme|feature|robot|phone|headset|chip|console|platform|browser|website|service)\s+(?:called|named|dubbed|known as)\s+["“‘]?$/u;
// A specification before the name: "a recent 32-bit NOOBS", "the 64-bit Windows", "a 4K Sony".
const SPEC_BEFORE = /(?:^|\s)\d+-(?:bit|inch|core|megapixel)\s+$/u;
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'depression']);
// Last words of product names ("Vision Pro", "Galaxy S23 Ultra", "Windows 11 Home").
const PRODUCT_LAST = /(?:^|\s)(?:Pro|Max|Plus|Mini|Ultra|Air|Editions?|OS|Run|Kart|Bravo|Saga|Trilogy|Telescope)$/u;
// A model code closing a name of two or more words ("Lumify X9", "Progress MS-04").
const MODEL_CODE = /\s(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})[\p{L}\d-]+$/u;

/** True when the name's own form is a product's, a law's or a storm's ("Vision Pro", "Lumify X9", "Patriot Act", "Hurricane Ida"). */
export function productForm(name: string): boolean {
  return PRODUCT_LAST.test(name) || MODEL_CODE.test(name) || LAW_LAST.test(name) || /^(?:Hurricane|Typhoon|Cyclone|Storm)\s|^Model\s/u.test(name);
}

// Laws and bills are documents, not actors ("Investment Company Act", "Data Retention Bill").
const LAW_LAST = /\s(?:Act|Bill|Amendment|Statute|Ordinance)$/u;

/**
 * True when the words around this occurrence make the name a work, product or storm: a product
 * noun after it ("the Minecraft protocol") or before it ("the
 * musical Hamilton"), a storm word before it ("Hurricane Ida").
 */
export function contextSaysNotActor(text: string, m: ActorMention): boolean {
  // The words before the name (over an opening quote) tell first; the RegExps only confirm.
  const q = text.charCodeAt(m.start - 1);
  const [w1, w2] = q === 0x22 || q === 0x201c || q === 0x2018 ? wordsBefore(text, m.start - 1) : wordsBefore(text, m.start);
  if (w1 === 'called' || w1 === 'named' || w1 === 'dubbed' || (w1 === 'as' && w2 === 'known')) {
    if (CALLED_PRODUCT.test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
  }
  if (w1.startsWith('-') && SPEC_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return true;
  // An abbreviation spelled out in lowercase is a thing, not an actor: "CRE (carbapenem-resistant ...)".
  if ((text.charCodeAt(m.end) === 0x28 || text.charCodeAt(m.end + 1) === 0x28) && /^ ?\(\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && /^\p{Lu}{2,6}$/u.test(m.text)) return true;
  const prev = wordsBefore(text, m.start)[0];
  const prevLower = prev.toLowerCase();
  if (PRODUCT_BEFORE.has(prevLower) || (STORM_WORDS.has(prevLower) && /^\p{Lu}/u.test(prev))) return true;
  // "Microsoft's console", "Sony's app": the name owns the product, it is its maker, not the product.
  return !possessiveAt(text, m.end) && PRODUCT_NEXT.has(nextWord(text, m.end));
}

function possessiveAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 0x27 || c === 0x2019) && text.charCodeAt(end + 1) === 0x73 && !isLetterAt(text, end + 2);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c > 0x7f;
}

/** True when the name owns a product named right after it ("Microsoft's console", "Sony's headset"): its maker. */
export function makerOfProduct(text: string, m: ActorMention): boolean {
  return possessiveAt(text, m.end) && PRODUCT_NEXT.has(nextWord(text, m.end));
}

/** True when the name stands in quotes, as a title of a work does ("Super Mario Run," ...). */
export function workTitleAt(text: string, m: ActorMention): boolean {
  const b = text.charCodeAt(m.start - 1);
  // " “ ‘ before, then an optional , or . and " ” ’ after.
  if (b !== 0x22 && b !== 0x201c && b !== 0x2018) return false;
  let a = text.charCodeAt(m.end);
  if (a === 0x2c || a === 0x2e) a = text.charCodeAt(m.end + 1);
  if (a !== 0x22 && a !== 0x201d && a !== 0x2019) return false;
  // Quoted organisations ("the "Islamic State"") carry a head word and a sure type; nicknames are
  // introduced as such ("dubbed "Gucci Grace"").
  if (m.confidence >= 0.8) return false;
  return !nicknameBefore(text, m.start - 1);
}

// Nicknames are introduced as such before their opening quote ("dubbed "Gucci Grace"").
function nicknameBefore(text: string, quoteAt: number): boolean {
  return /\b(?:dubbed|nicknamed|called|known as|calls? (?:him|her|it|them)(?:self|selves)?)\s+(?:["“‘][^"”’]*["”’]\s+or\s+)?$/iu.test(text.slice(Math.max(0, quoteAt - 40), quoteAt));
}

// Opening and closing double quotes, curly or straight.
const isOpenQuote = (c: number): boolean => c === 0x201c || c === 0x22;
const isCloseQuote = (c: number): boolean => c === 0x201d || c === 0x22;

/**
 * True when the name stands inside a short quotation written in title case, as titles of works
 * and labels are ("“You Loved Me Like a Distant Star”", "“First of the Season Fresh Alaskan
 * Halibut”"); speech in quotes has lowercase words.
 */
export function inTitleCaseQuote(text: string, m: ActorMention): boolean {
  let a = m.start - 1;
  while (a >= 0 && m.start - a <= 60 && !isOpenQuote(text.charCodeAt(a))) {
    const c = text.charCodeAt(a);
    if (c === 0x0a || c === 0x201d || c === 0x2e) return false;
    a--;
  }
  if (a < 0 || m.start - a > 60) return false;
  let b = m.end;
  while (b < text.length && b - m.end <= 60 && !isCloseQuote(text.charCodeAt(b))) {
    const c = text.charCodeAt(b);
    if (c === 0x0a || c === 0x201c) return false;
    b++;
  }
  if (b >= text.length || b - m.end > 60) return false;
  const words = text.slice(a + 1, b).split(' ');
  if (words.length < 2 || words.length > 12) return false;
  let caps = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    const upper = c >= 0x41 && c <= 0x5a;
    if (upper) caps++;
    // Short words (a, of, the, to, and) may stay lowercase in a title; nothing longer may.
    else if (w.replace(/[^\p{L}]/gu, '').length > 3) return false;
  }
  return caps >= 2 && !nicknameBefore(text, a);
}

// A noun for works before a list of their titles: "titles like", "games such as", "enhanced
// titles to test out during our review:"; or the words an abbreviation stands for.
const WORKS_CUE = /(?:\b(?:games?|titles?|films?|movies?|shows?|books?|novels?|albums?|songs?|apps?|episodes?)\b(?:[^.!?\n:]{0,50}:|,? (?:like|such as|including))|\b(?:stands?|short) for)\s+((?:(?:\p{Lu}[\p{L}\d’'-]*|\d+|of|the|and|or|&)[\s,:]+)*)$/u;

/**
 * True when the name is one of the titles listed after a noun for works ("games like Forza
 * Motorsport 7 and Assassin's Creed Origins", "titles ...: Gears of War 4, Killer Instinct and ...").
 */
export function listedAsWork(text: string, m: ActorMention): boolean {
  const from = Math.max(0, m.start - 110);
  const before = text.slice(from, m.start);
  // The RegExp runs only where a list can open.
  if (!before.includes(':') && !before.includes(' like ') && !before.includes('such as') && !before.includes('including') && !before.includes(' for ')) return false;
  return WORKS_CUE.test(before);
}
