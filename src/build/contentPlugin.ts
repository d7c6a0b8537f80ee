/**
 * A Vite plugin that parses content/ at build time, so the page carries its presets as data and
 * not the YAML parser (which it loads only to import or export a file). A file that does not
 * parse is carried as its one-line message, so the page reports it as before.
 */

import { join } from 'node:path';
import type { Plugin } from 'vite';
import { REPO_ROOT, readContentDir } from '../cli/contentFiles.ts';
import { parseFile } from '../content/read.ts';

export const CONTENT_MODULE = 'virtual:atlas-content';
const RESOLVED = `\0${CONTENT_MODULE}`;

/** A JavaScript literal for parsed content: JSON plus NaN, ±Infinity and -0, which YAML can hold. */
export function toLiteral(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value === 'string' || typeof value === 'boolean')
    return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toLiteral(v)}`);
    return `{${fields.join(',')}}`;
  }
  throw new Error(`content holds a value JavaScript cannot write back: ${String(value)}`);
}

export function contentPlugin(dir = join(REPO_ROOT, 'content')): Plugin {
  return {
    name: 'atlas-content',
    resolveId: (id) => (id === CONTENT_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      const files = readContentDir(dir).map((file) => {
        this.addWatchFile(join(REPO_ROOT, file.path));
        return parseFile(file);
      });
      return `export default ${toLiteral(files)};`;
    },
    configureServer(server) {
      // Editing, adding or removing a content file reloads the page with the new content.
      server.watcher.add(dir);
      const changed = (file: string) => {
        if (!file.startsWith(dir)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
