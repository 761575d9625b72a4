import type { JSX } from 'preact';
import type { ActorCard } from '../lib/messaging/views';
import { typeWord } from './actor-type-words';
import { ClaimLine } from './ClaimLine';

/** Props of `ActorCardView`. */
export interface ActorCardViewProps {
  /** The actor's card data, or null while loading. */
  card: ActorCard | null;
  /** The name as written on the page. */
  text: string;
}

// What the card shows before "more": enough to recognise the actor, short enough to stay small.
const SHOWN_ALIASES = 5;
const SHOWN_INCIDENTS = 2;

/** A known actor's card: type, name, aliases, description, related incidents; the rest folds out. */
export function ActorCardView({ card, text }: ActorCardViewProps): JSX.Element {
  if (!card) return <div class="muted" role="status">Loading {text}…</div>;
  const { actor, incidents, claims } = card;
  const incidentItem = (i: ActorCard['incidents'][number]): JSX.Element => (
    <li key={i.incident.id}>
      <span class="muted">{i.incident.date ?? 'date unknown'}</span> {i.incident.title}
      {i.placeName ? <span class="muted"> · {i.placeName}</span> : null}
    </li>
  );
  const more = incidents.length - SHOWN_INCIDENTS;
  return (
    <div>
      <div class="kind">{typeWord(actor.type)}</div>
      <h2>{actor.name}</h2>
      {actor.aliases.length > 0 ? (
        <div class="muted small">
          Also: {actor.aliases.slice(0, SHOWN_ALIASES).join(', ')}
          {actor.aliases.length > SHOWN_ALIASES ? ` and ${actor.aliases.length - SHOWN_ALIASES} more` : ''}
        </div>
      ) : null}
      {actor.description ? <p>{actor.description}</p> : null}
      {incidents.length > 0 ? (
        <section>
          <h3>Related incidents ({incidents.length})</h3>
          <ul>{incidents.slice(0, SHOWN_INCIDENTS).map(incidentItem)}</ul>
          {more > 0 ? (
            <details>
              <summary>{more} more incident{more === 1 ? '' : 's'}</summary>
              <ul>{incidents.slice(SHOWN_INCIDENTS).map(incidentItem)}</ul>
            </details>
          ) : null}
        </section>
      ) : null}
      {claims.length > 0 ? (
        <details>
          <summary>Latest claims about {actor.name} ({claims.length})</summary>
          {claims.map((c) => <ClaimLine key={c.claim.id} view={c} />)}
        </details>
      ) : null}
    </div>
  );
}
