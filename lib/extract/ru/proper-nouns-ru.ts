/**
 * Unknown names in Russian text, typed from cues as a reader would: a title before a name
 * (председатель, министр, генерал, аким ...) makes a person; an organisation's head word
 * (комитет, министерство, управление, партия, движение ...) starts an organisation, whose name runs
 * on in lowercase ("Министерство здравоохранения"); город, область, село before a name, or в / из
 * before it, make a place. A name with no cue is left out: a capital alone says too little in
 * Russian, where every sentence starts with one.
 */
import type { ActorMention, Span } from '../types';
import { isLetterAt, isRuLetter } from './chars';
import { firstEndingAfter, firstStartingFrom } from './positions';

const PERSON_CUE = /^(?:председател|министр|генерал|полковник|майор|аким|президент|премьер|глав[аеуы]|директор|руководител|начальник|заместител|замминистр|депутат|сенатор|эксперт|политолог|аналитик|судь|прокурор|посол|спикер|представител|журналист|корреспондент|имам|муфти|лидер|главар|эмир|уроженц|житель|жительниц|контрактник|военнослужащ|продав|адвокат|правозащитник)/iu;
const ORG_HEAD = /^(?:комитет|министерств|управлени|парти|движени|департамент|служб|агентств|ведомств|суд|прокуратур|организаци|фонд|центр|институт|университет|компани|банк|совет|сенат|мажилис|парламент|правительств|гварди|группировк|ячейк|акимат|администраци)/iu;
// Verbs of saying: the name next to one is a speaker ("заявил Абаев", "Абаев заявил").
const SPEECH = /^(?:сообщил|заявил|сказал|отметил|подчеркнул|добавил|написал|пояснил|уточнил|рассказал|считает|полагает|говорит)[аи]?$/u;
const PLACE_CUE = /^(?:город|г\.|област|сел[оеау]|поселк|посёлк|район|аул|столиц|регион|провинци|страна|стран[еуы])/iu;
const PLACE_ADJ_HEAD = /^(?:област\p{L}*|район\p{L}*|кра[йяюе]\p{L}*)$/iu;
const PLACE_PREP = /^(?:в|во|из|на)$/iu;
// Acronyms of common nouns and of documents, not of bodies.
const COMMON_ACRONYMS = new Set(['СМИ', 'ПМЖ', 'ИВС', 'УПК', 'ВУЗ', 'НПО', 'ЧП', 'ДТП', 'АЭС', 'ГЭС', 'ВВП', 'ООО', 'ТОО', 'АО', 'ЖКХ', 'РК', 'РФ', 'КР', 'КНР', 'СССР', 'ЕАЭС', 'ЗКО', 'ВКО', 'СКО', 'ЮКО']);
const ADJECTIVE = /(?:ой|ая|яя|ую|ий|ый|ое|ом|ого|его|ому|ые|ых|ым)$/u;
const GENITIVE_END = /(?:ия|ья|и|ы|ого|его|ой|ей|ых|их|ов|ев|дел|сил|ий|ый|ая|ое|ые|ие)$/u;
const LOWER_WORD = /^[а-яё]+$/u;
const CAP_WORD = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?$/u;
const STOP_WORDS = new Set(['и', 'в', 'во', 'на', 'из', 'с', 'со', 'к', 'по', 'от', 'до', 'за', 'о', 'об', 'у', 'а', 'но', 'или', 'что', 'как', 'при', 'под', 'для', 'не', 'был', 'была', 'были', 'было', 'который', 'которые', 'также']);

/**
 * The words of a paragraph as the RegExp `/\p{L}+(?:-\p{L}+)*\.?/gu` finds them (a final dot dropped,
 * but for "г."), kept as offsets: a word is sliced only when a rule looks at it, and most words are
 * passed over on their first letter.
 */
