/**
 * Command line: `npx dossier annotate <file-or-url>... [--json] [--factbase F] [--empty-factbase]`
 * (bin/dossier.mjs), or `npm run annotate -- ...`.
 * Reads each page in order, prints actors, figures, claims and conflicts, and adds each page's
 * claims to the working fact base so conflicts between the given pages are reported.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import bundled from '../data/factbase.json' with { type: 'json' };
import { describeInterval } from '../lib/claims/compare';
import { actorEntries } from '../lib/engine/actor-entries';
import { runPage } from '../lib/engine/run-page';
import { warmUpEngine } from '../lib/engine/warm-up';
import type { PageResult } from '../lib/engine/types';
import { looksLikeHtml, type PageInput } from '../lib/extract/page';
import { parseBundle } from '../lib/factbase/bundle';
import { MemoryFactbase } from '../lib/factbase/memory';

const USAGE = `usage: npm run annotate -- <file-or-url>... [--json] [--factbase FILE] [--empty-factbase] [--timeout S]
   or: npx dossier annotate <file-or-url>... (same options; no npm banner on stdout)

  <file-or-url>     an HTML or plain-text article (a file path, or an http(s) URL you give)
  --json            print one JSON object (PRODUCT.md's contract) instead of text
  --factbase FILE   start from this fact-base bundle instead of the bundled default
  --empty-factbase  start from an empty fact base
  --timeout S       seconds a URL may take to answer and send the page (default 30)

A URL that cannot be read says why: DNS, TLS, an HTTP status, or a timeout.`;

class UsageError extends Error {}
class HttpStatus extends Error {
  constructor(
    readonly status: number,
    readonly statusText: string,
  ) {
    super(`HTTP ${status}`);
  }
}
class HelpShown extends Error {}

interface Options {
  inputs: string[];
  json: boolean;
  factbase: string | null;
  empty: boolean;
  /** Seconds a URL may take, answer and body. */
  timeout: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { inputs: [], json: false, factbase: null, empty: false, timeout: 30 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--empty-factbase') opts.empty = true;
    else if (a === '--factbase') {
      const f = argv[++i];
      if (!f) throw new UsageError('--factbase needs a file');
      opts.factbase = f;
    } else if (a.startsWith('--factbase=')) opts.factbase = a.slice('--factbase='.length);
    else if (a === '--timeout' || a.startsWith('--timeout=')) {
      const t = Number(a === '--timeout' ? argv[++i] : a.slice('--timeout='.length));
      if (!(t > 0)) throw new UsageError('--timeout needs a number of seconds above 0');
      opts.timeout = t;
    }
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      throw new HelpShown();
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else opts.inputs.push(a);
  }
  if (opts.inputs.length === 0) throw new UsageError('give at least one file or URL');
  if (opts.factbase && opts.empty) throw new UsageError('--factbase and --empty-factbase do not go together');
  return opts;
}

function decodeText(bytes: Buffer, label: string): string {
  // Binary files: a NUL byte, or text that is not valid UTF-8.
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${label} is a binary file, not a page (HTML or text)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${label} is not UTF-8 text; save the page as UTF-8 HTML or text`);
  }
}

// Error codes of Node's fetch (undici) and of its TLS layer, sorted by what went wrong.
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|EPROTO/;

/** Why a fetch failed, in words: DNS, TLS, timeout, or the connection itself. */
function fetchFailure(url: string, err: unknown, timeoutS: number): string {
  const host = (() => {
    try {
      return new URL(url).hostname;
    } catch {
      return url;
    }
  })();
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') return `timeout: no answer from ${host} within ${timeoutS} s`;
  const code = e?.cause?.code ?? '';
  const detail = e?.cause?.message ?? e?.message ?? String(err);
  if (DNS_CODES.has(code)) return `DNS: the host name ${host} could not be resolved (${code})`;
  if (TIMEOUT_CODES.has(code)) return `timeout: no answer from ${host} within ${timeoutS} s (${code})`;
  if (TLS_CODE.test(code)) return `TLS: the secure connection to ${host} failed: ${detail} (${code})`;
  if (code === 'ECONNREFUSED') return `connection refused by ${host} (nothing listens there)`;
  if (code === 'ECONNRESET') return `the connection to ${host} was reset`;
  return `${detail}${code ? ` (${code})` : ''}`;
}

async function loadInput(input: string, timeoutS: number): Promise<PageInput> {
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    // One budget for the whole exchange, body included: a server that stalls mid-page times out too.
    const signal = AbortSignal.timeout(timeoutS * 1000);
    let bytes: Buffer;
    try {
      res = await fetch(input, { redirect: 'follow', signal });
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new HttpStatus(res.status, res.statusText);
      }
      bytes = Buffer.from(await res.arrayBuffer());
    } catch (err) {
      if (err instanceof HttpStatus) throw new Error(`could not fetch ${input}: HTTP status ${err.status}${err.statusText ? ` ${err.statusText}` : ''}`);
      throw new Error(`could not fetch ${input}: ${fetchFailure(input, err, timeoutS)}`);
    }
    const type = res.headers.get('content-type') ?? '';
    const content = decodeText(bytes, input);
    return { content, url: res.url || input, contentType: type.includes('html') ? 'html' : looksLikeHtml(content) ? 'html' : 'text' };
  }
  let size: number;
  try {
    const st = statSync(input);
    if (st.isDirectory()) throw new Error(`${input} is a folder, not a file`);
    size = st.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no such file: ${input}`);
    throw err;
  }
  if (size > 50 * 1024 * 1024) throw new Error(`${input} is larger than 50 MB; is it really a page?`);
  const content = decodeText(readFileSync(input), input);
  return { content, url: null, contentType: /\.x?html?$/i.test(input) ? 'html' : null };
}

