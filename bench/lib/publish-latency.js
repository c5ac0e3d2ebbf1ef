// Publish-to-visible: an editor saves a draft price and publishes it through the admin API of
// instance A; the harness polls the site API of A and of B (a second instance on the same database,
// told about new builds through Redis) until both serve the new price. Per sample: the draft save's
// cost (change-log entries, rebuilds, request ms), the publish's time to visible on A and on B
// (from the moment the publish request is sent), and the targeted rebuild's report.
const PRICE_QUERY = `query ($slug: String!) { location(slug: $slug) { services { service { slug } variants { minutes price { cents } } } } }`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const servicesAt = async (baseUrl, slug) => {
  const res = await fetch(`${baseUrl}/site/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PRICE_QUERY, variables: { slug } }) });
  const body = await res.json();
  if (body.errors || !body.data.location) throw new Error(`site API on ${baseUrl}: ${JSON.stringify(body.errors ?? 'no location')}`);
  return body.data.location.services;
};
const priceAt = async (baseUrl, slug, service, minutes) => {
  const entry = (await servicesAt(baseUrl, slug)).find((s) => s.service.slug === service);
  return entry?.variants.find((v) => v.minutes === minutes)?.price.cents ?? null;
};

/** Polls until the price is served; the ms since `sent`, or null after `timeoutMs`. */
const visibleAfter = async (baseUrl, probe, cents, sent, timeoutMs) => {
  while (Date.now() - sent < timeoutMs) {
    if ((await priceAt(baseUrl, ...probe)) === cents) return Date.now() - sent;
    await sleep(10);
  }
  return null;
};

/** The reports a rebuild added on either instance since `before` (the change-log consumer runs where it got the lease). */
const newReports = async (apis, before) => {
  const out = [];
  for (const [i, api] of apis.entries()) {
    const now = await api.rebuilds();
    out.push(...now.reports.slice(Math.max(0, now.reports.length - (now.count - before[i].count))));
  }
  return out;
};

const measurePublishes = async ({ a, b, apiA, apiB, slug, samples, timeoutMs = 30_000, log = console.log }) => {
  const [first] = (await servicesAt(a.baseUrl, slug)).filter((s) => s.variants.length > 0);
  const service = first.service.slug;
  const minutes = first.variants[0].minutes;
  const offering = await apiA.offering(slug, service);
  const probe = [slug, service, minutes];
  const startCents = await priceAt(a.baseUrl, ...probe);
  log(`  publishing the ${minutes}-minute price of ${service} at ${slug} (now ${startCents / 100}) ${samples} times`);
  const rows = [];
  let overrides = offering.priceOverrides ?? [];
  for (let i = 0; i < samples; i++) {
    const cents = startCents + 100 * (i + 1);
    const own = overrides.find((o) => o.minutes === minutes);
    const next = [...overrides.filter((o) => o.minutes !== minutes), { ...(own ? { id: own.id } : {}), minutes, price: cents / 100 }];
    const before = [await apiA.rebuilds(), await apiB.rebuilds()];

    // The draft save: nothing public changes, so nothing may be logged or rebuilt.
    const draftStarted = Date.now();
    const saved = await apiA.saveDraft(offering.documentId, { priceOverrides: next });
    const draftMs = Date.now() - draftStarted;
    overrides = saved.data.priceOverrides;
    await sleep(300);
    const afterDraft = [await apiA.rebuilds(), await apiB.rebuilds()];
    const draft = {
      ms: draftMs,
      changesLogged: afterDraft[0].changeLog.lastId - before[0].changeLog.lastId,
      rebuilds: afterDraft[0].count - before[0].count + (afterDraft[1].count - before[1].count),
      stillOldPrice: (await priceAt(a.baseUrl, ...probe)) === cents - 100,
    };

    const sent = Date.now();
    await apiA.publish(offering.documentId);
    const publishMs = Date.now() - sent;
    const [onA, onB] = await Promise.all([visibleAfter(a.baseUrl, probe, cents, sent, timeoutMs), visibleAfter(b.baseUrl, probe, cents, sent, timeoutMs)]);
    if (onA === null || onB === null) throw new Error(`the published price ${cents} was not served within ${timeoutMs} ms (A: ${onA}, B: ${onB})`);
    let reports = [];
    for (let tries = 0; reports.length === 0 && tries < 100; tries++) {
      reports = await newReports([apiA, apiB], afterDraft);
      if (reports.length === 0) await sleep(50);
    }
    const targeted = reports.filter((r) => r.mode === 'targeted');
    rows.push({
      draft,
      publishMs,
      visibleOnAMs: onA,
      visibleOnBMs: onB,
      rebuild: {
        modes: reports.map((r) => r.mode),
        ms: targeted.reduce((n, r) => n + r.ms, 0),
        statements: targeted.reduce((n, r) => n + r.statements, 0),
        pagesBuilt: targeted.reduce((n, r) => n + r.targets.length, 0),
        pagesChanged: targeted.reduce((n, r) => n + r.written.length, 0),
        built: [...new Set(targeted.flatMap((r) => r.targets))],
      },
    });
    log(`  #${i + 1}: draft ${draftMs} ms (${draft.changesLogged} logged, ${draft.rebuilds} rebuilds); publish answered in ${publishMs} ms, visible on A after ${onA} ms, on B after ${onB} ms; rebuild ${rows.at(-1).rebuild.ms} ms, ${rows.at(-1).rebuild.statements} statements, ${rows.at(-1).rebuild.pagesBuilt} pages`);
    await sleep(200);
  }
  return { service, minutes, samples: rows };
};

module.exports = { measurePublishes };
