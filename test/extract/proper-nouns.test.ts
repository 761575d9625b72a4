import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnknownActors } from '../../lib/extract/proper-nouns';
import { splitSentences } from '../../lib/extract/sentences';
import type { ActorMention, Span } from '../../lib/extract/types';

type T = 'person' | 'organization' | 'place';

function run(text: string, taken: Span[] = []): ActorMention[] {
  return findUnknownActors(text, splitSentences(text), taken);
}
function pairs(text: string, taken: Span[] = []): string[] {
  return run(text, taken).map((m) => `${m.type}:${m.text}`);
}

describe('findUnknownActors: persons', () => {
  it.each<[string, string, string]>([
    ['a role noun before a full name', 'The plan was criticised, analyst John Smith said.', 'John Smith'],
    ['a title before the name', 'Kazakh President Nursultan Nazarbayev called for control.', 'Nursultan Nazarbayev'],
    ['a portfolio and title before the name', 'Finance Minister Bolat Zhamishev announced it.', 'Bolat Zhamishev'],
    ['a byline', 'By Anna Karr', 'Anna Karr'],
    ['an honorific with a dot', 'The deal was signed by Mr. Clinton in Khartoum.', 'Clinton'],
    ['a name with a particle', 'In 1996 Osama bin Laden lived in Khartoum.', 'Osama bin Laden'],
    ['a name with a hyphenated particle', 'A video showed a man named Sayfaddin al-Kazakhi declaring jihad.', 'Sayfaddin al-Kazakhi'],
    ['a speech verb after an unknown surname', 'The camp was closed, and Kajiogly said more.', 'Kajiogly'],
  ])('finds %s', (_label, text, name) => {
    expect(pairs(text)).toContain(`person:${name}`);
  });

  it('gives a later bare surname the type of the earlier full name', () => {
    const text = 'Opposition leader Morgan Tsvangirai returned. Supporters of Tsvangirai cheered in the street.';
    expect(pairs(text)).toEqual(expect.arrayContaining(['person:Morgan Tsvangirai', 'person:Tsvangirai']));
  });

  it('does not include the possessive in the name', () => {
    const m = run('Robert Mugabe spoke. The plan was shown at Mugabe’s compound.');
    expect(m.map((x) => x.text)).toContain('Mugabe');
    expect(m.find((x) => x.text === 'Mugabe')?.type).toBe('person');
  });
});

describe('findUnknownActors: organisations', () => {
  it.each<[string, string, string]>([
    ['a ministry with a complement', 'He was questioned by the Ministry of Internal Affairs on Monday.', 'Ministry of Internal Affairs'],
    ['a committee with "for"', 'Data came from the government’s Committee for Religious Affairs.', 'Committee for Religious Affairs'],
    ['a slash-joined broadcaster', 'Radio Free Europe/Radio Liberty reported July 12.', 'Radio Free Europe/Radio Liberty'],
    ['a university with a demonym inside', 'He studies at Al-Farabi Kazakh National University in Almaty.', 'Al-Farabi Kazakh National University'],
    ['an institute with "of"', 'He is director of the Institute of Geopolitical Research in Nur-Sultan.', 'Institute of Geopolitical Research'],
    ['a bank with "for ... and ..."', 'The European Bank for Reconstruction and Development (EBRD) signed.', 'European Bank for Reconstruction and Development'],
    ['an acronym in parentheses', 'The European Bank for Reconstruction and Development (EBRD) signed.', 'EBRD'],
    ['a name before "newspaper"', 'He said so in an interview to Megapolis newspaper.', 'Megapolis'],
    ['a name after "NGO"', 'Bauryjan Murbekov, leader of the NGO Infocentre Panorama, spoke.', 'Infocentre Panorama'],
    ['an "and" name that ends in a head', 'According to the World Travel and Tourism Council, tourism grew.', 'World Travel and Tourism Council'],
  ])('finds %s', (_label, text, name) => {
    expect(pairs(text)).toContain(`organization:${name}`);
  });

  it('cuts a chunk around a taken span', () => {
    const text = 'Kazakh National Security Committee officers detained him.';
    const start = text.indexOf('National');
    const taken = [{ start, end: start + 'National Security Committee'.length }];
    const m = run(text, taken);
    expect(m.filter((x) => x.start < taken[0]!.end && x.end > taken[0]!.start)).toEqual([]);
    expect(m.map((x) => x.text)).not.toContain('Kazakh');
  });

  it('splits a head word from a person name after it', () => {
    const text = 'Famous analyst and head of Risk Assessment Group Dosym Satpayev said so.';
    expect(pairs(text)).toEqual(
      expect.arrayContaining(['organization:Risk Assessment Group', 'person:Dosym Satpayev']),
    );
  });
});

