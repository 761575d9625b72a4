/**
 * The fact base's record shapes, as valibot schemas (validated at every boundary where data
 * enters: the bundled default, imports, messages) and the TypeScript types inferred from them.
 */
import * as v from 'valibot';
import { ACTOR_TYPES, QUALIFIERS, ROLES } from '../extract/vocabulary';

/** Kinds of actor the product knows. */
export const ActorTypeSchema = v.picklist(ACTOR_TYPES);
/** Kind of actor: person, organisation or place. */
export type ActorType = v.InferOutput<typeof ActorTypeSchema>;

/** Who made a record: the bundled default (replaced on update) or the user (never touched by updates). */
export const OriginSchema = v.picklist(['bundled', 'user', 'read', 'import']);
/** Who made a record. */
export type Origin = v.InferOutput<typeof OriginSchema>;

/** A date at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const ShortText = v.pipe(v.string(), v.maxLength(2_000));
const LongText = v.pipe(v.string(), v.maxLength(20_000));

/** A person, organisation or place, with every name readers meet it under. */
export const ActorSchema = v.object({
  id: Id,
  type: ActorTypeSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  aliases: v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(300))),
  description: ShortText,
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/, 'a Wikidata id such as Q123'))),
  origin: OriginSchema,
  updatedAt: v.optional(v.string()),
  /** For a place: the ids of the places it lies in, nearest first (a city's province, then its country). */
  within: v.optional(v.array(Id)),
});
/** A person, organisation or place. */
export type Actor = v.InferOutput<typeof ActorSchema>;

/** One published page or dataset that claims were read from. */
export const SourceSchema = v.object({
  id: Id,
  url: v.nullable(v.pipe(v.string(), v.maxLength(4_000))),
  title: ShortText,
  outlet: v.nullable(ShortText),
  publishedAt: v.nullable(PartialDateSchema),
  origin: OriginSchema,
  /** Hash of the page text when last read, so a re-read of the same version is not counted twice. */
  textHash: v.optional(v.string()),
  readAt: v.optional(v.string()),
});
/** One published page or dataset. */
export type Source = v.InferOutput<typeof SourceSchema>;

/** An actor's part in an incident. */
export const IncidentRoleSchema = v.picklist(['perpetrator', 'target', 'authority', 'victim', 'other']);

/** Something that happened, with when, where and who. */
export const IncidentSchema = v.object({
  id: Id,
  title: ShortText,
  date: v.nullable(PartialDateSchema),
  place: v.nullable(Id),
  actors: v.array(v.object({ actorId: Id, role: IncidentRoleSchema })),
  type: v.pipe(v.string(), v.maxLength(100)),
  summary: ShortText,
  sourceIds: v.array(Id),
  origin: OriginSchema,
  /** How the date was found: written in a source ('text', the default) or a page's publication date standing in. */
  dateBasis: v.optional(v.picklist(['text', 'publication'])),
});
/** Something that happened. */
export type Incident = v.InferOutput<typeof IncidentSchema>;

/** How a figure is hedged; `low`/`high` carry the interval it implies. */
export const QualifierSchema = v.picklist(QUALIFIERS);
/** How a figure is hedged. */
export type Qualifier = v.InferOutput<typeof QualifierSchema>;

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: LongText,
  prefix: v.optional(ShortText),
  suffix: v.optional(ShortText),
});
/** W3C Web Annotation TextPositionSelector. */
export const TextPositionSelectorSchema = v.object({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** One figure asserted by one source. */
export const ClaimSchema = v.object({
  id: Id,
  /** What is measured: killed, arrested, detained, sentenced, fighters-abroad, spending, ... */
  predicate: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** What is counted, as written ("citizens", "Kazakhstan-born militants"). */
  counted: v.nullable(ShortText),
  /** Actor the figure is about (whose fighters, whose spending), if known. */
  subject: v.nullable(Id),
  incidentId: v.nullable(Id),
  /** Actor id of the place the figure is about, if known. */
  place: v.nullable(Id),
  value: v.number(),
  low: v.nullable(v.number()),
  high: v.nullable(v.number()),
  qualifier: QualifierSchema,
  /** count | percent | years | currency:XXX */
  unit: v.pipe(v.string(), v.maxLength(40)),
  asOf: v.nullable(PartialDateSchema),
  claimant: v.nullable(ShortText),
  outlet: v.nullable(ShortText),
  sourceId: Id,
  /** The figure as written, e.g. "around 250 Kazakhstan-born militants". */
  figureText: ShortText,
  /** The whole sentence that states it. */
  quote: LongText,
  selector: v.optional(TextQuoteSelectorSchema),
  /** A change stated in the text: this figure replaces `from` (e.g. "jumped to 1,500 from 1,100"). */
  changedFrom: v.optional(v.nullable(v.number())),
  /** Whom the figure counts (victims, attackers, security, all-dead, fighters, ...); read from the text when absent. */
  role: v.optional(v.picklist(ROLES)),
  /** The new value of a change stated in the text, its old value given or not ("the toll rose to 18"). */
  statedChange: v.optional(v.boolean()),
  /** A running total ("since 2013"): a later total is a later figure, not a conflict. */
  cumulative: v.optional(v.boolean()),
  /** A part of a whole the sentence names ("24 of the victims"): never compared as a count of its own. */
  subset: v.optional(v.boolean()),
  /** For a part of a sum ("four civilians and three guardsmen"): the sum's claim id. */
  partOf: v.optional(Id),
  status: v.picklist(['active', 'retracted', 'superseded']),
  origin: OriginSchema,
});
/** One figure asserted by one source. */
export type Claim = v.InferOutput<typeof ClaimSchema>;

/** A saved highlight with the reader's note. */
export const NoteSchema = v.object({
  id: Id,
  url: v.pipe(v.string(), v.maxLength(4_000)),
  title: ShortText,
  outlet: v.optional(v.nullable(ShortText)),
  publishedAt: v.optional(v.nullable(PartialDateSchema)),
  quote: LongText,
  selectors: v.array(v.union([TextQuoteSelectorSchema, TextPositionSelectorSchema])),
  text: LongText,
  tags: v.array(v.pipe(v.string(), v.maxLength(100))),
  actorIds: v.array(Id),
  claimIds: v.array(Id),
  createdAt: v.string(),
  updatedAt: v.string(),
});
/** A saved highlight with the reader's note. */
export type Note = v.InferOutput<typeof NoteSchema>;

/** The bundled default fact base and fact-base bundles shared by file. */
export const BundleSchema = v.object({
  format: v.literal('dossier-factbase'),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  actors: v.array(ActorSchema),
  sources: v.array(SourceSchema),
  incidents: v.array(IncidentSchema),
  claims: v.array(ClaimSchema),
});
/** A fact-base bundle. */
export type Bundle = v.InferOutput<typeof BundleSchema>;
