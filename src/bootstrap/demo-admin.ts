// The demo's admin login, printed at start and listed in the README. Demo mode only.
export const DEMO_ADMIN = {
  email: 'admin@demo.clinic.example',
  password: 'DemoAdmin2026!',
} as const;
