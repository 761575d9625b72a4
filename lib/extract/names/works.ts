/**
 * Names that are not actors: titles of works in quotes ("Super Mario Run"), products, games and
 * devices known by the nouns around them ("the Minecraft protocol", "Vision Pro headset"), model
 * names ("Lumify X9", "Progress MS-04") and named storms ("Hurricane Katrina").
 */
import type { ActorMention } from '../types';

// Nouns after a name that make it a product, a game, a device or a work.
const PRODUCT_NEXT = new Set([
  'game', 'games', 'app', 'apps', 'headset', 'headsets', 'phone', 'phones', 'smartphone', 'device', 'devices',
  'console', 'consoles', 'musical', 'film', 'movie', 'album', 'song', 'novel', 'display', 'displays', 'panel',
  'panels', 'protocol', 'rocket', 'spacecraft', 'spaceship', 'cargo', 'ship', 'version', 'versions', 'items',
  'servers', 'software', 'browser', 'series', 'franchise', 'console', 'laptop', 'tablet',
  'chip', 'chips', 'drug', 'vaccine', 'exclusive', 'episode',
  'subscription', 'gadget', 'demo',
]);
// Words before a name that make it a product or work ("the online game Minecraft", "the musical Hamilton").
const PRODUCT_BEFORE = /\b(?:game|games|app|headset|device|musical|film|movie|album|song|novel|show|series|smartphone|console|model)\s+$/iu;
// Last words of product names ("Vision Pro", "Galaxy S23 Ultra", "Windows 11 Home").
const PRODUCT_LAST = /(?:^|\s)(?:Pro|Max|Plus|Mini|Ultra|Air|Edition|OS|Run|Kart|Bravo)$/u;
// A model code closing a name of two or more words ("Lumify X9", "Progress MS-04").
const MODEL_CODE = /\s(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})[\p{L}\d-]+$/u;
const STORM_BEFORE = /\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm|Super Typhoon|Tropical Depression)\s+$/u;

/** True when the name stands in quotes, as a title of a work does ("Super Mario Run," ...). */
export function workTitleAt(text: string, m: ActorMention): boolean {
  const before = text.slice(Math.max(0, m.start - 1), m.start);
  const after = text.slice(m.end, m.end + 2);
  if (!/["“‘]/u.test(before) || !/^[,.]?["”’]/u.test(after)) return false;
  // Quoted organisations ("the "Islamic State"") carry a head word and a sure type; nicknames are
  // introduced as such ("dubbed "Gucci Grace"").
  if (m.confidence >= 0.8) return false;
  return !/\b(?:dubbed|nicknamed|called|known as|calls? (?:him|her|it|them)(?:self|selves)?)\s+(?:["“‘][^"”’]*["”’]\s+or\s+)?$/iu.test(text.slice(Math.max(0, m.start - 40), m.start - 1));
}

/** True when the words around the name, or its own form, make it a product, game or device. */
export function productEvidence(text: string, m: ActorMention): boolean {
  const next = /^[\s\u00a0]+([\p{L}]+)/u.exec(text.slice(m.end, m.end + 20))?.[1]?.toLowerCase() ?? '';
  if (PRODUCT_NEXT.has(next)) return true;
  if (PRODUCT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return true;
  if (PRODUCT_LAST.test(m.text)) return true;
  return MODEL_CODE.test(m.text);
}

/** True for a named storm ("Hurricane Katrina", "Storm Ciarán"). */
export function isStormName(text: string, m: ActorMention): boolean {
  return STORM_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)) || /^(?:Hurricane|Typhoon|Cyclone|Storm)\s/u.test(m.text);
}
