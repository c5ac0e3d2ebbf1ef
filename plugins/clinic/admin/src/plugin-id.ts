/** The plugin's id: the admin routes' prefix (/clinic/…) and the menu links' (plugins/clinic/…). */
export const PLUGIN_ID = 'clinic';
