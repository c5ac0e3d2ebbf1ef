/**
 * The site's pages, first match wins. To add one, write a module beside these that
 * exports a Route and list it here (see README, "Example location site"): the search
 * page and /preview?token=… are two such modules.
 */
import type { Route } from '../route';
import { conditionRoute } from './condition.route';
import { homeRoute } from './home.route';
import { locationRoute } from './location.route';
import { practitionerRoute } from './practitioner.route';
import { previewRoute } from './preview.route';
import { searchRoute } from './search.route';

export const routes: readonly Route[] = [homeRoute, locationRoute, conditionRoute, practitionerRoute, searchRoute, previewRoute];
