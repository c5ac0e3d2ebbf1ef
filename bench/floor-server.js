// The raw-SQL floor: a minimal node:http server that answers the curated LocationPage operation's
// JSON straight from the database Strapi created (better-sqlite3 / pg directly, a handful of
// statements), assembled with the plugin's domain functions. It measures data access plus assembly
// without Strapi or GraphQL. Env: FLOOR_DB=sqlite:<file> | postgres://..., PORT.
// Accepts POST /site/graphql with {variables:{slug}} (the query text is not parsed) and answers
// {"data": ...} with the x-sql-statements header, like the app does with CLINIC_SQL_STATS=true.
const http = require('node:http');
const path = require('node:path');
const { readLocation } = require('./lib/floor-sql');
const { assemble } = require('./lib/floor-page');

const EXPIRING_WINDOW_DAYS = Number(process.env.FLOOR_EXPIRING_WINDOW_DAYS || 60);

const connect = () => {
  const target = process.env.FLOOR_DB || '';
  if (target.startsWith('sqlite:')) {
    const Database = require('better-sqlite3');
    const db = new Database(path.resolve(target.slice('sqlite:'.length)), { readonly: true });
    const cache = new Map();
    const prepared = (sql) => cache.get(sql) ?? cache.set(sql, db.prepare(sql)).get(sql);
    return { query: async (sql, params) => prepared(sql).all(params), close: async () => db.close() };
  }
  const pg = require('pg');
  pg.types.setTypeParser(1082, (v) => v); // date columns stay 'YYYY-MM-DD', as Strapi returns them
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  const numbered = (sql) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return { query: async (sql, params) => (await pool.query(numbered(sql), params)).rows, close: () => pool.end() };
};

const main = () => {
  const db = connect();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      try {
        if (req.url === '/_health') {
          res.writeHead(204).end();
          return;
        }
        const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        const slug = body.variables?.slug ?? new URL(req.url, 'http://x').searchParams.get('slug');
        let statements = 0;
        const query = (sql, params) => {
          statements += 1;
          return db.query(sql, params);
        };
        const now = new Date();
        const clock = { now, today: now.toISOString().slice(0, 10), expiringWindowDays: EXPIRING_WINDOW_DAYS };
        const data = assemble(await readLocation(query, slug), clock);
        const json = JSON.stringify({ data });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json), 'x-sql-statements': String(statements) });
        res.end(json);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.stack || error));
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
    const { port } = server.address();
    console.log(`floor listening on ${port}`);
    if (process.send) process.send({ port });
  });
  process.on('SIGTERM', () => server.close(() => db.close().then(() => process.exit(0))));
};

main();
