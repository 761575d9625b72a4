/**
 * The interface's words in the browser's language, through the extension i18n API (`_locales`
 * in public/: English and Russian). Outside an extension page (unit tests, the CLI) the English
 * words given are used.
 */

/** The message names the interface uses (public/_locales/<lang>/messages.json). */
export type MessageKey =
  | 'headingFactbase'
  | 'headingOnThisPage'
  | 'headingFigures'
  | 'headingActors'
  | 'headingNotes'
  | 'headingRelatedIncidents'
  | 'headingPageIncidents'
  | 'headingOtherConflicts'
  | 'noArticleText'
  | 'noArticleTextDetail';

interface I18nApi {
  getMessage(name: string): string;
}

// The API itself, without the polyfill: getMessage is synchronous in every browser.
function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message `key` in the browser's language, or `english` when there is none. */
export function t(key: MessageKey, english: string): string {
  try {
    return api()?.getMessage(key) || english;
  } catch {
    return english;
  }
}
