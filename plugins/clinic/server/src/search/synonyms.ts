/** Applies the synonym list (synonyms.data.ts) to a query's words. */
import { SEARCH_SYNONYMS } from './synonyms.data';
import { terms } from './tokenize';

interface Rule {
  phrase: string[];
  alternative: string[];
}
export const compileSynonyms = (list: readonly (readonly [string, string])[]): Rule[] =>
  list.map(([phrase, alternative]) => ({ phrase: terms(phrase), alternative: terms(alternative) })).filter((r) => r.phrase.length > 0 && r.alternative.length > 0);

const RULES = compileSynonyms(SEARCH_SYNONYMS);

const holds = (words: string[], phrase: string[]) => {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((p, j) => words[i + j] === p)) return true;
  return false;
};

/** The extra words the synonyms add to a query's words (not already in it), in list order. */
export const synonymWords = (words: string[], rules: Rule[] = RULES): string[] => {
  const extra: string[] = [];
  for (const rule of rules) {
    if (!holds(words, rule.phrase)) continue;
    for (const w of rule.alternative) if (!words.includes(w) && !extra.includes(w)) extra.push(w);
  }
  return extra;
};