describe('findUnknownActors: places', () => {
  it.each<[string, string, string]>([
    ['a name before "city"', 'On June 26, in Balkhash city authorities thwarted a group.', 'Balkhash'],
    ['a list after "in"', 'The KNB detained five suspects in Taraz and Karaganda.', 'Karaganda'],
    ['the first of a list after "in"', 'The KNB detained five suspects in Taraz and Karaganda.', 'Taraz'],
    ['a name before "village"', 'Police raided Gulshat village at night.', 'Gulshat'],
    ['a province name', 'For example, Aktobe Province lies in the west.', 'Aktobe Province'],
    ['an all-caps dateline', 'ALMATY -- The recent arrests show that the group remains active.', 'ALMATY'],
    ['"X-based"', 'He leads a Taraz-based charity.', 'Taraz'],
    ['"province of X"', 'They were caught in the western province of Atyrau.', 'Atyrau'],
    ['a direction and a country', 'Jihad could spread to Southern Russia soon.', 'Southern Russia'],
  ])('finds %s', (_label, text, name) => {
    expect(pairs(text)).toContain(`place:${name}`);
  });
});

describe('findUnknownActors: not names', () => {
  it.each<[string, string, string]>([
    ['sentence-initial "However"', 'However, several days ago he spoke.', 'However'],
    ['sentence-initial "The"', 'The suspect was arrested.', 'The'],
    ['sentence-initial "Authorities"', 'Authorities killed 18 terrorists.', 'Authorities'],
    ['a weekday', 'Kazakh authorities stated on Friday September 2 they had killed him.', 'Friday'],
    ['a month', 'Kazakh authorities stated on Friday September 2 they had killed him.', 'September'],
    ['a demonym before a noun', 'Kazakh authorities stated it.', 'Kazakh'],
    ['a demonym before a role', 'In an interview the Russian expert said so.', 'Russian'],
    ['a heading line', 'Recruitment and orders via internet\n\nExtremists are recruited online, authorities say.', 'Recruitment'],
    ['a heading line', 'Consensus among authorities\n\nThe minister spoke.', 'Consensus'],
    ['a heading line', 'Breaking up extremist plots\n\nThe minister spoke.', 'Breaking'],
    ['a comment prompt', 'Do you like this article?\n\n12 Comment(s)', 'Do'],
    ['a comment button', 'It is necessary to apply strict measures\n\nReply\n\nYes.', 'Reply'],
    ['comment boilerplate', 'Comment Policy * Denotes Required Field 1500 / 1500', 'Comment Policy'],
    ['a portfolio word before a title', 'Interior Minister Kalmukhanbet Kassymov said June 14.', 'Interior'],
    ['a bare title', 'The talks were hosted by the Prime Minister yesterday.', 'Prime Minister'],
    ['an abbreviation of a common noun', 'Police found improvised explosive devices (IEDs).', 'IEDs'],
    ['a currency prefix', 'Spending rose to 13.5 billion KZT (US $91.6m) in 2012.', 'US'],
  ])('skips %s', (_label, text, word) => {
    const texts = run(text).map((m) => m.text);
    expect(texts).not.toContain(word);
  });

  it('keeps offsets exact and results sorted, with unlinked suggestion fields', () => {
    const text = 'Яков Петров said in Almaty that the “Islamic State” (IS) is active, said Erlan Idrissov.';
    const m = run(text);
    for (const x of m) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.actorId).toBeNull();
      expect(x.canonical).toBeNull();
      expect(x.confidence).toBeGreaterThan(0);
      expect(x.confidence).toBeLessThan(1);
    }
    expect([...m].sort((a, b) => a.start - b.start)).toEqual(m);
    expect(m.map((x) => `${x.type}:${x.text}`)).toEqual(
      expect.arrayContaining(['person:Яков Петров', 'place:Almaty', 'organization:IS', 'person:Erlan Idrissov']),
    );
  });
});

