/**
 * The popup's site switches: annotate this site (asking for host access first when it is not a
 * supported site), remember claims read on it, and the global "remember what I read".
 */
import { browser } from 'wxt/browser';
import { hostOf, isSupportedHost } from './sites';
import { rememberReading, siteSettings, updateSiteSettings } from './storage-items';
import { sendMessage } from './messages';
import { sendTabMessage } from './tab-messages';

/** The switches for the site of a tab. */
export async function loadSiteState(url: string): Promise<{ host: string; supported: boolean; annotate: boolean; remember: boolean; rememberAll: boolean } | null> {
  const host = hostOf(url);
  if (!host || !/^https?:/.test(url)) return null;
  const s = (await siteSettings.getValue())[host] ?? {};
  const supported = isSupportedHost(host);
  return { host, supported, annotate: s.annotate ?? supported, remember: s.remember ?? supported, rememberAll: await rememberReading.getValue() };
}

/** Turns annotation of a site on or off, and tells the tab at once. */
export async function setSiteAnnotate(url: string, tabId: number, on: boolean): Promise<void> {
  const host = hostOf(url);
  if (!host) return;
  if (on && !isSupportedHost(host)) {
    // Must run in the popup's click handler: permission requests need a user gesture.
    const granted = await browser.permissions.request({ origins: [`*://${host}/*`] });
    if (!granted) throw new Error(`Access to ${host} was not granted.`);
    await sendMessage('enableSite', { host, tabId });
    return;
  }
  await updateSiteSettings(host, { annotate: on });
  await sendTabMessage(tabId, 'setEnabled', { enabled: on });
}

/** Remember (or not) the claims read on a site. */
export async function setSiteRemember(url: string, on: boolean): Promise<void> {
  const host = hostOf(url);
  if (host) await updateSiteSettings(host, { remember: on });
}

/** The global "remember what I read" switch. */
export async function setRememberAll(on: boolean): Promise<void> {
  await rememberReading.setValue(on);
}
