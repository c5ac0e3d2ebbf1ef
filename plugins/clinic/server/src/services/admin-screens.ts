import type { Core } from '@strapi/strapi';
import { applyContentManagerConfig } from '../admin-config/apply-content-manager-config';
import { refreshTitles, TITLED_UIDS } from '../repositories/entry-titles.repository';

/**
 * The admin panel's screens for this domain (admin-config/). The app calls `ensure()`
 * from its own bootstrap, after the content manager has synced its configurations
 * (it does so in its own bootstrap, which would otherwise overwrite these).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async ensure() {
    // Titles of entries stored before titles existed (an upgrade): once, then kept by entry-titles.ts.
    for (const uid of TITLED_UIDS) {
      const filled = await refreshTitles(strapi, uid, { title: { $null: true } });
      if (filled > 0) strapi.log.info(`[clinic] gave ${filled} ${uid.split('.')[1]} rows their admin title`);
    }
    await applyContentManagerConfig(strapi);
  },
});
