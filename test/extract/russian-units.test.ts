/**
 * The Russian rules one by one: language per paragraph, figures with hedges as intervals, number
 * words in their cases, currencies and durations, predicates, case forms of names reaching a fact
 * base with Latin spellings only, cue-typed unknown names, Russian dates.
 */
import { describe, expect, it } from 'vitest';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';
import { findDates } from '../../lib/extract/dates';
import { detectLanguage, paragraphLanguages } from '../../lib/extract/language';
import { extractFiguresRu } from '../../lib/extract/ru/figures-ru';
import { findUnknownActorsRu } from '../../lib/extract/ru/proper-nouns-ru';
import { splitSentences } from '../../lib/extract/sentences';
import { roleOf } from '../../lib/claims/roles';

function figures(text: string) {
  return extractFiguresRu(text, splitSentences(text), [{ start: 0, end: text.length }]);
}
const one = (text: string) => {
  const f = figures(text);
  expect(f, text).toHaveLength(1);
  return f[0]!;
};

describe('language', () => {
  it('tells Russian from English per paragraph', () => {
    expect(detectLanguage('В теракте погибли семь человек, сообщили в Министерстве внутренних дел.')).toBe('ru');
    expect(detectLanguage('Seven people were killed in the attack, the Interior Ministry said.')).toBe('en');
    const { page, spans } = paragraphLanguages('Seven people were killed in Aktobe.\nВ теракте погибли семь человек, сообщили в МВД Казахстана.\nЕще восемь человек ранены.');
    expect(spans.map((s) => s.lang)).toEqual(['en', 'ru', 'ru']);
    expect(page).toBe('ru');
  });
});

describe('Russian names from held-out 2', () => {
  const unknown = (text: string) => findUnknownActorsRu(text, splitSentences(text), [{ start: 0, end: text.length }], []).map((a) => [a.type, a.text]);
  it('reads a ministry in lowercase, a ministry\'s short name, and a quoted name by the noun before it', () => {
    expect(unknown('сообщили в министерстве индустрии и инфраструктурного развития Казахстана.')).toContainEqual(['organization', 'министерстве индустрии и инфраструктурного развития']);
    expect(unknown('передает агентство со ссылкой на Минздрав России.')).toContainEqual(['organization', 'Минздрав']);
    expect(unknown('Он прилетел в Минск.')).not.toContainEqual(['organization', 'Минск']);
    expect(unknown('После теракта в концертном зале «Крокус сити холл» в Москве.')).toContainEqual(['place', 'Крокус сити холл']);
    expect(unknown('Лидер партии «Ак жол» заявил.')).toContainEqual(['organization', 'Ак жол']);
  });
  it('reads a list of place adjectives that share one head as the places it names', () => {
    const text = 'Пострадали объекты в Алматинской, Жамбылской и Восточно-Казахстанской областях.';
    const found = findUnknownActorsRu(text, [], [{ start: 0, end: text.length }], []);
    expect(found.map((a) => [a.text, a.canonical ?? a.text])).toEqual([
      ['Алматинской', 'Алматинская область'], ['Жамбылской', 'Жамбылская область'], ['Восточно-Казахстанской областях', 'Восточно-Казахстанской областях'],
    ]);
  });
  it('takes a region\'s adjective for the region, never for the town it is made from', () => {
    const m = buildAliasMatcher([
      { id: 'aktobe', name: 'Aktobe', type: 'place', aliases: ['Aktyubinsk'] },
      { id: 'aktobe-province', name: 'Aktobe Province', type: 'place', aliases: ['Aktyubinsk Oblast'] },
    ]);
    expect(m.match('в Актюбинске; в Актюбинской области; в Актюбинской и Атырауской.').map((a) => [a.text, a.actorId])).toEqual([
      ['Актюбинске', 'aktobe'], ['Актюбинской области', 'aktobe-province'],
    ]);
  });
  it('does not take a two-letter Cyrillic acronym for a Latin one', () => {
    const m = buildAliasMatcher([{ id: 'united-kingdom', name: 'United Kingdom', type: 'place', aliases: ['UK'] }]);
    expect(m.match('Дело возбуждено по статье 205 УК.')).toEqual([]);
  });
});

