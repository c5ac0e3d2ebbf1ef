/**
 * The languages an editor picks from: BCP-47 tags with their names in English,
 * "Spanish (es)". The list is only what the picker offers; the server checks every
 * stored tag (domain/validation languageTag), and a stored tag outside the list is
 * still shown and kept.
 */
export const OFFERED_LANGUAGE_TAGS = [
  'en', 'es', 'es-MX', 'pt', 'pt-BR', 'fr', 'de', 'it', 'nl', 'pl', 'cs', 'ru', 'uk', 'el', 'tr', 'ar', 'he', 'fa', 'hi', 'bn',
  'pa', 'gu', 'ur', 'ta', 'te', 'zh', 'zh-Hans', 'zh-Hant', 'yue', 'ja', 'ko', 'vi', 'tl', 'th', 'km', 'lo', 'my', 'id', 'ms',
  'sw', 'am', 'so', 'yo', 'ig', 'ha', 'ht', 'ase',
] as const;

const names = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

/** "Spanish (es)"; a tag the platform cannot name reads as itself. */
export const languageLabel = (tag: string): string => {
  let name: string | undefined;
  try {
    name = names?.of(tag);
  } catch {
    name = undefined;
  }
  return name && name !== tag ? `${name} (${tag})` : tag;
};

/** The stored value as a list of tags (null, or anything but an array of strings, reads as none). */
export const tagsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];

/** The tags offered (the list and any stored tag outside it), by name. */
export const languageOptions = (stored: readonly string[]): { tag: string; label: string }[] =>
  [...new Set<string>([...OFFERED_LANGUAGE_TAGS, ...stored])]
    .map((tag) => ({ tag, label: languageLabel(tag) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
