// The demo's admin login, printed at start and listed in the README. Demo mode only.
export const DEMO_ADMIN = {
  email: 'admin@demo.clinic.example',
  password: 'DemoAdmin2026!',
} as const;

// One demo user per clinic admin role (README, "Roles"). Demo mode only.
export const DEMO_CATALOGUE_EDITOR = {
  email: 'catalogue-editor@demo.clinic.example',
  password: 'DemoEditor2026!',
  firstname: 'Casey',
  lastname: 'Catalogue',
} as const;

/** One owner per demo franchise (slugs from database/seed/demo/chain.ts). */
export const DEMO_FRANCHISE_OWNERS = [
  { franchise: 'lantern-oak-metro-atlanta', email: 'owner.metro@demo.clinic.example', password: 'DemoOwner2026!', firstname: 'Morgan', lastname: 'Metro' },
  { franchise: 'lantern-oak-coast-and-south', email: 'owner.coast@demo.clinic.example', password: 'DemoOwner2026!', firstname: 'Sandy', lastname: 'Coast' },
] as const;
