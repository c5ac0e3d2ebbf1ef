import { fieldText } from './field-labels';
import type { ListView } from './list-views';

/** The content manager's stored view configuration of one type (the parts this app sets). */
export interface CmConfiguration {
  settings: Record<string, unknown> & { mainField?: string; defaultSortBy?: string; defaultSortOrder?: string };
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] } & Record<string, unknown>;
}

export interface AttributeLike {
  type: string;
  target?: string;
}

const TIMESTAMPS = ['createdAt', 'updatedAt', 'publishedAt'];

/**
 * The configuration this app wants, from what the content manager stored (kept where
 * this app says nothing: an editor's column widths, page size, edit layout rows):
 * labels and descriptions in words, the main field, list columns and default order,
 * relation pickers naming entries by their target's main field, and a computed title
 * shown first and read-only. Pure: the glue reads and writes the store.
 */
export const configureContentType = (
  current: CmConfiguration,
  attributes: Record<string, AttributeLike>,
  view: ListView | undefined,
  mainFieldOf: (uid: string) => string | undefined,
): CmConfiguration => {
  const metadatas = { ...current.metadatas };
  for (const [field, meta] of Object.entries(current.metadatas)) {
    if (TIMESTAMPS.includes(field) || field === 'id' || field === 'documentId') continue;
    const text = fieldText(field);
    const attribute = attributes[field];
    const relationMain = attribute?.type === 'relation' && attribute.target ? mainFieldOf(attribute.target) : undefined;
    metadatas[field] = {
      edit: {
        ...meta.edit,
        label: text.label,
        description: text.description ?? meta.edit.description ?? '',
        ...(relationMain ? { mainField: relationMain } : {}),
        ...(field === 'title' && view?.mainField === 'title' ? { editable: false } : {}),
      },
      list: { ...meta.list, label: text.label, ...(relationMain ? { mainField: relationMain } : {}) },
    };
  }
  if (!view) return { ...current, metadatas };

  const known = (field: string) => field in attributes || TIMESTAMPS.includes(field) || field === 'id';
  const edit = current.layouts.edit.map((row) => row.filter((cell) => cell.name !== 'title')).filter((row) => row.length > 0);
  return {
    settings: { ...current.settings, mainField: view.mainField, defaultSortBy: view.sortBy, defaultSortOrder: view.sortOrder ?? 'ASC' },
    metadatas,
    layouts: {
      ...current.layouts,
      list: view.columns.filter(known),
      edit: 'title' in attributes && view.mainField === 'title' ? [[{ name: 'title', size: 12 }], ...edit] : current.layouts.edit,
    },
  };
};

/** A component's configuration headed by `mainField` (kept as stored when the component has no such field). */
export const configureComponent = (
  current: CmConfiguration,
  attributes: Record<string, AttributeLike>,
  mainField: string | undefined,
  mainFieldOf: (uid: string) => string | undefined,
): CmConfiguration => {
  const next = configureContentType(current, attributes, undefined, mainFieldOf);
  return mainField && mainField in attributes ? { ...next, settings: { ...next.settings, mainField } } : next;
};
