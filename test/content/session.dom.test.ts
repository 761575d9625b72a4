// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSession, type PageHost } from '../../lib/content/session.dom';
import type { PageAnalysis } from '../../lib/messaging/views';
import { fakeBackground } from './background';

const SENTENCES = [
  'Kazakh authorities stated on Friday that security forces detained 14 suspects in Aktobe after the attack.',
  'The Interior Ministry said the group had planned further attacks, and that its members were armed.',
  'Officials in Astana added that the investigation would continue for several weeks with help from abroad.',
];

function analysisOf(text: string): PageAnalysis {
  const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    actors: [{ text: 'Aktobe', ...at('Aktobe'), type: 'place', actorId: 'aktobe', canonical: 'Aktobe' }],
    figures: [{ text: '14 suspects', ...at('14 suspects'), value: 14, low: 14, high: 14, qualifier: 'exact', unit: 'count', counted: 'suspects', predicate: 'detained' }],
    claims: [],
    conflicts: [],
    source: { title: 'Detained', outlet: null, publishedAt: null },
  } as unknown as PageAnalysis;
}

/** The `<dossier-ui>` host as WXT's shadow-root UI makes it, reduced to what a session uses. */
function host(): PageHost & { mounted: () => boolean } {
  const shadowHost = document.createElement('dossier-ui');
  const uiContainer = document.createElement('div');
  shadowHost.attachShadow({ mode: 'open' }).append(uiContainer);
  return {
    shadowHost,
    uiContainer,
    mount: () => void document.body.append(shadowHost),
    remove: () => shadowHost.remove(),
    mounted: () => shadowHost.isConnected,
  };
}

let original = '';
beforeEach(() => {
  fakeBrowser.reset();
  document.body.textContent = '';
  const article = document.createElement('article');
  for (const s of SENTENCES) {
    const p = document.createElement('p');
    p.textContent = s;
    article.append(p);
  }
  document.body.append(article);
  original = document.body.textContent ?? '';
});

describe('a session (one pass over the page)', () => {
  it('marks the article, reports the pass, and ends "done" with the counts on the host', async () => {
    const received = fakeBackground({
      analyzePage: (req: { text: string }) => analysisOf(req.text),
      actorIncidentCounts: () => ({ aktobe: 2 }),
      pageAnnotated: () => ({ ok: true }),
      notesForPage: () => [],
      notesAnchored: () => ({ ok: true }),
    });
    const ui = host();
    const session = startSession(ui, new AbortController().signal);
    expect(ui.shadowHost.getAttribute('data-state')).toBe('analysing');
    await session.done;
    expect(ui.shadowHost.getAttribute('data-state')).toBe('done');
    expect([ui.shadowHost.getAttribute('data-actors'), ui.shadowHost.getAttribute('data-figures')]).toEqual(['1', '1']);
    expect([...document.querySelectorAll('dossier-mark')].map((m) => m.textContent)).toEqual(['14 suspects', 'Aktobe']);
    expect(document.body.textContent).toBe(original + ui.shadowHost.textContent);
    expect(session.state.get().analysis?.figures).toHaveLength(1);
    // The badge's report, and the saved-highlights report without loading the page UI (no notes).
    expect(received.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['analyzePage', 'pageAnnotated', 'notesForPage', 'notesAnchored']));
    expect(received.mock.calls.map((c) => c[0])).not.toContain('loadPageUi');
    expect(ui.shadowHost.hasAttribute('data-warnings')).toBe(false);
  });

  it('takes every mark and the host away when its signal aborts', async () => {
    fakeBackground({ analyzePage: (req: { text: string }) => analysisOf(req.text), pageAnnotated: () => ({ ok: true }), notesForPage: () => [], notesAnchored: () => ({ ok: true }), actorIncidentCounts: () => ({}) });
    const ui = host();
    const controller = new AbortController();
    const session = startSession(ui, controller.signal);
    await session.done;
    expect(document.querySelectorAll('dossier-mark').length).toBeGreaterThan(0);
    controller.abort();
    expect(document.querySelectorAll('dossier-mark')).toHaveLength(0);
    expect(ui.mounted()).toBe(false);
    expect(document.body.textContent).toBe(original);
  });

  it('reports a background that does not answer as an error on the host, leaving the page as it was', async () => {
    fakeBackground({});
    const ui = host();
    const session = startSession(ui, new AbortController().signal);
    await session.done;
    expect(ui.shadowHost.getAttribute('data-state')).toBe('error');
    expect(ui.shadowHost.getAttribute('data-error')).toBe('no answer to analyzePage');
    expect(document.querySelectorAll('dossier-mark')).toHaveLength(0);
  });

  it('keeps "done" when a step after the pass fails, and names it in data-warnings', async () => {
    fakeBackground({ analyzePage: (req: { text: string }) => analysisOf(req.text), notesForPage: () => [], notesAnchored: () => ({ ok: true }), actorIncidentCounts: () => ({}) });
    const ui = host();
    const session = startSession(ui, new AbortController().signal);
    await session.done;
    expect(ui.shadowHost.getAttribute('data-state')).toBe('done');
    expect(ui.shadowHost.getAttribute('data-warnings')).toBe('report: no answer to pageAnnotated');
  });
});