class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly cut: (string | undefined)[] = [];

  constructor(private readonly text: string, from: number, to: number) {
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      if (!isRuLetter(c) && (c === 0x20 || !isLetterAt(text, i))) {
        i++;
        continue;
      }
      const s = i;
      i = pastLetters(text, i, to);
      while (i + 1 < to && text.charCodeAt(i) === 0x2d && isLetterAt(text, i + 1)) i = pastLetters(text, i + 1, to);
      let e = i;
      if (i < to && text.charCodeAt(i) === 0x2e) {
        if (e - s === 1 && text.charCodeAt(s) === 0x433) e = i + 1;
        i++;
      }
      this.starts.push(s);
      this.ends.push(e);
    }
  }

  get length(): number {
    return this.starts.length;
  }

  /** The k-th word's text. */
  w(k: number): string {
    return (this.cut[k] ??= this.text.slice(this.starts[k], this.ends[k]));
  }
}

function pastLetters(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    // Russian letters first: nearly every letter of these paragraphs.
    if (isRuLetter(c)) i++;
    else if (isLetterAt(text, i)) i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    else break;
  }
  return i;
}

/** Finds unknown, cue-typed names in the Russian `paragraphs` of `text`, outside `taken` spans. */
export function findUnknownActorsRu(text: string, sentences: readonly Span[], paragraphs: readonly Span[], taken: readonly Span[]): ActorMention[] {
  const out: ActorMention[] = [];
  // `taken` is sorted by position: a binary search, then a short scan.
  const isTaken = (s: number, e: number): boolean => {
    for (let k = firstEndingAfter(taken, s); k < taken.length && taken[k]!.start < e; k++) if (taken[k]!.end > s) return true;
    return false;
  };
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  for (const para of paragraphs) {
    const toks = new Words(text, para.start, para.end);
    const { starts, ends } = toks;
    const n = toks.length;
    const taken2 = (k: number): boolean => isTaken(starts[k]!, ends[k]!);
    for (let i = 0; i < n; i++) {
      // Names start with a capital: most words are passed over on their first letter.
      const c0 = text.charCodeAt(starts[i]!);
      if (!((c0 >= 0x410 && c0 <= 0x42f) || c0 === 0x401)) continue;
      if (taken2(i)) continue;
      const tw = toks.w(i);
      const atStart = sentenceStarts.has(starts[i]!) || (i > 0 && /[.!?]\s*$/.test(text.slice(ends[i - 1]!, starts[i]!)));
      // Organisations: a capitalised head word and the lowercase words of its name.
      if (CAP_WORD.test(tw) && ORG_HEAD.test(tw)) {
        let j = i;
        while (j + 1 < n && j - i < 5 && nameWord(toks.w(j + 1)) && adjacent(text, toks, j, j + 1) && !taken2(j + 1)) j++;
        // "и социального развития": one conjunction inside the name.
        if (j + 2 < n && toks.w(j + 1) === 'и' && LOWER_WORD.test(toks.w(j + 2)) && j > i) {
          let k = j + 2;
          while (k + 1 < n && k - j < 4 && nameWord(toks.w(k + 1)) && adjacent(text, toks, k, k + 1)) k++;
          j = k;
        }
        if (j > i) {
          push(out, text, starts[i]!, ends[j]!, 'organization');
          i = j;
        }
        continue;
      }
      // "Национальной гвардии", "Верховный суд": a capitalised adjective before an organisation's head word.
      if (CAP_WORD.test(tw) && ADJECTIVE.test(tw) && i + 1 < n && LOWER_WORD.test(toks.w(i + 1)) && ORG_HEAD.test(toks.w(i + 1)) && adjacent(text, toks, i, i + 1) && !taken2(i + 1)) {
        push(out, text, starts[i]!, ends[i + 1]!, 'organization');
        i++;
        continue;
      }
      // An acronym is an organisation's name ("МИД", "ГКНБ", "РИА «Новости»"), unless it is a common noun's.
      if (/^[А-ЯЁ]{3,5}$/u.test(tw) && !COMMON_ACRONYMS.has(tw)) {
        const quoted = /^\s+«([^»\n]{1,40})»/u.exec(text.slice(ends[i]!, ends[i]! + 45));
        const end = quoted ? ends[i]! + quoted[0].length : ends[i]!;
        push(out, text, starts[i]!, end, 'organization');
        while (i + 1 < n && starts[i + 1]! < end) i++;
        continue;
      }
      if (!CAP_WORD.test(tw) && !/^[А-ЯЁ]{2,}$/u.test(tw)) continue;
      // The run of capitalised words ("Берикжан Калиев", "Алтай Кульгинов").
      let j = i;
      while (j + 1 < n && j - i < 2 && (CAP_WORD.test(toks.w(j + 1)) || /^[А-ЯЁ]{3,}$/u.test(toks.w(j + 1))) && adjacent(text, toks, j, j + 1) && !taken2(j + 1) && !isPlaceAdjective(toks, j + 1, text)) j++;
      // A title is not a name ("Первого Президента"); the name after it is.
      if (PERSON_CUE.test(toks.w(j)) || (j > i && ADJECTIVE.test(tw) && !CAP_WORD.test(toks.w(j)))) continue;
      const hasNext = j + 1 < n;
      const cueBefore = i > 0 && adjacent(text, toks, i - 1, i) ? toks.w(i - 1) : '';
      // "Кызылординской области": a place adjective before област-.
      if (j === i && isPlaceAdjective(toks, i, text) && hasNext) {
        push(out, text, starts[i]!, ends[j + 1]!, 'place');
        i = j + 1;
        continue;
      }
      let type: ActorMention['type'] | null = null;
      // "аким области Бердыбек Сапарбаев": a title a few words back still names a person.
      let titleBack = false;
      if (j > i) for (let k = Math.max(0, i - 3); k < i && !titleBack; k++) titleBack = PERSON_CUE.test(toks.w(k));
      const verbAfter = hasNext && adjacent(text, toks, j, j + 1) && SPEECH.test(toks.w(j + 1));
      if ((cueBefore && (PERSON_CUE.test(cueBefore) || SPEECH.test(cueBefore) || cueBefore === 'словам')) || titleBack) type = 'person';
      // "Нурлан Ермекбаев сообщил": a first name and surname before a verb of saying, even at a sentence start.
      else if (j > i && verbAfter && !ADJECTIVE.test(tw)) type = 'person';
      else if (cueBefore && PLACE_CUE.test(cueBefore)) type = 'place';
      else if (cueBefore && PLACE_PREP.test(cueBefore) && j === i && !atStart && !/^[А-ЯЁ]+$/u.test(tw)) type = 'place';
      else if (j === i && inPlaceList(text, starts[i]!, ends[i]!, taken)) type = 'place';
      else if (j > i && !atStart && !ADJECTIVE.test(tw)) type = 'person';
      else if (j > i && atStart && j - i >= 1 && allNameWords(toks, i, j) && /^[А-ЯЁ]{3,}$/u.test(toks.w(j))) type = 'person';
      if (!type) continue;
      push(out, text, starts[i]!, ends[j]!, type);
      i = j;
    }
  }
  return dropShortForms(out);
}

