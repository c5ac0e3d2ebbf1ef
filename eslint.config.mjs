// @ts-check
// `npm run lint` (and the first step of `npm test`): ESLint with typescript-eslint's
// type-aware rules over the whole repository.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Code that talks to Strapi's untyped APIs. `strapi.plugin(…).service(…)`,
 * `strapi.service('admin::…')`, `strapi.db.query(…)` results, `strapi.db.connection.raw`,
 * koa's `ctx`, a document middleware's `context.params` and the content-type registry are
 * all typed `any` in Strapi 5.54, so the no-unsafe-* family flags every use of them
 * (about 900 findings here) and a fix would be a cast that types nothing. These rules stay
 * on everywhere else: domain/, the site API's views, resolvers, schema and JSON-LD, the
 * read model's page builder, the demo and scale data, config and the example consumer.
 */
const STRAPI_GLUE = [
  'src/**/*.ts',
  'database/seed/import-data-set.ts',
  'database/seed/import-through-documents.ts',
  'plugins/clinic/server/src/{admin-roles,components,controllers,document-middlewares,graphql,repositories,routes,services}/**/*.ts',
  'plugins/clinic/server/src/site-api/{index,server,context,limits}.ts',
  'plugins/clinic/server/src/{licence-job,licence-permissions,read-model-permissions,price-matrix-permissions,bundle-builder-permissions}.ts',
  'plugins/clinic/server/src/compliance/*.{repository,controller,routes,permissions}.ts',
  'plugins/clinic/server/src/query-guard/{query-params.guard,licence-status.output,public-request}.ts',
  'plugins/clinic/server/src/health/*.{route,middleware}.ts',
  'plugins/clinic/server/src/metrics/*.{route,middleware,plugin}.ts',
];
const UNTYPED_STRAPI_RULES = {
  '@typescript-eslint/no-explicit-any': 'off',
  '@typescript-eslint/no-unsafe-argument': 'off',
  '@typescript-eslint/no-unsafe-assignment': 'off',
  '@typescript-eslint/no-unsafe-call': 'off',
  '@typescript-eslint/no-unsafe-member-access': 'off',
  '@typescript-eslint/no-unsafe-return': 'off',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'build/**',
      '.cache/**',
      '.strapi/**',
      '.tmp/**',
      'coverage/**',
      'public/**',
      // Generated: rewritten by `npm run codegen`, checked for freshness by `npm test`.
      '**/__generated__/**',
      'types/generated/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  // recommendedTypeChecked (no-floating-promises, no-misused-promises, await-thenable,
  // no-unused-vars, no-unsafe-*, …) and, below, the strict-set rules that found real
  // problems here. The rest of strictTypeChecked was tried: mostly numbers in template
  // strings and `!` in tests (about 200), and no-unnecessary-condition asks to drop checks
  // that guard untyped input at runtime.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked in the program that compiles it; test files in the one
        // that type-checks them (tsconfig.test.json).
        project: [
          './tsconfig.json',
          './plugins/clinic/tsconfig.json',
          './plugins/clinic/admin/tsconfig.json',
          './tsconfig.test.json',
          './examples/site/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // The server logs through strapi.log; the few deliberate prints say so.
      'no-console': 'error',
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/restrict-plus-operands': ['error', { allowAny: false, allowBoolean: false, allowNullish: false, allowNumberAndString: false, allowRegExp: false }],
      '@typescript-eslint/use-unknown-in-catch-callback-variable': 'error',
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only'],
      // `_name` marks a parameter kept for its position (Strapi and Koa callback shapes).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: STRAPI_GLUE, rules: UNTYPED_STRAPI_RULES },
  {
    // The plugin's admin pages run in the browser, bundled by `strapi build`.
    files: ['plugins/clinic/admin/src/**/*.{ts,tsx}', 'src/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read JSON response bodies as `any` on purpose: the expectation is the check.
    files: ['test/**/*.ts', '**/__tests__/**/*.ts'],
    rules: UNTYPED_STRAPI_RULES,
  },
  {
    // The npm scripts and the benchmark are plain CommonJS command-line programs run by
    // node: no types to check, and printing is their job.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, sourceType: 'commonjs', globals: { ...globals.node } },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
      'no-console': 'off',
    },
  },
  { files: ['eslint.config.mjs'], languageOptions: { sourceType: 'module' } },
);
