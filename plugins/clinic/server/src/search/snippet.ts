/**
 * Snippets of the site search: a piece of a document's text around its first match,
 * with the matched words as ranges (offsets into the snippet's text), never HTML,
 * so a site marks them up safely.
 */
import { tokens } from './tokenize';

export interface Highlight {
  start: number;
  length: number;
}
export interface Snippet {
  text: string;
  highlights: Highlight[];
}

export const SNIPPET_LENGTH = 180;
/** Characters kept before the first match. */
const LEAD = 50;
const ELLIPSIS = '…';

/** The matches in a text: words whose normalised form is one of `matched`. */
const matchesIn = (text: string, matched: ReadonlySet<string>) => tokens(text).filter((t) => matched.has(t.word));

/** The text's piece of at most `max` characters around its first match, on word boundaries, with ranges. */
export const snippetOf = (text: string, matched: ReadonlySet<string>, max = SNIPPET_LENGTH): Snippet => {
  const clean = text.replace(/\s+/g, ' ').trim();
  const hits = matchesIn(clean, matched);
  let from = 0;
  if (hits.length > 0 && hits[0].start + hits[0].length > max - LEAD) {
    from = Math.max(0, hits[0].start - LEAD);
    const space = clean.indexOf(' ', from);
    from = space >= 0 && space < hits[0].start ? space + 1 : from;
  }
  let to = Math.min(clean.length, from + max);
  if (to < clean.length) {
    const space = clean.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  const lead = from > 0 ? ELLIPSIS : '';
  const body = clean.slice(from, to);
  const highlights = hits
    .filter((h) => h.start >= from && h.start + h.length <= to)
    .map((h) => ({ start: h.start - from + lead.length, length: h.length }));
  return { text: lead + body + (to < clean.length ? ELLIPSIS : ''), highlights };
};

/** The snippet of the text with the most matches (the first text when none matches). */
export const bestSnippet = (texts: (string | null | undefined)[], matched: ReadonlySet<string>): Snippet => {
  const present = texts.filter((t): t is string => !!t && t.trim().length > 0);
  if (present.length === 0) return { text: '', highlights: [] };
  let best = present[0];
  let most = -1;
  for (const t of present) {
    const n = new Set(matchesIn(t, matched).map((m) => m.word)).size;
    if (n > most) {
      best = t;
      most = n;
    }
  }
  return snippetOf(best, matched);
};
