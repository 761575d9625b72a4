import { render } from 'preact';
import './style.css';
import { CardLayer } from '../../components/CardLayer';
import { startContent } from '../../lib/platform/content-main';
import { SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx, (container, api) => {
      render(api ? <CardLayer doc={document} {...api} /> : null, container);
    });
  },
});
