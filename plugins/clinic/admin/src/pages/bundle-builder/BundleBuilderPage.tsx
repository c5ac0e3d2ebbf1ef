import { Box, Button, Field, Flex, Grid, Link, Radio, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { BUNDLE_BUILDER_PERMISSIONS } from '../../permissions';
import {
  OPTIONS_PATH, SAVE_BUNDLE_PATH, SAVE_OFFERING_PATH, entryHref, fieldErrors, formatCents,
  type BuilderOptions,
} from './api';
import { QuoteFigures, QuoteLines } from './QuoteSummary';
import { useBundleQuote, type QuoteRefusal } from './use-bundle-quote';

interface Item {
  service: string;
  minutes: string;
  count: string;
}
interface FormState {
  source: 'bundle' | 'items';
  bundle: string;
  items: Item[];
  location: string;
  /** A new bundle's price rule (items only): a fixed price, or a percent off the parts at each location. */
  priceRule: 'fixed' | 'percent_off_parts';
  price: string;
  percentOff: string;
  minPrice: string;
  maxPrice: string;
  name: string;
  validFrom: string;
}

const EMPTY_ITEM: Item = { service: '', minutes: '', count: '1' };
const money = (text: string) => (text.trim() === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text.trim());

/** The quote body the form stands for; null while a location or a bundle/first item is missing. */
const quoteBody = (f: FormState): Record<string, unknown> | null => {
  if (!f.location) return null;
  const price = money(f.price);
  if (f.source === 'bundle') return f.bundle ? { location: f.location, bundle: f.bundle, price: price ?? null } : null;
  const items = f.items.filter((i) => i.service).map((i) => ({ service: i.service, minutes: Number(i.minutes), count: Number(i.count) }));
  if (items.length === 0) return null;
  const bounds = f.minPrice.trim() && f.maxPrice.trim() ? { minPrice: money(f.minPrice), maxPrice: money(f.maxPrice) } : {};
  if (f.priceRule === 'percent_off_parts') {
    const percentOff = money(f.percentOff);
    return { location: f.location, items, ...(percentOff === undefined ? {} : { percentOff }), ...bounds };
  }
  return { location: f.location, items, price: price ?? null, ...bounds };
};

/** The price part of a new bundle's save body. */
const bundlePriceBody = (f: FormState) =>
  f.priceRule === 'percent_off_parts' ? { priceRule: f.priceRule, percentOff: money(f.percentOff) } : { priceRule: f.priceRule, price: money(f.price) };

/**
 * The bundle builder (issue 10, item 3): an existing bundle or services, lengths and
 * counts, at a location; the sum of parts at that location's prices, the price, the
 * saving and the chain's bounds while typing (a debounced quote), the refusal next to
 * the price; saved as a bundle offering (owners: their own locations, which is all the
 * server lists them) or, for editors, as a bundle.
 */
export const BundleBuilderPage = () => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [options, setOptions] = React.useState<BuilderOptions | null>(null);
  const [form, setForm] = React.useState<FormState>({ source: 'bundle', bundle: '', items: [{ ...EMPTY_ITEM }], location: '', priceRule: 'fixed', price: '', percentOff: '', minPrice: '', maxPrice: '', name: '', validFrom: '' });
  const body = React.useMemo(() => quoteBody(form), [form]);
  const { quote, refusal: quoteRefusal } = useBundleQuote(body);
  // A refused save, shown until the form changes (then the quote speaks again).
  const [saveRefusal, setSaveRefusal] = React.useState<QuoteRefusal | null>(null);
  const [optionsMessage, setOptionsMessage] = React.useState<string | null>(null);
  const [saved, setSaved] = React.useState<{ type: 'bundle' | 'bundle-offering'; documentId: string; mode: string } | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const errors = saveRefusal?.fields ?? quoteRefusal?.fields ?? {};
  const message = saveRefusal?.message ?? quoteRefusal?.message ?? optionsMessage;

  React.useEffect(() => {
    get<{ data: BuilderOptions }>(OPTIONS_PATH)
      .then(({ data }) => setOptions(data.data))
      .catch((error: unknown) => setOptionsMessage(fieldErrors(error).message));
  }, [get]);

  const edit = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSaved(null);
    setSaveRefusal(null);
  };
  const editItem = (i: number, patch: Partial<Item>) => edit({ items: form.items.map((it, j) => (j === i ? { ...it, ...patch } : it)) });

  const save = async (as: 'bundle-offering' | 'bundle', mode: 'draft' | 'publish') => {
    setBusy(`${as}-${mode}`);
    try {
      const price = money(form.price);
      const res = as === 'bundle-offering'
        ? await post<{ data: { documentId: string } }>(SAVE_OFFERING_PATH, { location: form.location, bundle: form.bundle, price, mode })
        : await post<{ data: { documentId: string } }>(SAVE_BUNDLE_PATH, {
            name: form.name, items: (quoteBody(form)?.items as unknown[]) ?? [], ...bundlePriceBody(form), minPrice: money(form.minPrice), maxPrice: money(form.maxPrice), validFrom: form.validFrom, mode,
          });
      setSaved({ type: as, documentId: res.data.data.documentId, mode });
      setSaveRefusal(null);
      toggleNotification({ type: 'success', message: `${as === 'bundle' ? 'Bundle' : 'Bundle offering'} ${mode === 'publish' ? 'published' : 'saved as draft'}.` });
    } catch (error) {
      setSaveRefusal(fieldErrors(error));
    } finally {
      setBusy(null);
    }
  };

  if (!options) return optionsMessage ? <Page.Error /> : <Page.Loading />;
  const bundleItems = form.source === 'bundle' ? options.bundles.find((b) => b.documentId === form.bundle) : undefined;
  const priceError = errors.price ?? quote?.refusals.find((r) => r.path === 'price')?.message;
  const canSaveOffering = form.source === 'bundle' && Boolean(form.bundle && form.location && form.price.trim()) && !priceError;
  const percentRule = form.source === 'items' && form.priceRule === 'percent_off_parts';
  // New items have four price fields (rule, price or percent, two bounds): a quarter each, on one row.
  const wide = form.source === 'items' ? 3 : 4;

  return (
    <Page.Main>
      <Page.Title>Bundle builder</Page.Title>
      <Layouts.Header title="Bundle builder" subtitle="Price a bundle at a location: the sum of its parts there, the saving, and the chain's bounds" />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box tag="section" aria-labelledby="builder-what" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography tag="h2" id="builder-what" variant="beta" paddingBottom={4}>What and where</Typography>
            <Grid.Root gap={4}>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="location" error={errors.location} required>
                  <Field.Label>Location</Field.Label>
                  <SingleSelect value={form.location} placeholder="Choose a location" onChange={(v) => edit({ location: String(v) })}>
                    {options.locations.map((l) => (
                      <SingleSelectOption key={l.documentId} value={l.documentId}>{`${l.name}${l.city ? ` · ${l.city}, ${l.state ?? ''}` : ''}`}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="source">
                  <Field.Label>Start from</Field.Label>
                  <Radio.Group value={form.source} onValueChange={(v: string) => edit({ source: v as FormState['source'] })} aria-label="Start from">
                    <Radio.Item value="bundle">An existing bundle</Radio.Item>
                    <Radio.Item value="items">Services, lengths and counts</Radio.Item>
                  </Radio.Group>
                </Field.Root>
              </Grid.Item>
              {form.source === 'bundle' ? (
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="bundle" error={errors.bundle} required>
                    <Field.Label>Bundle</Field.Label>
                    <SingleSelect value={form.bundle} placeholder="Choose a bundle" onChange={(v) => edit({ bundle: String(v) })}>
                      {options.bundles.map((b) => (
                        <SingleSelectOption key={b.documentId} value={b.documentId}>{b.name}</SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              ) : (
                form.items.map((item, i) => {
                  const service = options.services.find((s) => s.documentId === item.service);
                  return (
                    <React.Fragment key={i}>
                      <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                        <Field.Root name={`items.${i}.service`} error={errors[`items.${i}.service`]}>
                          <Field.Label>{`Service ${i + 1}`}</Field.Label>
                          <SingleSelect value={item.service} placeholder="Choose a service" onChange={(v) => editItem(i, { service: String(v), minutes: String(options.services.find((s) => s.documentId === v)?.minutes[0] ?? '') })}>
                            {options.services.map((s) => (
                              <SingleSelectOption key={s.documentId} value={s.documentId}>{s.name}</SingleSelectOption>
                            ))}
                          </SingleSelect>
                          <Field.Error />
                        </Field.Root>
                      </Grid.Item>
                      <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                        <Field.Root name={`items.${i}.minutes`} error={errors[`items.${i}.minutes`]}>
                          <Field.Label>Length</Field.Label>
                          <SingleSelect value={item.minutes} placeholder="Minutes" disabled={!service} onChange={(v) => editItem(i, { minutes: String(v) })}>
                            {(service?.minutes ?? []).map((m) => (
                              <SingleSelectOption key={m} value={String(m)}>{`${m} min`}</SingleSelectOption>
                            ))}
                          </SingleSelect>
                          <Field.Error />
                        </Field.Root>
                      </Grid.Item>
                      <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
                        <Field.Root name={`items.${i}.count`} error={errors[`items.${i}.count`]}>
                          <Field.Label>Count</Field.Label>
                          <TextInput inputMode="numeric" value={item.count} onChange={(e: React.ChangeEvent<HTMLInputElement>) => editItem(i, { count: e.target.value })} />
                          <Field.Error />
                        </Field.Root>
                      </Grid.Item>
                      <Grid.Item col={2} s={12} alignItems="flex-end">
                        <Button variant="tertiary" disabled={form.items.length === 1} onClick={() => edit({ items: form.items.filter((_, j) => j !== i) })}>{`Remove service ${i + 1}`}</Button>
                      </Grid.Item>
                    </React.Fragment>
                  );
                })
              )}
            </Grid.Root>
            {form.source === 'items' && (
              <Box paddingTop={4}>
                <Button variant="secondary" onClick={() => edit({ items: [...form.items, { ...EMPTY_ITEM }] })}>Add a service</Button>
              </Box>
            )}
            {bundleItems && <Typography tag="p" paddingTop={2} textColor="neutral600">{`${bundleItems.items.length} part${bundleItems.items.length === 1 ? '' : 's'}`}</Typography>}
          </Box>

          <Box tag="section" aria-labelledby="builder-price" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography tag="h2" id="builder-price" variant="beta" paddingBottom={4}>Price and saving</Typography>
            <Grid.Root gap={4}>
              {form.source === 'items' && (
                <Grid.Item col={wide} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="priceRule" error={errors.priceRule} hint={percentRule ? "The price at each location follows that location's prices of the parts" : 'One price, whatever the location'}>
                    <Field.Label>Price rule</Field.Label>
                    <SingleSelect value={form.priceRule} onChange={(v) => edit({ priceRule: v as FormState['priceRule'] })}>
                      <SingleSelectOption value="fixed">Fixed price</SingleSelectOption>
                      <SingleSelectOption value="percent_off_parts">Percent off the parts</SingleSelectOption>
                    </SingleSelect>
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              )}
              {percentRule ? (
                <Grid.Item col={wide} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="percentOff" error={errors.percentOff} hint="0 to 100, such as 10 or 12.5">
                    <Field.Label>Percent off the parts</Field.Label>
                    <TextInput inputMode="decimal" value={form.percentOff} onChange={(e: React.ChangeEvent<HTMLInputElement>) => edit({ percentOff: e.target.value })} />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              ) : (
                <Grid.Item col={wide} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="price" error={priceError} hint={quote?.bounds ? `Between ${formatCents(quote.bounds.minPriceCents)} and ${formatCents(quote.bounds.maxPriceCents)}` : 'Dollars'}>
                    <Field.Label>Price</Field.Label>
                    <TextInput inputMode="decimal" value={form.price} onChange={(e: React.ChangeEvent<HTMLInputElement>) => edit({ price: e.target.value })} />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              )}
              {form.source === 'items' && (
                <>
                  <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                    <Field.Root name="minPrice" error={errors.minPrice}>
                      <Field.Label>Lowest price a franchise may set</Field.Label>
                      <TextInput inputMode="decimal" value={form.minPrice} onChange={(e: React.ChangeEvent<HTMLInputElement>) => edit({ minPrice: e.target.value })} />
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
                    <Field.Root name="maxPrice" error={errors.maxPrice}>
                      <Field.Label>Highest price a franchise may set</Field.Label>
                      <TextInput inputMode="decimal" value={form.maxPrice} onChange={(e: React.ChangeEvent<HTMLInputElement>) => edit({ maxPrice: e.target.value })} />
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                </>
              )}
            </Grid.Root>
            <Box paddingTop={4} aria-live="polite">
              {quote ? (
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <QuoteFigures quote={quote} />
                  <QuoteLines quote={quote} />
                  {quote.existingOffering && (
                    <Typography>
                      {`Already sold here at ${formatCents(quote.existingOffering.priceCents)}${quote.existingOffering.published ? '' : ' (draft)'}: saving updates it. `}
                      <Link href={entryHref('bundle-offering', quote.existingOffering.documentId)}>Open the bundle offering</Link>
                    </Typography>
                  )}
                </Flex>
              ) : (
                <Typography textColor="neutral600">Choose a location and a bundle (or services) to see the figures.</Typography>
              )}
            </Box>
            {message && <Typography tag="p" paddingTop={2} textColor="danger600" role="alert">{message}</Typography>}
          </Box>

          <Box tag="section" aria-labelledby="builder-save" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography tag="h2" id="builder-save" variant="beta" paddingBottom={4}>Save</Typography>
            {form.source === 'bundle' ? (
              <Flex gap={2}>
                <Button variant="secondary" disabled={!canSaveOffering || busy !== null} loading={busy === 'bundle-offering-draft'} onClick={() => void save('bundle-offering', 'draft')}>Save bundle offering as draft</Button>
                <Button variant="default" disabled={!canSaveOffering || busy !== null} loading={busy === 'bundle-offering-publish'} onClick={() => void save('bundle-offering', 'publish')}>Publish bundle offering</Button>
              </Flex>
            ) : options.canSaveBundle ? (
              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="name" error={errors.name} required>
                    <Field.Label>Bundle name</Field.Label>
                    <TextInput value={form.name} onChange={(e: React.ChangeEvent<HTMLInputElement>) => edit({ name: e.target.value })} />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="validFrom" error={errors.validFrom} required>
                    <Field.Label>Valid from</Field.Label>
                    <TextInput type="date" value={form.validFrom} onChange={(e: React.ChangeEvent<HTMLInputElement>) => edit({ validFrom: e.target.value })} />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={12} s={12}>
                  <Flex gap={2}>
                    <Button variant="default" disabled={busy !== null} loading={busy === 'bundle-draft'} onClick={() => void save('bundle', 'draft')}>Save as a bundle (draft)</Button>
                    <Button variant="success" disabled={busy !== null} loading={busy === 'bundle-publish'} onClick={() => void save('bundle', 'publish')}>Publish as a bundle</Button>
                  </Flex>
                </Grid.Item>
              </Grid.Root>
            ) : (
              <Typography textColor="neutral600">Bundles are made by catalogue editors: start from an existing bundle to sell it at your location.</Typography>
            )}
            {saved && (
              <Typography tag="p" paddingTop={4}>
                {`Saved (${saved.mode === 'publish' ? 'published' : 'draft'}). `}
                <Link href={entryHref(saved.type, saved.documentId)}>{`Open the ${saved.type === 'bundle' ? 'bundle' : 'bundle offering'}`}</Link>
              </Typography>
            )}
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export const ProtectedBundleBuilderPage = () => (
  <Page.Protect permissions={BUNDLE_BUILDER_PERMISSIONS}>
    <BundleBuilderPage />
  </Page.Protect>
);
