/**
 * The site's pages, first match wins. To add one, write a module beside these that
 * exports a Route and list it here: the search page (`/search`, the `search` query) and
 * `/preview?token=…` (apiHeaders giving `Clinic-Preview`, cache 'no-store', a banner) are
 * each one such module; see README, "Example location site".
 */
import type { Route } from '../route';
import { conditionRoute } from './condition.route';
import { homeRoute } from './home.route';
import { locationRoute } from './location.route';
import { practitionerRoute } from './practitioner.route';

export const routes: readonly Route[] = [homeRoute, locationRoute, conditionRoute, practitionerRoute];