describe('Russian names from held-out 3', () => {
  const unknown = (text: string) => findUnknownActorsRu(text, splitSentences(text), [{ start: 0, end: text.length }], []).map((a) => [a.type, a.canonical ?? a.text]);
  it('reads names in Latin letters: an outlet\'s domain, a brand or app, a venue, a person', () => {
    expect(unknown('Об этом сообщает Kaktus.media со ссылкой на пресс-службу.')).toContainEqual(['organization', 'Kaktus.media']);
    expect(unknown('Как передает 24.kg, суд вынес приговор.')).toContainEqual(['organization', '24.kg']);
    expect(unknown('Видео разошлось в Telegram и WhatsApp за сутки.')).toEqual([['organization', 'Telegram'], ['organization', 'WhatsApp']]);
    expect(unknown('Концерт прошел в Barys Arena, а затем в Olympic Park.')).toContainEqual(['place', 'Olympic Park']);
    expect(unknown('В интервью журналу Time рассказал Michael Smith.')).toContainEqual(['person', 'Michael Smith']);
    // No name: a roman numeral, a currency code, a lowercase word.
    expect(unknown('В XX веке курс USD был другим, а слово online писали по-русски.')).toEqual([]);
  });
  it('reads a place of an adjective and its noun after a preposition, and a region named noun first', () => {
    expect(unknown('Боевики прошли подготовку на Ближнем Востоке.')).toEqual([['place', 'Ближнем Востоке']]);
    expect(unknown('Он жил в Восточном Туркестане.')).toEqual([['place', 'Восточном Туркестане']]);
    expect(unknown('Их вывезли из Объединенных Арабских Эмиратов и вернули на Родину.')).toEqual([['place', 'Объединенных Арабских Эмиратов']]);
    expect(unknown('Задержанных разместили под Ташкентом.')).toEqual([['place', 'Ташкентом']]);
    expect(unknown('сообщили в департаменте полиции области Жетысу.')).toContainEqual(['place', 'область Жетысу']);
  });
  it('runs an organisation\'s name through its genitive tail, and ties the acronym in brackets to it', () => {
    const found = findUnknownActorsRu(
      'Руководитель Государственного комитета национальной безопасности (ГКНБ) Иван Петров сообщил об этом. Позже в ГКНБ добавили подробности.',
      splitSentences('Руководитель Государственного комитета национальной безопасности (ГКНБ) Иван Петров сообщил об этом. Позже в ГКНБ добавили подробности.'),
      [{ start: 0, end: 132 }],
      [],
    );
    expect(found.map((a) => [a.type, a.text, a.canonical])).toEqual([
      ['organization', 'Государственного комитета национальной безопасности', null],
      ['person', 'Иван Петров', null],
      ['organization', 'ГКНБ', 'Государственного комитета национальной безопасности'],
    ]);
    expect(unknown('Помощь оказал Международный комитет Красного Креста.')).toEqual([['organization', 'Международный комитет Красного Креста']]);
    expect(unknown('Об этом заявили в Духовном управлении мусульман республики.')).toContainEqual(['organization', 'Духовном управлении мусульман']);
  });
  it('types chambers, two-letter bodies before a country, the body\'s region, quoted bands and camps', () => {
    expect(unknown('Законопроект одобрил Сенат, а затем его обсудили в Мажилисе.')).toEqual([['organization', 'Сенат'], ['organization', 'Мажилисе']]);
    const taken = [{ start: 3, end: 9, text: 'России', type: 'place' as const, actorId: 'russia', canonical: null, confidence: 1 }];
    expect(findUnknownActorsRu('СК России возбудил дело.', splitSentences('СК России возбудил дело.'), [{ start: 0, end: 24 }], taken).map((a) => a.text)).toEqual(['СК']);
    expect(unknown('УК предусматривает срок.')).toEqual([]);
    expect(unknown('Данные опубликовал Минздрав Подмосковья.')).toEqual([['organization', 'Минздрав'], ['place', 'Подмосковья']]);
    expect(unknown('На сцену вышла рок-группа «Кино».')).toContainEqual(['organization', 'Кино']);
    expect(unknown('Их вывезли из лагеря «Аль-Холь» и Родж.')).toEqual([['place', 'Аль-Холь'], ['place', 'Родж']]);
  });
  it('takes no title or register for a name, and a year of birth after a surname for a person', () => {
    expect(unknown('Глава ГКНБ выступил с докладом.')).toEqual([['organization', 'ГКНБ']]);
    expect(unknown('Дело внесли в ЕРДР в тот же день, а ОПГ ликвидировали.')).toEqual([]);
    expect(unknown('Преступление совершил Ахметов 1985 года рождения.')).toEqual([['person', 'Ахметов']]);
    expect(unknown('Помощь оказал ЮНИСЕФ.')).toEqual([['organization', 'ЮНИСЕФ']]);
  });
  it('reads a resident\'s town and a city department; no quoted film or operation, gang\'s description or verb is a name', () => {
    expect(unknown('Суд приговорил жителя Семея к семи годам.')).toEqual([['place', 'Семея']]);
    const almaty = [{ start: 7, end: 13, text: 'Алматы', type: 'place' as const, actorId: 'almaty', canonical: null, confidence: 1 }];
    const t = 'Житель Алматы Иван Петров задержан.';
    expect(findUnknownActorsRu(t, splitSentences(t), [{ start: 0, end: t.length }], almaty).map((a) => [a.type, a.text])).toEqual([['person', 'Иван Петров']]);
    expect(unknown('Она снималась в «Аризонской мечте» Кустурицы.')).not.toContainEqual(['person', 'Аризонской мечте']);
    expect(unknown('Так назвали операцию «Мехр Добро».')).toEqual([]);
    expect(unknown('Данные уточнил Депздрав столицы. Вопрос задал Депутат.')).toEqual([['organization', 'Депздрав']]);
    expect(unknown('Ячейки радикальной группировки действовали в трех городах.')).toEqual([]);
    expect(unknown('Министерство обороны сообщило о потерях.')).toEqual([['organization', 'Министерство обороны']]);
    expect(unknown('Об этом заявили в Генпрокуратуре и в Центре медицины катастроф.')).toEqual([['organization', 'Генпрокуратуре'], ['organization', 'Центре медицины катастроф']]);
    expect(unknown('Об этом РИА "Новости" сообщили в ведомстве.')).toEqual([['organization', 'РИА Новости']]);
  });
});

