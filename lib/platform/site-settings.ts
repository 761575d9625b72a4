/**
 * The options page's view of the per-site settings: every supported site and every site the user
 * added, with whether Dossier annotates it and remembers the claims read there.
 */
import { HOSTS } from '../sites';
import { isSupportedHost } from './sites';
import { rememberReading, showUnknownNames, siteSettings, updateSiteSettings, type SiteSettings } from './storage-items';

/** One site's row on the options page (defaults applied). */
export interface SiteRow {
  host: string;
  /** In the supported list (on by default) rather than added by the user. */
  supported: boolean;
  annotate: boolean;
  remember: boolean;
}

/** The sites' rows (supported ones first, in list order, then added ones A to Z) and the global switch. */
export async function loadSiteRows(): Promise<{ rows: SiteRow[]; rememberReading: boolean; showUnknownNames: boolean }> {
  const [settings, remember, unknown] = await Promise.all([siteSettings.getValue(), rememberReading.getValue(), showUnknownNames.getValue()]);
  const row = (host: string): SiteRow => {
    const s = settings[host] ?? {};
    const supported = isSupportedHost(host);
    return { host, supported, annotate: s.annotate ?? supported, remember: s.remember ?? supported };
  };
  const added = Object.keys(settings)
    .filter((h) => !HOSTS.includes(h) && settings[h]?.added)
    .sort();
  return { rows: [...HOSTS.map(row), ...added.map(row)], rememberReading: remember, showUnknownNames: unknown };
}

/** Changes one site's settings (the other fields are kept). */
export async function setSiteSetting(host: string, patch: Pick<SiteSettings, 'annotate' | 'remember'>): Promise<void> {
  await updateSiteSettings(host, patch);
}

/** Switches remembering claims read on pages on or off everywhere. */
export async function setRememberReading(on: boolean): Promise<void> {
  await rememberReading.setValue(on);
}

/** Shows or hides names that are not in the fact base (marks, popup and side panel), everywhere. */
export async function setShowUnknownNames(on: boolean): Promise<void> {
  await showUnknownNames.setValue(on);
}
