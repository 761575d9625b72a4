/**
 * Which sites Dossier annotates and remembers: the supported news sites by default, others when
 * the user asks; both switchable per site.
 */
import { HOSTS, hostOf } from '../sites';
import { rememberReading, siteSettings } from './storage-items';

/** The host of a URL without "www." (defined with the site list, lib/sites.ts). */
export { hostOf };

/** True when the host is one of the supported news sites (or a subdomain of one). */
export function isSupportedHost(host: string): boolean {
  return HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Whether Dossier annotates pages on this URL. */
export async function annotatesUrl(url: string): Promise<boolean> {
  const host = hostOf(url);
  if (!host) return false;
  const s = (await siteSettings.getValue())[host];
  return s?.annotate ?? isSupportedHost(host);
}

/** Whether claims read on this URL are remembered. */
export async function remembersUrl(url: string): Promise<boolean> {
  const host = hostOf(url);
  if (!host || !(await rememberReading.getValue())) return false;
  const s = (await siteSettings.getValue())[host];
  return s?.remember ?? isSupportedHost(host);
}
