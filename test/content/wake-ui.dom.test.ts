// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../lib/content/session.dom';
import { wakePageUi } from '../../lib/content/wake-ui.dom';
import { fakeSession, mark } from './support';

let article: HTMLElement;
let actor: HTMLElement;

beforeEach(() => {
  document.body.textContent = '';
  article = document.createElement('article');
  const p = document.createElement('p');
  actor = mark('actor', 0, 'Islamic State');
  p.append('Fighters of ', actor, ' were detained.');
  article.append(p);
  document.body.append(article);
});

/** A page UI whose load resolves when the test says so. */
function deferredUi(): { load: () => Promise<{ mount(s: Session): void }>; mount: ReturnType<typeof vi.fn>; arrive(): Promise<void>; loads: () => number } {
  const mount = vi.fn();
  let resolve!: () => void;
  const arrived = new Promise<void>((r) => (resolve = r));
  let loads = 0;
  return {
    load: async () => {
      loads++;
      await arrived;
      return { mount };
    },
    mount,
    arrive: async () => {
      resolve();
      await new Promise((r) => setTimeout(r, 0));
    },
    loads: () => loads,
  };
}

describe('wakePageUi', () => {
  it('loads and mounts the UI on the first hover of a mark, with that mark as the card to open', async () => {
    const session = fakeSession(new AbortController().signal, { root: article });
    const ui = deferredUi();
    wakePageUi(session, ui.load);
    actor.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, buttons: 0 }));
    expect(session.state.get().wake).toEqual({ mark: actor, pin: false, focusCard: false });
    await ui.arrive();
    expect(ui.mount).toHaveBeenCalledWith(session);
    // Once mounted, the UI's own listeners take over: no more wakes, no second load.
    actor.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, buttons: 0 }));
    actor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(ui.loads()).toBe(1);
    expect(ui.mount).toHaveBeenCalledTimes(1);
  });

  it('opens no card for a mark the pointer left before the UI arrived', async () => {
    const session = fakeSession(new AbortController().signal, { root: article });
    const ui = deferredUi();
    wakePageUi(session, ui.load);
    actor.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, buttons: 0 }));
    actor.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    await ui.arrive();
    expect(ui.mount).toHaveBeenCalledTimes(1);
    expect(session.state.get().wake).toBeNull();
  });

  it('ignores a mouse moving over a mark with its button down (a selection being dragged)', () => {
    const session = fakeSession(new AbortController().signal, { root: article });
    const ui = deferredUi();
    wakePageUi(session, ui.load);
    actor.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, buttons: 1 }));
    expect(session.state.get().wake).toBeNull();
    expect(ui.loads()).toBe(0);
  });

  it.each([
    ['Enter', 'Enter'],
    ['Space', ' '],
  ])('pins the card and moves focus into it for %s on a focused mark, without the page seeing the key', (_name, key) => {
    const session = fakeSession(new AbortController().signal, { root: article });
    wakePageUi(session, deferredUi().load);
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    actor.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(session.state.get().wake).toEqual({ mark: actor, pin: true, focusCard: true });
  });

  it('does not mount a UI that arrives after the session ended', async () => {
    const controller = new AbortController();
    const session = fakeSession(controller.signal, { root: article });
    const ui = deferredUi();
    const waker = wakePageUi(session, ui.load);
    const mounted = waker.mount();
    controller.abort();
    await ui.arrive();
    await mounted;
    expect(ui.mount).not.toHaveBeenCalled();
  });

  it('tries the load again on the next need when it failed', async () => {
    const session = fakeSession(new AbortController().signal, { root: article });
    const mount = vi.fn();
    const load = vi.fn().mockRejectedValueOnce(new Error('no tab')).mockResolvedValue({ mount });
    const waker = wakePageUi(session, load);
    await expect(waker.mount()).rejects.toThrow('no tab');
    await waker.mount();
    expect(load).toHaveBeenCalledTimes(2);
    expect(mount).toHaveBeenCalledWith(session);
  });
});
