/**
 * A person's own network in a link, as links are made now: `#def=` in the URL's fragment, which a
 * browser never sends to a server (a `?def=` query past ~16 KB is refused by static servers with
 * HTTP 431), its content-format JSON deflated ('deflate-raw', the browser's CompressionStream) and
 * base64url. Links made before carry `?def=` in the query, uncompressed (shareable.ts); they still
 * open. Both streams are asynchronous, so the page waits for the link's network before it opens.
 */

import { checkPageSize } from '../content/pageLimits.ts';
import type { Preset } from '../content/presets.ts';
import { PAGE_LIMITS } from '../schema/limits.ts';
import type { LinkDef } from './linked.ts';
import { presetToContent } from './saved.ts';
import {
  decodeNetwork,
  fromBase64Url,
  networkFromJson,
  readNetworkError,
  toBase64Url,
} from './shareable.ts';

/**
 * Longest `def` (characters, after compression) a link may carry and still be called shareable:
 * 8 KB is the default request-line limit of the common servers (Apache's 8,190, nginx's 8 KB
 * buffer), so a link under it survives any tool that passes it on inside a request (a shortener,
 * a link preview, a proxy), and every preset compresses to a small fraction of it. A longer link
 * still opens in a browser; the person is told when it is made.
 */
export const DEF_LINK_LIMIT = 8192;

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/**
 * Inflates, stopping past the page's byte bound: a few KB of deflate can hold gigabytes of
 * repeated text, which must not fill the page's memory before the bound is checked.
 */
async function inflate(bytes: Uint8Array): Promise<string> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > PAGE_LIMITS.bytes) {
      await reader.cancel();
      checkPageSize(size, 'link.json');
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(
    await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer(),
  );
}

/** The network as a link's fragment `def`: deflated JSON, base64url. */
export async function compressNetwork(preset: Preset): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(presetToContent(preset)));
  return toBase64Url(await through(json, new CompressionStream('deflate-raw')));
}

/** A fragment `def` back to a network, validated like any content file; never throws. */
export async function decompressNetwork(text: string): Promise<Preset | { error: string }> {
  try {
    checkPageSize(text.length, 'link.json');
    return networkFromJson(await inflate(fromBase64Url(text)));
  } catch (e) {
    return readNetworkError(e);
  }
}

/** The network a link carries: `#def=` (compressed) first, else an older link's `?def=`. */
export async function readLinkedNetwork(search: string, hash: string): Promise<LinkDef> {
  const inFragment = new URLSearchParams(hash.replace(/^#/, '')).get('def');
  if (inFragment !== null)
    return {
      text: inFragment,
      network: inFragment.trim() === '' ? null : await decompressNetwork(inFragment),
    };
  const inQuery = new URLSearchParams(search).get('def');
  if (inQuery === null) return { text: null, network: null };
  return { text: inQuery, network: inQuery.trim() === '' ? null : decodeNetwork(inQuery) };
}

const fragments = new WeakMap<Preset, string | Promise<string>>();

/** Notes the `def` a network arrived with, so the page's URL keeps it as it came. */
export function rememberFragment(preset: Preset, def: string): void {
  fragments.set(preset, def);
}

/**
 * The URL fragment carrying a saved network, `#def=…`, once compressed: until then '' and the
 * compression starts; `ready` is called with the text when it is done (once per network).
 */
export function linkFragment(preset: Preset, ready: (def: string) => void): string {
  const known = fragments.get(preset);
  if (typeof known === 'string') return `#def=${known}`;
  if (!known) {
    const made = compressNetwork(preset);
    fragments.set(preset, made);
    void made.then((def) => {
      fragments.set(preset, def);
      ready(def);
    });
  }
  return '';
}
