import {
  CATALOGUE_EDITOR_ROLE_CODE,
  decideFranchiseScope,
  FRANCHISE_OWNER_ROLE_CODE,
  isFranchiseScoped,
  readRefusal,
  relationTarget,
  SUPER_ADMIN_ROLE_CODE,
} from '../franchise-scope.rules';

describe('Given the roles of an admin user', () => {
  it('when they hold only the franchise-owner role, then they are held to their franchise', () => {
    expect(isFranchiseScoped([FRANCHISE_OWNER_ROLE_CODE])).toBe(true);
  });

  it('when they also hold the super admin or catalogue editor role, then that wider role wins', () => {
    expect(isFranchiseScoped([FRANCHISE_OWNER_ROLE_CODE, SUPER_ADMIN_ROLE_CODE])).toBe(false);
    expect(isFranchiseScoped([CATALOGUE_EDITOR_ROLE_CODE, FRANCHISE_OWNER_ROLE_CODE])).toBe(false);
  });

  it('when they hold neither role, then no franchise scope applies', () => {
    expect(isFranchiseScoped([])).toBe(false);
    expect(isFranchiseScoped(['strapi-editor'])).toBe(false);
  });
});

describe('Given the data of a write, reading the location it points at', () => {
  it.each([
    ['a documentId string', { location: 'loc-doc-1' }, { kind: 'documentId', value: 'loc-doc-1' }],
    ['a { documentId } object', { location: { documentId: 'loc-doc-1', locale: null } }, { kind: 'documentId', value: 'loc-doc-1' }],
    ['a bare entity id', { location: 7 }, { kind: 'id', value: 7 }],
    ['a numeric string', { location: '7' }, { kind: 'id', value: 7 }],
    ['an { id } object', { location: { id: 7 } }, { kind: 'id', value: 7 }],
    ['connect with one entry', { location: { connect: [{ documentId: 'b', position: { end: true } }], disconnect: [] } }, { kind: 'documentId', value: 'b' }],
    ['connect with a single object, not a list', { location: { connect: { documentId: 'c' } } }, { kind: 'documentId', value: 'c' }],
    ['set with one entry', { location: { set: [{ documentId: 'd' }] } }, { kind: 'documentId', value: 'd' }],
    ['a one-entry list', { location: ['e'] }, { kind: 'documentId', value: 'e' }],
  ])('when it is %s, then the target is read', (_, data, expected) => {
    expect(relationTarget(data, 'location')).toEqual(expected);
  });

  it.each([
    ['null', { location: null }],
    ['an empty list', { location: [] }],
    ['set to nothing', { location: { set: [] } }],
    ['a disconnect without connect', { location: { connect: [], disconnect: [{ documentId: 'a' }] } }],
  ])('when it is %s, then the offering ends up without location', (_, data) => {
    expect(relationTarget(data, 'location')).toEqual({ kind: 'none' });
  });

  it.each([
    ['absent', { available: false }],
    ['undefined', { location: undefined }],
    ['empty connect and disconnect (what the admin panel sends untouched)', { location: { connect: [], disconnect: [] } }],
    ['no data at all', undefined],
  ])('when the relation is %s, then the location is unchanged', (_, data) => {
    expect(relationTarget(data as any, 'location')).toEqual({ kind: 'unchanged' });
  });

  it.each([
    ['several entries in connect (Strapi stores the first on update, all on create)', { location: { connect: ['a', 'b'] } }],
    ['several entries in set', { location: { set: ['a', 'b'] } }],
    ['a list of two', { location: ['a', 'b'] }],
    ['a documentId beside a connect list (Strapi stores the documentId)', { location: { documentId: 'a', connect: ['b'] } }],
    ['an id beside a connect list', { location: { id: 7, connect: ['b'] } }],
  ])('when it is %s, then it names several targets (and the glue refuses it with 400)', (_, data) => {
    expect(relationTarget(data, 'location')).toEqual({ kind: 'several' });
  });

  it.each([
    ['an object without id', { location: { name: 'Buckhead' } }],
    ['a boolean', { location: true }],
  ])('when it is %s, then it is unreadable (and the glue refuses it)', (_, data) => {
    expect(relationTarget(data, 'location')).toEqual({ kind: 'unreadable' });
  });
});

