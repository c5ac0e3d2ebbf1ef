import type { Core } from '@strapi/strapi';
import { clockAt, type Clock } from './views/clock';

export interface SiteContext {
  site: ReturnType<typeof import('../services/site-queries').default>;
  clock: Clock;
  siteUrl: string;
}

export const createContext = (strapi: Core.Strapi) => (): SiteContext => ({
  site: strapi.plugin('clinic').service('site-queries'),
  clock: clockAt(strapi.plugin('clinic').service('clock').now(), strapi.plugin('clinic').service('licences').expiringWindowDays()),
  siteUrl: strapi.plugin('clinic').config<string>('siteUrl') ?? 'https://www.example.com',
});
