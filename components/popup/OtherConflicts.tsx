import type { JSX } from 'preact';
import { intervalWords } from '../figure-words';
import type { KnownDisagreement } from '../../lib/claims/known-conflicts';
import { NumberLine } from '../NumberLine';
import { Section } from '../Section';
import { t } from '../../lib/platform/i18n';

/** Props of `OtherConflicts`. */
export interface OtherConflictsProps {
  /** Disagreements between other sources about this page's actors. */
  items: KnownDisagreement[];
}

const VERB: Record<KnownDisagreement['kind'], string> = { conflict: 'Conflict', update: 'Update', scope: 'Different scope' };

/** Disagreements between other sources about the actors this page names. */
export function OtherConflicts({ items }: OtherConflictsProps): JSX.Element | null {
  if (items.length === 0) return null;
  return (
    <Section id="other-conflicts-h" title={t('headingOtherConflicts', 'Other sources disagree about these actors')} count={items.length} open={false} testid="other-disagreements">
      {items.map((d, i) => (
        <article key={i} class={`conflict verdict-${d.kind}`} data-kind={d.kind}>
          <div class="verdict-label">{VERB[d.kind]}: {d.a.claim.predicate}</div>
          <div class="sides">
            {[d.a, d.b].map((side, k) => (
              <div key={k}>
                <div class="side-h">
                  {side.source?.url ? <a href={side.source.url} target="_blank" rel="noopener noreferrer">{side.source.outlet ?? side.source.title}</a> : (side.source?.outlet ?? side.claim.sourceId)}
                  {side.source?.publishedAt ? ` · ${side.source.publishedAt}` : ''}
                </div>
                <strong>{side.claim.figureText}</strong>
                <div class="small muted">{intervalWords(side.claim)}{side.claim.claimant ? ` · ${side.claim.claimant}` : ''}</div>
                <blockquote class="small">{side.claim.quote}</blockquote>
              </div>
            ))}
          </div>
          <NumberLine
            unit={d.a.claim.unit}
            items={[d.a, d.b].map((side) => ({ label: side.source?.outlet ?? side.claim.sourceId, date: side.source?.publishedAt ?? null, low: side.claim.low, high: side.claim.high, value: side.claim.value }))}
          />
        </article>
      ))}
    </Section>
  );
}
