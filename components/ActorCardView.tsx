import type { JSX } from 'preact';
import type { ActorCard } from '../lib/messaging/views';
import { ClaimLine } from './ClaimLine';

/** Props of `ActorCardView`. */
export interface ActorCardViewProps {
  /** The actor's card data, or null while loading. */
  card: ActorCard | null;
  /** The name as written on the page. */
  text: string;
}

/** A known actor's card: type, name, aliases, description, related incidents, latest claims. */
export function ActorCardView({ card, text }: ActorCardViewProps): JSX.Element {
  if (!card) return <div class="muted" role="status">Loading {text}…</div>;
  const { actor, incidents, claims } = card;
  return (
    <div>
      <div class="kind">{actor.type}</div>
      <h2>{actor.name}</h2>
      {actor.aliases.length > 0 ? <div class="muted small">Also: {actor.aliases.slice(0, 8).join(', ')}</div> : null}
      <p>{actor.description}</p>
      {incidents.length > 0 ? (
        <section>
          <h3>Related incidents</h3>
          <ul>
            {incidents.map((i) => (
              <li key={i.incident.id}>
                <span class="muted">{i.incident.date ?? 'date unknown'}</span> {i.incident.title}
                {i.placeName ? <span class="muted"> · {i.placeName}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {claims.length > 0 ? (
        <section>
          <h3>Latest claims</h3>
          {claims.map((c) => <ClaimLine key={c.claim.id} view={c} />)}
        </section>
      ) : null}
    </div>
  );
}
