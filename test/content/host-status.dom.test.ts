// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { showAnalysing, showCounts, showDone, showError, showWarnings } from '../../lib/content/host-status.dom';
import type { PageAnalysis } from '../../lib/messaging/views';
import { mark } from './support';

const TIMINGS = { root: 1.2, collect: 3.4, analyze: 20.6, wrap: 5.5, longestStep: 7.7 };
const ANALYSIS = { actors: [], figures: [], claims: [], conflicts: [{ claim: 'c1', kind: 'conflict' }, { claim: 'c2', kind: 'update' }] } as unknown as PageAnalysis;

let host: HTMLElement;
beforeEach(() => {
  document.body.textContent = '';
  const p = document.createElement('p');
  // One actor mention split in two pieces, an unknown name, a figure, and a saved highlight (not counted).
  p.append(mark('actor', 0, 'Islamic'), mark('actor', 0, ' State'), mark('unknown', 1, 'Zorvex'), mark('figure', 0, '14 suspects'));
  const saved = document.createElement('dossier-mark');
  saved.setAttribute('data-kind', 'saved');
  saved.textContent = 'a saved quote';
  p.append(saved);
  host = document.createElement('dossier-ui');
  document.body.append(p, host);
});

describe('the host status', () => {
  it('starts a pass by clearing what the last one left', () => {
    host.setAttribute('data-state', 'done');
    host.setAttribute('data-actors', '9');
    host.setAttribute('data-warnings', 'report: gone');
    host.setAttribute('id', 'kept');
    showAnalysing(host);
    expect(host.getAttributeNames().sort()).toEqual(['data-state', 'id']);
    expect(host.getAttribute('data-state')).toBe('analysing');
  });

  it('ends a pass with the counts of the mentions marked, the conflicts and the timings', () => {
    showDone(host, ANALYSIS, TIMINGS, 41.6);
    expect(host.getAttribute('data-state')).toBe('done');
    expect(host.getAttribute('data-actors')).toBe('2');
    expect(host.getAttribute('data-figures')).toBe('1');
    expect(host.getAttribute('data-conflicts')).toBe('1');
    expect(host.getAttribute('data-elapsed-ms')).toBe('42');
    expect(host.getAttribute('data-longest-step-ms')).toBe('8');
    expect(JSON.parse(host.getAttribute('data-timings')!)).toEqual({ root: 1, collect: 3, analyze: 21, wrap: 6, longestStep: 8 });
  });

  it('counts nothing for a page without an analysis', () => {
    showCounts(host, null);
    expect([host.getAttribute('data-actors'), host.getAttribute('data-figures'), host.getAttribute('data-conflicts')]).toEqual(['0', '0', null]);
  });

  it('reports an error, and warnings without undoing "done"', () => {
    showError(host, new Error('no answer to analyzePage'));
    expect(host.getAttribute('data-state')).toBe('error');
    expect(host.getAttribute('data-error')).toBe('no answer to analyzePage');
    showDone(host, ANALYSIS, TIMINGS, 1);
    showWarnings(host, []);
    expect(host.hasAttribute('data-warnings')).toBe(false);
    showWarnings(host, ['report: we.action is undefined', 'saved highlights: gone']);
    expect(host.getAttribute('data-warnings')).toBe('report: we.action is undefined; saved highlights: gone');
    expect(host.getAttribute('data-state')).toBe('done');
  });
});