function allNameWords(toks: Words, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (!CAP_WORD.test(toks.w(k)) && !/^[А-ЯЁ]{3,}$/u.test(toks.w(k))) return false;
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
  return i + 1 < toks.length && PLACE_ADJ_HEAD.test(toks.w(i + 1)) && adjacent(text, toks, i, i + 1) && /(?:ой|ая|ую|ий|ом|ого|ск\p{L}{1,3})$/u.test(toks.w(i));
}

// "в Алматы, Актобе, Конаеве и Шымкенте": a name listed beside a known place is a place.
function isPlace(k: Span | undefined): k is ActorMention {
  return k !== undefined && 'type' in k && (k as ActorMention).type === 'place';
}

function inPlaceList(text: string, start: number, end: number, taken: readonly Span[]): boolean {
  const after = firstStartingFrom(taken, end);
  const before = taken[after - 1];
  const next = taken[after];
  return (isPlace(before) && /^\s*(?:,|и)\s*$/u.test(text.slice(before.end, start))) || (isPlace(next) && /^\s*(?:,|и)\s*$/u.test(text.slice(end, next.start)));
}

// A lowercase word that can continue an organisation's name: a genitive or an adjective
// ("здравоохранения", "социального", "иностранных дел"), not a verb ("сообщило").
function nameWord(w: string): boolean {
  return LOWER_WORD.test(w) && !STOP_WORDS.has(w) && GENITIVE_END.test(w);
}

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
