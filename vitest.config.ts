import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code and run in happy-dom; integration and end-to-end tests drive
// real Chromium and need the built extension (npm run build) first.
// CI asks for a JSON summary too, so .ci/run can print one "N passed, N failed" line.
const jsonOutput = process.env.BALISE_VITEST_JSON;

export default defineConfig({
  test: {
    reporters: jsonOutput ? ['default', ['json', { outputFile: jsonOutput }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/meta/**/*.test.ts', 'tests/eval/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
