/**
 * The site's pages, first match wins. To add one, write a module beside these that
 * exports a Route and list it here (see README, "Example location site"): the search
 * page, /preview?token=… and the service, technique and article pages are such modules.
 */
import type { Route } from '../route';
import { articleRoute } from './article.route';
import { conditionRoute } from './condition.route';
import { homeRoute } from './home.route';
import { locationRoute } from './location.route';
import { practitionerRoute } from './practitioner.route';
import { previewRoute } from './preview.route';
import { searchRoute } from './search.route';
import { serviceRoute } from './service.route';
import { techniqueRoute } from './technique.route';

export const routes: readonly Route[] = [homeRoute, locationRoute, conditionRoute, practitionerRoute, serviceRoute, techniqueRoute, articleRoute, searchRoute, previewRoute];
