import { columnWindow, scrollLeftToCentre } from '../column-window';

describe('the price matrix column window', () => {
  const base = { count: 117, columnWidth: 160, viewportWidth: 960, overscan: 2 };

  it('renders the columns in view and the overscan, with spacers for the rest', () => {
    // 960 px shows columns 0–5; two more past the edge.
    expect(columnWindow({ ...base, scrollLeft: 0 })).toEqual({ first: 0, end: 8, before: 0, after: 109 * 160 });
  });

  it('follows the scroll: columns 50–55 in view at 8,000 px', () => {
    const w = columnWindow({ ...base, scrollLeft: 8000 });
    expect(w).toEqual({ first: 48, end: 58, before: 48 * 160, after: 59 * 160 });
    // The rendered columns and the spacers always add up to the whole table's width.
    expect(w.before + (w.end - w.first) * 160 + w.after).toBe(117 * 160);
  });

  it('counts a partly visible column as in view', () => {
    expect(columnWindow({ ...base, overscan: 0, scrollLeft: 80 })).toMatchObject({ first: 0, end: 7 });
  });

  it('stops at the last column when scrolled to the end', () => {
    expect(columnWindow({ ...base, scrollLeft: 117 * 160 - 960 })).toEqual({ first: 109, end: 117, before: 109 * 160, after: 0 });
  });

  it('renders every column of a matrix narrower than the screen', () => {
    expect(columnWindow({ ...base, count: 4, scrollLeft: 0 })).toEqual({ first: 0, end: 4, before: 0, after: 0 });
  });

  it('renders nothing for no columns and treats a negative scroll (overscroll bounce) as 0', () => {
    expect(columnWindow({ ...base, count: 0, scrollLeft: 0 })).toEqual({ first: 0, end: 0, before: 0, after: 0 });
    expect(columnWindow({ ...base, scrollLeft: -40 })).toMatchObject({ first: 0, end: 8 });
  });

  it('centres a chosen column, or leaves the start when it is already near it', () => {
    expect(scrollLeftToCentre(60, 160, 960)).toBe(60 * 160 - 400);
    expect(scrollLeftToCentre(1, 160, 960)).toBe(0);
  });
});
