/**
 * The user's edits to incidents (save, delete, link claims) and to a claim's status, each in one
 * edit session with its undo record (edit-session.ts).
 */
import { aliasKey } from '../extract/normalize';
import type { FactbaseDB, StoredIncident } from './db';
import { cascadeOrigin, edit, EditError, type EditResult } from './edit-session';
import { stripStored } from './records';
import type { Claim, Incident } from './schema';

/** The fields of an incident the user fills in; `id` is made when absent. */
export type IncidentInput = Omit<Incident, 'id' | 'origin'> & { id?: string };

/**
 * Adds or updates an incident (origin "user"). Claims linked to it get their keys recomputed,
 * since an incident's place and date stand in for theirs.
 */
export function saveIncident(db: FactbaseDB, input: IncidentInput): Promise<EditResult<Incident>> {
  return edit(
    db,
    (i) => `Save incident ${i.title}`,
    async (s) => {
      const store = s.tx.objectStore('incidents');
      let id = input.id;
      if (!id) {
        const base = `user-incident-${(input.date ?? 'undated').replace(/[^\d]/g, '')}-${aliasKey(input.title).replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}`.replace(/-+$/, '');
        id = base;
        for (let n = 2; await store.get(id); n++) id = `${base}-${n}`;
      }
      const before = (await store.get(id)) ?? null;
      const incident: Incident = { ...input, id, origin: 'user' };
      const stored = await s.putIncident(before, incident);
      const linked = await s.tx.objectStore('claims').index('by-incident').getAll(id);
      for (const c of linked) await s.putClaim(c, stripStored(c), stored);
      return stripStored(stored);
    },
  );
}

/** Deletes an incident; its claims stay, unlinked (keys recomputed). Undoable. */
export function deleteIncident(db: FactbaseDB, id: string): Promise<EditResult<{ incident: Incident; claims: number }>> {
  return edit(
    db,
    (r) => `Delete incident ${r.incident.title}`,
    async (s) => {
      const before = await s.tx.objectStore('incidents').get(id);
      if (!before) throw new EditError(`No incident with id "${id}".`);
      const linked = await s.tx.objectStore('claims').index('by-incident').getAll(id);
      for (const c of linked) await s.putClaim(c, { ...stripStored(c), incidentId: null, origin: cascadeOrigin(c.origin) }, null);
      await s.delete('incidents', before);
      return { incident: stripStored(before), claims: linked.length };
    },
  );
}

/**
 * Links claims to an incident (or unlinks them with `incidentId` null). The claims' sources are
 * added to the incident's sources; claim keys are recomputed. The claims become "user" records.
 */
export function linkClaimsToIncident(db: FactbaseDB, incidentId: string | null, claimIds: readonly string[]): Promise<EditResult<Claim[]>> {
  return edit(
    db,
    (cs) => (incidentId ? `Link ${cs.length} claim(s)` : `Unlink ${cs.length} claim(s)`),
    async (s) => {
      let incident: StoredIncident | null = null;
      if (incidentId) {
        incident = (await s.tx.objectStore('incidents').get(incidentId)) ?? null;
        if (!incident) throw new EditError(`No incident with id "${incidentId}".`);
      }
      const out: Claim[] = [];
      const sources = new Set(incident?.sourceIds ?? []);
      for (const id of claimIds) {
        const c = await s.tx.objectStore('claims').get(id);
        if (!c) throw new EditError(`No claim with id "${id}".`);
        out.push(stripStored(await s.putClaim(c, { ...stripStored(c), incidentId, origin: 'user' }, incident)));
        sources.add(c.sourceId);
      }
      if (incident && sources.size > incident.sourceIds.length) {
        await s.putIncident(incident, { ...stripStored(incident), sourceIds: [...sources], origin: 'user' });
      }
      return out;
    },
  );
}

/** Marks a claim active, retracted or superseded (origin "user"). */
export function setClaimStatus(db: FactbaseDB, claimId: string, status: Claim['status']): Promise<EditResult<Claim>> {
  return edit(
    db,
    (c) => `Mark claim ${status}${c.figureText ? ` (${c.figureText})` : ''}`,
    async (s) => {
      const c = await s.tx.objectStore('claims').get(claimId);
      if (!c) throw new EditError(`No claim with id "${claimId}".`);
      return stripStored(await s.putClaim(c, { ...stripStored(c), status, origin: 'user' }));
    },
  );
}