function loadFactbase(opts: Options): MemoryFactbase {
  if (opts.empty) return MemoryFactbase.fromBundle(null);
  if (!opts.factbase) return MemoryFactbase.fromBundle(parseBundle(bundled));
  let raw: string;
  try {
    raw = readFileSync(opts.factbase, 'utf8');
  } catch {
    throw new Error(`cannot read the fact base ${opts.factbase}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${opts.factbase} is not JSON: ${(err as Error).message}`);
  }
  return MemoryFactbase.fromBundle(parseBundle(data));
}

function printText(page: PageResult): void {
  const out: string[] = [];
  out.push(`# ${page.source.title ?? page.source.input}`);
  out.push(`source: ${page.source.input}${page.source.publishedAt ? `  published: ${page.source.publishedAt}` : ''}`);
  // The entries the popup lists: a short form counted with the full name it stands for.
  const entries = actorEntries(page.actors);
  const linked = entries.filter((e) => e.linked).length;
  out.push(`\nactors (${linked} linked, ${entries.length - linked} unknown), ${page.actors.length} mentions:`);
  for (const e of entries) out.push(`  ${e.linked ? ' ' : '?'} ${e.name} (${e.type})${e.count > 1 ? ` x${e.count}` : ''}`);
  out.push(`\nfigures (${page.figures.length}):`);
  for (const f of page.figures) {
    out.push(`  "${f.text}"  ${describeInterval(f)}${f.predicate ? `  [${f.predicate}]` : ''}`);
  }
  out.push(`\nconflicts (${page.conflicts.length}):`);
  for (const c of page.conflicts) out.push(`  ${c.kind.toUpperCase()}: ${c.reason}`);
  out.push(`\nextracted in ${page.timings.extractMs} ms\n`);
  process.stdout.write(out.join('\n'));
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof HelpShown) return 0;
    process.stderr.write(`annotate: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const fb = loadFactbase(opts);
  const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
  // Read every input first, so the warm-up can be sized to the work ahead.
  const loaded: { input: string; page: PageInput | null }[] = [];
  let failed = 0;
  for (const input of opts.inputs) {
    try {
      loaded.push({ input, page: await loadInput(input, opts.timeout) });
    } catch (err) {
      failed++;
      loaded.push({ input, page: null });
      process.stderr.write(`annotate: ${(err as Error).message}\n`);
    }
  }
  // timings.extractMs should time the extraction, not the JIT compiling the extractors on the
  // first page: warm up for about 1 ms per 10 words to come (50 ms to 1 s).
  const words = loaded.reduce((n, l) => n + (l.page ? l.page.content.length / 6 : 0), 0);
  warmUpEngine(
    { matcher: fb.matcher, actorIdForName: (n) => fb.actorIdForName(n) },
    parseBundle(bundled).claims.map((c) => c.quote),
    Math.min(1000, 50 + words / 10),
  );
  const pages: PageResult[] = [];
  for (const { input, page: content } of loaded) {
    if (!content) continue;
    try {
      const page = await runPage(content, input, parse, fb);
      if (!page.text.trim()) throw new Error(`${input} has no article text`);
      pages.push(page);
      if (!opts.json) printText(page);
    } catch (err) {
      failed++;
      process.stderr.write(`annotate: ${(err as Error).message}\n`);
    }
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ version: 1, pages })}\n`);
  return failed > 0 ? 1 : 0;
}

// Exit codes are set, not forced: process.exit() would cut off a large JSON still being written
// to a pipe.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`annotate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
