import { asAdmin, rest } from '../helpers/http';
import { closeDb } from '../helpers/db';
import { BAD_INPUTS, BadInput } from './bad-inputs.table';
import { deleteCreated, write, WriteResult } from './channels';
import { loadRefs, Refs, tableCounts, validPayload, versionsOf } from './fixtures';

const withPatch = (base: Record<string, unknown>, patch: Record<string, unknown>) => {
  const merged = { ...base, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
  return merged;
};

/** The draft as the admin panel shows it (components included). */
const adminView = async (type: string, documentId: string) =>
  (await rest('GET', `/content-manager/collection-types/plugin::clinic.${type}/${documentId}`, undefined, await asAdmin())).body?.data;

const expectRefused = (res: WriteResult, row: BadInput) => {
  const summary = { status: res.status, error: res.error, paths: res.paths };
  if (row.channel === 'graphql') expect(summary).toMatchObject({ error: 'BAD_USER_INPUT' });
  else expect(summary).toMatchObject({ status: 400, error: 'ValidationError' });
  expect(res.paths).toContain(row.path);
};

describe(`${BAD_INPUTS.length} bad inputs are refused, naming the field, and write nothing`, () => {
  let refs: Refs;
  beforeAll(async () => {
    refs = await loadRefs();
  });
  afterAll(async () => {
    await deleteCreated();
    await closeDb();
  });

  it('the table has at least 60 rows across every channel and operation', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
    for (const channel of ['admin', 'rest', 'graphql']) expect(BAD_INPUTS.some((r) => r.channel === channel)).toBe(true);
    for (const op of ['create', 'update', 'publish']) expect(BAD_INPUTS.some((r) => r.op === op)).toBe(true);
  });

  it.each(BAD_INPUTS.map((r) => [`${r.type} ${r.op} via ${r.channel}: ${r.why} -> ${r.path}`, r] as const))('%s', async (_name, row) => {
    const patch = typeof row.data === 'function' ? row.data(refs) : row.data;
    const base = validPayload(row.type, refs);

    if (row.op === 'create') {
      const before = await tableCounts();
      const res = await write(row.channel, row.type, 'create', withPatch(base, patch));
      expectRefused(res, row);
      expect(await tableCounts()).toEqual(before);
      return;
    }

    // A valid document to patch (update) or a valid-but-unfinished draft to publish.
    const target =
      row.op === 'update'
        ? await write('rest', row.type, 'create', base)
        : await write('admin', row.type, 'create', withPatch(base, patch));
    expect({ ok: target.ok, paths: target.paths }).toEqual({ ok: true, paths: [] });
    const id = target.documentId as string;

    const before = { counts: await tableCounts(), versions: await versionsOf(row.type, id), view: await adminView(row.type, id) };
    const res = await write(row.channel, row.type, row.op, row.op === 'update' ? patch : {}, id);
    expectRefused(res, row);
    const after = { counts: await tableCounts(), versions: await versionsOf(row.type, id), view: await adminView(row.type, id) };
    expect(after).toEqual(before);
  });
});
