/**
 * Unknown names in Russian text, typed from cues as a reader would: a title before a name
 * (председатель, министр, генерал, аким ...) makes a person; an organisation's head word
 * (комитет, министерство, управление, партия, движение ...) starts an organisation, whose name runs
 * on in lowercase ("Министерство здравоохранения"); город, область, село before a name, or в / из
 * before it, make a place. A name with no cue is left out: a capital alone says too little in
 * Russian, where every sentence starts with one. Names in Latin letters inside Russian text (an
 * outlet's domain, a brand, an app, a venue) are read here too: the English rules never see these
 * paragraphs.
 */
import { CALENDAR_WORDS, FIRST_NAMES, PLACE_HEADS, PRODUCT_NAMES, STOP_ACRONYMS } from '../lexicon';
import type { ActorMention, Span } from '../types';
import { firstEndingAfter, firstStartingFrom } from './positions';
import { ACRONYM, ADJ, CAP, CAPS, CAPS2, CAPS3, COMMON_ACRONYMS, is, LOWER, NAME_PART, ORG, PLACE_ADJ, PLACE_HEAD, PLACE_WORD, PREP, SAYS, TITLE, Words } from './words-ru';

/** Finds unknown, cue-typed names in the Russian `paragraphs` of `text`, outside `taken` spans. */
export function findUnknownActorsRu(text: string, sentences: readonly Span[], paragraphs: readonly Span[], taken: readonly Span[]): ActorMention[] {
  const out: ActorMention[] = [];
  // `taken` is sorted by position: a binary search, then a short scan.
  const isTaken = (s: number, e: number): boolean => {
    for (let k = firstEndingAfter(taken, s); k < taken.length && taken[k]!.start < e; k++) if (taken[k]!.end > s) return true;
    return false;
  };
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  // "Государственного комитета национальной безопасности (ГКНБ)": the acronym in brackets after a
  // name stands for that name wherever the page uses it.
  const expansions = new Map<string, string>();
  for (const para of paragraphs) {
    const toks = new Words(text, para.start, para.end);
    const { starts, ends } = toks;
    const n = toks.length;
    for (let i = 0; i < n; i++) {
      // Names start with a capital: most words are passed over on their first letter.
      const c0 = text.charCodeAt(starts[i]!);
      // A name in Latin letters inside Russian text: an outlet's domain, a brand, a venue.
      if (c0 < 0x80) {
        i = latinName(text, toks, i, isTaken, out);
        continue;
      }
      // A ministry is often written in lowercase: "министерство индустрии и инфраструктурного развития".
      if (c0 === 0x43c && MINISTRY_LOWER.test(toks.w(i)) && i + 1 < n && is(toks.w(i + 1), NAME_PART) && adjacent(text, toks, i, i + 1) && !isTaken(starts[i]!, ends[i + 1]!)) {
        const j = nameRunEnd(text, toks, i, isTaken);
        push(out, text, starts[i]!, ends[j]!, 'organization');
        i = j;
        continue;
      }
      if (!((c0 >= 0x410 && c0 <= 0x42f) || c0 === 0x401)) continue;
      if (isTaken(starts[i]!, ends[i]!)) continue;
      // A name in quotes after what it names: "в концертном зале «Крокус сити холл»", "партия «Нур Отан»".
      const quoted = quotedName(text, starts[i]!);
      if (quoted && !isTaken(starts[i]!, quoted.end)) {
        push(out, text, starts[i]!, quoted.end, quoted.type);
        while (i + 1 < n && starts[i + 1]! < quoted.end) i++;
        continue;
      }
      const tw = toks.w(i);
      // "Минздрав", "Минобороны": a ministry's short name.
      if (MINISTRY_SHORT.test(tw)) {
        push(out, text, starts[i]!, ends[i]!, 'organization');
        i = jurisdictionAfter(text, toks, i, isTaken, out);
        continue;
      }
      // Organisations: a capitalised head word and the lowercase words of its name. A chamber
      // ("в Мажилисе", "Сенат") is a name by itself.
      if (is(tw, CAP) && is(tw, ORG) && !GENERIC_HEAD.test(tw)) {
        const j = nameRunEnd(text, toks, i, isTaken);
        if (j > i || SOLE_ORG.test(tw)) {
          push(out, text, starts[i]!, ends[j]!, 'organization');
          i = acronymAfter(text, toks, i, j, expansions);
        }
        continue;
      }
      // "Национальной гвардии", "Верховный суд", "Государственного комитета национальной
      // безопасности": a capitalised adjective before an organisation's head word, and the rest of its name.
      if (is(tw, CAP) && is(tw, ADJ) && i + 1 < n && is(toks.w(i + 1), LOWER) && is(toks.w(i + 1), ORG) && adjacent(text, toks, i, i + 1) && !isTaken(starts[i + 1]!, ends[i + 1]!)) {
        const j = nameRunEnd(text, toks, i + 1, isTaken);
        push(out, text, starts[i]!, ends[j]!, 'organization');
        i = acronymAfter(text, toks, i, j, expansions);
        continue;
      }
      // An acronym is an organisation's name ("МИД", "ГКНБ", "РИА «Новости»"), unless it is a common
      // noun's; a two-letter one only before the country or region it serves ("СК России").
      if ((is(tw, ACRONYM) && !COMMON_ACRONYMS.has(tw)) || (is(tw, CAPS2) && tw.length === 2 && !COMMON_ACRONYMS.has(tw) && i + 1 < n && adjacent(text, toks, i, i + 1) && placeAt(taken, starts[i + 1]!))) {
        const quoted = QUOTED_AFTER_ACRONYM.exec(text.slice(ends[i]!, ends[i]! + 45));
        const end = quoted ? ends[i]! + quoted[0].length : ends[i]!;
        push(out, text, starts[i]!, end, 'organization');
        // "РИА «Новости»", 'РИА "Новости"': the name without its quotes, which the fact base may know.
        const long = quoted ? `${tw} ${quoted[1]}` : expansions.get(tw);
        if (long) out[out.length - 1]!.canonical = long;
        while (i + 1 < n && starts[i + 1]! < end) i++;
        if (!quoted) i = jurisdictionAfter(text, toks, i, isTaken, out);
        continue;
      }
      // A title is not a name ("Глава ГКНБ", "Председатель"): the name after it is.
      if (is(tw, TITLE)) continue;
      if ((!is(tw, CAP) && !is(tw, CAPS2)) || HOMELAND.test(tw)) continue;
      // The run of capitalised words ("Берикжан Калиев", "Алтай Кульгинов").
      let j = i;
      while (j + 1 < n && j - i < 2 && (is(toks.w(j + 1), CAP) || is(toks.w(j + 1), CAPS3)) && adjacent(text, toks, j, j + 1) && !isTaken(starts[j + 1]!, ends[j + 1]!) && !isPlaceAdjective(toks, j + 1, text)) j++;
      // A title is not a name ("Первого Президента"); the name after it is.
      if (is(toks.w(j), TITLE) || (j > i && is(tw, ADJ) && !is(toks.w(j), CAP))) continue;
      const hasNext = j + 1 < n;
      const cueBefore = i > 0 && adjacent(text, toks, i - 1, i) ? toks.w(i - 1) : '';
      // "в Алматинской, Жамбылской и Атырауской областях": adjectives that share one head word.
      if (j === i && !isPlaceAdjective(toks, i, text)) {
        const shared = sharedPlaceHead(text, toks, i);
        if (shared) {
          out.push({ text: tw, start: starts[i]!, end: ends[i]!, type: 'place', actorId: null, canonical: shared, confidence: 0.5 });
          continue;
        }
      }
      // "Кызылординской области": a place adjective before област-.
      if (j === i && isPlaceAdjective(toks, i, text) && hasNext) {
        push(out, text, starts[i]!, ends[j + 1]!, 'place');
        i = j + 1;
        continue;
      }
      // "прокуратура области Абай": a region named by the noun first (область Абай, область Жетысу)
      // is that region, in the nominative whatever the case of "область".
      if (j === i && cueBefore.startsWith('област') && !is(tw, ADJ)) {
        push(out, text, starts[i]!, ends[i]!, 'place');
        out[out.length - 1]!.canonical = `область ${tw}`;
        continue;
      }
      let type: ActorMention['type'] | null = null;
      // "аким области Бердыбек Сапарбаев": a title a few words back still names a person.
      let titleBack = false;
      if (j > i) for (let k = Math.max(0, i - 3); k < i && !titleBack; k++) titleBack = is(toks.w(k), TITLE);
      const verbAfter = hasNext && adjacent(text, toks, j, j + 1) && is(toks.w(j + 1), SAYS);
      // "жителя Семея", "уроженец Оша": one word after a resident's noun is where they live or come from.
      if (j === i && cueBefore && RESIDENT.test(cueBefore)) type = 'place';
      // A quoted name is no person ("спецоперации «Мехр»", "в «Аризонской мечте»"), and without the
      // noun before it that says what it names, no name at all: films, operations and firms all follow "в".
      else if (text.charCodeAt(starts[i]! - 1) === 0xab) type = null;
      else if ((cueBefore && (is(cueBefore, TITLE) || is(cueBefore, SAYS) || cueBefore === 'словам')) || titleBack) type = 'person';
      // "Нурлан Ермекбаев сообщил": a first name and surname before a verb of saying, even at a sentence start.
      else if (j > i && verbAfter && !is(tw, ADJ)) type = 'person';
      else if (cueBefore && is(cueBefore, PLACE_WORD)) type = 'place';
      else if (cueBefore && is(cueBefore, PREP) && j === i && !startsSentence(text, sentenceStarts, toks, i) && !is(tw, CAPS)) type = 'place';
      // "на Ближнем Востоке", "из Объединенных Арабских Эмиратов": adjectives and their noun after a
      // preposition of place.
      else if (cueBefore && is(cueBefore, PREP) && j > i && allAdjectivesBefore(toks, i, j) && !is(toks.w(j), ADJ)) type = 'place';
      else if (j === i && (inPlaceList(text, starts[i]!, ends[i]!, taken) || afterFoundPlace(out, text, starts[i]!))) type = 'place';
      else if (j > i && !startsSentence(text, sentenceStarts, toks, i) && !is(tw, ADJ)) type = 'person';
      else if (j > i && startsSentence(text, sentenceStarts, toks, i) && j - i >= 1 && allNameWords(toks, i, j) && is(toks.w(j), CAPS3)) type = 'person';
      // "Калиев 1977 года рождения": a year of birth follows a person's name.
      else if (isDigit(text.charCodeAt(ends[j]! + 1)) && !is(tw, ADJ) && BORN_AFTER.test(text.slice(ends[j]!, ends[j]! + 24))) type = 'person';
      if (!type) continue;
      push(out, text, starts[i]!, ends[j]!, type);
      i = j;
    }
  }
  return dropShortForms(out);
}

