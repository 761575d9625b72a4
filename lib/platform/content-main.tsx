/**
 * The content script's wiring: decide whether this page is annotated, mount the one
 * `<dossier-ui>` host (shadow root) at the end of <body>, run the annotation pass, and report.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardLayer } from '../../components/CardLayer';
import { annotateDocument } from '../marks/annotate.dom';
import type { PageAnalysis } from '../messaging/views';
import { sendMessage } from './messages';
import { annotatesUrl } from './sites';

/** Starts Dossier on this page, unless the site is switched off. */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  if (!(await annotatesUrl(location.href))) return;
  let analysis: PageAnalysis | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'dossier-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const draw = (): void =>
        render(
          <CardLayer
            analysis={analysis}
            doc={document}
            loadActor={(actorId) => sendMessage('getActorCard', { actorId })}
            loadFigure={(figureIndex) => sendMessage('getFigureCard', { url: location.href, figureIndex })}
            addActor={async (name, type) => {
              await sendMessage('addActor', { name, type });
            }}
          />,
          container,
        );
      draw();
      redraw = draw;
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  let redraw = (): void => undefined;
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
