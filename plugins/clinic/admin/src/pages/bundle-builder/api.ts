// The builder's shapes are the server's own (type-only: nothing of the server is bundled).
import type { Quote as QuoteFigures } from '../../../../server/src/domain/bundle-builder';

export { formatCents } from '../price-matrix/api';

export const OPTIONS_PATH = '/clinic/bundle-builder/options';
export const QUOTE_PATH = '/clinic/bundle-builder/quote';
export const SAVE_OFFERING_PATH = '/clinic/bundle-builder/bundle-offerings';
export const SAVE_BUNDLE_PATH = '/clinic/bundle-builder/bundles';

export interface BuilderOptions {
  locations: { documentId: string; name: string; city: string | null; state: string | null; franchise: string | null }[];
  bundles: { documentId: string; name: string; slug: string; items: { service: string | null; minutes: number; count: number }[] }[];
  services: { documentId: string; name: string; minutes: number[] }[];
  canSaveBundle: boolean;
}

export interface Quote extends QuoteFigures {
  location: { documentId: string; name: string; today: string };
  bundle: { documentId: string; name: string; slug: string; priceRule: string } | null;
  existingOffering: { documentId: string; priceCents: number; published: boolean } | null;
}

/** The content manager's edit view of an entry. */
export const entryHref = (type: 'bundle' | 'bundle-offering', documentId: string) =>
  `/admin/content-manager/collection-types/plugin::clinic.${type}/${documentId}`;

/** A refused request's message per field (first path segment), and its message. */
export const fieldErrors = (error: unknown): { message: string; fields: Record<string, string> } => {
  const body = (error as { response?: { data?: { error?: { message?: string; details?: { errors?: { path?: (string | number)[]; message: string }[] } } } } })?.response?.data?.error;
  const fields: Record<string, string> = {};
  for (const d of body?.details?.errors ?? []) if (d.path?.length) fields[d.path.map(String).join('.')] ??= d.message;
  return { message: body?.message ?? (error instanceof Error ? error.message : String(error)), fields };
};