// Names a careful reader would mark in each seed, written by hand from the text (unique span
// text and type). Scored as sets of "type:text" pairs.
const SEED_DIR = join(__dirname, '../fixtures/seeds');
const EXPECTED: Record<string, Record<T, string[]>> = {
  '000_b7c2db31d242f737.txt': {
    place: ['Kazakhstan', 'Caucasus', 'Central Asia', 'UK', 'France', 'Germany', 'Iraq', 'Afghanistan', 'Kyrgyzstan', 'Turkmenistan', 'Almaty', 'Syria', 'Tajikistan'],
    organization: ['Islamic State', 'Risk Assessment Group', 'Megapolis', 'Islamic Caliphate', 'IS', 'Taliban', 'Middle East Institute', 'Uznews.net'],
    person: ['Dosym Satpayev', 'Satpayev', 'Yevgeny Satanovsky', 'Satanovskiy', 'Yerlan Karin', 'Dinara Urazova'],
  },
  '001_42d23f459b888ce6.txt': {
    place: ['Kazakhstan', 'Iraq', 'Syria', 'Almaty', 'Astana', 'Russia', 'Vienna', 'Iran', 'Tajikistan', 'Turkmenistan', 'Afghanistan', 'Pakistan'],
    organization: ['ISIS', 'Islamic State', 'Kazakh National Security Committee', 'NSC', 'Islamic Caliphate', 'CIS', 'IS', 'FSB', 'Twitter', 'Congress', 'European Bank for Reconstruction and Development', 'EBRD', 'IMON International', 'Schiever Tajikistan', 'TAPI', 'CNPC', 'Chinese National Petroleum Company', 'Total', 'WordPress.com', 'Facebook'],
    person: ['Nurtai Abykayev', 'Sayfaddin al-Kazakhi', 'Dosym Satpayev', 'Alexander Bortnikov', 'Suma Chakrabarti', 'Emomali Rahmon'],
  },
  '002_c4917facdcfb1ba6.txt': {
    place: ['Astana', 'Atyrau', 'Pakistan', 'Afghanistan', 'Kazakhstan', 'Aktobe', 'Aktirau', 'Russia', 'Uzbekistan', 'Kyrgyzstan', 'Bishkek', 'North Caucasus', 'Chechnya', 'Dagestan', 'Kabardino-Balkaria', 'Central Asia', 'Asia', 'Southern Russia'],
    organization: ['Taleban', 'Hizb ut-Tahrir', 'Hizb-ut-Tahrir', 'Islamic Movement of Uzbekistan', 'ESISC', 'European Strategic Intelligence and Security Center', 'Advensys'],
    person: ['Nursultan Nazarbayev', 'Bolat Zhamishev', 'Rustam Chaigulov'],
  },
  '003_08496721e2acbcdf.txt': {
    place: ['Kazakhstan', 'Almaty', 'ALMATY', 'Taraz', 'Karaganda', 'Shymkent', 'Eurasia', 'Nur-Sultan', 'Afghanistan', 'Pakistan', 'Khorasan', 'Kyrgyzstan'],
    organization: ['Caravanserai', 'National Security Committee', 'KNB', 'Islamic State', 'IS', 'Institute of Geopolitical Research', 'Daesh', 'Wilayat Khorasan', 'IS-K', 'Al-Farabi Kazakh National University', 'ISIL'],
    person: ['Anna Karr', 'Askar Kajiogly', 'Kajiogly', 'Asylbek Izbairov', 'Yerlan Dosmagambetov', 'Dosmagambetov'],
  },
  '004_349fe4209c07a8ff.txt': {
    place: ['Kazakhstan', 'Syria', 'ASTANA', 'Aktobe', 'Aktobe Province', 'Iraq', 'Shymkent', 'Karaganda Province', 'Balkhash', 'Gulshat', 'Astana', 'West Kazakhstan Province', 'Taraz'],
    organization: ['ISIL', 'VKontakte', 'Islamic State of Iraq and the Levant', 'National Security Committee', 'KNB', 'Interior Ministry', 'MVD', 'Infocentre Panorama', 'Caravanserai', 'Facebook', 'Committee for Religious Affairs', 'Radio Free Europe/Radio Liberty'],
    person: ['Alexander Bogatik', 'Abu Muhammad al-Adnani', 'Erlan Idrissov', 'Kalmukhanbet Kassymov', 'Karim Massimov', 'Nurlan Kadyrbayev', 'Kadyrbayev', 'Massimov', 'Idrissov', 'Bauryjan Murbekov', 'Murbekov', 'Leila Baimanova', 'Baimanova', 'Vladimir Zhumakanov'],
  },
};

