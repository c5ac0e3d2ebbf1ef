import { coreServices } from './core-services';
import catalogueAccess from './catalogue-access';
import licences from './licences';
import sitePages from './site-pages';
import siteQueries from './site-queries';
import clinicRoles from './clinic-roles';
import clock from './clock';
import dailyJobGuard from './daily-job-guard';
import licenceLifecycle from './licence-lifecycle';
import metrics from './metrics';
import adminScreens from './admin-screens';
import bulkImport from './bulk-import';

export default {
  ...coreServices,
  'catalogue-access': catalogueAccess,
  licences,
  'site-pages': sitePages,
  'site-queries': siteQueries,
  'clinic-roles': clinicRoles,
  clock,
  'daily-job-guard': dailyJobGuard,
  'licence-lifecycle': licenceLifecycle,
  metrics,
  'admin-screens': adminScreens,
  'bulk-import': bulkImport,
};
