import { Box, Button, Field, Flex, NumberInput, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Layouts, Page, isFetchError, useDebounce, useFetchClient, useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { COMPLIANCE_PERMISSIONS } from '../../permissions';
import { COMPLIANCE_EXPORT_PATH, COMPLIANCE_PATH, DEFAULT_DAYS, MAX_DAYS, readDays, type ComplianceReport } from './api';
import { GapTables } from './GapTable';
import { LicenceTables } from './LicenceTable';

/** The server's 400 names the field; anything else is shown as it came. */
const messageOf = (error: unknown): string => {
  if (isFetchError(error)) return error.response?.data?.error?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
};

const saveFile = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
};

const count = (groups: { rows: unknown[] }[]) => groups.reduce((n, g) => n + g.rows.length, 0);

/**
 * Licence and compliance dashboard (issue 10, item 4): licences expired or expiring
 * within N days by location, and practitioners linked where they may not practise a
 * modality ("allowed, flagged"). The server scopes a franchise owner to their locations.
 */
export const CompliancePage = () => {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [typed, setTyped] = React.useState<number | undefined>(DEFAULT_DAYS);
  const checked = readDays(typed);
  const days = useDebounce('days' in checked ? checked.days : null, 300);
  const [report, setReport] = React.useState<ComplianceReport | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [exporting, setExporting] = React.useState(false);

  React.useEffect(() => {
    if (days === null) return;
    const controller = new AbortController();
    get<{ data: ComplianceReport }>(COMPLIANCE_PATH, { params: { days }, signal: controller.signal })
      .then(({ data }) => {
        setReport(data.data);
        setLoadError(null);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoadError(messageOf(error));
      });
    return () => controller.abort();
  }, [days, get]);

  const exportCsv = async () => {
    if (!report) return;
    setExporting(true);
    try {
      const { data } = await get<Blob>(COMPLIANCE_EXPORT_PATH, { params: { days: report.days }, responseType: 'blob' });
      saveFile(data, `licence-compliance-${report.today}-${report.days}d.csv`);
    } catch (error) {
      toggleNotification({ type: 'danger', message: `Export failed: ${messageOf(error)}` });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>Licence compliance</Page.Title>
      <Layouts.Header
        title="Licence compliance"
        subtitle={report ? `As of ${report.today}: licences expired or expiring within ${report.days} days, and practitioners linked where they may not practise` : 'Loading…'}
        primaryAction={
          <Button startIcon={<Download />} onClick={() => void exportCsv()} loading={exporting} disabled={!report}>
            Export CSV
          </Button>
        }
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius marginBottom={6}>
          <Field.Root name="days" error={'error' in checked ? checked.error : loadError ?? undefined} hint="Licences expiring within this many days from today are listed.">
            <Field.Label>Days ahead</Field.Label>
            <NumberInput value={typed} onValueChange={setTyped} min={1} max={MAX_DAYS} step={1} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Box>
        {report === null ? (
          loadError ? null : <Page.Loading />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box tag="section" aria-labelledby="compliance-licences" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography tag="h2" id="compliance-licences" variant="beta" paddingBottom={4}>
                {`Licences expired or expiring (${count(report.licences)})`}
              </Typography>
              {report.licences.length ? (
                <LicenceTables groups={report.licences} />
              ) : (
                <Typography>{`No licence has expired or expires within ${report.days} days.`}</Typography>
              )}
            </Box>
            <Box tag="section" aria-labelledby="compliance-gaps" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography tag="h2" id="compliance-gaps" variant="beta" paddingBottom={2}>
                {`Linked but not licensed there (${count(report.gaps)})`}
              </Typography>
              <Typography tag="p" textColor="neutral600" paddingBottom={4}>
                Practitioners linked to a location where they hold no practising licence a modality of theirs needs. The link is
                kept; the location’s site does not list them for that modality.
              </Typography>
              {report.gaps.length ? <GapTables groups={report.gaps} /> : <Typography>Every linked practitioner is licensed where they work.</Typography>}
            </Box>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export const ProtectedCompliancePage = () => (
  <Page.Protect permissions={COMPLIANCE_PERMISSIONS}>
    <CompliancePage />
  </Page.Protect>
);
