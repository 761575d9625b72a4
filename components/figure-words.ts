import type { Qualifier } from '../lib/factbase/schema';

// Currencies as people say them after the number ("13.5 billion tenge"); others keep their code.
const CURRENCY_AFTER: Record<string, string> = { KZT: 'tenge', RUB: 'roubles', KGS: 'som', UZS: 'sum', TJS: 'somoni', EUR: 'euros' };
const CURRENCY_BEFORE: Record<string, string> = { USD: '$', GBP: '£' };

const trim = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A number as people say it: "1,500", "91.6 million", "13.5 billion". */
export function sayNumber(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${trim(n / 1e9)} billion`;
  if (a >= 1e6) return `${trim(n / 1e6)} million`;
  return trim(n);
}

/** A value with its unit, as people say it: "13.5 billion tenge", "$91.6 million", "23.5%", "6 years". */
export function sayValue(n: number, unit: string): string {
  const num = sayNumber(n);
  if (unit === 'count') return num;
  if (unit === 'percent') return `${num}%`;
  if (unit.startsWith('currency:')) {
    const code = unit.slice(9);
    if (CURRENCY_BEFORE[code]) return `${CURRENCY_BEFORE[code]}${num}`;
    return `${num} ${CURRENCY_AFTER[code] ?? code}`;
  }
  return `${num} ${unit}`;
}

/** What an interval says, in words: "about 13.5 billion tenge", "301 or more", "between 225 and 275", "exactly 7". */
export function intervalWords(c: { low: number | null; high: number | null; unit: string; value?: number; qualifier?: Qualifier }): string {
  // A rounded figure is said the way the source said it, not as the interval it implies.
  if (c.value !== undefined && (c.qualifier === 'about' || c.qualifier === 'nearly')) return `${c.qualifier} ${sayValue(c.value, c.unit)}`;
  const f = (n: number): string => sayValue(n, c.unit);
  if (c.low !== null && c.high !== null) return c.low === c.high ? `exactly ${f(c.low)}` : `between ${f(c.low)} and ${f(c.high)}`;
  if (c.low !== null) return `${f(c.low)} or more`;
  if (c.high !== null) return `up to ${f(c.high)}`;
  return 'any number';
}