describe('Russian figures from held-out 3', () => {
  it('reads no clock time as a figure, and "ещё n" with the noun of the count before it', () => {
    expect(figures('На 19:00 субботы ранеными числятся 140 человек.').map((f) => f.text)).toEqual(['140 человек']);
    // An ordinal or an adjective in digits is no count; a count's case ending in digits is.
    expect(figures('В 9-ю горбольницу поступили раненые, 30-летний мужчина погиб, в госпитале 46-й бригады лечатся 8 человек.').map((f) => f.text)).toEqual(['8 человек']);
    expect(figures('Задержаны 5-ти подозреваемых.').map((f) => f.value)).toEqual([5]);
    expect(figures('ТАШКЕНТ, 9 мар — Sputnik. Вернули 156 граждан.').map((f) => f.text)).toEqual(['156 граждан']);
    const f = figures('Двоих детей отправили в больницу, еще троих — домой.');
    expect(f.map((x) => [x.text, x.value, x.counted])).toEqual([['Двоих детей', 2, 'детей'], ['троих', 3, 'детей']]);
  });
});

describe('Russian figures', () => {
  it('reads what held-out 2 showed: word ranges, "десяток", one of them, a count listed after "один", amounts without float noise', () => {
    expect(one('Они получили от трех до шести лет лишения свободы.')).toMatchObject({ value: 3, low: 3, high: 6, qualifier: 'range', unit: 'years' });
    expect(one('Ранены около десятка силовиков.')).toMatchObject({ value: 10, low: 9, high: 11, qualifier: 'about' });
    expect(one('Один из пострадавших скончался в больнице.')).toMatchObject({ value: 1, counted: 'пострадавших' });
    expect(figures('Один ребенок и 60 взрослых находятся в тяжелом состоянии.').map((f) => f.value)).toEqual([1, 60]);
    expect(one('Ущерб оценен в 136,8 млрд тенге.')).toMatchObject({ value: 136_800_000_000, unit: 'currency:KZT' });
    expect(one('Пострадали 1 923 объектам бизнеса причинен ущерб.').value).toBe(1923);
    expect(one('Несколько десятков человек ограбили магазин.')).toMatchObject({ value: 30, low: 20, high: 90 });
  });

  it('reads no age, law article or court number as a figure', () => {
    expect(figures('Старшему из осужденных 38 лет, самым молодым 21 год.')).toEqual([]);
    expect(figures('Задержанному в возрасте 30 лет предъявлено обвинение.').filter((f) => f.unit === 'years')).toEqual([]);
    expect(figures('Дело возбуждено по статье 205 УК, по ч. 2 ст. 174.')).toEqual([]);
    // A term is still a term: "получил 6 лет лишения свободы".
    expect(one('Создатель чата получил 6 лет лишения свободы.')).toMatchObject({ value: 6, unit: 'years' });
  });

  it('reads hedges as intervals, with the English conventions', () => {
    expect(one('Погибли более 300 человек.')).toMatchObject({ value: 300, low: 301, high: null, qualifier: 'more-than' });
    expect(one('Задержаны свыше 20 человек.')).toMatchObject({ low: 21, high: null });
    expect(one('Погибли не менее 12 человек.')).toMatchObject({ low: 12, high: null, qualifier: 'at-least' });
    expect(one('Погибли по меньшей мере 12 человек.')).toMatchObject({ low: 12, high: null });
    expect(one('Задержаны около 150 человек.')).toMatchObject({ value: 150, low: 135, high: 165, qualifier: 'about' });
    expect(one('Выехали почти 100 граждан.')).toMatchObject({ low: 90, high: 100, qualifier: 'nearly' });
    expect(one('Задержаны до 40 человек.')).toMatchObject({ low: 0, high: 40, qualifier: 'up-to' });
    const update = one('Число погибших выросло до 25 человек.');
    expect(update).toMatchObject({ value: 25, low: 25, high: 25, qualifier: 'exact', isNewValue: true });
    expect(one('Из Сирии вернулись несколько сотен граждан.')).toMatchObject({ low: 200, high: 900 });
    expect(one('Сотни граждан выехали в Сирию.')).toMatchObject({ low: 200, high: null });
    expect(one('Десятки человек задержаны.')).toMatchObject({ low: 24, high: null });
    expect(one('Тысячи граждан выехали.')).toMatchObject({ low: 2000, high: null });
    // After a hedge the word is one thousand, in the genitive: "около тысячи" is about 1000.
    expect(one('Задержаны около тысячи человек.')).toMatchObject({ value: 1000, low: 900, high: 1100, qualifier: 'about' });
  });

  it('reads number words in their cases and genders', () => {
    expect(one('Полиция задержала семерых подозреваемых.').value).toBe(7);
    expect(one('Погибли семь человек.').value).toBe(7);
    expect(one('Ранены двое полицейских.').value).toBe(2);
    expect(one('Задержаны оба подозреваемых.').value).toBe(2);
    expect(one('Из Сирии вернулись двадцать пять граждан.').value).toBe(25);
    expect(one('Выехали полторы тысячи граждан.').value).toBe(1500);
  });

  it('reads separators, decimal commas, currencies, percentages and durations', () => {
    expect(one('Задержаны 1 500 человек.').value).toBe(1500);
    expect(one('На программу выделено 13,5 млрд тенге.')).toMatchObject({ value: 13.5e9, unit: 'currency:KZT' });
    expect(one('Ущерб составил 91,6 млн долларов.')).toMatchObject({ value: 91.6e6, unit: 'currency:USD' });
    expect(one('Доля выросла до 23,5%.')).toMatchObject({ value: 23.5, unit: 'percent' });
    expect(one('Суд приговорил его к восьми годам лишения свободы.')).toMatchObject({ value: 8, unit: 'years', predicate: 'sentenced' });
    expect(one('Его осудили на шесть лет.')).toMatchObject({ value: 6, unit: 'years' });
  });

  it('finds the predicate and leaves dates and years alone', () => {
    const cases: [string, string][] = [
      ['погибли 7 человек', 'killed'], ['убиты 3 боевика', 'killed'], ['ранены 9 солдат', 'wounded'], ['пострадали 38 человек', 'wounded'],
      ['задержаны 8 человек', 'detained'], ['арестованы 4 человека', 'arrested'], ['осуждены 97 граждан', 'convicted'],
      ['приговорены 12 человек', 'sentenced'], ['выехали 800 граждан', 'departed'], ['вернулись 125 казахстанцев', 'returned'],
      ['эвакуированы 231 гражданин', 'returned'],
    ];
    for (const [text, predicate] of cases) expect(one(`В Казахстане ${text}.`).predicate, text).toBe(predicate);
    expect(figures('Теракт произошел 5 июня 2016 года, 7 и 9 мая.')).toEqual([]);
    const list = figures('Суд приговорил к шести годам лишения свободы двоих обвиняемых, ещё троих — к восьми годам.');
    expect(list.map((f) => [f.value, f.predicate])).toContainEqual([3, 'sentenced']);
  });
});

