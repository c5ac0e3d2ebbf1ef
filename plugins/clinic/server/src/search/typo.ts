/** Typo tolerance of the site search: one edit (insert, delete, substitute) for words of five letters or more. */
export const TYPO_MIN_LENGTH = 5;

/** True when a and b differ by exactly one insertion, deletion or substitution. */
export const oneEditApart = (a: string, b: string): boolean => {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la < lb ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
};

/** A query word may match an indexed word one edit away when the query word has five letters or more. */
export const typoAllowed = (queryWord: string) => queryWord.length >= TYPO_MIN_LENGTH;
