/**
 * Which sites Dossier annotates and remembers: the supported news sites by default, others when
 * the user asks; both switchable per site.
 */
import { hostOf, isSupportedHost } from '../sites';
import { rememberReading, siteSettings } from './storage-items';

// Pure rules in lib/sites.ts; the content script's reader in site-switch.ts. Re-exported for the pages that read both.
export { hostOf, isSupportedHost };
export { annotatesUrl } from './site-switch';

/** Whether claims read on this URL are remembered. */
export async function remembersUrl(url: string): Promise<boolean> {
  const host = hostOf(url);
  if (!host || !(await rememberReading.getValue())) return false;
  const s = (await siteSettings.getValue())[host];
  return s?.remember ?? isSupportedHost(host);
}
