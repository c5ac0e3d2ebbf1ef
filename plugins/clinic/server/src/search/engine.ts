/**
 * The site search's in-process index: an inverted index of words to documents with
 * the weight of the best field each word is in. Documents are added, replaced and
 * removed one at a time (a publish touches only its pages). A query word matches an
 * indexed word exactly, as a prefix, or one edit away (five letters or more); the
 * score sums, per query word, the best match's idf × field weight × match factor,
 * and scales by the share of the query's words that matched. Plain TypeScript, no
 * database: the same documents give the same order on SQLite and PostgreSQL.
 */
import { synonymWords } from './synonyms';
import { terms } from './tokenize';
import { oneEditApart, typoAllowed } from './typo';

export interface SearchField {
  text: string;
  /** Title 3, keywords 2, body 1 (see documents.ts). */
  weight: number;
  /** A title: its weight falls with its length (a word is most of a short title). */
  title?: boolean;
}
export interface IndexedDocument {
  id: string;
  fields: SearchField[];
}

/** How a query word matched an indexed word (ranking inputs, exposed for tests). */
export const MATCH_FACTOR = { exact: 1, prefix: 0.75, typo: 0.6 } as const;
/** Words a synonym adds count this much of the words typed. */
export const SYNONYM_FACTOR = 0.8;
/** Shortest query word matched as a prefix (one letter would match half the index). */
export const PREFIX_MIN_LENGTH = 2;

export interface ScoredId {
  id: string;
  score: number;
  /** The indexed words that matched, each once (for highlighting; an array: a query can score 20,000 documents, a Set each would be most of its garbage). */
  matched: readonly string[];
}

/** A title's weight by its words: full up to 3 words, then less (3 words: ×1, 10 words: ×0.74), never below keywords' 2 of 3. */
export const titleWeight = (weight: number, words: number) => weight / (1 + 0.05 * Math.max(0, words - 3));

/** idf of a word found in df of n documents (BM25's, always positive). */
export const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** The indexed words a query word matches, with their factor: exact, longer words it begins, words one edit away. */
export const candidatesFor = (word: string, sorted: readonly string[], byLength: ReadonlyMap<number, string[]>, has: (w: string) => boolean) => {
  const out = new Map<string, number>();
  if (has(word)) out.set(word, MATCH_FACTOR.exact);
  if (word.length >= PREFIX_MIN_LENGTH) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid] < word) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length && sorted[i].startsWith(word); i++) if (sorted[i] !== word) out.set(sorted[i], MATCH_FACTOR.prefix);
  }
  if (typoAllowed(word)) {
    for (const len of [word.length - 1, word.length, word.length + 1]) {
      for (const t of byLength.get(len) ?? []) if (!out.has(t) && oneEditApart(word, t)) out.set(t, MATCH_FACTOR.typo);
    }
  }
  return out;
};

export const createSearchEngine = () => {
  /** word → document id → weight of the best field holding it. */
  const postings = new Map<string, Map<string, number>>();
  /** document id → its words (to remove it). */
  const wordsOf = new Map<string, string[]>();
  let sorted: string[] | null = null;
  let byLength = new Map<number, string[]>();

  const vocabulary = () => {
    if (!sorted) {
      sorted = [...postings.keys()].sort();
      byLength = new Map();
      for (const w of sorted) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
    }
    return sorted;
  };

  const remove = (id: string) => {
    const words = wordsOf.get(id);
    if (!words) return;
    for (const w of words) {
      const docs = postings.get(w);
      docs?.delete(id);
      if (docs && docs.size === 0) {
        postings.delete(w);
        sorted = null;
      }
    }
    wordsOf.delete(id);
  };

  const add = (doc: IndexedDocument) => {
    remove(doc.id);
    const best = new Map<string, number>();
    for (const field of doc.fields) {
      const words = terms(field.text);
      const weight = field.title ? titleWeight(field.weight, words.length) : field.weight;
      for (const w of words) best.set(w, Math.max(best.get(w) ?? 0, weight));
    }
    for (const [w, weight] of best) {
      let docs = postings.get(w);
      if (!docs) {
        docs = new Map();
        postings.set(w, docs);
        sorted = null;
      }
      docs.set(doc.id, weight);
    }
    wordsOf.set(doc.id, [...best.keys()]);
  };

  /** Documents matching the query, best first (ties by id), with the words that matched. */
  const query = (text: string): ScoredId[] => {
    const typed = [...new Set(terms(text))];
    if (typed.length === 0) return [];
    const extra = synonymWords(typed);
    const words = vocabulary();
    const n = wordsOf.size;
    const scores = new Map<string, { score: number; synonymScore: number; typedHits: number; synonymHit: boolean; matched: string[] }>();
    const groups = [...typed.map((w) => ({ w, factor: 1, typed: true })), ...extra.map((w) => ({ w, factor: SYNONYM_FACTOR, typed: false }))];
    for (const group of groups) {
      // The best match per document: its value, and the word (two maps, no object per document).
      const best = new Map<string, number>();
      const bestWord = new Map<string, string>();
      for (const [term, factor] of candidatesFor(group.w, words, byLength, (w) => postings.has(w))) {
        const docs = postings.get(term)!;
        const weightOfTerm = idf(n, docs.size) * factor * group.factor;
        for (const [id, fieldWeight] of docs) {
          const value = weightOfTerm * fieldWeight;
          const prior = best.get(id);
          if (prior === undefined || value > prior || (value === prior && term < bestWord.get(id)!)) {
            best.set(id, value);
            bestWord.set(id, term);
          }
        }
      }
      for (const [id, value] of best) {
        const word = bestWord.get(id)!;
        let s = scores.get(id);
        if (!s) scores.set(id, (s = { score: 0, synonymScore: 0, typedHits: 0, synonymHit: false, matched: [] }));
        if (group.typed) {
          s.score += value;
          s.typedHits += 1;
        } else {
          s.synonymScore += value;
          s.synonymHit = true;
        }
        if (!s.matched.includes(word)) s.matched.push(word);
      }
    }
    const out: ScoredId[] = [];
    for (const [id, s] of scores) {
      const coverage = Math.min(1, (s.typedHits + (s.synonymHit ? 1 : 0)) / typed.length);
      // A synonym stands in for words typed: where every typed word matched, the better of the two counts, not both.
      const raw = s.typedHits === typed.length ? Math.max(s.score, s.synonymScore) : s.score + s.synonymScore;
      out.push({ id, score: Math.round(raw * coverage * coverage * 10_000) / 10_000, matched: s.matched });
    }
    return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };

  return { add, remove, query, size: () => wordsOf.size, words: () => postings.size };
};
export type SearchEngine = ReturnType<typeof createSearchEngine>;
