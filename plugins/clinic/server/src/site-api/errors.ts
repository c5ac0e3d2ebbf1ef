import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';

/** Stable error codes of the site API (extensions.code). */
export const notFound = (what: string, slug: string) =>
  new GraphQLError(`No published ${what} has the slug "${slug}"`, { extensions: { code: 'NOT_FOUND', what, slug } });

/** Bad input is the client's fault: the response is a 400 (as for a variable of the wrong type), with whatever data the other fields had. */
const BAD_REQUEST = { http: { status: 400 } };

export const badUserInput = (error: ZodError, root = '') => {
  const issue = error.issues[0];
  const argument = [root, ...issue.path.map(String)].filter(Boolean).join('.');
  return new GraphQLError(`Invalid argument ${argument}: ${issue.message}`, {
    extensions: {
      ...BAD_REQUEST,
      code: 'BAD_USER_INPUT',
      argument,
      issues: error.issues.map((i) => ({ argument: [root, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message })),
    },
  });
};

/** An argument that parses but names nothing published (a filter's slug). */
export const unknownArgument = (argument: string, message: string) =>
  new GraphQLError(`Invalid argument ${argument}: ${message}`, {
    extensions: { ...BAD_REQUEST, code: 'BAD_USER_INPUT', argument, issues: [{ argument, message }] },
  });
