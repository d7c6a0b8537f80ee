import { existsSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/build/contentPlugin.ts';
import { contentSecurityPolicy } from './src/build/contentSecurityPolicy.ts';
import { woff2Only } from './src/build/woff2Only.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
if (!hasChromium && process.env.VITEST) {
  process.stderr.write(
    `No Chromium at ${chromium}: the browser tests are not run (apt-get install chromium).\n`,
  );
}

export default defineConfig({
  // Relative asset paths, so the static build works from any folder or sub-path.
  base: './',
  plugins: [react(), contentPlugin(), woff2Only(), contentSecurityPolicy()],
  // The main chunk holds React and KaTeX (~600 KB before gzip); npm run bench reports the
  // download budget, in gzip, against shared/DESIGN.md.
  build: { chunkSizeWarningLimit: 700 },
  // npm start opens a browser where there is a desktop to open it on.
  server: {
    open:
      process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The command-line tests start real processes; on 2 busy cores that can take seconds.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
        },
      },
      // Browser tests need Debian's Chromium (.ci/run installs it); without it they are not run.
      ...(hasChromium
        ? [
            {
              extends: true as const,
              test: {
                name: 'browser',
                include: ['test/browser/**/*.test.ts'],
                globalSetup: ['test/browser/serve.ts'],
                testTimeout: 40_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
