/**
 * The k first items of a list in a total order, without sorting the whole list: a
 * search that matches 20,000 documents shows 10 of them. A bounded heap holds the k
 * best seen so far with the worst at its root, so most items cost one comparison.
 */

/** The first `k` of `items[0..length)` by `compare` (negative: a before b), in order. `compare` must be a total order. */
export const topK = (items: ArrayLike<number>, length: number, k: number, compare: (a: number, b: number) => number): number[] => {
  const n = Math.min(length, items.length);
  if (k <= 0 || n === 0) return [];
  if (k >= n) {
    const all: number[] = new Array<number>(n);
    for (let i = 0; i < n; i++) all[i] = items[i];
    return all.sort(compare);
  }
  // A max-heap by `compare`: heap[0] is the worst of the k kept.
  const heap: number[] = [];
  const siftDown = (start: number) => {
    let i = start;
    const item = heap[i];
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const worse = right < heap.length && compare(heap[right], heap[left]) > 0 ? right : left;
      if (compare(heap[worse], item) <= 0) break;
      heap[i] = heap[worse];
      i = worse;
    }
    heap[i] = item;
  };
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (heap.length < k) {
      let j = heap.push(item) - 1;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (compare(heap[parent], item) >= 0) break;
        heap[j] = heap[parent];
        j = parent;
      }
      heap[j] = item;
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare);
};
