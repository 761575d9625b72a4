/**
 * Persistent storage (so the browser does not evict the fact base and notes under storage
 * pressure), asked for once, and how much the extension's storage uses.
 */

/** Whether storage is persistent, and its usage and quota in bytes (null when the browser does not say). */
export interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Asks for persistent storage (granted silently to extensions in Chromium) and reads the estimate. */
export async function requestPersistentStorage(): Promise<StorageState> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage) return { persisted: null, usage: null, quota: null };
  let persisted: boolean | null = null;
  try {
    persisted = (await storage.persisted?.()) || (await storage.persist?.()) || false;
  } catch {
    persisted = null;
  }
  let usage: number | null = null;
  let quota: number | null = null;
  try {
    const e = await storage.estimate();
    usage = e.usage ?? null;
    quota = e.quota ?? null;
  } catch {
    // No estimate: shown as unknown.
  }
  return { persisted, usage, quota };
}
