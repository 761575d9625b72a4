/** Small reads of the text around a name: letters, the words before it, a sentence start. */

/** True for a letter (code unit `c`, character `ch`). */
export function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /\p{L}/u.test(ch);
}

/** True for a letter, digit or inner apostrophe/hyphen of a word. */
export function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
  return /\p{L}/u.test(ch);
}

/**
 * The two words before `start` (nearest first), read backwards over spaces: a hand scan, because an
 * end-anchored RegExp retries from every position of the slice.
 */
export function wordsBefore(text: string, start: number): [string, string] {
  const out: string[] = [];
  let i = start - 1;
  for (let k = 0; k < 2; k++) {
    let spaces = 0;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\t')) {
      i--;
      spaces++;
    }
    if (spaces === 0) break;
    const end = i + 1;
    while (i >= 0 && end - i <= 30 && isWordChar(text.charCodeAt(i), text[i]!)) i--;
    if (i + 1 === end) break;
    out.push(text.slice(i + 1, end));
  }
  return [out[0] ?? '', out[1] ?? ''];
}

/** The word right after a name ("Facebook CEO", "Snopes's writers"), lowercased; '' when none. */
export function nextWord(text: string, end: number): string {
  let i = end;
  if ((text[i] === "'" || text[i] === '’') && text[i + 1] === 's') i += 2;
  const s0 = i;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  if (i === s0) return '';
  const w0 = i;
  while (i < text.length && i - w0 < 20 && (isWordChar(text.charCodeAt(i), text[i]!) || text[i] === '.')) i++;
  return text.slice(w0, i).toLowerCase().replace(/\.$/u, '');
}

// First word of a sentence or line (after an opening quote or bracket too).
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /["'“‘(]/u.test(text[i]!)) i--;
  if (i < 0 || text[i] === '\n') return true;
  if (text[i] !== ' ') return false;
  while (i >= 0 && text[i] === ' ') i--;
  while (i >= 0 && /["'”’)]/u.test(text[i]!)) i--;
  return i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === ':';
}