// The last word of an organisation's name from its head word i: the lowercase words of the name,
// with one conjunction inside it ("и социального развития").
function nameRunEnd(text: string, toks: Words, i: number, isTaken: (s: number, e: number) => boolean): number {
  const { starts, ends } = toks;
  const n = toks.length;
  let j = i;
  while (j + 1 < n && j - i < 5 && is(toks.w(j + 1), NAME_PART) && adjacent(text, toks, j, j + 1) && !isTaken(starts[j + 1]!, ends[j + 1]!)) j++;
  if (j + 2 < n && toks.w(j + 1) === 'и' && is(toks.w(j + 2), LOWER) && j > i) {
    let k = j + 2;
    while (k + 1 < n && k - j < 4 && is(toks.w(k + 1), NAME_PART) && adjacent(text, toks, k, k + 1)) k++;
    j = k;
  }
  // "Международный комитет Красного Креста": a capitalised adjective in the genitive and its noun
  // close the name.
  if (j + 2 < n && GENITIVE_ADJ.test(toks.w(j + 1)) && is(toks.w(j + 1), CAP) && is(toks.w(j + 2), CAP) && !is(toks.w(j + 2), ADJ) && adjacent(text, toks, j, j + 1) && adjacent(text, toks, j + 1, j + 2) && !isTaken(starts[j + 1]!, ends[j + 2]!)) j += 2;
  return j;
}
const GENITIVE_ADJ = /(?:ого|его|ой|ей)$/u;

