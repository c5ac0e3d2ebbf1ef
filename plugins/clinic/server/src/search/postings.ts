/**
 * One word's postings: the numbers of the documents holding it and the weight of the
 * best field it is in, in two growable typed arrays (a Map per word of string ids was
 * most of the index's heap at 22,000 practitioners). Entries are only appended: a
 * removed document stays listed until the engine renumbers (see engine.ts), and is
 * skipped by the engine's liveness check meanwhile.
 */
export class PostingList {
  docs: Int32Array;
  weights: Float64Array;
  length = 0;

  constructor(capacity = 4) {
    this.docs = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  push(doc: number, weight: number) {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.docs.length * 2);
      docs.set(this.docs);
      const weights = new Float64Array(this.weights.length * 2);
      weights.set(this.weights);
      this.docs = docs;
      this.weights = weights;
    }
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length += 1;
  }

  /** Keeps the entries whose document `renumber` maps to a number (≥ 0), renumbered, in their order; trims the arrays. */
  compact(renumber: (doc: number) => number) {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const to = renumber(this.docs[i]);
      if (to < 0) continue;
      this.docs[kept] = to;
      this.weights[kept] = this.weights[i];
      kept += 1;
    }
    this.length = kept;
    const capacity = Math.max(4, kept);
    this.docs = this.docs.slice(0, capacity);
    this.weights = this.weights.slice(0, capacity);
  }
}
