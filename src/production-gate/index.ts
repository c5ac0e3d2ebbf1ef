import { productionProblems, refusalMessage } from './rules';

/**
 * Called from the app's register(), so it holds however Strapi is started (`npm
 * start`, `strapi start`, a container's own command). Outside production it does
 * nothing: development, test and the demo generate or inject their own secrets.
 */
export function assertProductionReady(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = productionProblems(env);
  if (problems.length === 0) return;
  const message = refusalMessage(problems);
  // Plain text for the operator at the terminal; Strapi then logs the error again (JSON in production).
  process.stderr.write(`\n${message}\n\n`);
  throw new Error(message);
}
