import { useDebounce, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { QUOTE_PATH, fieldErrors, type Quote } from './api';

export interface QuoteRefusal {
  message: string;
  /** The refusal's message per field path ('price', 'items.0.minutes'). */
  fields: Record<string, string>;
}

/**
 * The bundle builder's quote for what is typed (`body`: null while something needed is
 * missing), fetched 300 ms after typing stops. A newer body aborts the request in flight,
 * so a slow answer never replaces a newer one; a refused quote gives its message and
 * field errors instead. The builder's page and the bundle-offering side panel both use it.
 */
export const useBundleQuote = (body: Record<string, unknown> | null): { quote: Quote | null; refusal: QuoteRefusal | null } => {
  const { post } = useFetchClient();
  const debounced = useDebounce(body, 300);
  const [state, setState] = React.useState<{ quote: Quote | null; refusal: QuoteRefusal | null }>({ quote: null, refusal: null });

  React.useEffect(() => {
    if (!debounced) {
      setState({ quote: null, refusal: null });
      return undefined;
    }
    const controller = new AbortController();
    post<{ data: Quote }>(QUOTE_PATH, debounced, { signal: controller.signal })
      .then(({ data }) => setState({ quote: data.data, refusal: null }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ quote: null, refusal: fieldErrors(error) });
      });
    return () => controller.abort();
  }, [debounced, post]);

  return state;
};
