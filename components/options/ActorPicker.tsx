import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ActorListItem } from '../../lib/factbase/browse';
import type { sendMessage } from '../../lib/platform/messages';

/** Props of `ActorPicker`. */
export interface ActorPickerProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** The search box's label. */
  label: string;
  /** Id of the search box (unique on the page). */
  id: string;
  /** The actor chosen, or null when cleared. */
  onPick: (actor: ActorListItem | null) => void;
  /** The actor currently chosen (shown with a Clear button). */
  picked?: { id: string; name: string } | null;
  /** An actor not to offer (the one being merged into). */
  excludeId?: string;
}

/** Picks an actor by typing the start of a name or alias. */
export function ActorPicker({ send, label, id, onPick, picked, excludeId }: ActorPickerProps): JSX.Element {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ActorListItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults([]);
      return;
    }
    let live = true;
    const t = setTimeout(() => {
      send('listActors', { search: q, limit: 8 }).then(
        (page) => live && (setResults(page.items.filter((a) => a.id !== excludeId)), setError(null)),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, send, excludeId]);

  if (picked) {
    return (
      <div class="picker">
        <span>
          {label}: <strong>{picked.name}</strong>
        </span>{' '}
        <button type="button" class="link" onClick={() => onPick(null)}>
          Clear
        </button>
      </div>
    );
  }
  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <input id={id} type="search" value={query} autocomplete="off" onInput={(e) => setQuery(e.currentTarget.value)} placeholder="Type a name or alias" />
      {error ? <span role="alert">{error}</span> : null}
      {results.length > 0 ? (
        <ul class="picker-results" aria-label={`Actors matching "${query}"`}>
          {results.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                class="link"
                onClick={() => {
                  onPick(a);
                  setQuery('');
                }}
              >
                {a.name}
              </button>{' '}
              <span class="muted small">
                {a.type}
                {a.matched !== a.name ? ` · as “${a.matched}”` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : query.trim() ? (
        <span class="muted small"> No actor’s name has a word starting with that.</span>
      ) : null}
    </div>
  );
}
