// One autocannon run against one server child: throughput, latency, statements, bytes, CPU, peak RSS.
const autocannon = require('autocannon');
const { cpuMs, peakRssMb } = require('./processes');

const post = async (baseUrl, request) => {
  const res = await fetch(baseUrl + request.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  const text = await res.text();
  return { status: res.status, text, statements: Number(res.headers.get('x-sql-statements') ?? NaN) };
};

const cannon = (baseUrl, request, seconds, connections) =>
  new Promise((resolve, reject) => {
    autocannon(
      // The stock shadow-CRUD page answers in up to ~10 s at p99 here: a 10 s request
      // timeout (autocannon's default) turned its slowest answers into errors.
      { url: baseUrl + request.path, method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body, duration: seconds, connections, timeout: 60 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });

/** Warm up, then measure; statements and bytes come from one request after the warm-up. */
const measure = async (server, request, { seconds, warmupSeconds, connections }) => {
  await cannon(server.baseUrl, request, warmupSeconds, connections);
  const probe = await post(server.baseUrl, request);
  if (probe.status !== 200 || JSON.parse(probe.text).errors) throw new Error(`${server.label}: ${probe.status} ${probe.text.slice(0, 500)}`);
  const cpuBefore = cpuMs(server.child.pid);
  const result = await cannon(server.baseUrl, request, seconds, connections);
  const cpu = cpuMs(server.child.pid) - cpuBefore;
  const completed = result['2xx'] + result.non2xx;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${server.label}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return {
    requestsPerSecond: Math.round((result.requests.average + Number.EPSILON) * 10) / 10,
    requests: completed,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    sqlStatements: probe.statements,
    responseBytes: Buffer.byteLength(probe.text),
    cpuMsPerRequest: Math.round((cpu / completed) * 1000) / 1000,
    peakRssMb: Math.round(peakRssMb(server.child.pid)),
    bootMs: server.bootMs,
  };
};

module.exports = { measure, post };
