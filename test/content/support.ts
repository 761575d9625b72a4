/** A session over the current (happy-dom) document, as startSession makes one, without a pass. */
import { INITIAL_PAGE_STATE, type PageState } from '../../lib/content/page-state';
import type { Session } from '../../lib/content/session.dom';
import { createStore } from '../../lib/content/store';

/** A session with its own signal (abort it to end the session), a host and a container. */
export function fakeSession(signal: AbortSignal, over: Partial<Session> = {}): Session {
  const host = document.createElement('dossier-ui');
  document.body.append(host);
  return {
    doc: document,
    url: 'https://central.asia-news.com/en_GB/articles/x',
    signal,
    host,
    container: document.createElement('div'),
    state: createStore<PageState>(INITIAL_PAGE_STATE),
    processed: new WeakSet(),
    root: null,
    firstPart: { actors: 0, figures: 0 },
    roving: null,
    waker: { mount: () => Promise.resolve() },
    done: Promise.resolve(),
    ...over,
  };
}

/** A `<dossier-mark>` with these attributes and text. */
export function mark(kind: string, index: number, text: string, attrs: Record<string, string> = {}): HTMLElement {
  const m = document.createElement('dossier-mark');
  m.setAttribute('data-kind', kind);
  m.setAttribute('data-index', String(index));
  m.setAttribute('tabindex', '-1');
  for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
  m.textContent = text;
  return m;
}
