import type { Core } from '@strapi/strapi';
import { configureComponent, configureContentType, type AttributeLike, type CmConfiguration } from './configure-content-manager';
import { COMPONENT_MAIN_FIELDS, LIST_VIEWS } from './list-views';

/**
 * Writes the clinic types' and components' admin configuration (admin-config/) into the
 * content manager's store at every start, so a fresh clone and every instance show the
 * same screens. An editor's own changes to these views are replaced at the next start.
 */
/** The part of the content manager's configuration services used here (they are untyped). */
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<CmConfiguration>;
  updateConfiguration(model: unknown, configuration: CmConfiguration): Promise<unknown>;
}
type Model = { attributes: Record<string, AttributeLike> };

export const applyContentManagerConfig = async (strapi: Core.Strapi) => {
  const cm = strapi.plugin('content-manager');
  const contentTypes = cm.service<ConfigurationService>('content-types');
  const components = cm.service<ConfigurationService>('components');
  const mainFieldOf = (uid: string) => LIST_VIEWS[uid]?.mainField;

  for (const [uid, model] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('plugin::clinic.')) continue;
    const current = await contentTypes.findConfiguration(model);
    await contentTypes.updateConfiguration(model, configureContentType(current, (model as Model).attributes, LIST_VIEWS[uid], mainFieldOf));
  }
  for (const [uid, model] of Object.entries(strapi.components)) {
    if (!uid.startsWith('clinic.')) continue;
    const current = await components.findConfiguration(model);
    await components.updateConfiguration(model, configureComponent(current, (model as Model).attributes, COMPONENT_MAIN_FIELDS[uid], mainFieldOf));
  }
};
