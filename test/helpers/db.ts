import path from 'node:path';
import knex, { type Knex } from 'knex';

let connection: Knex | null = null;

/** A direct connection to the app's database, to check what was (not) written. */
export const db = () => {
  if (connection) return connection;
  const root = path.resolve(__dirname, '..', '..');
  connection =
    process.env.DATABASE_CLIENT === 'postgres'
      ? knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 2 } })
      : knex({
          client: 'better-sqlite3',
          connection: { filename: path.resolve(root, process.env.DATABASE_FILENAME ?? '.tmp/test.db') },
          useNullAsDefault: true,
        });
  return connection;
};

export const countRows = async (table: string) => {
  const [{ n }] = await db()(table).count({ n: '*' });
  return Number(n);
};

export const closeDb = async () => {
  if (connection) await connection.destroy();
  connection = null;
};
