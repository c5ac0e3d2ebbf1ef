/**
 * What production refuses to start with: missing, short, well-known or reused
 * secrets, demo mode and SQLite (unless explicitly allowed). Plain TypeScript over
 * an environment map, so it is unit-tested without booting anything.
 */
export interface GateProblem {
  variable: string;
  message: string;
}

type Env = Record<string, string | undefined>;

/** The secrets Strapi and the users-permissions plugin sign or encrypt with, and the key of the draft preview tokens. */
export const SECRET_VARIABLES = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET', 'CLINIC_PREVIEW_SECRET'] as const;

export const MIN_SECRET_LENGTH = 16;
export const ALLOW_SQLITE = 'ALLOW_SQLITE_IN_PRODUCTION';
export const ALLOW_DEMO = 'ALLOW_DEMO_IN_PRODUCTION';

/** Placeholders from Strapi's templates, tutorials and our own README. */
const WELL_KNOWN = ['tobemodified', 'changeme', 'change-me', 'change_me', 'replaceme', 'secret', 'password', 'example', 'default'];

export const GENERATE_HINT = `node -e "console.log(require('node:crypto').randomBytes(24).toString('base64'))"`;

function secretProblem(value: string): string | null {
  if (value.length < MIN_SECRET_LENGTH) return `is ${value.length} character${value.length === 1 ? '' : 's'} long; use at least ${MIN_SECRET_LENGTH} random characters`;
  const lower = value.toLowerCase();
  const known = WELL_KNOWN.find((w) => lower.includes(w));
  if (known) return `contains the well-known placeholder "${known}"`;
  if (new Set(value).size < 6) return 'is too repetitive to be random';
  return null;
}

const isTrue = (v: string | undefined) => v === 'true' || v === '1';

export function productionProblems(env: Env): GateProblem[] {
  const problems: GateProblem[] = [];
  const seen = new Map<string, string>();
  for (const variable of SECRET_VARIABLES) {
    const raw = env[variable]?.trim();
    if (!raw) {
      problems.push({ variable, message: 'is not set' });
      continue;
    }
    const values = variable === 'APP_KEYS' ? raw.split(',').map((k) => k.trim()) : [raw];
    values.forEach((value, i) => {
      const which = values.length > 1 ? `key ${i + 1} ` : '';
      const label = `${variable}${values.length > 1 ? ` (key ${i + 1})` : ''}`;
      const problem = value ? secretProblem(value) : 'is empty';
      if (problem) problems.push({ variable, message: `${which}${problem}` });
      const other = seen.get(value);
      if (!problem && other && other !== label) problems.push({ variable, message: `reuses the value of ${other}; every secret must be its own` });
      seen.set(value, label);
    });
  }
  if (isTrue(env.CLINIC_DEMO) && !isTrue(env[ALLOW_DEMO])) {
    problems.push({
      variable: 'CLINIC_DEMO',
      message: `is "true": demo mode creates users whose passwords are in the README. Unset it, or set ${ALLOW_DEMO}=true for a throw-away demo`,
    });
  }
  if ((env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite' && !isTrue(env[ALLOW_SQLITE])) {
    problems.push({
      variable: 'DATABASE_CLIENT',
      message: `${env.DATABASE_CLIENT ? 'is "sqlite"' : 'is not set (SQLite is the default)'}: production runs on PostgreSQL (DATABASE_CLIENT=postgres, DATABASE_URL=postgres://…), or set ${ALLOW_SQLITE}=true for a single-machine install`,
    });
  }
  return problems;
}

export function refusalMessage(problems: GateProblem[]): string {
  const lines = problems.map((p) => `  - ${p.variable} ${p.message}`);
  return [
    `Production start refused (NODE_ENV=production): ${problems.length} setting${problems.length === 1 ? '' : 's'} to fix`,
    ...lines,
    `Generate a secret with: ${GENERATE_HINT}`,
    'APP_KEYS takes several such values separated by commas.',
  ].join('\n');
}
