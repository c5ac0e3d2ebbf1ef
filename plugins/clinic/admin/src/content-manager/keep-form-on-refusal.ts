import { adminApi } from '@strapi/strapi/admin';

/**
 * A refused write of a clinic type keeps the edit view as the user left it: what they
 * typed stays, each message shows beside its field, Save and Publish stay usable.
 *
 * Two things in the content manager 5.54 (`services/documents`, `DocumentActions`) stood
 * in the way, both admin-side: the server's answer already names the form's fields
 * (`error.details.errors[].path`, e.g. `['priceOverrides', '2', 'minutes']`).
 *
 * - `updateDocument` patches the cached document with the data sent before the request
 *   and undoes the patch when it fails. The edit view's form follows its initial values,
 *   so the patch and the undo replace the form's values twice: the refused row vanishes,
 *   the form equals what is stored (Save and Publish disabled) and the field errors land
 *   on fields that are no longer there. For clinic types the patch is skipped; the
 *   document is fetched again after every update anyway (the endpoint invalidates it).
 * - Save and Publish map only errors named `ValidationError` onto fields. A franchise
 *   refusal is a 403 `PolicyError` (it must stay one for REST and GraphQL clients) whose
 *   `details.errors` name the location field; after any other error Save resets the form
 *   to what was sent as if it had been stored. Such refusals reach the form as field errors.
 */

interface ApiError {
  status?: number;
  name?: string;
  message?: string;
  details?: { errors?: { path?: unknown; message?: unknown }[] } & Record<string, unknown>;
}

interface DocumentArgs {
  model?: string;
}

type LifecycleHook = (arg: DocumentArgs, api: unknown) => unknown;

interface DocumentEndpoint {
  onQueryStarted?: LifecycleHook;
  transformErrorResponse?: (error: ApiError, meta: unknown, arg: DocumentArgs) => unknown;
}

/** The part of RTK Query's `enhanceEndpoints` used here; `adminApi`'s own type knows none of the content manager's endpoints. */
interface Enhanceable {
  enhanceEndpoints(options: { endpoints: Record<string, (definition: DocumentEndpoint | undefined) => void> }): unknown;
}

const isClinicModel = (arg: DocumentArgs | undefined): boolean => typeof arg?.model === 'string' && arg.model.startsWith('plugin::clinic.');

/** Field errors of a refusal: each with a path (array of segments) and a message. */
const fieldErrorsOf = (error: ApiError): { path: string[]; message: string }[] =>
  (error.details?.errors ?? []).filter(
    (e): e is { path: string[]; message: string } => Array.isArray(e.path) && e.path.length > 0 && typeof e.message === 'string',
  );

/**
 * A refusal that names fields, as the edit view's actions read it: a `ValidationError`
 * (they map only those onto fields), with a notification that says what was refused
 * instead of a raw field path ("priceOverrides.2.minutes: …").
 */
export const asFormRefusal = (error: ApiError): ApiError => {
  const fields = fieldErrorsOf(error);
  if (fields.length === 0 || (error.status !== undefined && error.status !== 400 && error.status !== 403)) return error;
  const message =
    fields.length === 1 ? `Not saved: ${fields[0].message}` : `Not saved: ${fields.length} problems, each shown beside its field.`;
  return { ...error, name: 'ValidationError', message };
};

const keepClinicForms = (definition: DocumentEndpoint | undefined, { optimistic }: { optimistic: boolean }) => {
  if (!definition) return; // another content-manager version: the browser test says so
  const transform = definition.transformErrorResponse;
  definition.transformErrorResponse = (error, meta, arg) => {
    const kept = isClinicModel(arg) ? asFormRefusal(error) : error;
    return transform ? transform(kept, meta, arg) : kept;
  };
  const started = definition.onQueryStarted;
  if (optimistic && started) {
    definition.onQueryStarted = (arg, api) => (isClinicModel(arg) ? undefined : started(arg, api));
  }
};

/** Called once from the plugin's bootstrap (the content manager's endpoints are injected by then). */
export const keepFormsOnRefusal = (): void => {
  (adminApi as unknown as Enhanceable).enhanceEndpoints({
    endpoints: {
      updateDocument: (definition) => keepClinicForms(definition, { optimistic: true }),
      createDocument: (definition) => keepClinicForms(definition, { optimistic: false }),
      publishDocument: (definition) => keepClinicForms(definition, { optimistic: false }),
      cloneDocument: (definition) => keepClinicForms(definition, { optimistic: false }),
    },
  });
};
