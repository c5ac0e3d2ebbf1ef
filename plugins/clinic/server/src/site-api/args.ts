/** Argument schemas of the site API: every resolver parses its arguments here first. */
import { z } from 'zod';
import { US_STATE_CODES } from '../domain';
import { badUserInput } from './errors';
import { decodeCursor } from './paging/cursor';
import { SEARCH_KINDS } from '../search/documents';
import { terms } from '../search/tokenize';

const slug = z.string().max(120, 'must be at most 120 characters').regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "deep-tissue"');
const optionalSlug = slug.nullish();

export const pageArgs = z
  .object({
    limit: z.number().int().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100').default(20),
    offset: z.number().int().min(0, 'must be 0 or more').max(10_000, 'must be at most 10000').default(0),
  })
  .nullish()
  .transform((p) => ({ limit: p?.limit ?? 20, offset: p?.offset ?? 0 }));

/** `first`/`after` of a connection; the cursor is decoded here, its order checked by the list. */
const connectionArgs = {
  first: z.number().int().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100').nullish().transform((n) => n ?? 20),
  after: z
    .string()
    .max(1000, 'is not a cursor of this API')
    .transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (!cursor) ctx.addIssue({ code: 'custom', message: 'is not a cursor of this API (pass an endCursor or an edge cursor as it is)' });
      return cursor ?? z.NEVER;
    })
    .nullish()
    .transform((c) => c ?? null),
};

export const slugArgs = z.object({ slug });

export const locationsArgs = z.object({
  filter: z
    .object({
      state: z.enum(US_STATE_CODES, { error: 'must be a two-letter US state code like "GA"' }).nullish(),
      region: z.string().max(120).nullish(),
      service: optionalSlug,
      modality: optionalSlug,
      near: z
        .object({
          latitude: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'),
          longitude: z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'),
          radiusKm: z.number().gt(0, 'must be more than 0').max(500, 'must be at most 500'),
        })
        .nullish(),
      openNow: z.boolean().nullish(),
    })
    .nullish(),
  page: pageArgs,
});
export const locationConnectionArgs = locationsArgs.omit({ page: true }).extend(connectionArgs);

export const practitionerFilterArgs = z.object({
  filter: z
    .object({
      modality: optionalSlug,
      specialty: optionalSlug,
      technique: optionalSlug,
      condition: optionalSlug,
      language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag like "es"').nullish(),
      acceptingNewClients: z.boolean().nullish(),
    })
    .nullish(),
  page: pageArgs,
});
export const practitionerConnectionArgs = practitionerFilterArgs.omit({ page: true }).extend(connectionArgs);

export const servicesArgs = z.object({ modality: optionalSlug });
export const conditionsArgs = z.object({ filter: z.object({ category: z.string().max(40).nullish() }).nullish(), page: pageArgs });
export const articlesArgs = z.object({ filter: z.object({ condition: optionalSlug }).nullish(), page: pageArgs });
export const articleConnectionArgs = articlesArgs.omit({ page: true }).extend(connectionArgs);
export const techniquesArgs = z.object({ page: pageArgs });
export const carePlanArgs = z.object({ condition: slug, location: slug });

const searchKinds = z.enum(SEARCH_KINDS, { error: `must be one of ${SEARCH_KINDS.join(', ')}` });
export const searchArgs = z.object({
  query: z
    .string()
    .max(200, 'must be at most 200 characters')
    .refine((q) => terms(q).length > 0, 'must hold at least one word (letters or digits, not only words like "the")')
    .refine((q) => terms(q).length <= 12, 'must hold at most 12 words'),
  location: optionalSlug,
  kinds: z.array(searchKinds).max(SEARCH_KINDS.length, `must list at most ${SEARCH_KINDS.length} kinds`).nullish(),
  page: pageArgs,
});
export const searchConnectionArgs = searchArgs.omit({ page: true }).extend(connectionArgs);

/** Parses arguments or throws BAD_USER_INPUT naming the argument. */
export const parseArgs = <S extends z.ZodType>(schema: S, args: unknown, root = ''): z.output<S> => {
  const result = schema.safeParse(args);
  if (!result.success) throw badUserInput(result.error, root);
  return result.data;
};
