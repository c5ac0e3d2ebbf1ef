/**
 * A search snippet's highlight ranges (start/length into the plain text, as the API gives
 * them) as plain and marked segments, for the page to render as text and <mark>. The API
 * sends no HTML; rendering the segments as React text escapes everything. Ranges that
 * overlap, run past the text or are empty are clipped or merged, never trusted. Pure.
 */
export interface Highlight {
  start: number;
  length: number;
}

export interface Segment {
  text: string;
  marked: boolean;
}

export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[] {
  const ranges = highlights
    .map((h) => ({ start: Math.max(0, Math.min(text.length, h.start)), end: Math.max(0, Math.min(text.length, h.start + h.length)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    segments.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
