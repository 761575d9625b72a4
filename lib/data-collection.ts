/**
 * What Dossier sends off the machine, in the terms of Firefox's built-in data consent
 * (`browser_specific_settings.gecko.data_collection_permissions`, docs/firefox.md).
 *
 * By default nothing: no server, no analytics, no request of Dossier's own. Team sync, once a
 * user sets it up, sends the fact base to the CouchDB server that user names: the pages read
 * (their addresses and titles: browsing activity), the claims with their quotes from those
 * pages (website content), and the user's own login to that server (authentication
 * information). Those are optional: asked for when sync is switched on, never at install.
 */

/** Data types collected without asking: none. */
export const REQUIRED_DATA_COLLECTION = ['none'] as const;

/** Data types team sync transmits to the user's own server, each only after the user opts in. */
export const SYNC_DATA_COLLECTION = ['browsingActivity', 'websiteContent', 'authenticationInfo'] as const;
