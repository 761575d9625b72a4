/**
 * The browser's own extension API, without webextension-polyfill: `browser` in Firefox, `chrome`
 * in Chromium (the same choice as WXT's own `@wxt-dev/browser`). Under Manifest V3 both answer
 * with promises for every call the content script and the page UI make (runtime messages,
 * storage, and replies through `sendResponse`), so in those two scripts `wxt/browser` resolves
 * here (wxt.config.ts) and the polyfill, a quarter of the content script's budget, stays out.
 */
import type { browser as Api } from 'wxt/browser';

type Globals = { browser?: { runtime?: { id?: string } }; chrome?: unknown };

/** The extension API of this browser. */
export const browser = ((globalThis as Globals).browser?.runtime?.id ? (globalThis as Globals).browser : (globalThis as Globals).chrome) as typeof Api;
