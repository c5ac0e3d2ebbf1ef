/** The orders of the site API's connections: each list's sort key, as its cursors hold it. */
import type { ArticleIndexEntry } from "../../read-model/page.types";
import type { Order } from "./connection";

/** A location row of the list: its name, and its exact distance when a near filter is given. */
export interface LocationRow {
  slug: string;
  name: string;
  distance: number | null;
}

export const locationsByName: Order<LocationRow> = {
  id: "location-name",
  parts: [{ kind: "text", direction: "asc" }],
  key: (l) => ({ parts: [l.name], slug: l.slug }),
};

/** Nearest first; the cursor holds the unrounded distance from the filter's point. */
export const locationsByDistance: Order<LocationRow> = {
  id: "location-distance",
  parts: [{ kind: "number", direction: "asc" }],
  key: (l) => ({ parts: [l.distance ?? 0], slug: l.slug }),
};

export const practitionersByName: Order<{
  practitioner: { slug: string; lastName: string; firstName: string };
}> = {
  id: "practitioner-name",
  parts: [
    { kind: "text", direction: "asc" },
    { kind: "text", direction: "asc" },
  ],
  key: ({ practitioner: p }) => ({
    parts: [p.lastName, p.firstName],
    slug: p.slug,
  }),
};

/** Newest first; ISO timestamps compare as text. */
export const articlesNewestFirst: Order<ArticleIndexEntry> = {
  id: "article-published",
  parts: [{ kind: "code", direction: "desc" }],
  key: (a) => ({ parts: [a.publishedAt], slug: a.slug }),
};

/** Search hits, best first; ties by the hit's key (kind and slug). */
export const searchHitsByScore: Order<{ key: string; score: number }> = {
  id: "search-score",
  parts: [{ kind: "number", direction: "desc" }],
  key: (h) => ({ parts: [h.score], slug: h.key.slice(0, 120) }),
};
