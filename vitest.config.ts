import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Vitest's default is one worker per core minus one: a single worker on the 2-core CI runner, which
    // left one core idle for the whole unit suite (wall time = the sum of all files).
    maxWorkers: 2,
    setupFiles: ['tests/unit/setup.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
