import { coreServices } from './core-services';
import catalogueAccess from './catalogue-access';
import licences from './licences';
import clinicRoles from './clinic-roles';

export default {
  ...coreServices,
  'catalogue-access': catalogueAccess,
  licences,
  'clinic-roles': clinicRoles,
};
