/**
 * The ONLY list of messages between the content script, the background, the popup and the options
 * page: each message's request schema (validated where it is received, so a malformed message is
 * refused at the boundary) and its response type, with one doc line each.
 */
import * as v from 'valibot';
import type { FactbaseCounts } from '../factbase/queries';
import type { ActorCard, FigureCard, PageAnalysis, TabDossier } from './views';

const Url = v.pipe(v.string(), v.maxLength(4_000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** Request schemas, one per message. */
export const REQUESTS = {
  /** Content → background: analyse the article text of this page (actors, figures, claims, conflicts). */
  analyzePage: v.object({
    url: Url,
    title: v.pipe(v.string(), v.maxLength(2_000)),
    text: v.pipe(v.string(), v.maxLength(5_000_000)),
    publishedAt: v.nullable(v.pipe(v.string(), v.maxLength(40))),
    siteName: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  }),
  /** Content → background: the annotation pass is finished; counts for the badge and the popup. */
  pageAnnotated: v.object({
    url: Url,
    actors: v.pipe(v.number(), v.integer(), v.minValue(0)),
    figures: v.pipe(v.number(), v.integer(), v.minValue(0)),
    conflicts: v.pipe(v.number(), v.integer(), v.minValue(0)),
    elapsedMs: v.number(),
  }),
  /** Content → background: details for an actor's hover card. */
  getActorCard: v.object({ actorId: Id }),
  /** Content → background: details for a figure's hover card (other sources for its claim key). */
  getFigureCard: v.object({ url: Url, figureIndex: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** Popup → background: the dossier of one tab (what its page says and what else is known). */
  getTabDossier: v.object({ tabId: v.pipe(v.number(), v.integer()) }),
  /** Popup/options → background: how many records the fact base holds. */
  getCounts: v.object({}),
  /** Content/popup → background: add an unknown actor from a page to the fact base. */
  addActor: v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
    type: v.picklist(['person', 'organization', 'place']),
    description: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  }),
} as const;

/** Response type of each message. */
export interface Responses {
  analyzePage: PageAnalysis;
  pageAnnotated: { ok: true };
  getActorCard: ActorCard | null;
  getFigureCard: FigureCard | null;
  getTabDossier: TabDossier | null;
  getCounts: FactbaseCounts;
  addActor: { actorId: string };
}

/** Name of a message. */
export type MessageType = keyof typeof REQUESTS;
/** Request payload of a message. */
export type Request<K extends MessageType> = v.InferOutput<(typeof REQUESTS)[K]>;
/** The envelope sent over `runtime.sendMessage`. */
export interface Envelope<K extends MessageType = MessageType> {
  dossier: K;
  data: Request<K>;
}

/** Messages the background sends to a tab's content script. */
export const TAB_REQUESTS = {
  /** Popup → content: scroll to the n-th mark of this kind and flash it. */
  revealMark: v.object({ kind: v.picklist(['actor', 'figure']), index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
} as const;

/** Validates an incoming envelope; returns null for anything that is not one of ours or is malformed. */
export function parseEnvelope(message: unknown): Envelope | null {
  if (typeof message !== 'object' || message === null) return null;
  const { dossier, data } = message as { dossier?: unknown; data?: unknown };
  if (typeof dossier !== 'string' || !Object.hasOwn(REQUESTS, dossier)) return null;
  const schema = REQUESTS[dossier as MessageType];
  const result = v.safeParse(schema, data);
  return result.success ? { dossier: dossier as MessageType, data: result.output } : null;
}
