import { boundsProblems, nameDependents, removedMinutes, removedVariantProblems } from '../dependents.rules';

const dep = (documentId: string, label = documentId) => ({ documentId, label });

describe('Given a service write', () => {
  it('when variants are replaced, then the lengths removed are those only before', () => {
    expect(removedMinutes([30, 60, 90], [60, 30])).toEqual([90]);
    expect(removedMinutes([30, 60], [30, 60, 90])).toEqual([]);
  });

  it('when a removed length is used, then one problem at variants names the offerings and bundles, each document once', () => {
    const problems = removedVariantProblems([
      { minutes: 90, offerings: [dep('a', 'Buckhead'), dep('a', 'Buckhead'), dep('b', 'Savannah')], bundles: [dep('x', 'Full reset')] },
      { minutes: 30, offerings: [], bundles: [] },
    ]);
    expect(problems).toEqual([
      { path: 'variants', code: 'in-use', message: '90 minutes is used by 2 offerings: Buckhead, Savannah and 1 bundle: Full reset; change or remove them first' },
    ]);
  });

  it('when many dependents exist, then five are named and the rest counted', () => {
    expect(nameDependents(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => dep(id)), 'offering', 'offerings')).toBe('7 offerings: a, b, c, d, e and 2 more');
  });
});

describe('Given a bundle write', () => {
  it('when its bounds exclude bundle offerings, then minPrice and maxPrice name them with their prices', () => {
    const offerings = [{ ...dep('a', 'Buckhead'), price: 150 }, { ...dep('b', 'Savannah'), price: '350.50' }, { ...dep('c', 'Decatur'), price: 250 }];
    expect(boundsProblems({ minPrice: 200, maxPrice: 300 }, offerings).map((p) => [p.path, p.message])).toEqual([
      ['minPrice', 'is above the price of 1 bundle offering: Buckhead (150); change their prices first'],
      ['maxPrice', 'is below the price of 1 bundle offering: Savannah (350.50); change their prices first'],
    ]);
  });

  it('when the prices fall within, at the bounds included, then nothing is refused', () => {
    expect(boundsProblems({ minPrice: '150.00', maxPrice: 350.5 }, [{ ...dep('a'), price: 150 }, { ...dep('b'), price: '350.50' }])).toEqual([]);
  });
});
