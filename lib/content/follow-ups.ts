/**
 * What the content script does once a page's annotation pass is done (report the counts for the
 * badge, draw saved highlights, follow text the page adds later): separate steps, so one that
 * fails (a browser API this browser lacks, a background that went away) never stops the others
 * nor turns a finished pass into an error.
 */

/** One step after the pass, named for the report of what failed. */
export interface FollowUp {
  name: string;
  run: () => Promise<void> | void;
}

/** Runs the steps in order, each on its own; returns "name: message" for each one that failed. */
export async function runFollowUps(steps: readonly FollowUp[]): Promise<string[]> {
  const failed: string[] = [];
  for (const step of steps) {
    try {
      await step.run();
    } catch (err) {
      failed.push(`${step.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return failed;
}
