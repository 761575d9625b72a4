// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adoptStyles } from '../../lib/content/ui-styles.dom';

describe('adoptStyles', () => {
  it('puts the styles into the container’s shadow root once, however often the UI mounts', () => {
    const host = document.createElement('dossier-ui');
    const container = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(container);
    document.body.append(host);
    adoptStyles(container, '.card { color: red; }');
    adoptStyles(container, '.card { color: red; }');
    const styles = host.shadowRoot!.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe('.card { color: red; }');
    // Nothing reaches the page's own document.
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
  });

  it('adds nothing to a container outside a shadow root', () => {
    const container = document.createElement('div');
    document.body.append(container);
    adoptStyles(container, '.card {}');
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });
});
