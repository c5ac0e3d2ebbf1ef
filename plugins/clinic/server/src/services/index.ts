import { coreServices } from './core-services';
import catalogueAccess from './catalogue-access';
import licences from './licences';
import sitePages from './site-pages';
import siteQueries from './site-queries';
import clinicRoles from './clinic-roles';

export default {
  ...coreServices,
  'catalogue-access': catalogueAccess,
  licences,
  'site-pages': sitePages,
  'site-queries': siteQueries,
  'clinic-roles': clinicRoles,
};
