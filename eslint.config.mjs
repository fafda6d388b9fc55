// Lint is where the architecture's boundaries are enforced (style.md §23): each restricted import says
// where to go instead, so the rule teaches as it refuses.
import vitest from '@vitest/eslint-plugin'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import tseslint from 'typescript-eslint'

const driverOnlyInItsStore = [
  {
    name: 'better-sqlite3',
    message: 'Only server/src/log/sqlite/ talks to SQLite; go through the EventStore interface.',
  },
  {
    name: 'pg',
    message:
      'Only server/src/log/postgres/ talks to PostgreSQL (and server/src/cluster/ for its advisory lock); go through the EventStore interface.',
  },
]
const noTransportInDomain = [
  { name: 'express', message: 'Domain code never sees HTTP: take plain values, return plain values.' },
  { name: 'socket.io', message: 'Domain code never sees a socket: publish through the LiveHub.' },
]

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/*.config.*',
      'docs/**',
      'scripts/**',
      '.ci/**',
      'e2e/bench/.cache/**',
      // Plain JavaScript preloaded into a server under test (no type information to lint against).
      'e2e/**/*.mjs',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'max-params': ['error', 3],
      eqeqeq: ['error', 'always'],
      // Logs go through pino on the server; in the browser only warnings and errors reach the console.
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Node built-ins, packages, then our own modules, each group alphabetised and set apart.
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^node:'], ['^@?\\w'], ['^\\.\\./'], ['^\\./']] },
      ],
      'simple-import-sort/exports': 'off',
    },
  },
  {
    files: ['shared/src/**'],
    ignores: ['shared/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...driverOnlyInItsStore,
            ...noTransportInDomain,
            { name: 'react', message: 'shared/ is pure.' },
          ],
          patterns: [
            {
              group: ['node:*'],
              message: 'shared/ is pure: no I/O; the server loads files and passes data in.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'shared/ takes time as an argument.' },
        { name: 'setInterval', message: 'shared/ takes time as an argument.' },
        { name: 'fetch', message: 'shared/ does no I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ takes `now` as an argument.' },
      ],
    },
  },
  {
    files: ['server/src/**'],
    // cluster/ holds the SLA scheduler's lease: a PostgreSQL session lock, no store.
    ignores: ['server/src/log/sqlite/**', 'server/src/log/postgres/**', 'server/src/cluster/**'],
    rules: { 'no-restricted-imports': ['error', { paths: driverOnlyInItsStore }] },
  },
  {
    files: [
      'server/src/domain/**',
      'server/src/projections/**',
      'server/src/sla/**',
      'server/src/commands/**',
      'server/src/sim/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: [...driverOnlyInItsStore, ...noTransportInDomain] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/test/**'],
    plugins: { vitest },
    rules: {
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      'max-params': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // vitest's asymmetric matchers (expect.objectContaining, …) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
)
