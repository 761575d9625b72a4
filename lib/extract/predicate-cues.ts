/**
 * The predicate vocabulary (what a figure can measure) and the English cue words that select each
 * predicate, with where each cue may stand. The matching is in predicates.ts; this file is the
 * words, so that a new cue is one line here.
 */

/** The predicates a figure can have (what is measured). */
export const PREDICATES = [
  'killed', 'wounded', 'casualties', 'arrested', 'detained', 'sentenced', 'convicted', 'charged',
  'extradited', 'fighters-abroad', 'members', 'recruited', 'departed', 'returned', 'joined',
  'blocked-materials', 'seized', 'spending', 'surveillance', 'attacks', 'criminal-records', 'share',
  'refugees', 'agreements', 'stake', 'other',
] as const;

/** One of {@link PREDICATES}. */
export type Predicate = (typeof PREDICATES)[number];

/**
 * A predicate, or the internal pseudo-predicate "fighting": "fighting"/"fighters" become
 * fighters-abroad only with a foreign conflict in the sentence, and are dropped otherwise.
 */
export type CuePredicate = Predicate | 'fighting';

/*
 * Where a cue may stand, as letters:
 *   l  before the figure, governing it ("killing seven", "arrest of five")
 *   r  after the figure, with the figure as its subject ("five died", "went to Syria")
 *   p  after the figure as a passive participle: only when no object follows ("were seized from",
 *      not "militants killed 5 people", where the figure is the agent)
 *   n  as the counted noun itself, decisive ("nine arrests", "several casualties")
 *   w  as the counted noun, weak: used only when no verb cue is near ("several members ... extradited")
 *   t  only for durations ("six years in prison")
 */
