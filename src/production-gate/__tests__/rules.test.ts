import { productionProblems, refusalMessage, SECRET_VARIABLES } from '../rules';

const good = () => ({
  APP_KEYS: 'Zk3pQ9vL2mX8rT5w,Hj7nB4cV1aS6dF0g',
  API_TOKEN_SALT: 'q8W2e4R6t8Y0u2I4o6P8',
  ADMIN_JWT_SECRET: 'a1S3d5F7g9H1j3K5l7Z9',
  TRANSFER_TOKEN_SALT: 'x2C4v6B8n0M2q4W6e8R0',
  ENCRYPTION_KEY: 'T1y3U5i7O9p1A3s5D7f9',
  JWT_SECRET: 'G2h4J6k8L0z2X4c6V8b0',
  CLINIC_PREVIEW_SECRET: 'm5N7b9V1c3X5z7L9k1J3',
  DATABASE_CLIENT: 'postgres',
});

const variables = (env: Record<string, string | undefined>) => productionProblems(env).map((p) => p.variable);

describe('production gate', () => {
  it('accepts long random secrets on PostgreSQL', () => {
    expect(productionProblems(good())).toEqual([]);
  });

  it.each(SECRET_VARIABLES)('refuses a missing %s and names it', (variable) => {
    const env: Record<string, string | undefined> = good();
    delete env[variable];
    expect(productionProblems(env)).toEqual([{ variable, message: 'is not set' }]);
  });

  it.each(['toBeModified', 'changeme', 'x', 'tobemodified1,tobemodified2', 'aaaaaaaaaaaaaaaaaaaaaaaa', 'my-super-secret-value-1234'])(
    'refuses the well-known or weak value %p',
    (value) => {
      expect(variables({ ...good(), ADMIN_JWT_SECRET: value })).toEqual(['ADMIN_JWT_SECRET']);
    },
  );

  it('judges every app key and says which one is weak', () => {
    const [problem] = productionProblems({ ...good(), APP_KEYS: 'Zk3pQ9vL2mX8rT5w,short' });
    expect(problem).toEqual({ variable: 'APP_KEYS', message: expect.stringMatching(/^key 2 is 5 characters long/) });
  });

  it('refuses one value reused for two secrets', () => {
    const env = { ...good(), JWT_SECRET: good().ADMIN_JWT_SECRET };
    expect(productionProblems(env)).toEqual([{ variable: 'JWT_SECRET', message: 'reuses the value of ADMIN_JWT_SECRET; every secret must be its own' }]);
  });

  it('refuses demo mode and SQLite unless explicitly allowed', () => {
    expect(variables({ ...good(), CLINIC_DEMO: 'true' })).toEqual(['CLINIC_DEMO']);
    expect(variables({ ...good(), CLINIC_DEMO: 'true', ALLOW_DEMO_IN_PRODUCTION: 'true' })).toEqual([]);
    expect(variables({ ...good(), DATABASE_CLIENT: 'sqlite' })).toEqual(['DATABASE_CLIENT']);
    expect(variables({ ...good(), DATABASE_CLIENT: undefined })).toEqual(['DATABASE_CLIENT']);
    expect(variables({ ...good(), DATABASE_CLIENT: 'sqlite', ALLOW_SQLITE_IN_PRODUCTION: 'true' })).toEqual([]);
  });

  it('tells how to generate a secret', () => {
    const message = refusalMessage(productionProblems({}));
    expect(message).toContain('ENCRYPTION_KEY is not set');
    expect(message).toContain("randomBytes(24).toString('base64')");
  });
});
