/**
 * Warming the engine up before it is timed: a process that reads one page would otherwise time
 * the JavaScript engine compiling the extractors, not the extraction.
 */
import { extractText, type ExtractDeps } from './analyze';

// Ordinary news prose with the shapes the extractors handle: names, hedged figures, money,
// percentages, dates, a stated change, a claimant.
const SAMPLE = [
  'ALMATY -- More than 300 people were detained in the capital on March 3, the Interior Ministry said in a statement.',
  'Analyst John Smith, director of the Institute for Security Studies in London, said about 1,200 fighters had returned.',
  'The death toll has risen to 18 from 12, officials said; several hundred others were wounded.',
  'Spending rose by 23.5% to 13.5 billion tenge (US $91.6m) in 2012, according to the Finance Ministry.',
  'Seven of the 25 suspects received six-year terms, and half of them were sentenced in absentia.',
].join(' ');

/**
 * Runs the extractors over a sample until about `budgetMs` has passed (at least a few times).
 * `sentences` (real news sentences, such as the fact base's quotes) make the sample more like
 * the pages to come.
 */
export function warmUpEngine(deps: ExtractDeps, sentences: readonly string[] = [], budgetMs = 400): void {
  const text = [...Array.from({ length: 20 }, () => SAMPLE), ...sentences, ...sentences].join('\n\n');
  const t0 = performance.now();
  for (let i = 0; i < 4 || performance.now() - t0 < budgetMs; i++) {
    extractText(text, { sourceId: 'warm-up', title: null, publishedAt: '2016-07-20' }, deps);
    if (i > 200) break;
  }
}