describe('Given a franchise owner of franchise A (and not of B)', () => {
  const owned = ['franchise-a'];

  it('when they create an offering at a location of A, then it is allowed', () => {
    expect(
      decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: [], targetFranchiseId: 'franchise-a', targetHasNoLocation: false }),
    ).toEqual({ allowed: true });
  });

  it('when they create an offering at a location of B, then it is refused as another franchise', () => {
    expect(
      decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: [], targetFranchiseId: 'franchise-b', targetHasNoLocation: false }),
    ).toEqual({ allowed: false, reason: 'not-your-franchise' });
  });

  it('when they create an offering without location, then it is refused', () => {
    expect(decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: [], targetFranchiseId: null, targetHasNoLocation: true })).toEqual({
      allowed: false,
      reason: 'no-location',
    });
  });

  it('when the location has no franchise, then it is refused', () => {
    expect(decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: [], targetFranchiseId: null, targetHasNoLocation: false })).toEqual({
      allowed: false,
      reason: 'not-your-franchise',
    });
  });

  it('when the location named does not exist, then it is refused', () => {
    expect(decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: [], targetFranchiseId: 'unknown', targetHasNoLocation: false })).toEqual({
      allowed: false,
      reason: 'unknown-location',
    });
  });

  it('when they move their own offering to a location of B, then it is refused', () => {
    expect(
      decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: ['franchise-a', 'franchise-a'], targetFranchiseId: 'franchise-b', targetHasNoLocation: false }),
    ).toEqual({ allowed: false, reason: 'not-your-franchise' });
  });

  it("when they edit B's offering, even moving it to a location of A, then it is refused", () => {
    expect(
      decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: ['franchise-b'], targetFranchiseId: 'franchise-a', targetHasNoLocation: false }),
    ).toEqual({ allowed: false, reason: 'existing-not-your-franchise' });
  });

  it("when the draft is at A but the published version is still at B, then it is refused", () => {
    expect(
      decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: ['franchise-a', 'franchise-b'], targetFranchiseId: 'franchise-a', targetHasNoLocation: false }),
    ).toEqual({ allowed: false, reason: 'existing-not-your-franchise' });
  });

  it('when they edit their own offering and keep it at A, then it is allowed', () => {
    expect(
      decideFranchiseScope({ ownedFranchiseIds: owned, currentFranchiseIds: ['franchise-a'], targetFranchiseId: 'franchise-a', targetHasNoLocation: false }),
    ).toEqual({ allowed: true });
  });

  it('when they own no franchise at all, then everything is refused', () => {
    expect(
      decideFranchiseScope({ ownedFranchiseIds: [], currentFranchiseIds: [], targetFranchiseId: 'franchise-a', targetHasNoLocation: false }),
    ).toEqual({ allowed: false, reason: 'not-your-franchise' });
  });
});

describe('Given a franchise owner of franchise A refused reading an entry', () => {
  const owned = ['franchise-a'];

  it('when a version of the entry is at a location of B, then the refusal says it belongs to another franchise', () => {
    expect(readRefusal(owned, ['franchise-b'])).toBe('existing-not-your-franchise');
    expect(readRefusal(owned, ['franchise-a', 'franchise-b'])).toBe('existing-not-your-franchise');
  });

  it('when the entry does not exist, is at no location or at one without franchise, then no reason is given', () => {
    expect(readRefusal(owned, [])).toBeNull();
    expect(readRefusal(owned, [null])).toBeNull();
    expect(readRefusal(owned, ['franchise-a', null])).toBeNull();
  });
});
