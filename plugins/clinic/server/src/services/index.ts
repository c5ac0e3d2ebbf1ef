import { coreServices } from './core-services';
import catalogueAccess from './catalogue-access';
import licences from './licences';
import sitePages from './site-pages';
import siteSearch from './site-search';
import clinicRoles from './clinic-roles';
import clock from './clock';
import dailyJobGuard from './daily-job-guard';
import licenceLifecycle from './licence-lifecycle';
import metrics from './metrics';
import adminScreens from './admin-screens';
import priceMatrix from './price-matrix';
import bundleBuilder from './bundle-builder';
import bulkImport from './bulk-import';
import preview from './preview';

export default {
  ...coreServices,
  'catalogue-access': catalogueAccess,
  licences,
  'site-pages': sitePages,
  'site-search': siteSearch,
  'clinic-roles': clinicRoles,
  clock,
  'daily-job-guard': dailyJobGuard,
  'licence-lifecycle': licenceLifecycle,
  metrics,
  'admin-screens': adminScreens,
  'price-matrix': priceMatrix,
  'bundle-builder': bundleBuilder,
  'bulk-import': bulkImport,
  preview,
};
