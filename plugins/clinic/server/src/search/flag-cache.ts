/**
 * A yes/no per document number, computed once while a key holds (the site search:
 * whether a practitioner may practise anywhere, keyed by every location time zone's
 * local day and the index's numbering). A new key starts afresh; numbers grow in place.
 * One byte per number: 0 not yet known, 1 yes, 2 no.
 */
export const createFlagCache = () => {
  let current: string | null = null;
  let flags = new Uint8Array(0);
  return {
    /** The flags under `key`, for numbers below `size`: a lookup that computes each number's flag once. */
    under(key: string, size: number) {
      if (key !== current) {
        current = key;
        flags = new Uint8Array(size);
      } else if (flags.length < size) {
        const grown = new Uint8Array(Math.max(size, flags.length * 2));
        grown.set(flags);
        flags = grown;
      }
      const mine = flags;
      return (n: number, compute: () => boolean): boolean => {
        const known = mine[n];
        if (known !== 0) return known === 1;
        const value = compute();
        mine[n] = value ? 1 : 2;
        return value;
      };
    },
  };
};
