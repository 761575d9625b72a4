/**
 * The bundled demo pages: the seed articles rendered as realistic news pages (site navigation,
 * headline, byline, article body, related links, comments, footer), and the four real publisher
 * pages, served from 127.0.0.1 under their real host names (Chromium maps the hosts to the local
 * server with --host-resolver-rules). Used by `npm start` and the end-to-end tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import bundled from '../../data/factbase.json' with { type: 'json' };

const here = dirname(fileURLToPath(import.meta.url));
/** Folder of the seed articles (plain text). */
export const SEEDS_DIR = join(here, '../../test/fixtures/seeds');
/** Self-signed certificate of the demo site (HSTS-preloaded hosts like bbc.com need HTTPS). */
const TLS_DIR = join(here, '../../test/fixtures/tls');
/** Folder of the real publisher pages. */
export const REALPAGES_DIR = join(here, '../../test/fixtures/realpages');

/** One page the demo site serves. */
export interface DemoPage {
  /** Short name ("seed-000", "realpage-bbc"). */
  name: string;
  url: string;
  html: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Lines where a seed's article ends and page furniture (comments, reply forms) begins.
const FURNITURE = /^(Do you like this article\?|Leave a Reply|Follow us on Twitter|Comment Policy|\d+ Comment\(s\))/;

/** Renders a plain-text article as a realistic news page. */
export function renderArticlePage(opts: { text: string; title: string; outlet: string; publishedAt: string | null; url: string }): string {
  const lines = opts.text.split(/\r?\n/).map((l) => l.trim());
  const body: string[] = [];
  const comments: string[] = [];
  let inFurniture = false;
  let list: string[] = [];
  const flushList = (): void => {
    if (list.length) body.push(`<ul>${list.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`);
    list = [];
  };
  let byline = '';
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    if (i < 3 && line === opts.title) continue;
    if (FURNITURE.test(line)) inFurniture = true;
    if (inFurniture) {
      if (line !== 'Reply') comments.push(line);
      continue;
    }
    if (/^By [A-Z][\p{L}]+ [A-Z][\p{L}]+$/u.test(line)) {
      byline = line;
      continue;
    }
    if (line.startsWith('•')) {
      list.push(line.replace(/^•\s*/, ''));
      continue;
    }
    flushList();
    body.push(`<p>${esc(line)}</p>`);
  }
  flushList();
  const date = opts.publishedAt ?? '';
  const host = new URL(opts.url).hostname;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(opts.title)} | ${esc(opts.outlet)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${esc(opts.title)}">
<meta property="og:site_name" content="${esc(opts.outlet)}">
${date ? `<meta property="article:published_time" content="${esc(date)}">` : ''}
<style>
  body { margin: 0; font-family: Georgia, 'Times New Roman', serif; color: #222; background: #fafafa; }
  .masthead { background: #123; color: #fff; padding: 10px 24px; font-family: Arial, sans-serif; }
  .masthead a { color: #cde; margin-right: 16px; text-decoration: none; }
  .wrap { display: flex; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 24px; }
  article { flex: 3; background: #fff; padding: 24px 32px; }
  article h1 { font-size: 30px; line-height: 1.2; }
  .byline { color: #666; font-family: Arial, sans-serif; font-size: 14px; }
  article p { font-size: 18px; line-height: 1.6; }
  aside { flex: 1; font-family: Arial, sans-serif; font-size: 14px; }
  .comments { margin-top: 32px; border-top: 2px solid #ddd; font-family: Arial, sans-serif; font-size: 14px; }
  footer { text-align: center; color: #888; padding: 24px; font-family: Arial, sans-serif; font-size: 12px; }
</style>
</head>
<body>
<header class="masthead">
  <nav aria-label="Sections"><strong>${esc(opts.outlet)}</strong> &nbsp; <a href="/">Home</a><a href="/politics">Politics</a><a href="/security">Security</a><a href="/world">Russia and Afghanistan</a><a href="/about">About the Islamic State coverage</a></nav>
</header>
<div class="wrap">
<main>
<article>
  <h1>${esc(opts.title)}</h1>
  <p class="byline">${byline ? `${esc(byline)} · ` : ''}<time datetime="${esc(date)}">${esc(date || 'undated')}</time> · ${esc(host)}</p>
  <div class="article-body" itemprop="articleBody">
${body.join('\n')}
  </div>
</article>
${comments.length ? `<section class="comments" id="comments"><h2>Comments</h2>${comments.map((c) => `<p>${esc(c)}</p>`).join('\n')}</section>` : ''}
</main>
<aside class="related" aria-label="Related stories">
  <h2>Most read</h2>
  <ul>
    <li><a href="/a1">Taliban claims 40 killed in Kabul attack, officials say 12</a></li>
    <li><a href="/a2">Uzbekistan arrests 200 in sweep of Hizb ut-Tahrir cells</a></li>
    <li><a href="/a3">Almaty budget for security grows by 15%</a></li>
  </ul>
</aside>
</div>
<footer>© ${esc(opts.outlet)}. Contact · Privacy · Terms. Reporting from Astana, Almaty and Bishkek.</footer>
</body>
</html>`;
}

/** The five seed articles as demo pages, at their sources' URLs in the bundled fact base. */
export function seedPages(): DemoPage[] {
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => {
    const n = file.slice(0, 3);
    const source = bundled.sources.find((s) => s.id === `src-${n}`);
    if (!source?.url) throw new Error(`no source with a URL for seed ${file} in data/factbase.json`);
    const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
    return {
      name: `seed-${n}`,
      url: source.url,
      html: renderArticlePage({ text, title: source.title, outlet: source.outlet ?? '', publishedAt: source.publishedAt, url: source.url }),
    };
  });
}

const REAL_URLS: Record<string, string> = {
  'wapo-1': 'https://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/',
  'nytimes-1': 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html',
  telegraph: 'https://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/',
  'bbc-1': 'https://www.bbc.com/news/world-us-canada-33646704',
};

/** The four real publisher pages, at their original addresses. */
export function realPages(): DemoPage[] {
  return readdirSync(REALPAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const key = Object.keys(REAL_URLS).find((k) => file.includes(`_${k}_`));
      if (!key) throw new Error(`no address known for ${file}`);
      return { name: `realpage-${key}`, url: REAL_URLS[key]!, html: readFileSync(join(REALPAGES_DIR, file), 'utf8') };
    });
}

/** A running demo site. */
export interface DemoSite {
  port: number;
  /** Chromium's --host-resolver-rules value mapping every page's host here. */
  hostRules: string;
  /** Adds or replaces a page while running. */
  put(page: DemoPage): void;
  close(): Promise<void>;
}

/**
 * Serves the pages from 127.0.0.1: an HTTP and an HTTPS server on free ports, each host mapped to
 * the one its pages' scheme needs (some news hosts are HSTS-preloaded in Chromium, so HTTPS).
 * Unknown paths get a 404.
 */
export async function startDemoSite(pages: DemoPage[]): Promise<DemoSite> {
  const byKey = new Map<string, DemoPage>();
  const hosts = new Map<string, 'http:' | 'https:'>([['example.org', 'https:'], ['example.com', 'http:']]);
  const put = (p: DemoPage): void => {
    const u = new URL(p.url);
    byKey.set(`${u.hostname}${u.pathname}`, p);
    hosts.set(u.hostname, u.protocol === 'https:' ? 'https:' : 'http:');
  };
  pages.forEach(put);
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    const page = byKey.get(`${host}${path}`);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.html);
  };
  const http = createHttpServer(handle);
  const https = createHttpsServer(
    { key: readFileSync(join(TLS_DIR, 'demo-key.pem')), cert: readFileSync(join(TLS_DIR, 'demo-cert.pem')) },
    handle,
  );
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  const httpPort = (http.address() as AddressInfo).port;
  const httpsPort = (https.address() as AddressInfo).port;
  return {
    port: httpPort,
    get hostRules() {
      return [...hosts].map(([h, scheme]) => `MAP ${h} 127.0.0.1:${scheme === 'https:' ? httpsPort : httpPort}`).join(', ');
    },
    put,
    close: async () => {
      for (const server of [http, https]) {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }
    },
  };
}

/**
 * The seed texts repeated, in order, until they hold at least `words` words (joined by `joiner`);
 * with `articleOnly`, each seed is cut at its first line of page furniture (comments, reply forms).
 */
export function seedCorpus(words: number, opts: { articleOnly?: boolean; joiner?: string } = {}): string {
  const texts = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(SEEDS_DIR, f), 'utf8');
      if (!opts.articleOnly) return text;
      const lines = text.split('\n');
      const end = lines.findIndex((l) => FURNITURE.test(l.trim()));
      return (end === -1 ? lines : lines.slice(0, end)).join('\n');
    });
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    n += (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  }
  return parts.join(opts.joiner ?? '\n\n');
}

/** A very long article (the seed articles repeated to about `words` words), for performance checks. */
export function longPage(words = 100_000): DemoPage {
  const text = seedCorpus(words, { articleOnly: true, joiner: '\n' });
  const url = `https://central.asia-news.com/en_GB/articles/cnmi_ca/features/long-read-${words}`;
  return {
    name: `long-${words}`,
    url,
    html: renderArticlePage({ text, title: `A long read (${words.toLocaleString('en-US')} words)`, outlet: 'Caravanserai', publishedAt: '2016-07-20', url }),
  };
}
