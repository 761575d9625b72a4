/**
 * The names of the alarms Dossier sets (`browser.alarms`), in one place: the background's event
 * wiring reads them without loading what sets them.
 */

/** The alarm that wakes the service worker to keep team sync's replication going. */
export const SYNC_ALARM = 'dossier-team-sync';
