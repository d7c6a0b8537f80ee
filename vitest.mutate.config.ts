/**
 * The tests `npm run mutate` runs against each mutant: every unit test but the command line's
 * and the build's, which start processes and builds that Stryker's per-test coverage cannot
 * follow into (src/engine and src/derivation are reached by the rest), the wide-layer test (a
 * stack-depth check, 4 s a run), the storyline and export tests (15 s and 3 s a run, which build
 * every storyline as they are collected; the numbers they check, numbersInPlace checks in place)
 * and the tests that only parse rows under KaTeX (they judge TeX, not numbers). With them a
 * surviving derivation mutant cost ~20 s on 2 cores, and a whole run many hours.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/browser/**',
      'test/cli/**',
      'test/build/**',
      'test/derivation/wideLayer.test.ts',
      'test/derivation/storyline.test.ts',
      'test/derivation/export.test.ts',
    ],
    testNamePattern: /^(?!.*parses under KaTeX)/,
    testTimeout: 30_000,
  },
});
