import type { PageKind } from './page.types';

/** A page's identity as one string (kind and key), for sets and maps. */
export type PageId = `${PageKind}:${string}`;
export const pageId = (kind: PageKind, key: string): PageId => `${kind}:${key}`;
export const splitPageId = (id: string): { kind: PageKind; key: string } => {
  const at = id.indexOf(':');
  return { kind: id.slice(0, at) as PageKind, key: id.slice(at + 1) };
};
