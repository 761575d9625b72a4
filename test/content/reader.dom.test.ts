// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPages } from '../../lib/content/reader.dom';
import type { PageHost } from '../../lib/content/session.dom';
import type { PageAnalysis } from '../../lib/messaging/views';
import { siteSettings } from '../../lib/platform/storage-items';
import { fakeBackground } from './background';

const TEXT = 'Kazakh authorities stated on Friday that security forces detained 14 suspects in Aktobe after the attack. The Interior Ministry said the group had planned further attacks.';

function analysisOf(text: string): PageAnalysis {
  const start = text.indexOf('14 suspects');
  return {
    actors: [],
    figures: [{ text: '14 suspects', start, end: start + 11, value: 14, low: 14, high: 14, qualifier: 'exact', unit: 'count', counted: 'suspects', predicate: 'detained' }],
    claims: [],
    conflicts: [],
    source: { title: 't', outlet: null, publishedAt: null },
  } as unknown as PageAnalysis;
}

function host(): PageHost {
  const shadowHost = document.createElement('dossier-ui');
  const uiContainer = document.createElement('div');
  shadowHost.attachShadow({ mode: 'open' }).append(uiContainer);
  return { shadowHost, uiContainer, mount: () => void document.body.append(shadowHost), remove: () => shadowHost.remove() };
}

// The fake's types know (message, sender) only; the browser also passes sendResponse.
const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> };
const toTab = (message: object): Promise<unknown> => new Promise((resolve) => void onMessage.trigger(message, {}, resolve));

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://central.asia-news.com/en_GB/articles/x');
  document.body.textContent = '';
  const article = document.createElement('article');
  const p = document.createElement('p');
  p.textContent = TEXT;
  article.append(p);
  document.body.append(article);
  fakeBackground({ analyzePage: (req: { text: string }) => analysisOf(req.text), pageAnnotated: () => ({ ok: true }), notesForPage: () => [], notesAnchored: () => ({ ok: true }), actorIncidentCounts: () => ({}) });
  ctx = new ContentScriptContext('content');
});
afterEach(() => ctx.abort());

const marks = (): number => document.querySelectorAll('dossier-mark').length;
const hosts = (): number => document.querySelectorAll('dossier-ui').length;

describe('readPages', () => {
  it('annotates a supported site, and takes everything away and back as the site is switched off and on', async () => {
    await readPages(ctx, host());
    expect(marks()).toBe(1);
    expect(document.querySelector('dossier-ui')?.getAttribute('data-state')).toBe('done');
    expect(await toTab({ dossierTab: 'setEnabled', data: { enabled: false } })).toEqual({ ok: true });
    expect([marks(), hosts()]).toEqual([0, 0]);
    expect(document.body.textContent).toBe(TEXT);
    // Answered once the new pass is done.
    expect(await toTab({ dossierTab: 'setEnabled', data: { enabled: true } })).toEqual({ ok: true });
    expect([marks(), hosts()]).toEqual([1, 1]);
    expect(document.querySelector('dossier-ui')?.getAttribute('data-state')).toBe('done');
  });

  it('leaves a site the reader switched off alone', async () => {
    await siteSettings.setValue({ 'central.asia-news.com': { annotate: false } });
    await readPages(ctx, host());
    expect([marks(), hosts()]).toEqual([0, 0]);
  });

  it('leaves nothing behind when the content script’s context is invalidated', async () => {
    await readPages(ctx, host());
    expect(marks()).toBe(1);
    ctx.abort();
    expect([marks(), hosts()]).toEqual([0, 0]);
    // Its tab messages are no longer heard.
    expect((await onMessage.trigger({ dossierTab: 'setEnabled', data: { enabled: true } }, {}, () => undefined)).filter(Boolean)).toEqual([]);
  });
});
