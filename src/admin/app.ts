/**
 * The app's admin-panel settings (read by `strapi build`; src/admin/ is not compiled
 * by the server's tsconfig). Release notifications are off: with them on, every
 * editor's browser asks api.github.com for Strapi's latest release on every page load
 * (a console error wherever that host cannot be reached, and a notice editors cannot
 * act on: upgrades are the operators' business).
 */
export default {
  config: {
    notifications: { releases: false },
  },
  bootstrap() {},
};
