/**
 * Issue 11 item 1: site search on the demo chain. A relevance table (the expected
 * top hit, and hits expected in the top 3) with precision thresholds; published,
 * eligible content only (a word only in a draft, an unpublished entry or a private
 * field finds exactly what a random word finds); publish and unpublish followed;
 * `location` scoping; facets; validation and cursors.
 */
import { asAdmin, rest } from '../helpers/http';
import { cm } from '../helpers/admin-session';
import { eventually, site } from '../helpers/site-api';

interface Hit {
  kind: string;
  title: string;
  slug: string;
  score: number;
  snippet: { text: string; highlights: { start: number; length: number }[] };
}
interface Results {
  items: Hit[];
  facets: { kind: string; count: number }[];
  pageInfo: { total: number; hasNextPage: boolean };
}

const SEARCH = `query ($query: String!, $location: String, $kinds: [SearchKind!], $page: PageInput) {
  search(query: $query, location: $location, kinds: $kinds, page: $page) {
    items { kind title slug score snippet { text highlights { start length } } }
    facets { kind count }
    pageInfo { total hasNextPage }
  }
}`;

const search = async (query: string, more: Record<string, unknown> = {}): Promise<Results> => {
  const res = await site(SEARCH, { query, ...more });
  expect(res.errors).toBeUndefined();
  return res.data.search as Results;
};
/** A hit as the table names it: kind and slug; a FAQ by its question (its slug is its article's). */
const ref = (h: Hit) => (h.kind === 'FAQ' ? `FAQ:${h.title}` : `${h.kind}:${h.slug}`);
const top = async (query: string, more: Record<string, unknown> = {}) => (await search(query, more)).items.map(ref);

/** Query, expected top hit, hits expected in the top 3 (besides the top one). */
const RELEVANCE: [string, string, string[]?][] = [
  ['back pain', 'CONDITION:low-back-pain'],
  ['low back pain', 'CONDITION:low-back-pain'],
  ['fibro', 'CONDITION:fibromyalgia'],
  ['fibromyalgia', 'CONDITION:fibromyalgia'],
  ['sports massge', 'SERVICE:sports-massage', ['TECHNIQUE:sports-massage']],
  ['sports massage', 'SERVICE:sports-massage', ['TECHNIQUE:sports-massage']],
  ['prenatal', 'SERVICE:prenatal-massage', ['TECHNIQUE:prenatal']],
  ['pregnancy', 'SERVICE:prenatal-massage'],
  ['chiro', 'SERVICE:chiropractic-adjustment'],
  ['chiropractor', 'SERVICE:chiropractic-adjustment'],
  ['chiro near Decatur', 'SERVICE:chiropractic-adjustment', ['PRACTITIONER:priya-raman']],
  ['spanish speaking therapist', 'PRACTITIONER:ana-lucia-ferreira', ['PRACTITIONER:daniel-reyes', 'PRACTITIONER:marisol-vega']],
  ['stretching', 'SERVICE:assisted-stretch', ['ARTICLE:stretch-therapy-and-massage-better-together']],
  ['stretch therapy', 'SERVICE:assisted-stretch'],
  ['deep tissue', 'SERVICE:deep-tissue-massage', ['TECHNIQUE:deep-tissue']],
  ['deep tisue', 'SERVICE:deep-tissue-massage'],
  ['migraine', 'CONDITION:migraine'],
  ['headaches', 'CONDITION:tension-headaches'],
  ['neck pain', 'CONDITION:neck-and-shoulder-pain'],
  ['osteoarthritis', 'CONDITION:osteoarthritis'],
  ['arthritis', 'CONDITION:osteoarthritis'],
  ['anxiety', 'CONDITION:stress-and-anxiety'],
  ['insomnia', 'CONDITION:sleep-problems'],
  ['surgery recovery', 'CONDITION:post-surgical-recovery'],
  ['trigger point', 'TECHNIQUE:trigger-point'],
  ['myofascial', 'TECHNIQUE:myofascial-release'],
  ['swedish', 'TECHNIQUE:swedish'],
  ['spinal decompression', 'SERVICE:spinal-decompression-session', ['TECHNIQUE:mechanical-decompression']],
  ['relaxation', 'SERVICE:relaxation-massage'],
  ['Decatur', 'LOCATION:decatur'],
  ['Savannah', 'LOCATION:savannah'],
  ['birmingham', 'LOCATION:birmingham'],
  ['Daniel Reyes', 'PRACTITIONER:daniel-reyes'],
  ['Priya', 'PRACTITIONER:priya-raman'],
  ['does massage have to hurt', 'FAQ:Does massage have to hurt to work?'],
  ['how often should I come', 'FAQ:How often should I come?'],
  ['30 or 60 minutes', 'FAQ:Should I book 30 or 60 minutes?'],
  ['chronic pain', 'ARTICLE:what-therapeutic-massage-can-do-for-chronic-pain'],
  ['massage or stretch therapy first', 'FAQ:Should I have massage or stretch therapy first?'],
];

