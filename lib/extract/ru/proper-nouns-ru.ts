/**
 * Unknown names in Russian text, typed from cues as a reader would: a title before a name
 * (председатель, министр, генерал, аким ...) makes a person; an organisation's head word
 * (комитет, министерство, управление, партия, движение ...) starts an organisation, whose name runs
 * on in lowercase ("Министерство здравоохранения"); город, область, село before a name, or в / из
 * before it, make a place. A name with no cue is left out: a capital alone says too little in
 * Russian, where every sentence starts with one.
 */
import { firstIndex } from '../spans';
import type { ActorMention, Span } from '../types';

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

interface Tok {
  w: string;
  start: number;
  end: number;
}

/** Finds unknown, cue-typed names in the Russian `paragraphs` of `text`, outside `taken` spans. */
export function findUnknownActorsRu(text: string, sentences: readonly Span[], paragraphs: readonly Span[], taken: readonly Span[]): ActorMention[] {
  const out: ActorMention[] = [];
  // `taken` is sorted by position: a binary search, then a short scan.
  const isTaken = (s: number, e: number): boolean => {
    for (let k = firstIndex(taken, (t) => t.end > s); k < taken.length && taken[k]!.start < e; k++) if (taken[k]!.end > s) return true;
    return false;
  };
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  for (const para of paragraphs) {
    const toks: Tok[] = [];
    for (const m of text.slice(para.start, para.end).matchAll(/[\p{L}]+(?:-[\p{L}]+)*\.?/gu)) {
      const w = m[0].endsWith('.') && m[0] !== 'г.' ? m[0].slice(0, -1) : m[0];
      toks.push({ w, start: para.start + m.index, end: para.start + m.index + w.length });
    }
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      // Names start with a capital: most words are passed over on their first letter.
      const c0 = t.w.charCodeAt(0);
      if (!((c0 >= 0x410 && c0 <= 0x42f) || c0 === 0x401)) continue;
      if (isTaken(t.start, t.end)) continue;
      const prev = toks[i - 1];
      const atStart = sentenceStarts.has(t.start) || (prev !== undefined && /[.!?]\s*$/.test(text.slice(prev.end, t.start)));
      // Organisations: a capitalised head word and the lowercase words of its name.
      if (CAP_WORD.test(t.w) && ORG_HEAD.test(t.w)) {
        let j = i;
        while (j + 1 < toks.length && j - i < 5 && nameWord(toks[j + 1]!.w) && adjacent(text, toks[j]!, toks[j + 1]!) && !isTaken(toks[j + 1]!.start, toks[j + 1]!.end)) j++;
        // "и социального развития": one conjunction inside the name.
        if (j + 2 < toks.length && toks[j + 1]!.w === 'и' && LOWER_WORD.test(toks[j + 2]!.w) && j > i) {
          let k = j + 2;
          while (k + 1 < toks.length && k - j < 4 && nameWord(toks[k + 1]!.w) && adjacent(text, toks[k]!, toks[k + 1]!)) k++;
          j = k;
        }
        if (j > i) {
          push(out, text, t.start, toks[j]!.end, 'organization');
          i = j;
        }
        continue;
      }
      // "Национальной гвардии", "Верховный суд": a capitalised adjective before an organisation's head word.
      const nx = toks[i + 1];
      if (CAP_WORD.test(t.w) && ADJECTIVE.test(t.w) && nx && LOWER_WORD.test(nx.w) && ORG_HEAD.test(nx.w) && adjacent(text, t, nx) && !isTaken(nx.start, nx.end)) {
        push(out, text, t.start, nx.end, 'organization');
        i++;
        continue;
      }
      // An acronym is an organisation's name ("МИД", "ГКНБ", "РИА «Новости»"), unless it is a common noun's.
      if (/^[А-ЯЁ]{3,5}$/u.test(t.w) && !COMMON_ACRONYMS.has(t.w)) {
        const quoted = /^\s+«([^»\n]{1,40})»/u.exec(text.slice(t.end, t.end + 45));
        const end = quoted ? t.end + quoted[0].length : t.end;
        push(out, text, t.start, end, 'organization');
        while (i + 1 < toks.length && toks[i + 1]!.start < end) i++;
        continue;
      }
      if (!CAP_WORD.test(t.w) && !/^[А-ЯЁ]{2,}$/u.test(t.w)) continue;
      // The run of capitalised words ("Берикжан Калиев", "Алтай Кульгинов").
      let j = i;
      while (j + 1 < toks.length && j - i < 2 && (CAP_WORD.test(toks[j + 1]!.w) || /^[А-ЯЁ]{3,}$/u.test(toks[j + 1]!.w)) && adjacent(text, toks[j]!, toks[j + 1]!) && !isTaken(toks[j + 1]!.start, toks[j + 1]!.end) && !isPlaceAdjective(toks, j + 1, text)) j++;
      // A title is not a name ("Первого Президента"); the name after it is.
      if (PERSON_CUE.test(toks[j]!.w) || (j > i && ADJECTIVE.test(t.w) && !CAP_WORD.test(toks[j]!.w))) continue;
      const next = toks[j + 1];
      const cueBefore = prev && adjacent(text, prev, t) ? prev.w : '';
      // "Кызылординской области": a place adjective before област-.
      if (j === i && isPlaceAdjective(toks, i, text) && next) {
        push(out, text, t.start, next.end, 'place');
        i = j + 1;
        continue;
      }
      let type: ActorMention['type'] | null = null;
      // "аким области Бердыбек Сапарбаев": a title a few words back still names a person.
      const titleBack = j > i && toks.slice(Math.max(0, i - 3), i).some((x) => PERSON_CUE.test(x.w));
      const verbAfter = next !== undefined && adjacent(text, toks[j]!, next) && SPEECH.test(next.w);
      if ((cueBefore && (PERSON_CUE.test(cueBefore) || SPEECH.test(cueBefore) || cueBefore === 'словам')) || titleBack) type = 'person';
      // "Нурлан Ермекбаев сообщил": a first name and surname before a verb of saying, even at a sentence start.
      else if (j > i && verbAfter && !ADJECTIVE.test(t.w)) type = 'person';
      else if (cueBefore && PLACE_CUE.test(cueBefore)) type = 'place';
      else if (cueBefore && PLACE_PREP.test(cueBefore) && j === i && !atStart && !/^[А-ЯЁ]+$/u.test(t.w)) type = 'place';
      else if (j === i && inPlaceList(text, t, taken)) type = 'place';
      else if (j > i && !atStart && !ADJECTIVE.test(t.w)) type = 'person';
      else if (j > i && atStart && j - i >= 1 && toks.slice(i, j + 1).every((x) => CAP_WORD.test(x.w) || /^[А-ЯЁ]{3,}$/u.test(x.w)) && /^[А-ЯЁ]{3,}$/u.test(toks[j]!.w)) type = 'person';
      if (!type) continue;
      push(out, text, t.start, toks[j]!.end, type);
      i = j;
    }
  }
  return dropShortForms(out);
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
function isPlaceAdjective(toks: readonly Tok[], i: number, text: string): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  return next !== undefined && PLACE_ADJ_HEAD.test(next.w) && adjacent(text, t, next) && /(?:ой|ая|ую|ий|ом|ого|ск\p{L}{1,3})$/u.test(t.w);
}

