/**
 * The team server's host, asked for as an optional host permission from the options page's
 * "Start sync" click (the browser only asks during a user gesture).
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../sync/settings';

/** Asks for permission to reach the server at `url`; resolves true when granted (at once when it already was). */
export function requestSyncHost(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}
