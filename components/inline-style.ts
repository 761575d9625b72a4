/**
 * Puts a view's stylesheet into the page as a `<style>` from the script that draws the view: no
 * stylesheet request for the first frame to wait on (a pending one holds module scripts back).
 */
export function addStyleSheet(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
