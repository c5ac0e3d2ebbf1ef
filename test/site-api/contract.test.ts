import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { site } from '../helpers/site-api';

const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');

describe('the site API contract', () => {
  it('the running schema is the committed schema.graphql', async () => {
    const res = await site(getIntrospectionQuery({ descriptions: true, schemaDescription: true }));
    const running = printSchema(lexicographicSortSchema(buildClientSchema(res.data)));
    const body = committed.replace(/^#.*\n\n/, '').trimEnd();
    expect(running.trimEnd()).toBe(body);
  });

  it('the public never sees private practitioner fields in the site API', async () => {
    expect(committed).not.toMatch(/\b(email|internalNotes)\b/);
    const res = await site(`{ practitioner(slug: "jun-park") { jsonLd } location(slug: "buckhead") { practitioners(page: { limit: 100 }) { items { practitioner { slug } } } } }`);
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/@example\.com/);
    expect(text).not.toMatch(/internalNotes|\+1\d{10}"/);
  });

  it('a draft never enters the site API', async () => {
    const res = await site(`{ articles(page: { limit: 100 }) { items { slug } } }`);
    expect(res.data.articles.items.map((a: any) => a.slug)).not.toContain(expect.stringMatching(/^draft-/));
  });
});
