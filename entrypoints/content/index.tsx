import { render } from 'preact';
// The UI's styles go into its shadow root as text: no file for web pages to fetch or probe.
import css from './style.css?inline';
import { ContentUi } from '../../components/ContentUi';
import { startContent } from '../../lib/platform/content-main';
import { SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx, css, (container, api) => {
      if (!api) {
        render(null, container);
        return;
      }
      const { analysis, loadActor, loadFigure, addActor, readSelection, captureSelection, save, loadTags, openRequest } = api;
      render(
        <ContentUi
          cards={{ analysis, doc: document, loadActor, loadFigure, addActor }}
          saver={{ doc: document, readSelection, captureSelection, save, loadTags, openRequest }}
        />,
        container,
      );
    });
  },
});
