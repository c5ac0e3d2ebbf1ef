export const TEST_ADMIN = { email: 'editor@test.clinic.example', password: 'TestEditor2026!' } as const;