const CUES: ReadonlyArray<readonly [string, CuePredicate, string]> = [
  // killed
  ['killed', 'killed', 'lp'], ['killing', 'killed', 'l'], ['kill', 'killed', 'l'], ['kills', 'killed', 'l'],
  ['dead', 'killed', 'rn'], ['died', 'killed', 'r'], ['die', 'killed', 'r'], ['deaths', 'killed', 'ln'],
  ['death toll', 'killed', 'l'], ['toll', 'killed', 'l'], ['fatalities', 'killed', 'n'],
  ['shot dead', 'killed', 'lr'], ['lost their lives', 'killed', 'r'], ['perished', 'killed', 'r'],
  ['blew himself up', 'killed', 'r'], ['blew herself up', 'killed', 'r'], ['blew themselves up', 'killed', 'r'],
  ['murdered', 'killed', 'lp'], ['massacred', 'killed', 'lp'], ['slain', 'killed', 'p'],
  ['slaughtered', 'killed', 'lp'], ['executed', 'killed', 'lp'], ['liquidated', 'killed', 'lp'],
  ['bodies', 'killed', 'n'], ['bodies of', 'killed', 'l'], ['among the dead', 'killed', 'r'], ['lives', 'killed', 'n'], ['lives of', 'killed', 'l'],
  ['toll rose', 'killed', 'l'],
  // wounded
  ['injured', 'wounded', 'lpn'], ['injuring', 'wounded', 'l'], ['injuries', 'wounded', 'n'],
  ['wounded', 'wounded', 'lpn'], ['wounding', 'wounded', 'l'], ['hurt', 'wounded', 'p'],
  ['hospitalised', 'wounded', 'p'], ['hospitalized', 'wounded', 'p'], ['suffered injuries', 'wounded', 'r'],
  ['were injured', 'wounded', 'r'], ['sustained injuries', 'wounded', 'r'],
  // casualties
  // "31 victims confirmed so far": a toll's victims are its dead, unless a verb says otherwise
  // ("20 victims were injured").
  ['casualties', 'casualties', 'n'], ['victims', 'killed', 'w'],
  // arrested
  ['arrested', 'arrested', 'lp'], ['arresting', 'arrested', 'l'], ['arrest', 'arrested', 'l'],
  ['arrests', 'arrested', 'n'], ['apprehended', 'arrested', 'lp'], ['captured', 'arrested', 'lp'],
  ['rounded up', 'arrested', 'lp'], ['taken into custody', 'arrested', 'r'], ['nabbed', 'arrested', 'lp'],
  // detained
  ['detained', 'detained', 'lpn'], ['detaining', 'detained', 'l'], ['detain', 'detained', 'l'],
  ['detention', 'detained', 'l'], ['detentions', 'detained', 'n'], ['detainees', 'detained', 'n'],
  ['held', 'detained', 'p'], ['in custody', 'detained', 'r'],
  // sentenced
  ['sentenced', 'sentenced', 'lp'], ['sentencing', 'sentenced', 'l'], ['jailed', 'sentenced', 'lp'],
  ['imprisoned', 'sentenced', 'lp'], ['terms', 'sentenced', 'n'], ['sentences', 'sentenced', 'n'],
  ['prison terms', 'sentenced', 'n'], ['in prison', 'sentenced', 't'], ['in jail', 'sentenced', 't'],
  ['behind bars', 'sentenced', 't'], ['imprisonment', 'sentenced', 't'], ['of imprisonment', 'sentenced', 't'],
  // convicted
  ['convicted', 'convicted', 'lp'], ['convictions', 'convicted', 'n'], ['found guilty', 'convicted', 'r'],
  // charged
  ['charged', 'charged', 'lp'], ['charges', 'charged', 'n'], ['indicted', 'charged', 'lp'],
  ['prosecuted', 'charged', 'lp'],
  // extradited
  ['extradited', 'extradited', 'lp'], ['extraditing', 'extradited', 'l'], ['extradition', 'extradited', 'l'],
  ['deported', 'extradited', 'lp'], ['expelled', 'extradited', 'lp'], ['handed over', 'extradited', 'lp'],
  // fighters abroad / members
  ['fighting', 'fighting', 'r'], ['fight', 'fighting', 'r'], ['fighters', 'fighting', 'w'],
  ['militants', 'fighting', 'w'], ['jihadists', 'fighting', 'w'], ['mujahideen', 'fighting', 'w'],
  ['combatants', 'fighting', 'w'], ['foreign fighters', 'fighters-abroad', 'n'],
  ['members', 'members', 'rw'], ['membership', 'members', 'l'],
  // recruited
  ['recruited', 'recruited', 'lp'], ['recruiting', 'recruited', 'l'], ['recruit', 'recruited', 'l'],
  ['recruits', 'recruited', 'n'], ['recruitment', 'recruited', 'l'],
  // departed
  ['went to', 'departed', 'r'], ['left for', 'departed', 'r'], ['travelled to', 'departed', 'r'],
  ['traveled to', 'departed', 'r'], ['departed', 'departed', 'r'], ['departure', 'departed', 'l'],
  ['departures', 'departed', 'n'], ['headed to', 'departed', 'r'], ['gone to', 'departed', 'r'],
  ['emigrated', 'departed', 'r'],
  // returned
  ['returned', 'returned', 'rp'], ['return', 'returned', 'l'], ['returnees', 'returned', 'n'],
  ['came back', 'returned', 'r'], ['repatriated', 'returned', 'lp'], ['repatriation', 'returned', 'l'],
  ['evacuated', 'returned', 'lp'], ['brought home', 'returned', 'rp'], ['brought back', 'returned', 'rp'],
  ['returned home', 'returned', 'r'], ['repatriating', 'returned', 'l'],
  // joined
  ['joined', 'joined', 'r'], ['join', 'joined', 'r'],
  // blocked materials
  ['blocked', 'blocked-materials', 'lp'], ['blocking', 'blocked-materials', 'l'],
  ['taken down', 'blocked-materials', 'p'], ['removed', 'blocked-materials', 'lp'],
  ['deleted', 'blocked-materials', 'lp'],
  // seized
  ['seized', 'seized', 'lp'], ['seizing', 'seized', 'l'], ['seizure', 'seized', 'l'],
  ['confiscated', 'seized', 'lp'], ['impounded', 'seized', 'lp'], ['recovered', 'seized', 'p'],
  // spending
  ['spending', 'spending', 'l'], ['spend', 'spending', 'l'], ['spent', 'spending', 'lp'],
  ['budget', 'spending', 'l'], ['allocated', 'spending', 'lp'], ['allocate', 'spending', 'l'],
  ['expenditure', 'spending', 'l'], ['expenditures', 'spending', 'l'], ['funding', 'spending', 'l'],
  // surveillance
  ['surveillance', 'surveillance', 'lr'], ['under surveillance', 'surveillance', 'r'],
  ['monitored', 'surveillance', 'p'], ['monitoring', 'surveillance', 'l'],
  ['under observation', 'surveillance', 'r'], ['watch list', 'surveillance', 'r'],
  ['watchlist', 'surveillance', 'r'], ['being watched', 'surveillance', 'r'],
  // attacks
  ['attacks', 'attacks', 'n'], ['bombings', 'attacks', 'n'], ['explosions', 'attacks', 'n'],
  ['blasts', 'attacks', 'n'], ['assaults', 'attacks', 'n'], ['terrorist acts', 'attacks', 'n'],
  // criminal records
  ['criminal records', 'criminal-records', 'r'], ['criminal record', 'criminal-records', 'r'],
  ['criminal history', 'criminal-records', 'r'], ['criminal pasts', 'criminal-records', 'r'],
  ['prior convictions', 'criminal-records', 'r'], ['previous convictions', 'criminal-records', 'r'],
  ['ex-convicts', 'criminal-records', 'n'],
  // share
  ['share', 'share', 'l'], ['proportion', 'share', 'l'],
  // refugees
  ['refugees', 'refugees', 'n'], ['asylum seekers', 'refugees', 'n'], ['displaced', 'refugees', 'pn'],
  ['fled', 'refugees', 'r'],
  // agreements
  ['agreements', 'agreements', 'n'], ['deals', 'agreements', 'n'], ['contracts', 'agreements', 'n'],
  ['memoranda', 'agreements', 'n'], ['accords', 'agreements', 'n'], ['treaties', 'agreements', 'n'],
  // stake
  ['stake', 'stake', 'l'], ['stakes', 'stake', 'l'],
];

/** One cue: its words, the predicate it selects, where it may stand (the letters above). */
export interface Cue {
  words: readonly string[];
  predicate: CuePredicate;
  flags: string;
}

/** First word -> cues starting with it, longest first so "shot dead" beats a bare "shot". */
export const CUE_INDEX: ReadonlyMap<string, readonly Cue[]> = (() => {
  const m = new Map<string, Cue[]>();
  for (const [phrase, predicate, flags] of CUES) {
    const words = phrase.split(' ');
    const list = m.get(words[0]!) ?? [];
    list.push({ words, predicate, flags });
    m.set(words[0]!, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();
