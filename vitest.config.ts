import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Many tests run the real CLI, Hugo, SMTP and Chromium on a 2-core machine: generous, bounded timeouts.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Child processes and browsers are heavy; two files at a time keeps the machine responsive.
    maxWorkers: 2,
    minWorkers: 1,
    // The JSON report lets .ci/run end with one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest-report.json' }]],
  },
});
