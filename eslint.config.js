import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'bench/results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'error',
    },
  },
  {
    // Command-line scripts, tests and benchmarks talk to a person on the terminal.
    files: ['scripts/**', 'test/**', 'bench/**', 'libs/testing/**', '**/*.spec.ts'],
    // Their errors end as one sentence on the terminal: the original cause is folded into the message.
    rules: { 'no-console': 'off', 'preserve-caught-error': 'off' },
  },
);
