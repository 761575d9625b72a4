import type { ClaimGroup } from '../../lib/factbase/actor-profile';

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al']);

// An actor id or folded name as a name: "ministry-of-finance" → "Ministry of Finance".
const nice = (id: string): string =>
  id
    .replace(/^name:/, '')
    .split(/[-\s]+/)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

const UNIT: Record<string, string> = { count: '', money: ' (money)', percent: ' (%)', years: ' (years)' };

/** Where and when a claim key's figures are about, in words: "about Kazakhstan", "in Aktobe, 2016". */
export function claimScopeWords(key: string): string {
  const words: string[] = [];
  for (const part of key.split('|').slice(2)) {
    if (part.startsWith('subject:')) {
      if (part !== 'subject:-') words.push(`about ${nice(part.slice(8))}`);
    } else if (part.startsWith('place:')) {
      if (part !== 'place:-') words.push(`in ${nice(part.slice(6))}`);
    } else if (/^\d{4}$/.test(part)) words.push(part);
  }
  return words.join(', ') || 'no subject, place or year';
}

/** A claim group in words, for people: "fighters abroad, about Kazakhstan", "killed, in Aktobe, 2016". */
export function claimGroupWords(group: Pick<ClaimGroup, 'key' | 'predicate' | 'unit'>): string {
  const unit = UNIT[group.key.split('|')[1] ?? group.unit] ?? ` (${group.unit})`;
  return `${group.predicate.replace(/-/g, ' ')}${unit}, ${claimScopeWords(group.key)}`;
}