describe('relevance on the demo chain', () => {
  it(`puts the expected hit first for most of the ${RELEVANCE.length} queries, and in the top 3 for nearly all`, async () => {
    const rows: string[] = [];
    let at1 = 0;
    let at3 = 0;
    let in3 = 0;
    let expectedIn3 = 0;
    for (const [query, first, alsoTop3 = []] of RELEVANCE) {
      const got = (await top(query)).slice(0, 3);
      if (got[0] === first) at1 += 1;
      if (got.includes(first)) at3 += 1;
      for (const also of alsoTop3) {
        expectedIn3 += 1;
        if (got.includes(also)) in3 += 1;
      }
      rows.push(`${got[0] === first ? '✔' : got.includes(first) ? '~' : '✘'} ${query} → ${got.join(', ')} (want ${first})`);
    }
    const p1 = at1 / RELEVANCE.length;
    const p3 = at3 / RELEVANCE.length;
    const table = `P@1 ${p1.toFixed(3)} P@3 ${p3.toFixed(3)} of ${RELEVANCE.length}; also-in-top-3 ${in3}/${expectedIn3}\n${rows.join('\n')}`;
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(30);
    // Measured on both databases: P@1 1.000, P@3 1.000 (39 queries); one miss at 1 and none at 3 would still pass.
    // The table is the failure's message: which queries moved, and to what.
    expect({ p1: p1 >= 0.95, p3: p3 >= 0.97, table }).toEqual({ p1: true, p3: true, table });
    expect(in3 / expectedIn3).toBeGreaterThanOrEqual(0.8);
  });
});

/** What a search shows, for comparing two searches: every hit and every facet. */
const shownFor = async (query: string, more: Record<string, unknown> = {}) => {
  const r = await search(query, more);
  return { items: r.items.map(ref), facets: r.facets, total: r.pageInfo.total };
};
const RANDOM = 'zqxvjkw';

describe('published, eligible content only', () => {
  it('a word only in a practitioner’s internal notes finds what a random word finds', async () => {
    const nothing = await shownFor(RANDOM);
    expect(nothing.total).toBe(0);
    // Words only in the demo's internal notes ("… reinstatement …", "… endorsement …", "… submitted …"). An e-mail
    // address's words are the practitioner's public name and the domain, so notes are the private field tested.
    for (const word of ['reinstatement', 'endorsement', 'submitted']) expect({ word, ...(await shownFor(word)) }).toEqual({ word, ...nothing });
  });

  it('practitioners who may not practise anywhere today are not found by name; an eligible one is', async () => {
    // Ruth Abernathy: licence expired 200 days ago; Yasmin Farah: licence suspended; Lena Fischer: another state's licence only.
    for (const name of ['Abernathy', 'Farah', 'Fischer']) expect((await top(name)).filter((r) => r.startsWith('PRACTITIONER:'))).toEqual([]);
    // Whitney Sorensen holds only another state's massage licence, but stretch therapy needs none: found.
    expect((await top('Sorensen'))[0]).toBe('PRACTITIONER:whitney-sorensen');
    expect((await top('Mateo Alvarez'))[0]).toBe('PRACTITIONER:mateo-alvarez');
  });

  describe('a new service through draft, publish and unpublish', () => {
    const stamp = Date.now();
    const word = `quillbright${stamp % 100000}`;
    const slug = `search-test-${stamp}`;
    let documentId = '';

    afterAll(async () => {
      if (documentId) await rest('DELETE', cm('service', `/${documentId}`), undefined, await asAdmin());
    });

    it('is not found as a draft, found once published, gone once unpublished', async () => {
      const modalities = await rest('GET', `/content-manager/collection-types/plugin::clinic.modality?pageSize=1&sort=slug:asc`, undefined, await asAdmin());
      const modality = modalities.body.results[0];
      const created = await rest(
        'POST',
        cm('service'),
        { name: `Search test ${word} session`, slug, summary: `A ${word} treatment.`, modality: { connect: [{ documentId: modality.documentId }] }, variants: [{ minutes: 60, basePrice: 90 }] },
        await asAdmin(),
      );
      expect(created.status).toBe(201);
      documentId = created.body.data.documentId;

      // The draft: its word finds exactly what a random word finds.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await shownFor(word)).toEqual(await shownFor(RANDOM));

      expect((await rest('POST', cm('service', `/${documentId}/actions/publish`), {}, await asAdmin())).status).toBe(200);
      const found = await eventually(() => top(word), (refs) => refs.includes(`SERVICE:${slug}`), 20_000);
      expect(found[0]).toBe(`SERVICE:${slug}`);
      // A prefix and a one-edit typo of the word find it too.
      expect((await top(word.slice(0, 7)))).toContain(`SERVICE:${slug}`);
      expect((await top(word.replace('quill', 'quil')))[0]).toBe(`SERVICE:${slug}`);

      expect((await rest('POST', cm('service', `/${documentId}/actions/unpublish`), {}, await asAdmin())).status).toBe(200);
      const gone = await eventually(() => top(word), (refs) => !refs.includes(`SERVICE:${slug}`), 20_000);
      expect(gone).toEqual([]);
    });
  });
});

