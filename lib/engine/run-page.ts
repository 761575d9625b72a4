/**
 * One page through the whole engine on the command line and in the benchmark: read the page
 * (HTML through the same locator and text builder as the content script, or plain text), then the
 * one analysis pipeline (`analyzePage`) against a working fact base in memory, remembering the
 * page's claims so the next page's disagreements with it are reported.
 */
import { readPage, type HtmlParser, type PageInput } from '../extract/page';
import type { EngineFactbase } from './factbase-port';
import { analyzePage } from './analyze-page';
import { roundMs } from './record-page';
import type { PageResult } from './types';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Analyses one page and adds its claims to `fb`. `label` names the input (path or URL). */
export async function runPage(input: PageInput, label: string, parseHtml: HtmlParser, fb: EngineFactbase): Promise<PageResult> {
  const t0 = now();
  const page = await readPage(input, parseHtml);
  const readMs = now() - t0;
  const result = await analyzePage(
    { label, url: page.url, title: page.title, publishedAt: page.publishedAt, siteName: page.siteName, text: page.text },
    fb,
    { remember: true },
  );
  return { ...result, timings: { ...result.timings, readMs: roundMs(readMs) } };
}
