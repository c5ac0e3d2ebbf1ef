import { coreServices } from './core-services';
import catalogueAccess from './catalogue-access';
import licences from './licences';
import clock from './clock';
import dailyJobGuard from './daily-job-guard';
import licenceLifecycle from './licence-lifecycle';

export default {
  ...coreServices,
  'catalogue-access': catalogueAccess,
  licences,
  clock,
  'daily-job-guard': dailyJobGuard,
  'licence-lifecycle': licenceLifecycle,
};
