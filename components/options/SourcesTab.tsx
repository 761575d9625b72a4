import type { JSX } from 'preact';
import type { sendMessage } from '../../lib/platform/messages';
import { FactbaseSearch } from './FactbaseSearch';
import { PagedList } from './PagedList';

/** Props of `SourcesTab`. */
export interface SourcesTabProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** The words searched for (kept by the panel while another tab is shown). */
  search: string;
  /** Changes the words searched for. */
  onSearch: (value: string) => void;
  /** Changes whenever the lists must reload. */
  revision: string;
}

/** The sources tab: every source read or imported, filtered by words in title, outlet or URL. */
export function SourcesTab({ send, search, onSearch, revision }: SourcesTabProps): JSX.Element {
  const q = search.trim();
  return (
    <>
      <div class="filters">
        <FactbaseSearch tab="sources" label="Words in the title or summary" value={search} onInput={onSearch} />
      </div>
      <PagedList
        load={(cursor) => send('listSources', { ...(q ? { search: q } : {}), cursor })}
        queryKey={`${q}|${revision}`}
        label="Sources"
        testId="source-list"
        empty="No sources match."
        itemKey={(s) => s.id}
        render={(s) => (
          <>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title || s.url}
              </a>
            ) : (
              <span>{s.title}</span>
            )}{' '}
            <span class="muted small">{[s.outlet, s.publishedAt, s.origin].filter(Boolean).join(' · ')}</span>
          </>
        )}
      />
    </>
  );
}
