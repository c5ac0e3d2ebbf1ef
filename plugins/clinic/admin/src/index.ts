import type { ComponentType } from 'react';
import { Gift, PriceTag, Shield } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { labelEnumerationColumns } from './content-manager/enum-labels';
import { enumerationWords } from './content-manager/enum-words';
import { keepFormsOnRefusal } from './content-manager/keep-form-on-refusal';
import { addLocationAddressColumns } from './content-manager/location-columns';
import { BundleOfferingPanel } from './content-manager/bundle-offering-panel';
import { explainForeignEntries } from './content-manager/foreign-entry';
import { editOpeningHoursByDay } from './content-manager/opening-hours-field';
import { BUNDLE_BUILDER_PERMISSIONS, COMPLIANCE_PERMISSIONS, PRICE_MATRIX_READ_PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';

/**
 * The clinic plugin's admin part, loaded by `strapi build` from the package.json export
 * "./strapi-admin". Each page is its own menu link and is loaded only when opened.
 */
let router: StrapiApp['router'] | undefined;

export default {
  register(app: StrapiApp) {
    // bootstrap() is given no router; its routes are changed there, once every plugin has added its own.
    router = app.router;
    app.registerPlugin({ id: PLUGIN_ID, name: 'Clinic catalogue' });
    // plugin::clinic.languages (server/src/custom-fields.ts): the same JSON array, picked from a list.
    app.customFields.register({
      name: 'languages',
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: `${PLUGIN_ID}.languages.label`, defaultMessage: 'Languages' },
      intlDescription: { id: `${PLUGIN_ID}.languages.description`, defaultMessage: 'BCP-47 language tags, picked by name' },
      components: { Input: () => import('./custom-fields/LanguagesInput').then((mod) => ({ default: mod.LanguagesInput as unknown as ComponentType })) },
    });
    // Admin side only: the content manager puts it on a location's opening hours (content-manager/opening-hours-field.ts).
    app.customFields.register({
      name: 'opening-hours',
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: `${PLUGIN_ID}.opening-hours.label`, defaultMessage: 'Opening hours' },
      intlDescription: { id: `${PLUGIN_ID}.opening-hours.description`, defaultMessage: 'Rows headed by day and hours (the opening-hours component)' },
      components: { Input: () => import('./custom-fields/OpeningHoursInput').then((mod) => ({ default: mod.OpeningHoursInput as unknown as ComponentType })) },
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/compliance`,
      icon: Shield,
      intlLabel: { id: `${PLUGIN_ID}.compliance.menu`, defaultMessage: 'Licence compliance' },
      permissions: COMPLIANCE_PERMISSIONS,
      Component: () => import('./pages/compliance/CompliancePage').then((mod) => ({ default: mod.ProtectedCompliancePage })),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/price-matrix`,
      icon: PriceTag,
      intlLabel: { id: `${PLUGIN_ID}.price-matrix.menu`, defaultMessage: 'Price matrix' },
      permissions: PRICE_MATRIX_READ_PERMISSIONS,
      Component: () => import('./pages/price-matrix/PriceMatrixPage').then((mod) => ({ default: mod.ProtectedPriceMatrixPage })),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/bundle-builder`,
      icon: Gift,
      intlLabel: { id: `${PLUGIN_ID}.bundle-builder.menu`, defaultMessage: 'Bundle builder' },
      permissions: BUNDLE_BUILDER_PERMISSIONS,
      Component: () => import('./pages/bundle-builder/BundleBuilderPage').then((mod) => ({ default: mod.ProtectedBundleBuilderPage })),
    });
  },

  /** Enumeration values in words in the edit view's selects (content-manager/enum-words.ts), in every locale. */
  registerTrads({ locales }: { locales: string[] }) {
    const data = enumerationWords();
    return Promise.resolve(locales.map((locale) => ({ locale, data })));
  },

  bootstrap(app: Pick<StrapiApp, 'registerHook' | 'getPlugin'>) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelEnumerationColumns);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addLocationAddressColumns);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', editOpeningHoursByDay);
    keepFormsOnRefusal();
    // Another franchise's entry opened by URL: the server's reason, not "Something went wrong".
    if (router) explainForeignEntries(router);
    // The bundle builder's figures beside a bundle offering's fields.
    const cm = app.getPlugin('content-manager').apis as { addEditViewSidePanel?: (panels: unknown[]) => void };
    cm.addEditViewSidePanel?.([BundleOfferingPanel]);
  },
};