// "(ГКНБ)" right after the name that ends at word j: the acronym is that name's, and is passed over
// here (it is the same actor). Returns the last word index consumed.
function acronymAfter(text: string, toks: Words, i: number, j: number, expansions: Map<string, string>): number {
  if (j + 1 >= toks.length) return j;
  const a = toks.w(j + 1);
  const gap = text.slice(toks.ends[j]!, toks.starts[j + 1]!);
  if (!/^\s*\($/u.test(gap) || text.charCodeAt(toks.ends[j + 1]!) !== 0x29 || !is(a, CAPS2) || !is(a, ACRONYM)) return j;
  expansions.set(a, text.slice(toks.starts[i]!, toks.ends[j]!));
  return j + 1;
}

// "Минздрав Подмосковья", "СК Кыргызстана": a capitalised noun in the genitive right after a body's
// short name is where the body serves, a place. Returns the last word index consumed.
function jurisdictionAfter(text: string, toks: Words, i: number, isTaken: (s: number, e: number) => boolean, out: ActorMention[]): number {
  const k = i + 1;
  if (k >= toks.length || !adjacent(text, toks, i, k)) return i;
  const w = toks.w(k);
  if (!is(w, CAP) || is(w, ADJ) || is(w, TITLE) || !JURISDICTION_END.test(w) || isTaken(toks.starts[k]!, toks.ends[k]!)) return i;
  if (k + 1 < toks.length && adjacent(text, toks, k, k + 1) && is(toks.w(k + 1), CAP)) return i;
  push(out, text, toks.starts[k]!, toks.ends[k]!, 'place');
  return k;
}
const JURISDICTION_END = /(?:ья|ии|ы|а|я)$/u;

// Whether a known place starts at `at` ("России" after "СК").
function placeAt(taken: readonly Span[], at: number): boolean {
  const k = firstStartingFrom(taken, at);
  return k < taken.length && taken[k]!.start === at && isPlace(taken[k]);
}

const QUOTED_AFTER_ACRONYM = /^\s+[«"]([^»"\n]{1,40})[»"]/u;

// "Ячейки радикальной группировки": a cell, a gang, a group is named by what follows it in quotes
// ("группировка «Исламское государство»"), never by its own description.
const GENERIC_HEAD = /^(?:ячейк|группировк)/iu;

// "вернулись на Родину": the homeland, capitalised out of respect, is no place's name.
const HOMELAND = /^(?:Родин[аеуы]|Отечеств[оау])$/u;
const RESIDENT = /^(?:жител|уроженц|уроженк)/iu;

// Chambers and councils named by their head word alone.
const SOLE_ORG = /^(?:мажилис|сенат|акорд|кенеш|курултай)/iu;
const BORN_AFTER = /^\s+(?:19|20)\d\d\s+(?:года?|г\.)\s*(?:рождения|р\.)/u;

// Latin-script words that are no names: currency codes, roman numerals, single letters.
const ROMAN = /^[IVXLCDM]+$/;
const TLDS = new Set(['kz', 'kg', 'uz', 'tj', 'tm', 'ru', 'ua', 'by', 'az', 'am', 'ge', 'com', 'net', 'org', 'info', 'media', 'news', 'today', 'asia', 'tv', 'su']);

/**
 * A name written in Latin letters in a Russian paragraph, starting at word i: an outlet's domain
 * ("24.kg", "Orda.kz") is an organisation; a run of capitalised words ("Crocus City Hall", "RT",
 * "TikTok") is a person when it opens with a first name, a place when one of its words is a
 * place's head word or a venue's noun comes before it, else an organisation (brands, apps,
 * channels: the Latin names Russian news writes). Returns the last word index consumed.
 */
function latinName(text: string, toks: Words, i: number, isTaken: (s: number, e: number) => boolean, out: ActorMention[]): number {
  const { starts, ends } = toks;
  const n = toks.length;
  // A domain: words joined by dots, the last a top-level domain; digits may open it ("24.kg").
  let j = i;
  while (j + 1 < n && starts[j + 1] === ends[j]! + 1 && text.charCodeAt(ends[j]!) === 0x2e && text.charCodeAt(starts[j + 1]!) < 0x80) j++;
  let s = starts[i]!;
  if (s >= 2 && text.charCodeAt(s - 1) === 0x2e && isDigit(text.charCodeAt(s - 2))) {
    s -= 2;
    while (s > 0 && (isDigit(text.charCodeAt(s - 1)) || (text.charCodeAt(s - 1) | 0x20) >= 0x61 && (text.charCodeAt(s - 1) | 0x20) <= 0x7a)) s--;
  }
  if ((j > i || s < starts[i]!) && TLDS.has(toks.w(j).toLowerCase())) {
    if (!isTaken(s, ends[j]!)) push(out, text, s, ends[j]!, 'organization');
    return j;
  }
  const c0 = text.charCodeAt(starts[i]!);
  if (c0 < 0x41 || c0 > 0x5a || ends[i]! - starts[i]! < 2) return i;
  j = i;
  while (j + 1 < n && j - i < 3 && isLatinCap(text.charCodeAt(starts[j + 1]!)) && adjacent(text, toks, j, j + 1)) j++;
  const first = toks.w(i);
  const lower = text.slice(starts[i]!, ends[j]!).toLowerCase();
  if (ROMAN.test(first) || STOP_ACRONYMS.has(first.toLowerCase()) || CALENDAR_WORDS.has(first.toLowerCase()) || PRODUCT_NAMES.has(lower) || PRODUCT_NAMES.has(first.toLowerCase())) return j;
  if (isTaken(starts[i]!, ends[j]!)) return j;
  let type: ActorMention['type'] = 'organization';
  if (j > i && FIRST_NAMES.has(first.toLowerCase())) type = 'person';
  else {
    for (let k = i; k <= j && type === 'organization'; k++) if (PLACE_HEADS.has(toks.w(k).toLowerCase())) type = 'place';
    if (type === 'organization' && VENUE_BEFORE.test(text.slice(Math.max(0, starts[i]! - 20), starts[i]!))) type = 'place';
  }
  push(out, text, starts[i]!, ends[j]!, type);
  return j;
}
const VENUE_BEFORE = /(?:^|[^\p{L}])(?:зал|центр|комплекс|стадион|аэропорт|клуб|кинотеатр|ресторан|отел|гостиниц|рын|парк|театр|кафе|лагер)[а-яё]*\s+$/iu;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLatinCap(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

const MINISTRY_LOWER = /^министерств(?:о|а|е|у|ом)$/u;
// The ministries' and city departments' compound short names (Минздрав, Минобороны, Минюст,
// Депздрав, Генпрокуратура ...); "Минск", "Депутат" and "Генерал" are none of them.
const MINISTRY_SHORT = /^(?:Генпрокуратур|Генштаб|Генконсульств)[а-яё]*$|^(?:Мин|Деп)(?:здрав|оборон|юст|фин|труд|энерго|цифр|просвещ|транс|экономразвити|сельхоз|природ|культ|спорт|обрнаук|нацэкономик|информ|строй|пром|здравсоцразвити|вуз)[а-яё]*$/u;
// What a quoted name after a noun names: venues are places, parties, firms and media organisations.
// A camp ("лагерь «Ал-Хол»") is a place; a band or a media group ("рок-группы «Пикник»",
// "медиагруппы «Россия сегодня»") an organisation.
const QUOTED_AFTER = /(?:^|[^\p{L}])(?:(зал|центр|комплекс|стадион|аэропорт|клуб|кинотеатр|ресторан|отел|гостиниц|рын|парк|театр|кафе|лагер)|(компани|парти|движени|газет|агентств|групп|медиагрупп|организаци|фонд|банк|корпораци|холдинг|медиахолдинг|издани|телеканал|канал|портал|радио|журнал|союз|объединени))[а-яё]*\s+«$/iu;

/** A quoted name starting at `at` ("«Крокус сити холл»"), typed by the noun before the quote. */
function quotedName(text: string, at: number): { end: number; type: ActorMention['type'] } | null {
  if (text.charCodeAt(at - 1) !== 0xab) return null;
  const m = QUOTED_AFTER.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return null;
  const close = text.indexOf('»', at);
  if (close < 0 || close - at > 40 || text.slice(at, close).includes('\n')) return null;
  return { end: close, type: m[1] ? 'place' : 'organization' };
}

// Whether word i starts a sentence: asked by the last rules only, so not at every capital.
function startsSentence(text: string, sentenceStarts: ReadonlySet<number>, toks: Words, i: number): boolean {
  const { starts, ends } = toks;
  return sentenceStarts.has(starts[i]!) || (i > 0 && /[.!?]\s*$/.test(text.slice(ends[i - 1]!, starts[i]!)));
}

function allAdjectivesBefore(toks: Words, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!is(toks.w(k), ADJ)) return false;
  return true;
}

function allNameWords(toks: Words, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (!is(toks.w(k), CAP) && !is(toks.w(k), CAPS3)) return false;
  return true;
}

// "Токаева" after "Касым-Жомарта Токаева": the surname alone is the same person, already suggested.
function dropShortForms(found: ActorMention[]): ActorMention[] {
  const surnames = found.filter((a) => a.type === 'person' && /\s/.test(a.text)).map((a) => a.text.split(/\s+/).pop()!.toLowerCase());
  return found.filter((a) => a.type !== 'person' || /\s/.test(a.text) || !surnames.some((s) => sameWord(s, a.text.toLowerCase())));
}

function sameWord(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 4 && Math.max(a.length, b.length) - p <= 3;
}

// A capitalised adjective before район / область ("Жанибекского района").
function isPlaceAdjective(toks: Words, i: number, text: string): boolean {
  return i + 1 < toks.length && is(toks.w(i + 1), PLACE_HEAD) && adjacent(text, toks, i, i + 1) && is(toks.w(i), PLACE_ADJ);
}

// A capitalised place adjective in a list whose last member carries the plural head ("в
// Алматинской, Жамбылской и Восточно-Казахстанской областях"): the name it stands for, in the
// nominative ("Алматинская область"), or null.
function sharedPlaceHead(text: string, toks: Words, i: number): string | null {
  if (!is(toks.w(i), PLACE_ADJ)) return null;
  const { starts, ends } = toks;
  for (let k = i; k + 1 < toks.length && k - i < 16; k++) {
    const gap = text.slice(ends[k]!, starts[k + 1]!);
    const next = toks.w(k + 1);
    if (/^\s*,\s*$/u.test(gap) && is(next, CAP) && is(next, PLACE_ADJ)) continue;
    if (/^\s+$/u.test(gap) && next === 'и' && k + 2 < toks.length && is(toks.w(k + 2), CAP) && is(toks.w(k + 2), PLACE_ADJ)) {
      k++;
      continue;
    }
    // The list's last adjective and the plural head after it.
    if (k === i || !/^\s+$/u.test(gap)) return null;
    const head = PLURAL_PLACE_HEAD.exec(next);
    return head ? `${nominative(toks.w(i), head[1]!.startsWith('район') || head[1]!.startsWith('кра') ? 'm' : 'f')} ${SINGULAR_HEAD[head[1]!.slice(0, 3)]}` : null;
  }
  return null;
}
const PLURAL_PLACE_HEAD = /^(област|район|кра)(?:ях|ей|ям|ями|ов|ах|ами|ев)$/u;
const SINGULAR_HEAD: Record<string, string> = { обл: 'область', рай: 'район', кра: 'край' };

/** A place adjective's nominative singular in the head's gender ("Алматинской" → "Алматинская"). */
function nominative(adj: string, gender: 'f' | 'm'): string {
  const stem = adj.replace(/(?:ой|ая|ую|ий|ый|ом|ого|ому|ым|ей)$/u, '');
  if (gender === 'f') return `${stem}ая`;
  return /[кгх]$/u.test(stem) ? `${stem}ий` : `${stem}ый`;
}

// "в Алматы, Актобе, Конаеве и Шымкенте": a name listed beside a known place is a place.
function isPlace(k: Span | undefined): k is ActorMention {
  return k !== undefined && 'type' in k && (k as ActorMention).type === 'place';
}

// "в лагерях «Аль-Холь» и Родж": a name listed right after a place these rules just found.
function afterFoundPlace(out: readonly ActorMention[], text: string, start: number): boolean {
  const last = out[out.length - 1];
  return last !== undefined && last.type === 'place' && start - last.end <= 4 && /^[»"]?\s*(?:,|и)\s*$/u.test(text.slice(last.end, start));
}

function inPlaceList(text: string, start: number, end: number, taken: readonly Span[]): boolean {
  const after = firstStartingFrom(taken, end);
  const before = taken[after - 1];
  const next = taken[after];
  return (isPlace(before) && /^\s*(?:,|и)\s*$/u.test(text.slice(before.end, start))) || (isPlace(next) && /^\s*(?:,|и)\s*$/u.test(text.slice(end, next.start)));
}

// A lowercase word that can continue an organisation's name: a genitive or an adjective
// ("здравоохранения", "социального", "иностранных дел"), not a verb ("сообщило").
// Words a and b apart by one or two spaces only.
function adjacent(text: string, toks: Words, a: number, b: number): boolean {
  const gap = toks.starts[b]! - toks.ends[a]!;
  if (gap < 1 || gap > 2) return false;
  for (let k = toks.ends[a]!; k < toks.starts[b]!; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

function push(out: ActorMention[], text: string, start: number, end: number, type: ActorMention['type']): void {
  out.push({ text: text.slice(start, end), start, end, type, actorId: null, canonical: null, confidence: 0.5 });
}
