import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { describeInterval, formatValue } from '../lib/claims/compare';
import type { PageConflict } from '../lib/engine/types';
import type { ActorMention } from '../lib/extract/types';
import type { FactbaseCounts } from '../lib/factbase/queries';
import type { TabDossier } from '../lib/messaging/views';
import { NumberLine } from './NumberLine';

/** Props of `Popup`. */
export interface PopupProps {
  /** Loads the dossier of the tab shown. */
  loadDossier: () => Promise<TabDossier | null>;
  /** Loads the fact base's counts. */
  loadCounts: () => Promise<FactbaseCounts>;
  /** Opens this dossier in its own tab, when the popup is not one already. */
  popOut?: () => void;
}

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

const VERDICT: Record<PageConflict['kind'], string> = {
  conflict: 'Conflict: the figures do not overlap',
  update: 'Update: a change over time is stated',
  scope: 'Scope: different populations are counted',
};

/** The popup: this page's dossier, related incidents and conflicting claims, with explicit states. */
export function Popup({ loadDossier, loadCounts, popOut }: PopupProps): JSX.Element {
  const [counts, setCounts] = useState<Load<FactbaseCounts>>({ state: 'loading' });
  const [dossier, setDossier] = useState<Load<TabDossier | null>>({ state: 'loading' });
  useEffect(() => {
    loadCounts().then(
      (value) => setCounts({ state: 'ready', value }),
      (e: unknown) => setCounts({ state: 'error', message: String((e as Error)?.message ?? e) }),
    );
    loadDossier().then(
      (value) => setDossier({ state: 'ready', value }),
      (e: unknown) => setDossier({ state: 'error', message: String((e as Error)?.message ?? e) }),
    );
  }, [loadCounts, loadDossier]);

  return (
    <main class="popup">
      <header>
        <h1>Dossier</h1>
        {popOut ? (
          <button type="button" class="link" onClick={popOut}>Pop out</button>
        ) : null}
      </header>
      <section aria-label="Fact base" class="counts" data-testid="factbase-counts">
        {counts.state === 'loading' ? <span role="status">Loading the fact base…</span> : null}
        {counts.state === 'error' ? <span role="alert">Could not read the fact base: {counts.message}</span> : null}
        {counts.state === 'ready' ? (
          <dl>
            <div><dt>actors</dt><dd data-count="actors">{counts.value.actors}</dd></div>
            <div><dt>incidents</dt><dd data-count="incidents">{counts.value.incidents}</dd></div>
            <div><dt>claims</dt><dd data-count="claims">{counts.value.claims}</dd></div>
            <div><dt>sources</dt><dd data-count="sources">{counts.value.sources}</dd></div>
            <div><dt>notes</dt><dd data-count="notes">{counts.value.notes}</dd></div>
          </dl>
        ) : null}
      </section>
      {dossier.state === 'loading' ? <p role="status">Loading this page's dossier…</p> : null}
      {dossier.state === 'error' ? <p role="alert">Could not load this page's dossier: {dossier.message}</p> : null}
      {dossier.state === 'ready' && !dossier.value ? (
        <p class="empty" data-testid="no-dossier">Dossier has not annotated this page. It reads the supported news sites; open an article there.</p>
      ) : null}
      {dossier.state === 'ready' && dossier.value ? <PageDossier dossier={dossier.value} /> : null}
    </main>
  );
}

function PageDossier({ dossier }: { dossier: TabDossier }): JSX.Element {
  const a = dossier.analysis;
  if (!a) return <p role="status">Analysing {dossier.title}…</p>;
  const conflicts = a.conflicts;
  return (
    <>
      <h2 class="page-title">{dossier.title || dossier.url}</h2>
      <ConflictList conflicts={conflicts} analysis={a} />
      <ActorList actors={a.actors} />
      <section aria-labelledby="figures-h">
        <h3 id="figures-h">Figures on this page ({a.figures.length})</h3>
        {a.figures.length === 0 ? <p class="empty">No figures found.</p> : null}
        <ul class="figures">
          {a.figures.map((f, i) => (
            <li key={i}>
              <strong>{f.text}</strong> <span class="muted">{describeInterval(f)}{f.predicate ? ` · ${f.predicate}` : ''}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="related-h">
        <h3 id="related-h">Related incidents ({dossier.related.length})</h3>
        {dossier.related.length === 0 ? <p class="empty">None in the fact base yet.</p> : null}
        <ul class="incidents">
          {dossier.related.map((r) => (
            <li key={r.incident.id}>
              <div>
                <span class="muted">{r.incident.date ?? 'date unknown'}</span> <strong>{r.incident.title}</strong>
                {r.placeName ? <span class="muted"> · {r.placeName}</span> : null}
              </div>
              <div class="small muted">{r.actorNames.map((n) => `${n.name} (${n.role})`).join(', ')}</div>
              {r.claims.length > 0 ? (
                <div class="small">
                  {r.claims.map((c) => `${formatValue(c.claim.value, c.claim.unit)} ${c.claim.counted ?? c.claim.predicate} (${c.source?.outlet ?? '?'})`).join('; ')}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function ConflictList({ conflicts, analysis }: { conflicts: PageConflict[]; analysis: NonNullable<TabDossier['analysis']> }): JSX.Element {
  return (
    <section aria-labelledby="conflicts-h">
      <h3 id="conflicts-h">Conflicting claims ({conflicts.length})</h3>
      {conflicts.length === 0 ? <p class="empty">No disagreement with other sources found.</p> : null}
      {conflicts.map((c, i) => {
        const claim = analysis.claims.find((x) => x.id === c.claim);
        const fig = claim ? analysis.figures[claim.figure] : undefined;
        return (
          <article key={i} class={`conflict verdict-${c.kind}`} data-kind={c.kind}>
            <div class="verdict-label">{VERDICT[c.kind]}</div>
            <div class="sides">
              <div>
                <div class="side-h">This page</div>
                <strong>{fig?.text ?? claim?.value}</strong>
                {claim ? <div class="small muted">{describeInterval(claim)}{claim.claimant ? ` · ${claim.claimant}` : ''}</div> : null}
                {claim ? <blockquote class="small">{claim.quote}</blockquote> : null}
              </div>
              <div>
                <div class="side-h">
                  {c.other.url ? <a href={c.other.url} target="_blank" rel="noopener noreferrer">{c.other.source}</a> : c.other.source}
                  {c.other.publishedAt ? ` · ${c.other.publishedAt}` : ''}
                </div>
                <strong>{c.other.figureText || formatValue(c.other.value, c.other.unit)}</strong>
                <div class="small muted">{describeInterval(c.other)}{c.other.claimant ? ` · ${c.other.claimant}` : ''}</div>
                <blockquote class="small">{c.other.quote}</blockquote>
              </div>
            </div>
            {claim ? (
              <NumberLine
                items={[
                  { label: 'this page', low: claim.low, high: claim.high, value: claim.value, current: true },
                  { label: c.other.source, low: c.other.low, high: c.other.high, value: c.other.value },
                ]}
              />
            ) : null}
            <p class="small">{c.reason}</p>
          </article>
        );
      })}
    </section>
  );
}

function ActorList({ actors }: { actors: ActorMention[] }): JSX.Element {
  const groups = new Map<string, Map<string, { n: number; linked: boolean }>>();
  for (const a of actors) {
    const g = groups.get(a.type) ?? new Map<string, { n: number; linked: boolean }>();
    const name = a.canonical ?? a.text;
    const e = g.get(name) ?? { n: 0, linked: a.actorId !== null };
    e.n++;
    g.set(name, e);
    groups.set(a.type, g);
  }
  return (
    <section aria-labelledby="actors-h">
      <h3 id="actors-h">Actors on this page ({actors.length})</h3>
      {actors.length === 0 ? <p class="empty">No actors found.</p> : null}
      {(['person', 'organization', 'place'] as const).map((type) => {
        const g = groups.get(type);
        if (!g) return null;
        const entries = [...g].sort((x, y) => Number(y[1].linked) - Number(x[1].linked) || y[1].n - x[1].n);
        return (
          <div key={type} class="actor-group">
            <h4>{type === 'organization' ? 'organisations' : `${type}s`}</h4>
            <ul>
              {entries.map(([name, e]) => (
                <li key={name} class={e.linked ? 'linked' : 'unknown'}>
                  {name}
                  {e.n > 1 ? <span class="muted"> ×{e.n}</span> : null}
                  {e.linked ? null : <span class="muted small"> (not in fact base)</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
