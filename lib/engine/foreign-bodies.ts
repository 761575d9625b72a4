/**
 * Another country's body under a short name the fact base gives one country's: "МВД России" and
 * "Russia's Interior Ministry" are Russia's interior ministry, not Kazakhstan's MVD, though "МВД"
 * and "Interior Ministry" are aliases of the Kazakh one. A known organisation whose fact-base name
 * names a country ("… of Kazakhstan"), with another country named right after it ("МВД России",
 * "Ministry of Interior of Kyrgyzstan"), right before it ("Russia's", "Kyrgyz"), is that other
 * country's body: its mention is kept, as an organisation, unlinked.
 */
import { COUNTRY_KEYS, DEMONYMS, isCountryPlace } from '../claims/countries';
import { aliasKey } from '../extract/normalize';
import type { ActorMention } from '../extract/types';

/** What the rule asks the fact base: an actor's name by id. */
export type ActorNameOf = (id: string) => string | undefined;

// A country right after the body ("МВД России", "Interior Ministry of Russia"), or before it ("Russia's").
const GAP_AFTER = /^\s*(?:of\s+(?:the\s+)?)?$/iu;
const GAP_BEFORE = /^['’]s\s+$/u;
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** The countries an actor's name names ("Ministry of Internal Affairs of Kazakhstan": kazakhstan), folded. */
function countriesIn(name: string): string[] {
  const key = ` ${aliasKey(name)} `;
  return [...COUNTRY_KEYS].filter((c) => key.includes(` ${c} `));
}

/** The known mentions, with each organisation that names another country's body unlinked. */
export function unlinkForeignBodies(text: string, known: readonly ActorMention[], nameOf: ActorNameOf): ActorMention[] {
  let out: ActorMention[] | null = null;
  // A page names the same few bodies again and again: each one's countries are read once.
  const ownOf = new Map<string, string[]>();
  for (let i = 0; i < known.length; i++) {
    const m = known[i]!;
    if (m.type !== 'organization' || m.actorId === null) continue;
    // The cheap test first: nearly every mention has no country beside it.
    const other = countryNear(text, known, i, nameOf);
    if (other === null) continue;
    let own = ownOf.get(m.actorId);
    if (own === undefined) ownOf.set(m.actorId, (own = countriesIn(nameOf(m.actorId) ?? '')));
    if (own.length === 0 || own.includes(aliasKey(other))) continue;
    out ??= known.slice();
    out[i] = { ...m, actorId: null, canonical: null, confidence: 0.8, reason: `an organisation of ${other}: not the fact base's ${nameOf(m.actorId)}` };
  }
  return out ?? (known as ActorMention[]);
}

/** The country named right after or right before mention `i`, by its name in the fact base, or null. */
function countryNear(text: string, known: readonly ActorMention[], i: number, nameOf: ActorNameOf): string | null {
  const m = known[i]!;
  const next = known[i + 1];
  if (next && next.type === 'place' && next.actorId !== null && isCountryPlace(next.actorId) && GAP_AFTER.test(text.slice(m.end, next.start))) return nameOf(next.actorId) ?? null;
  const prev = known[i - 1];
  if (prev && prev.type === 'place' && prev.actorId !== null && isCountryPlace(prev.actorId) && GAP_BEFORE.test(text.slice(prev.end, m.start))) return nameOf(prev.actorId) ?? null;
  // "Kyrgyz Interior Ministry": a nationality word before the name.
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  return w ? (DEMONYMS.get(w[1]!.toLowerCase()) ?? null) : null;
}