describe('Russian names', () => {
  // Latin spellings only: the Cyrillic forms come through the stemmer and the transliteration.
  const matcher = buildAliasMatcher([
    { id: 'nazarbayev', type: 'person', name: 'Nursultan Nazarbayev', aliases: ['Nazarbayev'] },
    { id: 'aktobe-province', type: 'place', name: 'Aktobe Province', aliases: ['Aktyubinsk Oblast'] },
    { id: 'knb', type: 'organization', name: 'National Security Committee', aliases: ['KNB'] },
    { id: 'syria', type: 'place', name: 'Syria', aliases: [] },
  ]);
  it('links every case form to one actor without a Cyrillic alias', () => {
    const text = 'Назарбаев, Назарбаева, Назарбаеву, Назарбаевым. Нурсултана Назарбаева. В Актюбинской области. КНБ и ДКНБ. Из Сирии.';
    const found = matcher.match(text).map((a) => [a.text, a.actorId]);
    expect(found).toEqual([
      ['Назарбаев', 'nazarbayev'], ['Назарбаева', 'nazarbayev'], ['Назарбаеву', 'nazarbayev'], ['Назарбаевым', 'nazarbayev'],
      ['Нурсултана Назарбаева', 'nazarbayev'], ['Актюбинской области', 'aktobe-province'], ['КНБ', 'knb'], ['ДКНБ', 'knb'], ['Сирии', 'syria'],
    ]);
  });

  it('links the short forms of the national security committee in the bundled fact base', () => {
    const kz = buildAliasMatcher([{ id: 'knb', type: 'organization', name: 'National Security Committee', aliases: ['KNB', 'Комитет национальной безопасности', 'Комитет нацбезопасности'] }, { id: 'kyrgyzstan', type: 'place', name: 'Kyrgyzstan', aliases: ['Kyrgyzstan', 'Кыргызская Республика', 'КР'] }]);
    expect(kz.match('По данным Комитета нацбезопасности, спецслужбы КР тоже участвовали.').map((a) => [a.text, a.actorId])).toEqual([['Комитета нацбезопасности', 'knb'], ['КР', 'kyrgyzstan']]);
  });

  it('types unknown names from cues', () => {
    const text = 'Об этом сообщил министр Ерлан Карин. Заседание провел аким Бердыбек Сапарбаев. Министерство здравоохранения сообщило о раненых. Он живет в селе Жаксыбай, а потом уехал в Кентау.';
    const found = findUnknownActorsRu(text, splitSentences(text), [{ start: 0, end: text.length }], []).map((a) => [a.text, a.type]);
    expect(found).toEqual([
      ['Ерлан Карин', 'person'], ['Бердыбек Сапарбаев', 'person'], ['Министерство здравоохранения', 'organization'], ['Жаксыбай', 'place'], ['Кентау', 'place'],
    ]);
  });
});

