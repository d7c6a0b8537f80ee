/**
 * Builds the app into `outDir`, as it ships (production React, even under Vitest, which sets
 * NODE_ENV=test), and serves that build with `vite preview` on a free port.
 */

import { build, type PreviewServer, preview } from 'vite';

export async function buildAndServe(
  outDir: string,
): Promise<{ url: string; server: PreviewServer }> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, server };
}
