import * as domain from '../index';

describe('Given the domain barrel', () => {
  it('then it exposes the rules the Strapi glue needs', () => {
    for (const name of [
      'licenceStatus', 'georgiaMassageExpiry', 'isInLateRenewalWindow', 'isPractising', 'mayPractise', 'practisablePairs',
      'toCents', 'fromCents', 'effectiveVariantPrice', 'effectiveVariants', 'sumOfParts', 'bundlePrice', 'bundleSaving',
      'isPriceWithinBounds', 'isBundleValidOn', 'validateCarePlanPhases', 'describeFrequency', 'isOpenAt',
      'validateOpeningHours', 'isUsStateCode', 'DomainError',
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
