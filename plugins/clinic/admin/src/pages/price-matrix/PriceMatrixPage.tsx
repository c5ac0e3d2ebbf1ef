import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, isFetchError, useDebounce, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import * as React from 'react';
import { PRICE_MATRIX_READ_PERMISSIONS, PRICE_MATRIX_UPDATE_PERMISSIONS } from '../../permissions';
import { APPLY_PATH, MATRIX_PATH, OPTIONS_PATH, PAGE_SIZE, PREVIEW_PATH, cellKey, columnKey, type ApplyResult, type CellError, type Matrix, type MatrixFilterOptions, type Preview } from './api';
import { ChangeForm } from './ChangeForm';
import { changesBody, type ChangeFormState, type FormErrors } from './change-form';
import { MatrixFilters, NO_FILTERS, type Filters } from './MatrixFilters';
import { MatrixTable } from './MatrixTable';
import { PreviewPanel } from './PreviewPanel';

interface ServerError {
  message: string;
  /** Per-cell refusals (`path: ['cells', key, field]`). */
  cells: CellError[];
  /** Other refusals by their first path segment (a filter, or `changes`). */
  fields: Record<string, string>;
}

/** What a refused request said: the cells it names, the fields, and the message. */
const serverError = (error: unknown): ServerError => {
  if (!isFetchError(error)) return { message: error instanceof Error ? error.message : String(error), cells: [], fields: {} };
  const body = error.response?.data?.error;
  const details: { path?: (string | number)[]; message: string }[] = (body?.details as { errors?: [] } | undefined)?.errors ?? [];
  const cells = details.filter((d): d is CellError => d.path?.[0] === 'cells');
  const fields: Record<string, string> = {};
  for (const d of details) if (d.path?.[0] !== 'cells' && d.path?.length) fields[String(d.path[0])] = `${d.path.join('.')}: ${d.message}`;
  return { message: body?.message ?? error.message, cells, fields };
};

const byCell = (errors: readonly CellError[]) => {
  const map = new Map<string, CellError[]>();
  for (const e of errors) map.set(cellKey(e.cell), [...(map.get(cellKey(e.cell)) ?? []), e]);
  return map;
};

const EMPTY_FORM: ChangeFormState = { locations: [], column: '', kind: 'add', value: '', effectiveFrom: '' };

/**
 * The price matrix (issue 10, item 2): locations × service lengths with the price in
 * effect today and its source; a change to one column at the selected locations,
 * previewed cell by cell and applied all or nothing. The server keeps a franchise
 * owner to their own locations, in the rows and in every write.
 */
