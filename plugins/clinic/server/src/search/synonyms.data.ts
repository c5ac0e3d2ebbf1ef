/**
 * The site search's synonym list, kept as data: when a query holds a phrase on the
 * left, the words on the right are searched as well (an alternative, not a
 * requirement). Phrases are matched on normalised words (lowercase, no accents).
 * Add a line and redeploy; the README's "Site search" section says how they apply.
 */
export const SEARCH_SYNONYMS: readonly (readonly [phrase: string, alternative: string])[] = [
  ['back pain', 'low-back pain'],
  ['lower back', 'low-back'],
  ['chiro', 'chiropractic'],
  ['chiropractor', 'chiropractic'],
  ['stretching', 'stretch therapy'],
  ['stretch', 'stretching'],
  ['pregnancy', 'prenatal'],
  ['pregnant', 'prenatal'],
  ['fibro', 'fibromyalgia'],
  ['headache', 'headaches'],
  ['anxiety', 'stress'],
  ['insomnia', 'sleep'],
  ['arthritis', 'osteoarthritis'],
  ['therapist', 'practitioner'],
  ['masseuse', 'massage therapist'],
  ['surgery', 'post-surgical'],
];
