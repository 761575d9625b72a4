/**
 * The page UI's styles, put into the `<dossier-ui>` host's shadow root by the page UI itself, so
 * the content script carries none of them. Nothing here reaches the page: it is a shadow root.
 */

const MARKER = 'data-dossier-ui-styles';

/** Adds the styles to the shadow root holding `container`, once (the host is reused by later passes). */
export function adoptStyles(container: HTMLElement, css: string): void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot) || root.querySelector(`style[${MARKER}]`)) return;
  const style = document.createElement('style');
  style.setAttribute(MARKER, '');
  style.textContent = css;
  root.append(style);
}