describe('Russian dates and roles', () => {
  it('dates with chrono-node\'s Russian parser, the article date as reference', () => {
    expect(findDates('Теракт произошел 5 июня 2016 года.', '2016-06-09').map((d) => d.date)).toEqual(['2016-06-05']);
    expect(findDates('Траур объявлен 8 июня.', '2016-06-09').map((d) => d.date)).toEqual(['2016-06-08']);
  });
  it('reads whom a Russian toll counts', () => {
    const r = (counted: string) => roleOf({ predicate: 'killed', counted, figureText: `7 ${counted}`, sentence: '' });
    expect(r('военнослужащих')).toBe('security');
    expect(r('террористов')).toBe('attackers');
    expect(r('мирных жителей')).toBe('civilians');
    expect(r('человек')).toBe('victims');
  });
});

describe('Russian speakers', () => {
  it('types a name beside a verb of saying as a person, at a sentence start too', () => {
    const text = 'Нурлан Ермекбаев сообщил об этом в среду. Об этом заявил Абаев. По словам Сайтбулдаева, вопрос решается.';
    const found = findUnknownActorsRu(text, splitSentences(text), [{ start: 0, end: text.length }], []).map((a) => [a.text, a.type]);
    expect(found).toEqual([['Нурлан Ермекбаев', 'person'], ['Абаев', 'person'], ['Сайтбулдаева', 'person']]);
  });
});
