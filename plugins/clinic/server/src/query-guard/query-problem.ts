/** A refused public query parameter: where (REST parameter path) and why. */
export interface QueryProblem {
  path: string[];
  message: string;
}

export class QueryRefused extends Error {
  constructor(readonly problem: QueryProblem) {
    super(`${problem.path.join('.')}: ${problem.message}`);
    this.name = 'QueryRefused';
  }
}

export const refuse = (path: string[], message: string): never => {
  throw new QueryRefused({ path, message });
};

/** Bounds on what a public filter, sort or populate may hold (README "Query limits"). */
export interface QueryLimits {
  maxStringLength: number;
  maxDepth: number;
  maxListLength: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxStringLength: 1000, maxDepth: 20, maxListLength: 100 };
