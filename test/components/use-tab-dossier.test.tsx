// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { FactbaseCounts } from '../../lib/factbase/queries';
import type { TabDossier } from '../../lib/messaging/views';
import { firstAnswer, startedEarly, useTabDossier, type DossierLoaders, type Load } from '../../components/useTabDossier';

const counts: FactbaseCounts = { actors: 1, incidents: 2, claims: 3, sources: 4, notes: 5 };
const page: TabDossier = { url: 'https://a.example/', title: 'A', analysis: null, related: [], state: 'done' };
const whole: TabDossier = { ...page, pageNotes: [] };

describe('startedEarly', () => {
  it('loads at once, hands the early answer to the first call and loads afresh after', async () => {
    const load = vi.fn(async () => load.mock.calls.length);
    const loader = startedEarly(load);
    expect(load).toHaveBeenCalledTimes(1);
    await loader.done;
    expect(loader.settled()).toEqual({ state: 'ready', value: 1 });
    expect(await loader()).toBe(1);
    expect(loader.settled()).toBeNull();
    expect(await loader()).toBe(2);
  });

  it('says a failed early load as an error, and its done still resolves', async () => {
    const loader = startedEarly(async () => Promise.reject(new Error('no background')));
    await loader.done;
    expect(loader.settled()).toEqual({ state: 'error', message: 'no background' });
  });
});

describe('firstAnswer', () => {
  it('resolves with the first early answer, before a slower one', async () => {
    const slow = startedEarly(() => new Promise<number>(() => undefined));
    const fast = startedEarly(async () => 1);
    await expect(firstAnswer([slow, fast], 60_000)).resolves.toBeUndefined();
  });

  it('resolves after its bound when no answer comes', async () => {
    vi.useFakeTimers();
    try {
      const never = startedEarly(() => new Promise<number>(() => undefined));
      let resolved = false;
      void firstAnswer([never], 100).then(() => (resolved = true));
      await vi.advanceTimersByTimeAsync(99);
      expect(resolved).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(resolved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('useTabDossier', () => {
  function mount(loaders: DossierLoaders): Array<{ counts: Load<FactbaseCounts>; dossier: Load<TabDossier | null> }> {
    const seen: Array<{ counts: Load<FactbaseCounts>; dossier: Load<TabDossier | null> }> = [];
    function View(): null {
      seen.push(useTabDossier(loaders));
      return null;
    }
    render(<View />, document.createElement('div'));
    return seen;
  }

  it('has early answers already in its first render, then the whole dossier', async () => {
    const loadPage = startedEarly(async () => page);
    const loadCounts = startedEarly(async () => counts);
    await firstAnswer([loadPage, loadCounts], 1000);
    await loadCounts.done;
    const loadDossier = vi.fn(async () => whole);
    const seen = mount({ loadPage, loadCounts, loadDossier });
    expect(seen[0]).toEqual({ counts: { state: 'ready', value: counts }, dossier: { state: 'ready', value: page } });
    await vi.waitFor(() => expect(seen.at(-1)?.dossier).toEqual({ state: 'ready', value: whole }));
    expect(loadDossier).toHaveBeenCalledTimes(1);
  });

  it('asks for the whole dossier only once the page part is in', async () => {
    let givePage: (d: TabDossier) => void = () => undefined;
    const loadDossier = vi.fn(async () => whole);
    const seen = mount({ loadPage: () => new Promise((resolve) => (givePage = resolve)), loadCounts: async () => counts, loadDossier });
    expect(seen[0]?.dossier).toEqual({ state: 'loading' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadDossier).not.toHaveBeenCalled();
    givePage(page);
    await vi.waitFor(() => expect(seen.at(-1)?.dossier).toEqual({ state: 'ready', value: whole }));
    expect(seen.some((s) => s.dossier.state === 'ready' && s.dossier.value === page)).toBe(true);
  });

  it('says a failed count as an error', async () => {
    const seen = mount({ loadPage: async () => null, loadCounts: async () => Promise.reject(new Error('closed')), loadDossier: async () => null });
    await vi.waitFor(() => expect(seen.at(-1)?.counts).toEqual({ state: 'error', message: 'closed' }));
  });
});
