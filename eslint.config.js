import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'data',
      '.astro',
      '.wrangler',
      'public',
      '**/*.generated.ts',
      'db/seed/prices/initial.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['functions/**/*.ts', 'db/**/*.ts', 'src/lib/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      // Code that also runs on workerd and in browsers may not use Node built-ins.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Web-standard APIs only here (see DESIGN.md).' }] },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
