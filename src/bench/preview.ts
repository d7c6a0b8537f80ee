/** Builds the app into `outDir` and serves that build with `vite preview` on a free port. */

import { build, type PreviewServer, preview } from 'vite';

export async function buildAndServe(
  outDir: string,
): Promise<{ url: string; server: PreviewServer }> {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, server };
}
