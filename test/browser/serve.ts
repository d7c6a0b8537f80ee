/**
 * Global setup of the browser tests: builds the app once and serves the build, so the tests
 * see exactly what a static host would serve.
 */

import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe } from '../../src/bench/preview.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { url, server } = await buildAndServe(join(process.cwd(), '.test-results', 'dist'));
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
