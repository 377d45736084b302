import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = {
  '@/': root,
  // Server-only modules are tested in Node, outside React's server runtime.
  'server-only': fileURLToPath(new URL('./tests/support/empty-module.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          sequence: { groupOrder: 0 },
          include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          sequence: { groupOrder: 1 },
          include: ['**/*.integration.test.ts'],
          exclude: ['**/node_modules/**', '.next*/**'],
          globalSetup: ['tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/setup-database.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each test file gets its own database; two files at a time keep the 2-core machines responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
