import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { readPages } from '../../lib/content/reader.dom';
import { SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    // The one <dossier-ui> host at the end of <body> (PRODUCT.md's DOM contract). Each pass mounts
    // and removes it; the page UI (entrypoints/page-ui/) renders into it once a page needs it.
    const ui = await createShadowRootUi(ctx, {
      name: 'dossier-ui',
      // Its styles come with the page UI (entrypoints/page-ui/style.css); WXT's reset keeps the page's out.
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => container,
    });
    await readPages(ctx, ui);
  },
});
