// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardActions } from '../../lib/content/card-actions.dom';
import type { PageAnalysis } from '../../lib/messaging/views';
import { fakeBackground } from './background';
import { fakeSession, mark } from './support';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.textContent = '';
});

describe('cardActions', () => {
  it('adds an unknown name to the fact base and turns its marks into the new actor’s, in the page and the state', async () => {
    const p = document.createElement('p');
    p.append(mark('unknown', 0, 'Zorvex'), ' and ', mark('unknown', 1, 'Dana'));
    document.body.append(p);
    const received = fakeBackground({ addActor: () => ({ actorId: 'user-zorvex' }) });
    const session = fakeSession(new AbortController().signal);
    session.state.set({
      ...session.state.get(),
      analysis: { actors: [{ text: 'Zorvex', actorId: null, type: 'person' }, { text: 'Dana', actorId: null, type: 'person' }], figures: [], claims: [], conflicts: [] } as unknown as PageAnalysis,
    });
    await cardActions(session).addActor('Zorvex', 'organization');
    expect(received).toHaveBeenCalledWith('addActor', { name: 'Zorvex', type: 'organization' });
    expect([...document.querySelectorAll('dossier-mark')].map((m) => m.getAttribute('data-kind'))).toEqual(['actor', 'unknown']);
    expect(session.state.get().analysis?.actors.map((a) => a.actorId)).toEqual(['user-zorvex', null]);
  });

  it('asks for a figure’s card with the page the session read', async () => {
    const received = fakeBackground({ getFigureCard: () => null });
    const session = fakeSession(new AbortController().signal);
    expect(await cardActions(session).loadFigure(3)).toBeNull();
    expect(received).toHaveBeenCalledWith('getFigureCard', { url: session.url, figureIndex: 3 });
  });
});
