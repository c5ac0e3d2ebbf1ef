import { OPENING_HOURS_COMPONENT } from '../custom-fields/opening-hours-rows';
import { PLUGIN_ID } from '../plugin-id';

/** The admin-side custom field that edits opening-hours rows (custom-fields/OpeningHoursInput.tsx). */
export const OPENING_HOURS_FIELD = `plugin::${PLUGIN_ID}.opening-hours`;

interface EditField {
  type?: string;
  attribute?: { type?: string; component?: string; repeatable?: boolean; customField?: string };
}
interface EditLayoutArgs {
  layout: { layout: EditField[][][] } & Record<string, unknown>;
  query: unknown;
}

/**
 * For the content manager's hook Admin/CM/pages/EditView/mutate-edit-view-layout: a
 * repeatable opening-hours field is edited by the clinic's opening-hours input, which
 * heads each row "Monday · 08:00–17:00". Only the admin's layout changes: the field stays
 * a component in the schema and for Strapi's field permissions (its `type` is kept), and
 * the rows stored are the same.
 */
export const editOpeningHoursByDay = ({ layout, query }: EditLayoutArgs): EditLayoutArgs => ({
  query,
  layout: {
    ...layout,
    layout: layout.layout.map((panel) =>
      panel.map((row) =>
        row.map((field) =>
          field.attribute?.type === 'component' && field.attribute.component === OPENING_HOURS_COMPONENT && field.attribute.repeatable
            ? { ...field, attribute: { ...field.attribute, customField: OPENING_HOURS_FIELD } }
            : field,
        ),
      ),
    ),
  },
});
