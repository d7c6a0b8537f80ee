/**
 * Global setup of the browser tests: builds the app once and serves the build with
 * `vite preview` on a free port, so the tests see exactly what a static host would serve.
 */

import { join } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const outDir = join(process.cwd(), '.test-results', 'dist');
let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
  };
}
