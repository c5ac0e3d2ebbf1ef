import { candidatesFor, createSearchEngine, idf, MATCH_FACTOR, titleWeight } from '../engine';
import { compileSynonyms, synonymWords } from '../synonyms';
import { SEARCH_SYNONYMS } from '../synonyms.data';
import { bestSnippet, snippetOf } from '../snippet';
import { normalise, terms, tokens } from '../tokenize';
import { oneEditApart, typoAllowed } from '../typo';

describe('tokenising', () => {
  it('lowercases, drops accents and splits hyphens, with offsets into the original text', () => {
    expect(tokens('Low-back Pain, Lúcia')).toEqual([
      { word: 'low', start: 0, length: 3 },
      { word: 'back', start: 4, length: 4 },
      { word: 'pain', start: 9, length: 4 },
      { word: 'lucia', start: 15, length: 5 },
    ]);
    expect(normalise('Ferreira')).toBe('ferreira');
  });
  it('leaves stopwords out of the words that match', () => {
    expect(terms('chiro near the Decatur clinic')).toEqual(['chiro', 'decatur', 'clinic']);
  });
});

describe('typo tolerance', () => {
  it('is one insertion, deletion or substitution', () => {
    expect(oneEditApart('massge', 'massage')).toBe(true);
    expect(oneEditApart('massaage', 'massage')).toBe(true);
    expect(oneEditApart('massoge', 'massage')).toBe(true);
    expect(oneEditApart('msasge', 'massage')).toBe(false);
    expect(oneEditApart('massage', 'massage')).toBe(false);
  });
  it('applies to words of five letters or more only', () => {
    expect(typoAllowed('neck')).toBe(false);
    expect(typoAllowed('necks')).toBe(true);
  });
});

describe('synonyms', () => {
  it('add the alternative of a phrase the query holds, not words already typed', () => {
    expect(synonymWords(terms('back pain'))).toEqual(['low']);
    expect(synonymWords(terms('chiro near Decatur'))).toEqual(['chiropractic']);
    expect(synonymWords(terms('stretching'))).toEqual(['stretch', 'therapy']);
    expect(synonymWords(terms('pain in my back'))).toEqual([]);
  });
  it('come from the data file', () => {
    const rules = compileSynonyms(SEARCH_SYNONYMS);
    expect(rules.length).toBe(SEARCH_SYNONYMS.length);
    expect(synonymWords(['zzz'], compileSynonyms([['zzz', 'yyy xxx']]))).toEqual(['yyy', 'xxx']);
  });
});

describe('ranking inputs', () => {
  it('a rarer word weighs more; a longer title less, never below a keyword', () => {
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 50));
    expect(idf(100, 100)).toBeGreaterThan(0);
    expect(titleWeight(3, 2)).toBe(3);
    expect(titleWeight(3, 10)).toBeLessThan(3);
    expect(titleWeight(3, 10)).toBeGreaterThan(2);
  });
  it('matches exactly, by prefix (2+ letters) and one edit away (5+ letters), in that order of weight', () => {
    const vocabulary = ['chiropractic', 'massage', 'mass', 'neck'].sort();
    const byLength = new Map<number, string[]>();
    for (const w of vocabulary) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
    const has = (w: string) => vocabulary.includes(w);
    expect(candidatesFor('chiro', vocabulary, byLength, has)).toEqual(new Map([['chiropractic', MATCH_FACTOR.prefix]]));
    expect(candidatesFor('massge', vocabulary, byLength, has)).toEqual(new Map([['massage', MATCH_FACTOR.typo]]));
    expect(candidatesFor('mass', vocabulary, byLength, has)).toEqual(new Map([['mass', MATCH_FACTOR.exact], ['massage', MATCH_FACTOR.prefix]]));
    expect(candidatesFor('nack', vocabulary, byLength, has).size).toBe(0);
    expect(candidatesFor('c', vocabulary, byLength, has).size).toBe(0);
  });
  it('the engine ranks a title match over a text match, covers every typed word first, and forgets removed documents', () => {
    const engine = createSearchEngine();
    engine.add({ id: 'a', fields: [{ text: 'Sports massage', weight: 3, title: true }] });
    engine.add({ id: 'b', fields: [{ text: 'Recovery', weight: 3, title: true }, { text: 'After sports, a massage helps.', weight: 1 }] });
    engine.add({ id: 'c', fields: [{ text: 'Relaxation massage', weight: 3, title: true }] });
    expect(engine.query('sports massge').map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(engine.query('sports massge')[0].matched).toEqual(['sports', 'massage']);
    engine.remove('a');
    expect(engine.query('sports massage').map((h) => h.id)).toEqual(['b', 'c']);
    engine.add({ id: 'b', fields: [{ text: 'Recovery', weight: 3, title: true }] });
    expect(engine.query('sports').map((h) => h.id)).toEqual([]);
    expect(engine.query('the of')).toEqual([]);
  });
});

describe('snippets', () => {
  it('are plain text with ranges of the matched words', () => {
    const s = snippetOf('Gentle prenatal massage during pregnancy.', new Set(['prenatal', 'pregnancy']));
    expect(s.text).toBe('Gentle prenatal massage during pregnancy.');
    expect(s.highlights.map((h) => s.text.slice(h.start, h.start + h.length))).toEqual(['prenatal', 'pregnancy']);
  });
  it('start near a late first match, with an ellipsis, the ranges shifted to match', () => {
    const text = `${'word '.repeat(60)}the <b>Décatur</b> clinic ${'more '.repeat(60)}`;
    const s = snippetOf(text, new Set(['decatur']));
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(182);
    expect(s.highlights).toHaveLength(1);
    expect(s.text.slice(s.highlights[0].start, s.highlights[0].start + s.highlights[0].length)).toBe('Décatur');
    // The text is as stored: markup in it is text for the site to escape, not markup the search added.
    expect(s.text).toContain('<b>Décatur</b>');
  });
  it('come from the text with the most matches, or the first text when none matches', () => {
    expect(bestSnippet(['No match here.', 'Deep tissue work.'], new Set(['tissue'])).text).toBe('Deep tissue work.');
    expect(bestSnippet([null, 'First.', 'Second.'], new Set(['zzz']))).toEqual({ text: 'First.', highlights: [] });
  });
});
