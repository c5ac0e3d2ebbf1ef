import fc from 'fast-check';
import { closeDb } from '../helpers/db';
import { deleteCreated, write, TypeName } from './channels';
import { loadRefs, Refs, validPayload } from './fixtures';

/**
 * Random payloads never make the API fail: every answer is a success or a
 * validation error (REST 2xx/400; GraphQL data or BAD_USER_INPUT / GraphQL's own
 * input errors), never a 500.
 */
const TYPES: TypeName[] = ['location', 'service', 'offering', 'bundle', 'bundle-offering', 'care-plan', 'licence', 'practitioner'];

const json = fc.jsonValue({ maxDepth: 3 });

/** A value for a known field: anything JSON, or a near miss of a valid one. */
const fieldValue = (valid: unknown) =>
  fc.oneof(
    json,
    fc.constant(valid),
    fc.constant(null),
    Array.isArray(valid) && valid.length > 0 && typeof valid[0] === 'object'
      ? fc.array(fc.dictionary(fc.constantFrom(...Object.keys(valid[0] as object)), json), { maxLength: 3 })
      : json,
  );

const payloadFor = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc.record(Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, fieldValue(v)])), { requiredKeys: [] }),
    fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 4 }),
  );

describe('random payloads never yield a 500', () => {
  let refs: Refs;
  beforeAll(async () => {
    refs = await loadRefs();
  });
  afterAll(async () => {
    await deleteCreated();
    await closeDb();
  });

  it.each(TYPES)('%s: REST create and update', async (type) => {
    const target = await write('rest', type, 'create', validPayload(type, refs));
    expect(target.ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(payloadFor(validPayload(type, refs)), fc.boolean(), async (data, update) => {
        const res = update
          ? await write('rest', type, 'update', data, target.documentId)
          : await write('rest', type, 'create', data);
        if (!(res.ok || res.status === 400)) throw new Error(`${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`);
      }),
      { numRuns: 40 },
    );
  });

  it.each(['location', 'bundle', 'licence'] as TypeName[])('%s: GraphQL update', async (type) => {
    const target = await write('rest', type, 'create', validPayload(type, refs));
    await fc.assert(
      fc.asyncProperty(payloadFor(validPayload(type, refs)), async (data) => {
        const res = await write('graphql', type, 'update', data, target.documentId);
        const body = res.body as any;
        const codes = (body.errors ?? []).map((e: any) => e.extensions?.code);
        const fine = res.ok || (res.status < 500 && codes.every((c: string) => ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'].includes(c)));
        if (!fine) throw new Error(`${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
      }),
      { numRuns: 25 },
    );
  });
});
