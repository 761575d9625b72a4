/**
 * The words of a Russian paragraph and their classes, for the name rules (proper-nouns-ru.ts): the
 * cue stems (a title, an organisation's head, a place word, a verb of speech), the shapes (a
 * capitalised word, an adjective, an acronym, a genitive that continues a name), each asked once
 * per word and remembered, and the paragraph's words kept as offsets.
 */
import { isLetterAt, isRuLetter } from './chars';

const PERSON_CUE = /^(?:председател|министр|генерал|полковник|майор|аким|президент|премьер|глав[аеуы]|директор|руководител|начальник|заместител|замминистр|депутат|сенатор|эксперт|политолог|аналитик|судь|прокурор|посол|спикер|представител|журналист|корреспондент|имам|муфти|лидер|главар|эмир(?!ат)|уроженц|житель|жительниц|контрактник|военнослужащ|продав|адвокат|правозащитник)/iu;
const ORG_HEAD = /^(?:комитет|министерств|управлени|парти|движени|департамент|служб|агентств|ведомств|суд|прокуратур|организаци|фонд|центр|институт|университет|компани|банк|совет|сенат|мажилис|парламент|правительств|гварди|группировк|ячейк|акимат|администраци)/iu;
// Verbs of saying: the name next to one is a speaker ("заявил Абаев", "Абаев заявил").
const SPEECH = /^(?:сообщил|заявил|сказал|отметил|подчеркнул|добавил|написал|пояснил|уточнил|рассказал|считает|полагает|говорит)[аи]?$/u;
const PLACE_CUE = /^(?:город|г\.|област|сел[оеау]|поселк|посёлк|район|аул|столиц|регион|провинци|страна|стран[еуы])/iu;
const PLACE_ADJ_HEAD = /^(?:област\p{L}*|район\p{L}*|кра[йяюе]\p{L}*)$/iu;
// "под Ташкентом", "близ Алматы", "через Турцию": other prepositions of place.
const PLACE_PREP = /^(?:в|во|из|на|под|подо|близ|возле|около|через)$/iu;
/** Acronyms of common nouns and of documents, not of bodies. */
export const COMMON_ACRONYMS = new Set(['СМИ', 'ПМЖ', 'ИВС', 'УПК', 'ВУЗ', 'НПО', 'ЧП', 'ДТП', 'АЭС', 'ГЭС', 'ВВП', 'ООО', 'ТОО', 'АО', 'ЖКХ', 'РК', 'РФ', 'КР', 'КНР', 'СССР', 'ЕАЭС', 'ЗКО', 'ВКО', 'СКО', 'ЮКО',
  // Registers, groups and devices named by acronym: ЕРДР / ЕРПП (the register of crimes), ОПГ (an
  // organised gang), СИЗО (a remand prison), СВУ (an improvised bomb), ОРМ (operative measures).
  'ЕРДР', 'ЕРПП', 'ОПГ', 'ОПС', 'СИЗО', 'СВУ', 'ОРМ', 'БПЛА']);
// Hard and soft adjective endings; the soft ones only after н ("Ближнем Востоке", "Верхней") and
// the plural of -ский after ск / цк ("Арабских"), where no first name ends (Артем, Рахим, Хаким,
// Сергей end so).
const ADJECTIVE = /(?:ой|ая|яя|ую|ий|ый|ое|ом|ого|его|ому|ые|ых|ым|н(?:ем|ему|им|их|ими|ей|юю|ее|ие)|[сц]к(?:их|им|ими|ие))$/u;
const GENITIVE_END = /(?:ия|ья|и|ы|ого|его|ой|ей|ых|их|ов|ев|дел|сил|ий|ый|ая|ое|ые|ие)$/u;
const LOWER_WORD = /^[а-яё]+$/u;
const CAP_WORD = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?$/u;
const STOP_WORDS = new Set(['и', 'в', 'во', 'на', 'из', 'с', 'со', 'к', 'по', 'от', 'до', 'за', 'о', 'об', 'у', 'а', 'но', 'или', 'что', 'как', 'при', 'под', 'для', 'не', 'был', 'была', 'были', 'было', 'который', 'которые', 'также']);
const PLACE_ADJ_END = /(?:ой|ая|ую|ий|ом|ого|ск\p{L}{1,3})$/u;

