import type { JSX } from 'preact';
import { intervalWords, sayValue } from '../figure-words';
import type { PageConflict } from '../../lib/engine/types';
import type { PageAnalysis } from '../../lib/messaging/views';
import { NumberLine } from '../NumberLine';
import { Section } from '../Section';

/** Props of `ConflictList`. */
export interface ConflictListProps {
  /** This page's analysis (its claims and figures). */
  analysis: PageAnalysis;
  /** Scrolls the page to a figure and flashes it. */
  reveal: (figureIndex: number) => void;
  /** The quick view: quotes folded away, and only the first `shown` disagreements open. */
  compact?: boolean;
  /** In the compact view, how many disagreements are listed before "more" (the rest fold away). */
  shown?: number;
}

/** The verdict of each kind, in plain words. */
export const VERDICT: Record<PageConflict['kind'], string> = {
  conflict: 'Conflict: the figures do not overlap',
  update: 'Update: a change over time',
  scope: 'Scope: different populations are counted',
};

const ORDER = { conflict: 0, update: 1, scope: 2 } as const;

/** This page's claims that another source disagrees with, side by side with the other source's. */
export function ConflictList({ analysis, reveal, compact, shown = 3 }: ConflictListProps): JSX.Element {
  const conflicts = [...analysis.conflicts].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  // The quick view draws the first disagreement whole and the next ones as one line each.
  const items = conflicts.map((c, i) =>
    compact && i > 0 ? (
      <DisagreementRow key={i} conflict={c} analysis={analysis} reveal={reveal} />
    ) : (
      <Disagreement key={i} conflict={c} analysis={analysis} reveal={reveal} compact={compact} />
    ),
  );
  const folded = compact && items.length > shown;
  const title = 'Disagreements with other sources';
  const empty = conflicts.length === 0 ? <p class="empty">No other source in the fact base disagrees with this page’s figures.</p> : null;
  if (!compact) {
    return (
      <Section id="conflicts-h" title={title} count={conflicts.length} class="disagreements" testid="disagreements">
        {empty}
        {items}
      </Section>
    );
  }
  return (
    <section aria-labelledby="conflicts-h" class="disagreements" data-testid="disagreements">
      <h3 id="conflicts-h">
        {title} ({conflicts.length})
      </h3>
      {empty}
      {folded ? items.slice(0, shown) : items}
      {folded ? (
        <details class="more">
          <summary>{items.length - shown} more disagreement{items.length - shown === 1 ? '' : 's'}</summary>
          {items.slice(shown)}
        </details>
      ) : null}
    </section>
  );
}

/** The sides of a disagreement: this page's claim and figure text, and the other source's figure text. */
function sidesOf(c: PageConflict, analysis: PageAnalysis): { claim: PageAnalysis['claims'][number] | undefined; here: string; there: string } {
  const claim = analysis.claims.find((x) => x.id === c.claim);
  const fig = claim ? analysis.figures[claim.figure] : undefined;
  // A sum ("Four civilians and three National Guardsmen") stands for its whole span.
  return { claim, here: claim?.figureText || fig?.text || (claim ? sayValue(claim.value, claim.unit) : ''), there: c.other.figureText || sayValue(c.other.value, c.other.unit) };
}

/** "3 outlets, 1 claimant": one original claim repeated by several outlets is one claimant. */
function provenance(c: PageConflict): string {
  const n = c.other.outlets?.length ?? 1;
  return `${n} outlets, ${c.other.claimant ? `1 claimant: ${c.other.claimant}` : 'no claimant named'}`;
}

/** The contract attributes of a disagreement element (PRODUCT.md): one place for both views. */
function disagreementAttrs(c: PageConflict, claim: PageAnalysis['claims'][number] | undefined, here: string): Record<string, string> {
  return {
    'data-testid': 'disagreement',
    'data-kind': c.kind,
    'data-figure': here,
    'data-value': claim ? String(claim.value) : '',
    'data-other-value': String(c.other.value),
    'data-other-source': c.other.source,
  };
}

