import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotatesUrl } from '../../lib/platform/site-switch';
import { siteSettings } from '../../lib/platform/storage-items';

beforeEach(() => fakeBrowser.reset());

describe('annotatesUrl', () => {
  it.each([
    ['a supported site', 'https://central.asia-news.com/en_GB/articles/x', true],
    ['a subdomain of one, with www.', 'https://www.rus.azattyq.org/a/1.html', true],
    ['another site', 'https://example.com/news', false],
    ['no URL at all', 'not a url', false],
  ])('reads %s as on or off by default', async (_name, url, on) => {
    expect(await annotatesUrl(url)).toBe(on);
  });

  it('follows the per-site choices the settings item stores (the same key, read without the storage library)', async () => {
    await siteSettings.setValue({ 'central.asia-news.com': { annotate: false }, 'example.com': { annotate: true, added: true } });
    expect(await annotatesUrl('https://central.asia-news.com/en_GB/articles/x')).toBe(false);
    expect(await annotatesUrl('https://example.com/news')).toBe(true);
  });
});
