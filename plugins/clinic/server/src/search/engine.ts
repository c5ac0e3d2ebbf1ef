/**
 * The site search's in-process index: an inverted index of words to documents with
 * the weight of the best field each word is in. Documents are added, replaced and
 * removed one at a time (a publish touches only its pages). A query word matches an
 * indexed word exactly, as a prefix, or one edit away (five letters or more); the
 * score sums, per query word, the best match's idf × field weight × match factor,
 * and scales by the share of the query's words that matched. Plain TypeScript, no
 * database: the same documents give the same order on SQLite and PostgreSQL.
 *
 * Documents are numbered: postings are typed arrays of numbers and weights, and a
 * query adds scores up in arrays indexed by number (no object or Map entry per
 * matched document). A removed document's number is retired, not reused, until
 * retired numbers outnumber live ones; then every document is renumbered at once.
 */
import { synonymWords } from './synonyms';
import { terms } from './tokenize';
import { PostingList } from './postings';
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

/** The documents a query matched, by number: read them before the index next changes. */
export interface ScoredSet<T> {
  /** The matched documents' numbers, `count` of them, in no particular order. */
  docs: Int32Array;
  count: number;
  /** A matched document's score, by its number. */
  score: Float64Array;
  idOf: (doc: number) => string;
  payloadOf: (doc: number) => T;
  /** The indexed words that matched document `doc`, each once, in the query's order (highlighting). */
  matchedOf: (doc: number) => string[];
}

/** Renumber once retired numbers are more than this and more than the live documents. */
const RETIRED_BEFORE_RENUMBER = 1024;

interface Forward {
  /** The document's word numbers, ascending, and the weight of each. */
  words: Int32Array;
  weights: Float64Array;
}

const growU8 = (a: Uint8Array, n: number) => {
  if (a.length >= n) return a;
  const b = new Uint8Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
};

const weightIn = (f: Forward, word: number): number | undefined => {
  let low = 0;
  let high = f.words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (f.words[mid] < word) low = mid + 1;
    else high = mid;
  }
  return low < f.words.length && f.words[low] === word ? f.weights[low] : undefined;
};

