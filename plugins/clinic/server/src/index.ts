import register from './register';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import middlewares from './middlewares';
import routes from './routes';
import services from './services';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { requestLogMiddleware } from './metrics/request-log.middleware';
import { databaseUnavailableMiddleware } from './health/database-unavailable.middleware';

export default {
  register,
  bootstrap,
  config,
  contentTypes,
  controllers,
  routes,
  services,
  middlewares: { ...middlewares, 'http-metrics': httpMetricsMiddleware, 'request-log': requestLogMiddleware, 'database-unavailable': databaseUnavailableMiddleware },
};