// What the rules ask of a word (the class ids that `is` takes), each answer found once per distinct
// word: pages repeat their words, and a capitalised word is asked up to a dozen of these.
/** A capitalised word ("Назарбаев", "Усть-Каменогорск"). */
export const CAP = 0;
/** An organisation's head word (комитет, министерство, управление ...). */
export const ORG = 1;
/** An adjective by its ending ("Ближнем", "Арабских"). */
export const ADJ = 2;
/** A title or role before a person's name (председатель, министр, аким ...). */
export const TITLE = 3;
/** A verb of speech after a name (сообщил, заявил ...). */
export const SAYS = 4;
/** A place word before a name (город, область, село ...). */
export const PLACE_WORD = 5;
/** A preposition of place (в, из, на, под ...). */
export const PREP = 6;
/** The head after a region's adjective (область, район, край in any case). */
export const PLACE_HEAD = 7;
/** A lowercase Russian word. */
export const LOWER = 8;
/** A lowercase word that continues a body's name (a genitive: "здравоохранения", "мусульман"). */
export const NAME_PART = 9;
/** An acronym of three to six capitals (КНБ, ЮНИСЕФ). */
export const ACRONYM = 10;
/** Two capitals or more. */
export const CAPS2 = 11;
/** Three capitals or more. */
export const CAPS3 = 12;
/** Capitals only. */
export const CAPS = 13;
/** A place adjective by its ending ("Актюбинской", "Мангистауской"). */
export const PLACE_ADJ = 14;
const TESTS: readonly RegExp[] = [
  CAP_WORD, ORG_HEAD, ADJECTIVE, PERSON_CUE, SPEECH, PLACE_CUE, PLACE_PREP, PLACE_ADJ_HEAD, LOWER_WORD, LOWER_WORD,
  /^[А-ЯЁ]{3,6}$/u, /^[А-ЯЁ]{2,}$/u, /^[А-ЯЁ]{3,}$/u, /^[А-ЯЁ]+$/u, PLACE_ADJ_END,
];
// Per word: bit 16 + f set once test f was run, bit f its answer.
let classes = new Map<string, number>();

/** Whether word `w` is of class `f` (one of the class ids above), each test run once per word. */
export function is(w: string, f: number): boolean {
  let c = classes.get(w) ?? 0;
  if ((c & (1 << (f + 16))) === 0) {
    const yes = f === NAME_PART ? nameWord(w) : TESTS[f]!.test(w);
    c |= (1 << (f + 16)) | (yes ? 1 << f : 0);
    if (classes.size >= 20_000) classes = new Map();
    classes.set(w, c);
  }
  return (c & (1 << f)) !== 0;
}

/**
 * The words of a paragraph as the RegExp `/\p{L}+(?:-\p{L}+)*\.?/gu` finds them (a final dot dropped,
 * but for "г."), kept as offsets: a word is sliced only when a rule looks at it, and most words are
 * passed over on their first letter.
 */
export class Words {
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

function nameWord(w: string): boolean {
  return LOWER_WORD.test(w) && !STOP_WORDS.has(w) && !JURISDICTION_WORDS.has(w) && !PAST_PLURAL.test(w) && (GENITIVE_END.test(w) || GENITIVE_PLURAL_AN.has(w));
}
// "действовали", "сообщили": a verb in the past plural ends like a genitive in -и, and ends a name.
const PAST_PLURAL = /(?:ал|ил|ыл|ел|ул|ял)и$/u;
// "Управление мусульман республики": "of the republic", "of the country" say where the body
// serves and end its name.
const JURISDICTION_WORDS = new Set(['республики', 'страны', 'области', 'города', 'района', 'региона', 'края']);
// Nouns whose genitive plural has no ending, met in the names of bodies ("Управление мусульман",
// "Центр медицины катастроф", "Академия наук", "пограничных войск").
const GENITIVE_PLURAL_AN = new Set(['мусульман', 'граждан', 'христиан', 'крестьян', 'армян', 'славян', 'горожан', 'россиян', 'катастроф', 'наук', 'войск', 'границ', 'программ', 'проблем', 'реформ', 'женщин', 'инвестиций']);
