import './style.css';
import { SITE_MATCHES } from '../../lib/sites';
import { startContent } from '../../lib/platform/content-main';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx);
  },
});
