/** Types for snowball-stemmers 0.6 (the package ships none). */
declare module 'snowball-stemmers' {
  /** A stemmer for one language. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** Makes the stemmer of a language ('russian', 'english' ...). */
  export function newStemmer(language: string): Stemmer;
  /** The languages it has stemmers for. */
  export function algorithms(): string[];
  const snowball: { newStemmer: typeof newStemmer; algorithms: typeof algorithms };
  export default snowball;
}
