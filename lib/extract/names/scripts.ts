/**
 * Scripts the engine reads. Its word lists and cues are English (and Russian, elsewhere): on text
 * in Chinese, Japanese or Korean it would only guess, so such text gets no marks at all.
 */

// Han, kana, Hangul and the CJK punctuation block.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const CJK_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTER_ALL = /\p{L}/gu;

/** False when most of the text's letters are in a script the engine does not read (CJK). */
export function readsScript(text: string): boolean {
  // A sample is enough to tell the page's script, and keeps this linear and cheap: its two ends,
  // each tested by the RegExp engine on a slice (no copy) for a code unit that may be CJK. Every
  // CJK character but the Hangul Jamo is at or above U+2E80, and most pages have none at all.
  const long = text.length > 20000;
  if (long ? !MAY_BE_CJK.test(text.slice(0, 10000)) && !MAY_BE_CJK.test(text.slice(-10000)) : !MAY_BE_CJK.test(text)) return true;
  const sample = long ? text.slice(0, 10000) + text.slice(-10000) : text;
  if (!CJK.test(sample)) return true;
  const cjk = sample.match(CJK_ALL)?.length ?? 0;
  const all = sample.match(LETTER_ALL)?.length ?? 0;
  return cjk < all * 0.2;
}

const MAY_BE_CJK = /[\u1100-\u11ff\u2e80-\uffff]/;

/** True when the span, or the character just before or after it, is CJK ("3月9日", "Hero也"). */
export function unreadScriptAround(text: string, start: number, end: number): boolean {
  // Every CJK character is at or above U+2E80: only such a code unit needs the RegExp.
  for (let i = Math.max(0, start - 1); i < Math.min(text.length, end + 1); i++) {
    if (text.charCodeAt(i) >= 0x2e80 && CJK.test(text[i]!)) return true;
  }
  return false;
}
