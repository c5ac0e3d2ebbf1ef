import { Flex, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import * as React from 'react';
import { QuoteFigures } from '../pages/bundle-builder/QuoteSummary';
import { useBundleQuote } from '../pages/bundle-builder/use-bundle-quote';

const MODEL = 'plugin::clinic.bundle-offering';

interface RelationValue {
  connect?: { id?: number; documentId?: string; apiData?: { documentId?: string } }[];
  disconnect?: unknown[];
}

/**
 * The documentId a to-one relation field stands for in the edit form: the last one
 * connected in the form, none when only disconnected, else the saved one (`saved`).
 */
const relationIn = (value: unknown, saved: string | null): string | null => {
  const v = (value ?? {}) as RelationValue;
  const last = v.connect?.[v.connect.length - 1];
  if (last) return last.apiData?.documentId ?? last.documentId ?? null;
  if (v.disconnect?.length) return null;
  return saved;
};

/** The relation as saved, read as the content manager's own relation field reads it. */
const useSavedRelation = (documentId: string | undefined, field: 'bundle' | 'location') => {
  const { get } = useFetchClient();
  const [saved, setSaved] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!documentId) return;
    get<{ results?: { documentId: string }[] }>(`/content-manager/relations/${MODEL}/${documentId}/${field}`)
      .then(({ data }) => setSaved(data.results?.[0]?.documentId ?? null))
      .catch(() => setSaved(null));
  }, [documentId, field, get]);
  return saved;
};

/** The builder's figures for the bundle, location and price as typed in the form, updated while typing. */
const BundleOfferingFigures = ({ documentId }: { documentId?: string }) => {
  const values = useForm('BundleOfferingFigures', (s) => s.values) as Record<string, unknown>;
  const bundle = relationIn(values.bundle, useSavedRelation(documentId, 'bundle'));
  const location = relationIn(values.location, useSavedRelation(documentId, 'location'));
  const price = values.price === null || values.price === undefined || values.price === '' ? null : values.price;
  const body = React.useMemo(() => (bundle && location ? { bundle, location, price } : null), [bundle, location, price]);
  const { quote, refusal } = useBundleQuote(body);
  const message = refusal?.message ?? null;

  if (!body) return <Typography textColor="neutral600">Choose a bundle and a location to see the sum of parts and the saving.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" aria-live="polite">
      {quote && <QuoteFigures quote={quote} />}
      {quote?.refusals.map((r) => (
        <Typography key={r.message} textColor="danger600" role="alert">{`Price refused: ${r.message}`}</Typography>
      ))}
      {message && <Typography textColor="danger600" role="alert">{message}</Typography>}
    </Flex>
  );
};

/** A side panel of the bundle-offering edit view: the bundle builder's figures (issue 10, item 3). */
export const BundleOfferingPanel: PanelComponent = ({ model, documentId }: PanelComponentProps) => {
  if (model !== MODEL) return null;
  return { title: 'Price and saving', content: <BundleOfferingFigures documentId={documentId} /> };
};
