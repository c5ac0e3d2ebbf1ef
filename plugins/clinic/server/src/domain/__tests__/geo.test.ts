import { distanceKm } from '../geo';

describe('distanceKm', () => {
  it('given Atlanta and Savannah, when measured, then it is about 359 km apart (great circle)', () => {
    const atlanta = { latitude: 33.749, longitude: -84.388 };
    const savannah = { latitude: 32.0809, longitude: -81.0912 };
    expect(distanceKm(atlanta, savannah)).toBeCloseTo(359.3, 1);
  });

  it('given the same point twice, then the distance is 0', () => {
    expect(distanceKm({ latitude: 33.8, longitude: -84.4 }, { latitude: 33.8, longitude: -84.4 })).toBe(0);
  });

  it('is symmetric', () => {
    const a = { latitude: 33.52, longitude: -86.8 };
    const b = { latitude: 34.95, longitude: -81.93 };
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });
});