describe('location scope', () => {
  it('keeps what the location offers and who may practise there', async () => {
    // Decatur: Priya Raman practises chiropractic there; Ian McAllister (Savannah) does not.
    const everywhere = await top('chiropractic');
    expect(everywhere).toEqual(expect.arrayContaining(['PRACTITIONER:priya-raman', 'PRACTITIONER:ian-mcallister']));
    const decatur = await top('chiropractic', { location: 'decatur' });
    expect(decatur).toContain('PRACTITIONER:priya-raman');
    expect(decatur).not.toContain('PRACTITIONER:ian-mcallister');
    expect(decatur.filter((r) => r.startsWith('LOCATION:'))).toEqual(expect.not.arrayContaining(['LOCATION:savannah']));
    // Lena Fischer is assigned to Decatur but holds only another state's licence.
    expect(await top('Fischer', { location: 'decatur' })).toEqual([]);
  });

  it('“near <city>” scopes as location does', async () => {
    expect(await top('chiro near Decatur')).toEqual(await top('chiro', { location: 'decatur' }));
  });

  it('a service Birmingham does not offer is not found there (no decompression table)', async () => {
    expect(await top('spinal decompression')).toContain('SERVICE:spinal-decompression-session');
    expect(await top('spinal decompression', { location: 'birmingham' })).not.toContain('SERVICE:spinal-decompression-session');
  });

  it('an unknown location is NOT_FOUND', async () => {
    const res = await site(SEARCH, { query: 'massage', location: 'atlantis' });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('facets, kinds, snippets, paging', () => {
  it('facets count every kind; kinds filters the hits only', async () => {
    const all = await search('massage', { page: { limit: 50 } });
    const counts = Object.fromEntries(all.facets.map((f) => [f.kind, f.count]));
    expect(Object.keys(counts).sort()).toEqual(['ARTICLE', 'CONDITION', 'FAQ', 'LOCATION', 'PRACTITIONER', 'SERVICE', 'TECHNIQUE']);
    for (const [kind, count] of Object.entries(counts)) expect(all.items.filter((h) => h.kind === kind)).toHaveLength(count);
    const services = await search('massage', { kinds: ['SERVICE'], page: { limit: 50 } });
    expect(services.items.every((h) => h.kind === 'SERVICE')).toBe(true);
    expect(services.items).toHaveLength(counts.SERVICE);
    expect(services.facets).toEqual(all.facets);
  });

  it('highlights are ranges of the snippet text holding the matched words', async () => {
    const [hit] = (await search('pregnancy')).items;
    expect(hit.slug).toBe('prenatal-massage');
    expect(hit.snippet.highlights.length).toBeGreaterThan(0);
    // The word typed and its synonym ("pregnancy" → "prenatal") are marked.
    const marked = hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.start + h.length).toLowerCase());
    expect(marked).toContain('pregnancy');
    expect(new Set(marked)).toEqual(new Set(['pregnancy', 'prenatal']));
  });

  it('a connection pages through the same hits in the same order', async () => {
    const all = (await search('massage', { page: { limit: 50 } })).items.map(ref);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: { errors?: unknown; data?: any } = await site(
        `query ($after: String) { searchConnection(query: "massage", first: 4, after: $after) { total pageInfo { hasNextPage endCursor } edges { node { kind title slug } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const c: { total: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Hit }[] } = res.data.searchConnection;
      expect(c.total).toBe(all.length);
      seen.push(...c.edges.map((e) => ref(e.node)));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it.each([
    ['query', { query: 'x'.repeat(201) }],
    ['query', { query: '   ' }],
    ['location', { query: 'massage', location: 'Not A Slug' }],
    ['page.limit', { query: 'massage', page: { limit: 0 } }],
  ])('bad %s is BAD_USER_INPUT naming it', async (argument, variables) => {
    const res = await site(SEARCH, variables);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.argument).toBe(argument);
  });

  it('the cost limit counts search by its page size', async () => {
    const many = Array.from({ length: 12 }, (_, i) => `s${i}: search(query: "massage", page: { limit: 100 }) { items { title snippet { text highlights { start length } } } }`).join(' ');
    const res = await site(`{ ${many} }`);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
