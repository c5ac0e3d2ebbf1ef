/**
 * Words of the site search: lowercase, accents removed, split on anything that is
 * not a letter or digit (so "low-back" is "low" and "back"), each with its offsets
 * in the original text for highlighting.
 */
export interface Token {
  word: string;
  start: number;
  length: number;
}

/** Words that never decide a match (they would match almost every page). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'at', 'be', 'by', 'can', 'do', 'does', 'for', 'from', 'how', 'i', 'in', 'is', 'it',
  'me', 'my', 'near', 'of', 'on', 'or', 'the', 'to', 'what', 'with', 'you', 'your',
]);

export const normalise = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const WORD = /[\p{L}\p{N}]+/gu;

/** Every word of the text with its offsets (stopwords included: highlighting needs offsets of all). */
export const tokens = (text: string): Token[] => {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: normalise(m[0]), start: m.index, length: m[0].length });
  return out;
};

/** The words of a text that count for matching: normalised, stopwords left out. */
export const terms = (text: string): string[] => tokens(text).map((t) => t.word).filter((w) => !STOPWORDS.has(w));
