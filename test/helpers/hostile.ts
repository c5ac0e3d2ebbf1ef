import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { getIntrospectionQuery } from 'graphql';
import { baseUrl } from './http';

/** What a refusal looks like from outside: the HTTP status and the first error's code. */
export interface Refusal {
  status: number;
  code: string | undefined;
  message: string | undefined;
  bytes: number;
}

/** POSTs a prepared body (a string, so a test can send any size) and reads the answer as a client would. */
export const postRaw = async (path: string, body: string): Promise<Refusal & { json: any }> => {
  const res = await fetch(`${baseUrl()}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, code: json?.errors?.[0]?.extensions?.code, message: json?.errors?.[0]?.message, bytes: text.length, json };
};

export const body = (query: string, variables: Record<string, unknown> | string = {}) =>
  `{"query":${JSON.stringify(query)},"variables":${typeof variables === 'string' ? variables : JSON.stringify(variables)}}`;

/** `{ a0: __typename a1: __typename … }`: the request that exhausted the heap in issue 7. */
export const typenameAliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;

/** The same field again and again without aliases (field merging work grows with the square of the count). */
export const repeatedField = (count: number, field = '__typename') => `{ ${Array(count).fill(field).join(' ')} }`;

/** Aliases of one root field with a selection, e.g. `clinicLocations { slug }`. */
export const aliasedField = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `f${i}: ${field}`).join(' ')} }`;

/**
 * graphql's own full introspection query (what codegen and IDEs send), with its
 * `__schema { … }` selection asked `count` times under aliases; the fragments stay shared.
 */
export const aliasedIntrospections = (count: number) => {
  const query = getIntrospectionQuery();
  const start = query.indexOf('__schema');
  let depth = 0;
  let end = query.indexOf('{', start);
  for (let i = end; i < query.length; i++) {
    if (query[i] === '{') depth++;
    if (query[i] === '}' && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  const selection = query.slice(start, end);
  const aliased = Array.from({ length: count }, (_, i) => `s${i}: ${selection}`).join('\n');
  return query.slice(0, start) + aliased + query.slice(end);
};

/** `__schema { types { fields { type { ofType { ofType … } } } } }`: deep through introspection only. */
export const deepIntrospection = (ofTypes: number) =>
  `{ __schema { types { fields { type { ${'ofType { '.repeat(ofTypes)}name${' }'.repeat(ofTypes)} } } } } }`;

/** One field carrying `count` directives, spread over repeated selections (no aliases, few tokens each). */
export const manyDirectives = (count: number) => `{ ${Array(count).fill('__typename @include(if: true)').join(' ')} }`;

/** JSON text of a value nested `levels` deep (built as text: JSON.stringify itself overflows the stack there). */
export const nestedArrayJson = (levels: number) => '['.repeat(levels) + '1' + ']'.repeat(levels);
export const nestedObjectJson = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

/** A body of about `bytes` bytes that is valid JSON and a valid query, padded in a variable nobody reads. */
export const paddedBody = (bytes: number) => body('{ __typename }', { padding: 'x'.repeat(bytes) });

/**
 * The integration app runs in this process (jest --runInBand boots it in the global
 * setup, test/setup/global-setup.ts): its memory is this process's. With another
 * process (no --runInBand) it is read from /proc, without a GC first.
 */
const gc = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
})();

export const appRssBytes = async () => {
  const pid = Number(process.env.TEST_APP_PID ?? process.pid);
  if (pid === process.pid) {
    for (let i = 0; i < 3; i++) {
      gc?.();
      await new Promise((r) => setTimeout(r, 50));
    }
    return process.memoryUsage().rss;
  }
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb * 1024;
};

export const MB = 1024 * 1024;

/** Sends the same body `times` times in a row and returns every answer's status and code. */
export const sendInARow = async (path: string, requestBody: string, times: number) => {
  const answers: Refusal[] = [];
  for (let i = 0; i < times; i++) {
    const { json: _json, ...answer } = await postRaw(path, requestBody);
    answers.push(answer);
  }
  return answers;
};

export interface HostileKind {
  name: string;
  body: string;
  status: number;
  code: string;
}

/** A request a user makes every day on that endpoint, with the answer that proves it ran. */
export interface NormalRequest {
  name: string;
  body: string;
  check: (json: any) => void;
}

/**
 * For each hostile kind: 100 requests in a row, all refused with the same status and code
 * before anything runs. Then the endpoint still answers normal requests and the app's
 * memory is back near where it started (issue 7: eleven of these killed the process).
 */
export const hostileSuite = (path: string, kinds: HostileKind[], normal: NormalRequest[], times = 100) => {
  let baseline = 0;
  // The baseline is taken once every kind of request has been seen once (code compiled,
  // pools and caches in place), so what is measured afterwards is growth from repetition.
  beforeAll(async () => {
    for (const request of normal) await postRaw(path, request.body);
    for (const kind of kinds) await postRaw(path, kind.body);
    baseline = await appRssBytes();
  }, 60_000);

  it.each(kinds)(`$name: ${times} in a row are refused with $status $code`, async ({ body: requestBody, status, code }) => {
    const answers = await sendInARow(path, requestBody, times);
    const seen = [...new Set(answers.map((a) => `${a.status} ${a.code}`))];
    expect(seen).toEqual([`${status} ${code}`]);
    // A refusal is a short error, never the data (the 200 introspections answered 15 MB).
    expect(Math.max(...answers.map((a) => a.bytes))).toBeLessThan(2_000);
    // Nothing kept: after a GC the app is back near where it started. (The GC also stands
    // in for the heap bound production runs with, which this process does not have.)
    expect((await appRssBytes()) - baseline).toBeLessThan(60 * MB);
  }, 120_000);

  it.each(normal)('afterwards, $name still answers', async ({ body: requestBody, check }) => {
    const answer = await postRaw(path, requestBody);
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
    check(answer.json);
  });

  it('afterwards, the app uses about as much memory as before (within 60 MB)', async () => {
    const after = await appRssBytes();
    expect((after - baseline) / MB).toBeLessThan(60);
  });
};