const TELEGRAPH: Record<T, string[]> = {
  place: ['Zimbabwe', 'State House', 'Harare', 'Blue House', 'Britain', 'South Africa', 'Africa'],
  person: ['Robert Mugabe', 'Grace', 'Constantino Chiwenga', 'Mugabe', 'Jonathan Moyo', 'Saviour Kasukuwere', 'Fidelis Mukonori', 'Emmerson Mnangagwa', 'Mnangagwa', 'Morgan Tsvangirai', 'Jacob Zuma', 'Sally', 'Gucci Grace', 'DisGrace'],
  organization: ['ZDF', 'Harare Herald', 'G40', 'Reuters', 'Zanu-PF'],
};

function score(text: string, expected: Record<T, string[]>): { recall: number; precision: number; misses: string[]; extras: string[] } {
  const want = new Set<string>();
  for (const [type, names] of Object.entries(expected)) for (const n of names) want.add(`${type}:${n}`);
  const got = new Set(pairs(text));
  const misses = [...want].filter((w) => !got.has(w));
  const extras = [...got].filter((g) => !want.has(g));
  return { recall: 1 - misses.length / want.size, precision: 1 - extras.length / got.size, misses, extras };
}

describe('findUnknownActors on whole articles (taken = [])', () => {
  it.each(Object.keys(EXPECTED))('finds the hand-marked names of seed %s', (file) => {
    const text = readFileSync(`${SEED_DIR}/${file}`, 'utf8');
    const s = score(text, EXPECTED[file]!);
    console.log(`${file}: recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)}\n  misses: ${s.misses.join(', ')}\n  extras: ${s.extras.join(', ')}`);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('finds the hand-marked names of the Telegraph Zimbabwe article body', () => {
    const text = readFileSync(new URL('../fixtures/telegraph-body.txt', import.meta.url), 'utf8');
    const s = score(text, TELEGRAPH);
    console.log(`telegraph: recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)}\n  misses: ${s.misses.join(', ')}\n  extras: ${s.extras.join(', ')}`);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
  });
});

describe('findUnknownActors: words seen in lowercase', () => {
  it.each<[string, string, string, boolean]>([
    ['kept when never seen in lowercase', 'Zorblaters said it. The grindles were slow.', 'Zorblaters', true],
    ['dropped when its stem is a lowercase word’s stem', 'Zorblaters said it. The zorblats were slow.', 'Zorblaters', false],
    ['kept when the other use is all caps', 'Zorblaters said it. The ZORBLATS were slow.', 'Zorblaters', true],
    ['kept, non-ASCII', 'Žorblaters said it. The grindles were slow.', 'Žorblaters', true],
    ['dropped, non-ASCII', 'Žorblaters said it. The žorblats were slow.', 'Žorblaters', false],
    ['dropped after a possessive', 'Zorblat said it. The zorblat’s leg was slow.', 'Zorblat', false],
    ['kept after a lowercase hyphen prefix', 'Zorblat said it. The anti-zorblat leg was slow.', 'Zorblat', true],
  ])('a sentence-initial word is %s', (_label, text, word, kept) => {
    const texts = run(text).map((m) => m.text);
    if (kept) expect(texts).toContain(word);
    else expect(texts).not.toContain(word);
  });
});

describe('findUnknownActors: tokens', () => {
  it('reads dotted acronyms and web domains as one word', () => {
    expect(pairs('He joined Uznews.net in 2010 and wrote about the U.S. Congress.')).toEqual(
      expect.arrayContaining(['organization:Uznews.net', 'organization:U.S. Congress']),
    );
  });

  it('keeps offsets exact on a long text of short words', () => {
    const text = 'Officials said Kamal Tersk agreed. I a I a. '.repeat(500);
    const m = run(text);
    expect(m.filter((x) => x.text === 'Kamal Tersk')).toHaveLength(500);
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('datelines in capitals', () => {
  it('does not take a month written in capitals as part of a byline name', () => {
    const text = 'By JEFFREY GETTLEMAN JAN. 13, 2017';
    expect(findUnknownActors(text, splitSentences(text), []).map((a) => a.text)).toEqual(['JEFFREY GETTLEMAN']);
  });
});
