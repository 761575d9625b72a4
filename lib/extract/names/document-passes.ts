/**
 * Passes over all of a page's typed names at once: a surname seen as a person types its later
 * bare uses, lists share a type, and lone sentence-initial words without a cue are dropped.
 */
import { HYPHEN_PARTICLES } from '../lexicon';
import { HEADING, INITIAL, POSSESSIVE, Tokens } from './tokens';
import { LONE_CONFIDENCE, Piece, countCaps } from './typing';
// ---------------------------------------------------------------------------------------------
// Document-level passes

// A later (or earlier) bare surname of a person takes the person type: "Smith", "Mr Mugabe".
export function retypeSurnames(tokens: Tokens, pieces: Piece[]): void {
  const surnames = new Set<string>();
  for (const p of pieces) {
    if (p.type !== 'person' || p.confidence < 0.6) continue;
    const l = tokens.lower(p.to);
    surnames.add(l);
    const h = l.search(/[-\u2010]/u);
    if (h > 0 && HYPHEN_PARTICLES.has(l.slice(0, h))) surnames.add(l.slice(h + 1));
  }
  for (const p of pieces) {
    if (p.fixed || p.type === 'person' || p.confidence >= 0.85) continue;
    if (surnames.has(tokens.lower(p.to)) && countCaps(tokens, p.from, p.to) <= 2) {
      p.type = 'person';
      p.confidence = 0.75;
    }
  }
}

// A single unknown word opening a sentence with no cue at all ("Repeal life imprisonment") is
// more often an ordinary word than a name, unless the same word is capitalised mid-sentence too.
export function dropLoneInitials(text: string, tokens: Tokens, pieces: Piece[]): void {
  const midSentence = new Set<string>();
  for (const p of pieces) {
    if (!tokens.has(p.from, INITIAL | HEADING)) midSentence.add(tokens.word(p.from));
  }
  let w = 0;
  for (const p of pieces) {
    const lone = p.from === p.to && tokens.has(p.from, INITIAL) && !p.fixed && p.confidence <= LONE_CONFIDENCE;
    if (!lone || midSentence.has(tokens.word(p.from))) pieces[w++] = p;
  }
  pieces.length = w;
  void text;
}

// Lists share a type: "in Taraz and Karaganda", "Chechnya, Dagestan and Kabardino-Balkaria".
export function coordinate(text: string, tokens: Tokens, pieces: Piece[]): void {
  // A bare comma may be an apposition ("said Lotfi Azzouz, Tunisia country director"): it links
  // list members only when an "and"/"or" closes the same list.
  const AND_GAP = /^,?\s+(?:and|or)\s+$/u;
  const COMMA_GAP = /^,\s*$/u;
  const gap = (a: Piece | undefined, b: Piece | undefined): string =>
    a === undefined || b === undefined ? '' : text.slice(tokens.end[a.to], tokens.start[b.from]);
  // Pieces a and b = a + 1 (indices into pieces).
  const linked = (a: number, b: number): boolean => {
    const g = gap(pieces[a], pieces[b]);
    if (AND_GAP.test(g)) return true;
    if (!COMMA_GAP.test(g)) return false;
    // Walk on along the list (both directions) looking for the closing "and"/"or".
    for (let k = b; k + 1 < pieces.length; k++) {
      const h = gap(pieces[k], pieces[k + 1]);
      if (AND_GAP.test(h)) return true;
      if (!COMMA_GAP.test(h)) break;
    }
    return false;
  };
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? pieces.map((_, i) => i) : pieces.map((_, i) => pieces.length - 1 - i);
    for (const i of order) {
      const p = pieces[i]!;
      if (p.fixed || p.confidence >= 0.7) continue;
      const nb = pass === 0 ? pieces[i - 1] : pieces[i + 1];
      if (nb === undefined || nb.confidence < 0.7) continue;
      // "Novak Djokovic and Britain’s Andy Murray": a possessive belongs to the next name, not the list.
      if (tokens.has(nb.to, POSSESSIVE) || tokens.has(p.to, POSSESSIVE)) continue;
      const ok = pass === 0 ? linked(i - 1, i) : linked(i, i + 1);
      if (ok) {
        p.type = nb.type;
        p.confidence = 0.7;
      }
    }
  }
}