export const createSearchEngine = <T = undefined>() => {
  /** word → its number; a word no live document holds keeps its number until the next renumbering. */
  const wordNumbers = new Map<string, number>();
  const lists: PostingList[] = [];
  /** Live documents holding each word (idf). */
  const df: number[] = [];
  const freeWords: number[] = [];
  let liveWords = 0;

  /** By document number: id, payload, words; `alive` 1 for a live document. */
  let ids: (string | undefined)[] = [];
  let payloads: (T | undefined)[] = [];
  let forward: (Forward | undefined)[] = [];
  let alive: Uint8Array = new Uint8Array(1024);
  let next = 0;
  let retired = 0;
  /** How many times documents were renumbered (what a cache by document number is keyed on). */
  let generation = 0;
  const numberOf = new Map<string, number>();

  let sorted: string[] | null = null;
  let byLength = new Map<number, string[]>();

  const vocabulary = () => {
    if (!sorted) {
      sorted = [];
      for (const [w, n] of wordNumbers) if (df[n] > 0) sorted.push(w);
      sorted.sort();
      byLength = new Map();
      for (const w of sorted) {
        const same = byLength.get(w.length);
        if (same) same.push(w);
        else byLength.set(w.length, [w]);
      }
    }
    return sorted;
  };

  const wordNumber = (w: string) => {
    let n = wordNumbers.get(w);
    if (n === undefined) {
      n = freeWords.pop() ?? lists.length;
      wordNumbers.set(w, n);
      lists[n] = new PostingList();
      df[n] = 0;
    }
    return n;
  };

  /** Every live document gets 0, 1, 2, … in its present order; retired numbers and unheld words are dropped. */
  const renumber = () => {
    const to = new Int32Array(next).fill(-1);
    let count = 0;
    for (let d = 0; d < next; d++) if (alive[d]) to[d] = count++;
    const remap = (d: number) => to[d];
    for (const [w, n] of [...wordNumbers]) {
      if (df[n] > 0) {
        lists[n].compact(remap);
      } else {
        wordNumbers.delete(w);
        lists[n] = new PostingList();
        freeWords.push(n);
      }
    }
    const moved = <V>(a: (V | undefined)[]) => {
      const b: (V | undefined)[] = new Array<V | undefined>(count);
      for (let d = 0; d < next; d++) if (to[d] >= 0) b[to[d]] = a[d];
      return b;
    };
    ids = moved(ids);
    payloads = moved(payloads);
    forward = moved(forward);
    alive = new Uint8Array(Math.max(1024, count * 2));
    alive.fill(1, 0, count);
    for (const [id, d] of numberOf) numberOf.set(id, to[d]);
    next = count;
    retired = 0;
    generation += 1;
  };

  const remove = (id: string) => {
    const d = numberOf.get(id);
    if (d === undefined) return;
    for (const w of forward[d]!.words) {
      df[w] -= 1;
      if (df[w] === 0) {
        liveWords -= 1;
        sorted = null;
      }
    }
    alive[d] = 0;
    ids[d] = undefined;
    payloads[d] = undefined;
    forward[d] = undefined;
    numberOf.delete(id);
    retired += 1;
    if (retired > RETIRED_BEFORE_RENUMBER && retired > numberOf.size) renumber();
  };

  const add = (doc: IndexedDocument, payload?: T) => {
    remove(doc.id);
    const best = new Map<number, number>();
    for (const field of doc.fields) {
      const words = terms(field.text);
      const weight = field.title ? titleWeight(field.weight, words.length) : field.weight;
      for (const w of words) {
        const n = wordNumber(w);
        best.set(n, Math.max(best.get(n) ?? 0, weight));
      }
    }
    const d = next++;
    alive = growU8(alive, next);
    alive[d] = 1;
    ids[d] = doc.id;
    payloads[d] = payload;
    numberOf.set(doc.id, d);
    const words = Int32Array.from(best.keys()).sort();
    const weights = new Float64Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      weights[i] = best.get(w)!;
      lists[w].push(d, weights[i]);
      df[w] += 1;
      if (df[w] === 1) {
        liveWords += 1;
        sorted = null;
      }
    }
    forward[d] = { words, weights };
  };

  /** The documents matching the query with their scores, by number (see ScoredSet). */
  const score = (text: string): ScoredSet<T> => {
    const typed = [...new Set(terms(text))];
    const extra = typed.length === 0 ? [] : synonymWords(typed);
    const words = vocabulary();
    const n = numberOf.size;
    const size = next;
    const total = new Float64Array(size);
    const synonymTotal = new Float64Array(size);
    const typedHits = new Uint8Array(size);
    const synonymHit = new Uint8Array(size);
    const best = new Float64Array(size);
    /** Which group last touched a document (1-based), and whether any did. */
    const mark = new Int32Array(size);
    const seen = new Uint8Array(size);
    const touched = new Int32Array(size);
    const matchedDocs = new Int32Array(size);
    let count = 0;
    const groups = [...typed.map((w) => ({ w, factor: 1, typed: true })), ...extra.map((w) => ({ w, factor: SYNONYM_FACTOR, typed: false }))];
    /** Per group, its candidate words and the weight of each (kept for matchedOf). */
    const candidates: { word: number; term: string; weight: number }[][] = [];
    groups.forEach((group, g) => {
      const stamp = g + 1;
      let t = 0;
      const mine: { word: number; term: string; weight: number }[] = [];
      for (const [term, factor] of candidatesFor(group.w, words, byLength, (w) => {
        const k = wordNumbers.get(w);
        return k !== undefined && df[k] > 0;
      })) {
        const word = wordNumbers.get(term)!;
        const weightOfTerm = idf(n, df[word]) * factor * group.factor;
        mine.push({ word, term, weight: weightOfTerm });
        const list = lists[word];
        const docs = list.docs;
        const fieldWeights = list.weights;
        for (let i = 0; i < list.length; i++) {
          const d = docs[i];
          if (alive[d] === 0) continue;
          const value = weightOfTerm * fieldWeights[i];
          if (mark[d] !== stamp) {
            mark[d] = stamp;
            best[d] = value;
            touched[t++] = d;
          } else if (value > best[d]) best[d] = value;
        }
      }
      candidates.push(mine);
      for (let i = 0; i < t; i++) {
        const d = touched[i];
        if (group.typed) {
          total[d] += best[d];
          typedHits[d] += 1;
        } else {
          synonymTotal[d] += best[d];
          synonymHit[d] = 1;
        }
        if (seen[d] === 0) {
          seen[d] = 1;
          matchedDocs[count++] = d;
        }
      }
    });
    const scores = best; // reused: every matched document's final score
    for (let i = 0; i < count; i++) {
      const d = matchedDocs[i];
      const coverage = Math.min(1, (typedHits[d] + synonymHit[d]) / typed.length);
      // A synonym stands in for words typed: where every typed word matched, the better of the two counts, not both.
      const raw = typedHits[d] === typed.length ? Math.max(total[d], synonymTotal[d]) : total[d] + synonymTotal[d];
      scores[d] = Math.round(raw * coverage * coverage * 10_000) / 10_000;
    }
    const matchedOf = (d: number) => {
      const f = forward[d];
      const out: string[] = [];
      if (!f) return out;
      for (const mine of candidates) {
        // The best match per group, ties to the word first in code-point order.
        let prior: number | undefined;
        let word = '';
        for (const c of mine) {
          const fieldWeight = weightIn(f, c.word);
          if (fieldWeight === undefined) continue;
          const value = c.weight * fieldWeight;
          if (prior === undefined || value > prior || (value === prior && c.term < word)) {
            prior = value;
            word = c.term;
          }
        }
        if (prior !== undefined && !out.includes(word)) out.push(word);
      }
      return out;
    };
    return { docs: matchedDocs, count, score: scores, idOf: (d) => ids[d]!, payloadOf: (d) => payloads[d] as T, matchedOf };
  };

  /** Documents matching the query, best first (ties by id), with the words that matched. */
  const query = (text: string): ScoredId[] => {
    const s = score(text);
    const out: ScoredId[] = [];
    for (let i = 0; i < s.count; i++) {
      const d = s.docs[i];
      out.push({ id: s.idOf(d), score: s.score[d], matched: s.matchedOf(d) });
    }
    return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };

  return {
    add,
    remove,
    score,
    query,
    size: () => numberOf.size,
    words: () => liveWords,
    /** Document numbers are below this; they keep their documents until `generation` changes. */
    numbers: () => next,
    generation: () => generation,
  };
};
export type SearchEngine<T = undefined> = ReturnType<typeof createSearchEngine<T>>;
