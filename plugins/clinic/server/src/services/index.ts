import { coreServices } from './core-services';
import catalogueAccess from './catalogue-access';
import licences from './licences';

export default {
  ...coreServices,
  'catalogue-access': catalogueAccess,
  licences,
};