const KIND_WORD: Record<PageConflict['kind'], string> = { conflict: 'Conflict', update: 'Update', scope: 'Scope' };

/** A disagreement in one line, for the quick view: its kind, this page's figure, the other source's. */
function DisagreementRow({ conflict: c, analysis, reveal }: Omit<DisagreementProps, 'compact'>): JSX.Element {
  const { claim, here, there } = sidesOf(c, analysis);
  return (
    <article
      class={`conflict conflict-row verdict-${c.kind}`}
      {...disagreementAttrs(c, claim, here)}
    >
      <span class="verdict-label">{KIND_WORD[c.kind]}: </span>
      {claim ? (
        <button type="button" class="link strong" onClick={() => reveal(claim.figure)} aria-label={`Show “${here}” on the page`}>{here}</button>
      ) : null}
      <span class="muted"> against </span>
      <strong>{there}</strong>
      <span class="muted"> in {c.other.source}</span>
      {c.other.outlets && c.other.outlets.length > 1 ? <span class="small muted"> ({provenance(c)})</span> : null}
      <details>
        <summary>Why</summary>
        <p class="small">{c.reason}</p>
      </details>
    </article>
  );
}

interface DisagreementProps {
  conflict: PageConflict;
  analysis: PageAnalysis;
  reveal: (figureIndex: number) => void;
  compact?: boolean;
}

/** One disagreement: the verdict, both sides, a number line, and why (the quotes folded in the quick view). */
function Disagreement({ conflict: c, analysis, reveal, compact }: DisagreementProps): JSX.Element {
  const { claim, here, there } = sidesOf(c, analysis);
  const quotes = (
    <div class="sides">
      <div>
        <div class="side-h">This page{analysis.source.publishedAt ? ` · ${analysis.source.publishedAt}` : ''}</div>
        {claim ? (
          <div class="small muted">
            {intervalWords(claim)}
            {claim.claimant ? ` · ${claim.claimant}` : ''}
            {claim.asOf && claim.asOf !== analysis.source.publishedAt ? ` · as of ${claim.asOf}` : ''}
          </div>
        ) : null}
        {claim ? <blockquote class="small">{claim.quote}</blockquote> : null}
      </div>
      <div>
        <div class="side-h">
          {c.other.url ? <a href={c.other.url} target="_blank" rel="noopener noreferrer">{c.other.source}</a> : c.other.source}
          {c.other.publishedAt ? ` · ${c.other.publishedAt}` : ''}
        </div>
        <div class="small muted">{intervalWords(c.other)}{c.other.claimant ? ` · ${c.other.claimant}` : ''}</div>
        <blockquote class="small">{c.other.quote}</blockquote>
      </div>
    </div>
  );
  return (
    <article
      class={`conflict verdict-${c.kind}`}
      {...disagreementAttrs(c, claim, here)}
    >
      <div class="verdict-label">{VERDICT[c.kind]}</div>
      <p class="versus">
        {claim ? (
          <button type="button" class="link strong" onClick={() => reveal(claim.figure)} aria-label={`Show “${here}” on the page`}>{here}</button>
        ) : null}
        <span class="muted"> here, against </span>
        <strong>{there}</strong>
        <span class="muted"> in {c.other.source}</span>
        {c.other.outlets && c.other.outlets.length > 1 ? <span class="small muted"> ({provenance(c)})</span> : null}
      </p>
      {claim ? (
        <NumberLine
          unit={claim.unit}
          items={[
            { label: 'This page', date: analysis.source.publishedAt, low: claim.low, high: claim.high, value: claim.value, current: true },
            { label: c.other.source, date: c.other.publishedAt, low: c.other.low, high: c.other.high, value: c.other.value },
          ]}
        />
      ) : null}
      {compact ? (
        <details>
          <summary>Quotes and why</summary>
          {quotes}
          <p class="small">{c.reason}</p>
        </details>
      ) : (
        <>
          {quotes}
          <p class="small">{c.reason}</p>
        </>
      )}
    </article>
  );
}
