import { afterEach, describe, expect, it } from 'vitest';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';
import { loadBundledDefault } from '../../lib/factbase/bundle';
import { openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import {
  addActorAlias,
  deleteActor,
  deleteIncident,
  EditError,
  linkClaimsToIncident,
  mergeActors,
  removeActorAlias,
  renameActor,
  saveIncident,
  setActorType,
  setClaimStatus,
  TOMBSTONES_KEY,
  undoEdit,
  updateActorDetails,
} from '../../lib/factbase/edit';
import type { Bundle } from '../../lib/factbase/schema';
import { actorsRevision } from '../../lib/factbase/revision';
import { claimRecord } from '../support/records';

const claim = claimRecord;

const BUNDLE: Bundle = {
  format: 'dossier-factbase',
  version: 1,
  actors: [
    { id: 'isil', type: 'organization', name: 'Islamic State', aliases: ['IS', 'Daesh'], description: 'Jihadist group.', origin: 'bundled' },
    { id: 'isis-dup', type: 'organization', name: 'ISIS', aliases: ['Islamic State of Iraq and Syria', 'daesh'], description: '', wikidata: 'Q2429253', origin: 'user' },
    { id: 'aktobe', type: 'place', name: 'Aktobe', aliases: ['Aqtobe'], description: 'City.', origin: 'bundled' },
    { id: 'aktobe-dup', type: 'place', name: 'Aktyubinsk', aliases: [], description: 'Old name.', origin: 'bundled' },
    { id: 'knb', type: 'organization', name: 'KNB', aliases: ['National Security Committee'], description: 'Security service.', origin: 'bundled' },
  ],
  sources: [
    { id: 's1', url: 'https://example.org/a', title: 'A', outlet: 'Ex', publishedAt: '2016-06-06', origin: 'bundled' },
    { id: 's2', url: 'https://example.org/b', title: 'B', outlet: 'Ex', publishedAt: '2016-06-07', origin: 'read' },
  ],
  incidents: [
    { id: 'i1', title: 'Aktobe attacks', date: '2016-06-05', place: 'aktobe', actors: [{ actorId: 'isil', role: 'perpetrator' }, { actorId: 'knb', role: 'authority' }], type: 'attack', summary: '', sourceIds: ['s1'], origin: 'bundled' },
    { id: 'i2', title: 'Aktyubinsk raid', date: '2016-06-10', place: 'aktobe-dup', actors: [{ actorId: 'isis-dup', role: 'perpetrator' }, { actorId: 'isil', role: 'perpetrator' }], type: 'raid', summary: '', sourceIds: ['s2'], origin: 'bundled' },
  ],
  claims: [
    claim('c1', { incidentId: 'i1', place: 'aktobe' }),
    claim('c2', { incidentId: 'i2', place: null, sourceId: 's2', origin: 'read', value: 9, low: 9, high: 9 }),
    claim('c3', { place: 'aktobe-dup', sourceId: 's2', origin: 'read', value: 8, low: 8, high: 8 }),
    claim('c4', { predicate: 'fighters-abroad', subject: 'isis-dup', asOf: '2015', value: 300, low: 301, high: null, qualifier: 'more-than' }),
    claim('c5', { predicate: 'arrested', subject: null, place: 'aktobe', value: 12, low: 12, high: 12 }),
  ],
};

let db: FactbaseDB | undefined;
let n = 0;
const fresh = async (): Promise<FactbaseDB> => {
  db = await openFactbase(`test-edit-${++n}`);
  await loadBundledDefault(db, BUNDLE);
  return db;
};
afterEach(() => db?.close());

/** Every record of the stores edits touch, for exact before/after comparisons. */
async function snapshot(d: FactbaseDB): Promise<unknown> {
  const meta = (await d.getAll('meta')).filter((m) => m.key !== 'actorsRevision');
  return { actors: await d.getAll('actors'), incidents: await d.getAll('incidents'), claims: await d.getAll('claims'), sources: await d.getAll('sources'), meta };
}

const matchIds = async (d: FactbaseDB, text: string): Promise<Array<string | null>> =>
  buildAliasMatcher(await d.getAll('actors'))
    .match(text)
    .map((m) => m.actorId);

describe('mergeActors', () => {
  it('moves the names, incident roles and claim subjects of one organisation to the other, and deletes it', async () => {
    const d = await fresh();
    const { value } = await mergeActors(d, 'isil', 'isis-dup');
    expect(value.actor.aliases).toEqual(['IS', 'Daesh', 'ISIS', 'Islamic State of Iraq and Syria']);
    expect(value.actor).toMatchObject({ origin: 'user', description: 'Jihadist group.', wikidata: 'Q2429253' });
    expect(await d.get('actors', 'isis-dup')).toBeUndefined();
    // Both roles were "perpetrator": one remains.
    expect((await d.get('incidents', 'i2'))?.actors).toEqual([{ actorId: 'isil', role: 'perpetrator' }]);
    expect((await d.get('incidents', 'i2'))?.actorIds).toEqual(['isil', 'aktobe-dup']);
    expect(await d.get('claims', 'c4')).toMatchObject({ subject: 'isil', key: 'fighters-abroad|count|subject:isil', origin: 'user' });
    expect(await matchIds(d, 'Fighters of ISIS and the Islamic State of Iraq and Syria.')).toEqual(['isil', 'isil']);
  });

  it('moves incidents and claims at a place, recomputing claim keys (also of claims that take the place from their incident)', async () => {
    const d = await fresh();
    const { value } = await mergeActors(d, 'aktobe', 'aktobe-dup');
    expect(value).toMatchObject({ incidents: 1, claims: 2 });
    expect(await d.get('incidents', 'i2')).toMatchObject({ place: 'aktobe', origin: 'user' });
    // c3 is linked to no incident: its place-and-year key follows the merged place.
    expect(await d.get('claims', 'c3')).toMatchObject({ place: 'aktobe', key: 'killed|count|place:aktobe|2016', origin: 'read' });
    expect((await d.getAllFromIndex('claims', 'by-key', 'killed|count|place:aktobe|2016')).map((c) => c.id).sort()).toEqual(['c3']);
    // c2 belongs to incident i2, which moved with the place: it keeps its incident's key and stays a "read" claim.
    expect(await d.get('claims', 'c2')).toMatchObject({ place: null, incidentId: 'i2', key: 'killed|count|incident:i2', origin: 'read' });
    expect((await d.getAllFromIndex('incidents', 'by-actor', 'aktobe')).map((i) => i.id)).toEqual(['i1', 'i2']);
  });

  it('bumps the actors revision once, in the same transaction', async () => {
    const d = await fresh();
    const before = await actorsRevision(d);
    await mergeActors(d, 'aktobe', 'aktobe-dup');
    expect(await actorsRevision(d)).toBe(before + 1);
  });

  it('records a deleted bundled actor as a tombstone, so a bundle update can leave it out', async () => {
    const d = await fresh();
    await mergeActors(d, 'aktobe', 'aktobe-dup');
    expect((await d.get('meta', TOMBSTONES_KEY))?.value).toEqual(['actors:aktobe-dup']);
  });

  it.each([
    ['organisations', 'isil', 'isis-dup'],
    ['places', 'aktobe', 'aktobe-dup'],
    ['in the other direction', 'aktobe-dup', 'aktobe'],
  ])('is undone exactly (%s)', async (_name, keep, drop) => {
    const d = await fresh();
    const before = await snapshot(d);
    const { undo } = await mergeActors(d, keep, drop);
    expect(await snapshot(d)).not.toEqual(before);
    const rev = await actorsRevision(d);
    await undoEdit(d, undo);
    expect(await snapshot(d)).toEqual(before);
    expect(await actorsRevision(d)).toBe(rev + 1);
  });

  it('survives structured cloning of the undo record (as through a message)', async () => {
    const d = await fresh();
    const before = await snapshot(d);
    const { undo } = await mergeActors(d, 'isil', 'isis-dup');
    await undoEdit(d, JSON.parse(JSON.stringify(undo)));
    expect(await snapshot(d)).toEqual(before);
  });

  it('refuses to undo over a later change, unless forced', async () => {
    const d = await fresh();
    const before = await snapshot(d);
    const { undo } = await mergeActors(d, 'isil', 'isis-dup');
    await addActorAlias(d, 'isil', 'Dawla');
    const after = await snapshot(d);
    await expect(undoEdit(d, undo)).rejects.toThrow(/actor "isil" was changed since/);
    expect(await snapshot(d)).toEqual(after);
    await undoEdit(d, undo, { force: true });
    expect(await snapshot(d)).toEqual(before);
  });

  it.each([
    ['an actor into itself', 'isil', 'isil', /into itself/],
    ['an unknown actor', 'isil', 'nobody', /No actor with id "nobody"/],
  ])('refuses to merge %s and changes nothing', async (_name, keep, drop, message) => {
    const d = await fresh();
    const before = await snapshot(d);
    const rev = await actorsRevision(d);
    await expect(mergeActors(d, keep, drop)).rejects.toThrow(message);
    await expect(mergeActors(d, keep, drop)).rejects.toBeInstanceOf(EditError);
    expect(await snapshot(d)).toEqual(before);
    expect(await actorsRevision(d)).toBe(rev);
  });
});

describe('actor edits', () => {
  it('adds an alias that the matcher then finds', async () => {
    const d = await fresh();
    expect(await matchIds(d, 'The Komitet Natsionalnoi Bezopasnosti said so.')).toEqual([]);
    const { value } = await addActorAlias(d, 'knb', 'Komitet Natsionalnoi Bezopasnosti');
    expect(value).toMatchObject({ origin: 'user', aliases: ['National Security Committee', 'Komitet Natsionalnoi Bezopasnosti'] });
    expect(await matchIds(d, 'The Komitet Natsionalnoi Bezopasnosti said so.')).toEqual(['knb']);
    expect((await d.getAllFromIndex('actors', 'by-alias', 'komitet natsionalnoi bezopasnosti')).map((a) => a.id)).toEqual(['knb']);
  });

  it('removes an alias that the matcher then no longer finds', async () => {
    const d = await fresh();
    expect(await matchIds(d, 'Daesh claimed it.')).toEqual(['isil']);
    await removeActorAlias(d, 'isil', 'daesh');
    expect(await matchIds(d, 'Daesh claimed it.')).toEqual(['isis-dup']);
    expect((await d.get('actors', 'isil'))?.aliases).toEqual(['IS']);
  });

  it.each([
    ['the name', 'Islamic State', /rename the actor instead/],
    ['an alias it lacks', 'ISKP', /has no alias "ISKP"/],
  ])('refuses to remove %s', async (_name, alias, message) => {
    const d = await fresh();
    await expect(removeActorAlias(d, 'isil', alias)).rejects.toThrow(message);
  });

  it.each([
    [true, ['Aktyubinsk'], ['aktobe-dup', 'aktobe-dup']],
    [false, [], ['aktobe-dup']],
  ])('renames an actor, keeping the old name as an alias: %s', async (keepOldName, aliases, matched) => {
    const d = await fresh();
    const { value } = await renameActor(d, 'aktobe-dup', 'Aktyubinsk city', { keepOldName });
    expect(value).toMatchObject({ name: 'Aktyubinsk city', aliases, origin: 'user' });
    expect(await matchIds(d, 'In Aktyubinsk city and in Aktyubinsk.')).toEqual(matched);
  });

  it('changes an actor type and details', async () => {
    const d = await fresh();
    await setActorType(d, 'knb', 'person');
    await updateActorDetails(d, 'knb', { description: ' Kazakh security service. ', wikidata: 'Q1350826' });
    expect(await d.get('actors', 'knb')).toMatchObject({ type: 'person', description: 'Kazakh security service.', wikidata: 'Q1350826', origin: 'user' });
    expect((await d.getAllFromIndex('actors', 'by-type', 'person')).map((a) => a.id)).toEqual(['knb']);
    await expect(setActorType(d, 'knb', 'country' as never)).rejects.toThrow(/not an actor type/);
    await expect(updateActorDetails(d, 'knb', { wikidata: 'wd:1' })).rejects.toThrow(/Invalid actor/);
  });

  it.each([
    ['addActorAlias', (d: FactbaseDB) => addActorAlias(d, 'knb', 'NSC')],
    ['removeActorAlias', (d: FactbaseDB) => removeActorAlias(d, 'knb', 'National Security Committee')],
    ['renameActor', (d: FactbaseDB) => renameActor(d, 'knb', 'National Security Committee of Kazakhstan')],
    ['setActorType', (d: FactbaseDB) => setActorType(d, 'knb', 'person')],
    ['updateActorDetails', (d: FactbaseDB) => updateActorDetails(d, 'knb', { description: 'x' })],
    ['deleteActor', (d: FactbaseDB) => deleteActor(d, 'knb')],
    ['mergeActors', (d: FactbaseDB) => mergeActors(d, 'isil', 'isis-dup')],
  ])('%s bumps the actors revision by one, and its undo bumps it again', async (_name, run) => {
    const d = await fresh();
    const rev = await actorsRevision(d);
    const { undo } = await run(d);
    expect(await actorsRevision(d)).toBe(rev + 1);
    await undoEdit(d, undo);
    expect(await actorsRevision(d)).toBe(rev + 2);
  });

  it.each([
    ['setClaimStatus', (d: FactbaseDB) => setClaimStatus(d, 'c1', 'retracted')],
    ['linkClaimsToIncident', (d: FactbaseDB) => linkClaimsToIncident(d, 'i1', ['c5'])],
  ])('%s leaves the actors revision alone', async (_name, run) => {
    const d = await fresh();
    const rev = await actorsRevision(d);
    await run(d);
    expect(await actorsRevision(d)).toBe(rev);
  });

  it('deletes an actor, dropping it from incidents and claims, and undoes it exactly', async () => {
    const d = await fresh();
    const before = await snapshot(d);
    const { value, undo } = await deleteActor(d, 'aktobe');
    expect(value).toMatchObject({ incidents: 1, claims: 2 });
    expect(await d.get('actors', 'aktobe')).toBeUndefined();
    expect(await d.get('incidents', 'i1')).toMatchObject({ place: null, actorIds: ['isil', 'knb'] });
    expect(await d.get('claims', 'c5')).toMatchObject({ place: null, key: 'detained|count|place:-|2016' });
    expect(await d.getAllFromIndex('incidents', 'by-actor', 'aktobe')).toEqual([]);
    await undoEdit(d, undo);
    expect(await snapshot(d)).toEqual(before);
  });
});

describe('incident and claim edits', () => {
  it('adds an incident with a made-up id and updates it, recomputing the keys of its claims', async () => {
    const d = await fresh();
    const { value } = await saveIncident(d, { title: 'Almaty shooting', date: '2016-07-18', place: null, actors: [], type: 'attack', summary: 's', sourceIds: [] });
    expect(value.id).toBe('user-incident-20160718-almaty-shooting');
    expect(value.origin).toBe('user');
    const again = await saveIncident(d, { title: 'Almaty shooting', date: '2016-07-18', place: null, actors: [], type: 'attack', summary: 's', sourceIds: [] });
    expect(again.value.id).toBe('user-incident-20160718-almaty-shooting-2');

    await saveIncident(d, { ...BUNDLE.incidents[1]!, date: '2017-01-01' });
    expect(await d.get('incidents', 'i2')).toMatchObject({ date: '2017-01-01', origin: 'user' });
    // A claim of an incident is keyed by the incident, whatever its date or place becomes.
    expect((await d.get('claims', 'c2'))?.key).toBe('killed|count|incident:i2');
    await saveIncident(d, { ...BUNDLE.incidents[1]!, place: 'aktobe' });
    expect((await d.get('claims', 'c2'))?.key).toBe('killed|count|incident:i2');
    await expect(saveIncident(d, { ...BUNDLE.incidents[1]!, date: '5 June' })).rejects.toThrow(/Invalid incident/);
  });

  it('links claims to an incident (adding their sources to it) and unlinks them', async () => {
    const d = await fresh();
    await setClaimStatus(d, 'c5', 'active');
    const unplaced = claim('c6', { place: null, asOf: null, sourceId: 's2', origin: 'read' });
    const tx = d.transaction('claims', 'readwrite');
    await tx.store.put({ ...unplaced, key: 'killed|count|place:-|-' });
    await tx.done;
    const { value, undo } = await linkClaimsToIncident(d, 'i1', ['c6']);
    expect(value[0]).toMatchObject({ incidentId: 'i1', origin: 'user' });
    // The claim is now keyed by its incident: it meets the incident's other claims.
    expect((await d.get('claims', 'c6'))?.key).toBe('killed|count|incident:i1');
    expect((await d.getAllFromIndex('claims', 'by-key', 'killed|count|incident:i1')).map((c) => c.id).sort()).toEqual(['c1', 'c6']);
    expect((await d.get('incidents', 'i1'))?.sourceIds).toEqual(['s1', 's2']);
    expect((await d.getAllFromIndex('claims', 'by-incident', 'i1')).map((c) => c.id)).toEqual(['c1', 'c6']);
    await linkClaimsToIncident(d, null, ['c6']);
    expect(await d.get('claims', 'c6')).toMatchObject({ incidentId: null, key: 'killed|count|place:-|-' });
    await expect(undoEdit(d, undo)).rejects.toThrow(/changed since/);
    await expect(linkClaimsToIncident(d, 'nope', ['c6'])).rejects.toThrow(/No incident/);
    await expect(linkClaimsToIncident(d, 'i1', ['c6', 'nope'])).rejects.toThrow(/No claim/);
    expect((await d.get('claims', 'c6'))?.incidentId).toBeNull();
  });

  it.each([['retracted'], ['superseded'], ['active']] as const)('marks a claim %s, as a user record', async (status) => {
    const d = await fresh();
    const { value } = await setClaimStatus(d, 'c3', status);
    expect(value).toMatchObject({ status, origin: 'user' });
    expect(await d.get('claims', 'c3')).toMatchObject({ status, origin: 'user', key: 'killed|count|place:aktobe-dup|2016' });
  });

  it('deletes an incident, keeping its claims unlinked, and undoes it', async () => {
    const d = await fresh();
    const before = await snapshot(d);
    const { value, undo } = await deleteIncident(d, 'i2');
    expect(value.claims).toBe(1);
    expect(await d.get('claims', 'c2')).toMatchObject({ incidentId: null, key: 'killed|count|place:-|2016', origin: 'read' });
    await undoEdit(d, undo);
    expect(await snapshot(d)).toEqual(before);
  });
});
