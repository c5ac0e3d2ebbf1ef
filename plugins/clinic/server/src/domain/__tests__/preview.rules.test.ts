import { CATALOGUE_EDITOR_ROLE_CODE, FRANCHISE_OWNER_ROLE_CODE, SUPER_ADMIN_ROLE_CODE } from '../franchise-scope.rules';
import { decidePreviewAccess, hasPreviewPage, previewPageOf } from '../preview.rules';

describe('which site page a document previews on', () => {
  it.each([
    ['location', 'LOCATION', 'buckhead'],
    ['service', 'SERVICE', 'buckhead'],
    ['condition', 'CONDITION', 'buckhead'],
    ['practitioner', 'PRACTITIONER', 'buckhead'],
    ['article', 'ARTICLE', 'buckhead'],
    ['technique', 'TECHNIQUE', 'buckhead'],
  ])('a %s shows on its own %s page', (type, kind, slug) => {
    expect(previewPageOf(type, { slug, locationSlug: null })).toEqual({ kind, slug });
  });

  it.each(['offering', 'bundle-offering'])('a %s (a price at a location) shows on its location page', (type) => {
    expect(previewPageOf(type, { slug: null, locationSlug: 'decatur' })).toEqual({ kind: 'LOCATION', slug: 'decatur' });
    expect(previewPageOf(type, { slug: null, locationSlug: null })).toBeNull();
    expect(hasPreviewPage(type)).toBe(true);
  });

  it.each(['bundle', 'care-plan', 'faq', 'franchise', 'modality', 'specialty', 'licence'])('a %s has no page of its own: no Preview button', (type) => {
    expect(hasPreviewPage(type)).toBe(false);
    expect(previewPageOf(type, { slug: 'x', locationSlug: 'decatur' })).toBeNull();
  });

  it('a draft without a slug yet shows nowhere', () => {
    expect(previewPageOf('service', { slug: null, locationSlug: null })).toBeNull();
  });
});

describe('who may preview a document', () => {
  const owner = { roleCodes: [FRANCHISE_OWNER_ROLE_CODE], mayReadType: true, ownedFranchiseIds: ['metro'] };

  it('an editor or super admin who may read the type previews anything of it', () => {
    for (const roleCodes of [[CATALOGUE_EDITOR_ROLE_CODE], [SUPER_ADMIN_ROLE_CODE], [FRANCHISE_OWNER_ROLE_CODE, CATALOGUE_EDITOR_ROLE_CODE]]) {
      expect(decidePreviewAccess({ type: 'service', roleCodes, mayReadType: true, ownedFranchiseIds: [], franchiseIds: [] })).toEqual({ allowed: true });
    }
  });

  it('nobody previews a type they may not read', () => {
    expect(decidePreviewAccess({ type: 'service', roleCodes: ['strapi-author'], mayReadType: false, ownedFranchiseIds: [], franchiseIds: [] })).toEqual({ allowed: false, reason: 'no-read-permission' });
  });

  it("a franchise owner previews their own locations' entries", () => {
    expect(decidePreviewAccess({ ...owner, type: 'offering', franchiseIds: ['metro', 'metro'] })).toEqual({ allowed: true });
    expect(decidePreviewAccess({ ...owner, type: 'location', franchiseIds: ['metro'] })).toEqual({ allowed: true });
  });

  it("a franchise owner is refused another franchise's entry, one with a version elsewhere, and one without location", () => {
    expect(decidePreviewAccess({ ...owner, type: 'location', franchiseIds: ['coast'] })).toEqual({ allowed: false, reason: 'not-your-franchise' });
    expect(decidePreviewAccess({ ...owner, type: 'offering', franchiseIds: ['metro', 'coast'] })).toEqual({ allowed: false, reason: 'not-your-franchise' });
    expect(decidePreviewAccess({ ...owner, type: 'bundle-offering', franchiseIds: [null] })).toEqual({ allowed: false, reason: 'not-your-franchise' });
    expect(decidePreviewAccess({ ...owner, type: 'offering', franchiseIds: [] })).toEqual({ allowed: false, reason: 'not-your-franchise' });
  });

  it('a franchise owner does not preview the chain catalogue they cannot edit', () => {
    expect(decidePreviewAccess({ ...owner, type: 'service', franchiseIds: [] })).toEqual({ allowed: false, reason: 'owner-type' });
  });
});