// "в Алматы, Актобе, Конаеве и Шымкенте": a name listed beside a known place is a place.
function inPlaceList(text: string, t: Tok, taken: readonly Span[]): boolean {
  const after = firstIndex(taken, (k) => k.start >= t.end);
  const isPlace = (k: Span | undefined): k is ActorMention => k !== undefined && 'type' in k && (k as ActorMention).type === 'place';
  const before = taken[after - 1];
  const next = taken[after];
  return (isPlace(before) && /^\s*(?:,|и)\s*$/u.test(text.slice(before.end, t.start))) || (isPlace(next) && /^\s*(?:,|и)\s*$/u.test(text.slice(t.end, next.start)));
}

// A lowercase word that can continue an organisation's name: a genitive or an adjective
// ("здравоохранения", "социального", "иностранных дел"), not a verb ("сообщило").
function nameWord(w: string): boolean {
  return LOWER_WORD.test(w) && !STOP_WORDS.has(w) && GENITIVE_END.test(w);
}

function adjacent(text: string, a: Tok, b: Tok): boolean {
  return /^[ \u00a0]{1,2}$/.test(text.slice(a.end, b.start));
}

function push(out: ActorMention[], text: string, start: number, end: number, type: ActorMention['type']): void {
  out.push({ text: text.slice(start, end), start, end, type, actorId: null, canonical: null, confidence: 0.5 });
}
