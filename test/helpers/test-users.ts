// Admin users of the clinic roles, created by test/setup/global-setup.ts.
// Franchise slugs come from the demo chain (database/seed/demo/chain.ts).
export const FRANCHISE_A = 'lantern-oak-metro-atlanta';
export const FRANCHISE_B = 'lantern-oak-coast-and-south';

export const OWNER_A = {
  email: 'owner-a@test.clinic.example',
  password: 'TestOwnerA2026!',
  firstname: 'Avery',
  lastname: 'Owner',
  franchise: FRANCHISE_A,
} as const;

export const OWNER_B = {
  email: 'owner-b@test.clinic.example',
  password: 'TestOwnerB2026!',
  firstname: 'Blake',
  lastname: 'Owner',
  franchise: FRANCHISE_B,
} as const;

export const CATALOGUE_EDITOR = {
  email: 'catalogue-editor@test.clinic.example',
  password: 'TestCatalogue2026!',
  firstname: 'Cameron',
  lastname: 'Editor',
} as const;

export const credentials = (user: { email: string; password: string }) => ({ email: user.email, password: user.password });
