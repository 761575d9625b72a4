/**
 * The content script's wiring: decide whether this page is annotated, mount the one
 * `<dossier-ui>` host (shadow root) at the end of <body>, run the annotation pass, and report.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ActorType } from '../factbase/schema';
import { annotateDocument } from '../marks/annotate.dom';
import type { ActorCard, FigureCard, PageAnalysis } from '../messaging/views';
import { sendMessage } from './messages';
import { annotatesUrl } from './sites';

/** What the card UI is given to draw with. */
export interface CardApi {
  analysis: PageAnalysis | null;
  loadActor: (actorId: string) => Promise<ActorCard | null>;
  loadFigure: (figureIndex: number) => Promise<FigureCard | null>;
  addActor: (name: string, type: ActorType) => Promise<void>;
}

/** Draws (or clears, with null) the card UI into its shadow-root container. */
export type RenderCards = (container: HTMLElement, api: CardApi | null) => void;

/** Starts Dossier on this page, unless the site is switched off. */
export async function startContent(ctx: ContentScriptContext, renderCards: RenderCards): Promise<void> {
  if (!(await annotatesUrl(location.href))) return;
  let analysis: PageAnalysis | null = null;
  let container: HTMLElement | null = null;
  const redraw = (): void => {
    if (!container) return;
    renderCards(container, {
      analysis,
      loadActor: (actorId) => sendMessage('getActorCard', { actorId }),
      loadFigure: (figureIndex) => sendMessage('getFigureCard', { url: location.href, figureIndex }),
      addActor: async (name, type) => {
        await sendMessage('addActor', { name, type });
      },
    });
  };
  const ui = await createShadowRootUi(ctx, {
    name: 'dossier-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(c) {
      container = c;
      redraw();
      return c;
    },
    onRemove(c) {
      if (c) renderCards(c, null);
    },
  });
  ui.mount();
  const host = ui.shadowHost;
  host.setAttribute('data-state', 'analysing');
  const started = performance.now();
  try {
    const result = await annotateDocument(document, { analyze: (req) => sendMessage('analyzePage', req) });
    analysis = result.analysis;
    redraw();
    host.setAttribute('data-actors', String(result.actors));
    host.setAttribute('data-figures', String(result.figures));
    host.setAttribute('data-conflicts', String(result.conflicts));
    // For benchmarks and support: how long the pass took and its longest main-thread step.
    host.setAttribute('data-elapsed-ms', String(Math.round(performance.now() - started)));
    host.setAttribute('data-longest-step-ms', String(Math.round(result.timings.longestStep)));
    host.setAttribute('data-timings', JSON.stringify(Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v)]))));
    host.setAttribute('data-state', 'done');
    await sendMessage('pageAnnotated', {
      url: location.href,
      actors: result.actors,
      figures: result.figures,
      conflicts: result.conflicts,
      elapsedMs: performance.now() - started,
    });
  } catch (err) {
    // A broken page or a stopped background must never break the page: report and stay quiet.
    host.setAttribute('data-state', 'error');
    host.setAttribute('data-error', err instanceof Error ? err.message : String(err));
  }
}
