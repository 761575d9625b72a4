/**
 * Settling concurrent versions of one team document, the same way on every member's machine:
 * the later edit wins (ties: the member name that sorts last, then the revision), every other
 * version is kept in the document's history, readers are united, and the settlement is noted on
 * the document so the UI can say "edited by A and B: kept B's; A's kept in history".
 */
import { MAX_HISTORY, recordHash, type HistoryEntry, type SyncDoc } from './docs';

/** Orders versions: the later edit first; equal times by member name, then revision, both descending. */
function precedes(a: SyncDoc, b: SyncDoc): number {
  if (a.at !== b.at) return a.at > b.at ? -1 : 1;
  if (a.by !== b.by) return a.by > b.by ? -1 : 1;
  const ra = a._rev ?? '';
  const rb = b._rev ?? '';
  return ra === rb ? 0 : ra > rb ? -1 : 1;
}

const entryKey = (e: HistoryEntry): string => `${e.at}|${e.by}|${recordHash(e.record)}`;

/**
 * The one version of a document that concurrent versions settle to. Deterministic: any member
 * given the same versions, in any order, computes the same content (the revision of the result
 * is the first version's, so it can be written as that branch's child). Versions whose records
 * are equal merge silently (only readers and history are united); otherwise the losers go into
 * history and a conflict note names the editors.
 */
export function settleVersions(versions: readonly SyncDoc[]): SyncDoc {
  if (versions.length === 0) throw new Error('settleVersions needs at least one version');
  const sorted = [...versions].sort(precedes);
  const winner = sorted[0]!;
  const readers = new Set<string>();
  const history = new Map<string, HistoryEntry>();
  for (const d of sorted) {
    for (const r of d.readers ?? []) readers.add(r);
    for (const h of d.history ?? []) history.set(entryKey(h), h);
  }
  const winnerHash = recordHash(winner.record);
  const losers = sorted.slice(1).filter((d) => recordHash(d.record) !== winnerHash);
  for (const d of losers) {
    const e: HistoryEntry = { by: d.by, at: d.at, record: d.record as Record<string, unknown> | null };
    history.set(entryKey(e), e);
  }
  const out: SyncDoc = { _id: winner._id, kind: winner.kind, record: winner.record, by: winner.by, at: winner.at };
  if (versions[0]?._rev) out._rev = versions[0]._rev;
  if (winner.deleted) out.deleted = true;
  if (winner.kind === 'claim' || winner.kind === 'source') out.readers = [...readers].sort();
  const entries = [...history.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
  if (entries.length) out.history = entries.slice(-MAX_HISTORY);
  if (losers.length) {
    const editors = [...new Set(sorted.filter((d) => d === winner || losers.includes(d)).map((d) => d.by))].sort();
    out.conflict = { editors, kept: winner.by, at: winner.at };
  } else {
    const carried = sorted.find((d) => d.conflict)?.conflict;
    if (carried) out.conflict = carried;
  }
  return out;
}

/** The settlement of a document in words: "Edited by alice and bob: kept bob's; alice's kept in history." */
export function describeConflict(note: { editors: readonly string[]; kept: string }): string {
  const others = note.editors.filter((e) => e !== note.kept);
  const list = (names: readonly string[]): string =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const same = others.length === 0;
  if (same) return `Edited twice by ${note.kept}: kept the later edit; the earlier one kept in history.`;
  return `Edited by ${list(note.editors)}: kept ${note.kept}'s; ${list(others.map((o) => `${o}'s`))} kept in history.`;
}