export const PriceMatrixPage = () => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ update: PRICE_MATRIX_UPDATE_PERMISSIONS });
  const [filters, setFilters] = React.useState<Filters>(NO_FILTERS);
  const query: Filters = useDebounce(filters, 300);
  const [page, setPage] = React.useState(1);
  const [reload, setReload] = React.useState(0);
  const [matrix, setMatrix] = React.useState<Matrix | null>(null);
  const [loadError, setLoadError] = React.useState<ServerError | null>(null);
  const [options, setOptions] = React.useState<MatrixFilterOptions | null>(null);
  // Its own: the matrix's next answer clears loadError, and the pickers would wait on "Loading…" unexplained.
  const [optionsError, setOptionsError] = React.useState<string | null>(null);
  const [form, setForm] = React.useState<ChangeFormState>(EMPTY_FORM);
  const [formErrors, setFormErrors] = React.useState<FormErrors>({});
  const [requestError, setRequestError] = React.useState<string | null>(null);
  const [cellErrors, setCellErrors] = React.useState<CellError[]>([]);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [busy, setBusy] = React.useState<'preview' | 'draft' | 'publish' | null>(null);

  React.useEffect(() => setPage(1), [query]);

  // What the pickers offer, once per visit (an owner's own franchises, regions and states only).
  React.useEffect(() => {
    const controller = new AbortController();
    get<{ data: MatrixFilterOptions }>(OPTIONS_PATH, { signal: controller.signal })
      .then(({ data }) => setOptions(data.data))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setOptionsError(`The filters' choices could not be loaded: ${serverError(error).message}`);
      });
    return () => controller.abort();
  }, [get]);

  React.useEffect(() => {
    const controller = new AbortController();
    const params: Record<string, string | number> = { page, pageSize: PAGE_SIZE };
    for (const [k, v] of Object.entries(query) as [keyof Filters, string][]) if (v.trim()) params[k] = v.trim();
    get<{ data: Matrix }>(MATRIX_PATH, { params, signal: controller.signal })
      .then(({ data }) => {
        setMatrix(data.data);
        setLoadError(null);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoadError(serverError(error));
      });
    return () => controller.abort();
  }, [query, page, reload, get]);

  // A changed form makes the last preview and refusals stale.
  const edit = (next: ChangeFormState) => {
    setForm(next);
    setPreview(null);
    setFormErrors({});
    setRequestError(null);
    setCellErrors([]);
  };
  const toggle = (location: string, on: boolean) =>
    edit({ ...form, locations: on ? [...new Set([...form.locations, location])] : form.locations.filter((l) => l !== location) });
  // A cell's price opens that cell in the change form: its location alone, its column, "Set to" its price.
  const valueField = React.useRef<HTMLInputElement>(null);
  const editCell = (location: string, column: string) => {
    const cell = matrix?.rows.find((r) => r.location.documentId === location)?.cells.find((c) => columnKey(c) === column);
    edit({ ...form, locations: [location], column, kind: 'set', value: cell?.priceCents == null ? '' : (cell.priceCents / 100).toFixed(2), effectiveFrom: '' });
    requestAnimationFrame(() => {
      valueField.current?.focus();
      valueField.current?.select();
    });
  };
  const toggleAll = (on: boolean) => {
    const ids = matrix?.rows.map((r) => r.location.documentId) ?? [];
    edit({ ...form, locations: on ? [...new Set([...form.locations, ...ids])] : form.locations.filter((l) => !ids.includes(l)) });
  };

  /** Checks the form, then sends it; a refusal keeps the form as typed and shows each error at its cell. */
  const send = async (mode: 'preview' | 'draft' | 'publish') => {
    const checked = changesBody(form);
    if ('errors' in checked) {
      setFormErrors(checked.errors);
      return;
    }
    setBusy(mode);
    setRequestError(null);
    try {
      if (mode === 'preview') {
        const { data } = await post<{ data: Preview }>(PREVIEW_PATH, checked.body);
        setPreview(data.data);
        setCellErrors(data.data.refusals);
      } else {
        const { data } = await post<{ data: ApplyResult }>(APPLY_PATH, { ...checked.body, mode });
        const n = data.data.changes.length;
        toggleNotification({
          type: 'success',
          message: mode === 'publish' ? `Published ${n} price change${n === 1 ? '' : 's'}.` : `Saved ${n} price change${n === 1 ? '' : 's'} as draft (not public yet).`,
        });
        setPreview(null);
        setCellErrors([]);
        setReload((r) => r + 1);
      }
    } catch (error) {
      const refused = serverError(error);
      setCellErrors(refused.cells);
      setRequestError(refused.cells.length ? `${refused.message}. See the marked cells.` : refused.message);
      if (mode !== 'preview') toggleNotification({ type: 'danger', message: refused.message });
    } finally {
      setBusy(null);
    }
  };

  const errorsByCell = React.useMemo(() => byCell(cellErrors), [cellErrors]);
  const pageInfo = matrix?.pageInfo;

  return (
    <Page.Main>
      <Page.Title>Price matrix</Page.Title>
      <Layouts.Header
        title="Price matrix"
        subtitle={pageInfo ? `${pageInfo.total} location${pageInfo.total === 1 ? '' : 's'}; each cell is the price in effect today at the location` : 'Loading…'}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box tag="section" aria-labelledby="matrix-filters" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography tag="h2" id="matrix-filters" variant="beta" paddingBottom={4}>
              Filters
            </Typography>
            <MatrixFilters value={filters} options={options} onChange={setFilters} error={loadError?.fields ?? {}} />
            {optionsError && (
              <Typography textColor="danger600" role="alert">{optionsError}</Typography>
            )}
            {loadError && !Object.keys(loadError.fields).length && (
              <Typography textColor="danger600" role="alert">{loadError.message}</Typography>
            )}
          </Box>
          {allowedActions.canUpdate && (
            <Box tag="section" aria-labelledby="matrix-change" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography tag="h2" id="matrix-change" variant="beta" paddingBottom={4}>
                Change prices
              </Typography>
              <ChangeForm
                columns={matrix?.columns ?? []}
                form={form}
                onChange={edit}
                errors={formErrors}
                requestError={requestError}
                busy={busy}
                onPreview={() => void send('preview')}
                onApply={(mode) => void send(mode)}
                valueRef={valueField}
              />
            </Box>
          )}
          {preview && <PreviewPanel preview={preview} matrix={matrix} />}
          {matrix === null ? (
            loadError ? null : <Page.Loading />
          ) : (
            <Box tag="section" aria-labelledby="matrix-table" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography tag="h2" id="matrix-table" variant="beta" paddingBottom={4}>
                Prices
              </Typography>
              {matrix.rows.length === 0 ? (
                <Typography>No location matches these filters.</Typography>
              ) : (
                <MatrixTable
                  matrix={matrix}
                  selected={new Set(form.locations)}
                  onToggle={toggle}
                  onToggleAll={toggleAll}
                  column={form.column}
                  errors={errorsByCell}
                  onEditCell={allowedActions.canUpdate ? editCell : undefined}
                />
              )}
              {pageInfo && pageInfo.pageCount > 1 && (
                <Flex gap={2} paddingTop={4} alignItems="center">
                  <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous page</Button>
                  <Typography>{`Page ${pageInfo.page} of ${pageInfo.pageCount}`}</Typography>
                  <Button variant="tertiary" disabled={page >= pageInfo.pageCount} onClick={() => setPage(page + 1)}>Next page</Button>
                </Flex>
              )}
            </Box>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export const ProtectedPriceMatrixPage = () => (
  <Page.Protect permissions={PRICE_MATRIX_READ_PERMISSIONS}>
    <PriceMatrixPage />
  </Page.Protect>
);
