import { highlightSegments } from '../highlight';

describe('highlightSegments', () => {
  it('marks each range and keeps the text around it', () => {
    expect(highlightSegments('Low-back pain relief', [{ start: 9, length: 4 }])).toEqual([
      { text: 'Low-back ', marked: false },
      { text: 'pain', marked: true },
      { text: ' relief', marked: false },
    ]);
  });

  it('merges overlapping ranges, in any order, and clips those past the text', () => {
    expect(highlightSegments('back pain', [{ start: 5, length: 10 }, { start: 0, length: 4 }, { start: 2, length: 2 }])).toEqual([
      { text: 'back', marked: true },
      { text: ' ', marked: false },
      { text: 'pain', marked: true },
    ]);
  });

  it('gives the whole text unmarked with no (or only empty) ranges', () => {
    expect(highlightSegments('<b>x</b>', [{ start: 3, length: 0 }])).toEqual([{ text: '<b>x</b>', marked: false }]);
    expect(highlightSegments('', [{ start: 0, length: 3 }])).toEqual([]);
  });
});
