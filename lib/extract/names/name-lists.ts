/** Lists of names ("Google, Apple and Microsoft"): their members share a kind, and lists of software are no actors. */
import { STOP_ACRONYMS } from '../lexicon';
import type { ActorMention } from '../types';

const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/u;
// Between two names of a list, other items that are no names: "Backbone.js, jQuery, and", "PHP, HTML, ".
const LIST_GAP_WITH_ITEMS = /^(?:\.js)?(?:(?:,\s*|,?\s+(?:and|or)\s+)[\p{L}\d.+#-]+)*(?:,\s*|,?\s+(?:and|or)\s+)$/u;
const TECH_ITEM = /^(?:\p{Lu}{2,6}|\p{Ll}+\p{Lu}[\p{L}\d]*|[\p{L}\d]+\.js)$/u;

/** A list of candidates, and whether software items (PHP, jQuery, Backbone.js) stand in it. */
interface NameList {
  items: ActorMention[];
  tech: boolean;
  /** An "and" or "or" joins two of its items. */
  joined: boolean;
}

// Runs of candidates joined by commas and "and"/"or": "A, B, and C"; other items may stand
// between them when the gap is short ("AJAX, Backbone.js, jQuery, and WordPress").
export function listsOf(text: string, ms: readonly ActorMention[]): NameList[] {
  const out: NameList[] = [];
  let cur: NameList = { items: [], tech: false, joined: false };
  for (const m of ms) {
    const prev = cur.items[cur.items.length - 1];
    const gap = prev && m.start - prev.end <= 60 ? text.slice(prev.end, m.start) : null;
    const c = gap === null ? 0 : gap.charCodeAt(0);
    // Only a gap opening with a comma, a space or ".js" can join a list: most gaps are prose.
    if (gap !== null && LIST_GAP.test(gap)) {
      cur.items.push(m);
      if (/\s(?:and|or)\s/u.test(gap)) cur.joined = true;
    } else if (gap !== null && (c === 0x2c || c === 0x2e || c === 0x20) && LIST_GAP_WITH_ITEMS.test(gap)) {
      cur.items.push(m);
      if (/\s(?:and|or)\s/u.test(gap)) cur.joined = true;
      if (gap.startsWith('.js') || gap.split(/[\s,]+/u).some((w) => w !== 'and' && w !== 'or' && TECH_ITEM.test(w) && (!/^\p{Lu}+$/u.test(w) || STOP_ACRONYMS.has(w.toLowerCase())))) cur.tech = true;
    } else {
      if (cur.items.length > 1) out.push(cur);
      cur = { items: [m], tech: false, joined: false };
    }
  }
  if (cur.items.length > 1) out.push(cur);
  // "Messages, Safari, and Photos": the conjunction may come after the last candidate, before an
  // item that is no candidate.
  for (const l of out) {
    const last = l.items[l.items.length - 1]!;
    if (!l.joined && LIST_END_AFTER.test(text.slice(last.end, last.end + 6))) l.joined = true;
  }
  return out;
}

const LIST_END_AFTER = /^,?\s(?:and|or)\s/u;
