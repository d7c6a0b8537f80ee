import 'katex/dist/katex.min.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledPresets } from './content/bundled.ts';
import type { Preset } from './content/presets.ts';
import type { Lang } from './schema/language.ts';
import { deriveNetwork } from './state/derived.ts';
import { readLinkedNetwork, rememberFragment } from './state/linkedNetwork.ts';
import { readSaved, STORAGE_KEY } from './state/saved.ts';
import { createAtlasStore } from './state/store.ts';
import { readUrl } from './state/url.ts';
import { App } from './ui/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** localStorage can be missing or refuse access (private modes); then nothing was saved. */
function safeRead(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const presets = bundledPresets();
const saved = readSaved(safeRead(STORAGE_KEY));
// A network sent in a link joins the person's own (replacing one of the same id). A fragment's is
// compressed, and decompressing is asynchronous: the page opens once it is read, on the view the
// link names. (Not a top-level await: that would make the bundler split the entry's modules out
// into chunks of their own, a larger first download.)
void readLinkedNetwork(window.location.search, window.location.hash).then((linked) =>
  open(root, linked),
);

function open(root: HTMLElement, linked: Preset | { error: string } | null): void {
  if (linked) {
    if ('error' in linked) saved.errors.push(linked.error);
    else if (!presets.presets.some((p) => p.spec.id === linked.spec.id)) {
      saved.presets = [...saved.presets.filter((p) => p.spec.id !== linked.spec.id), linked];
      const def = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('def');
      if (def) rememberFragment(linked, def);
    }
  }
  const all = [...presets.presets, ...saved.presets];
  const fallbackLang: Lang = navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';

  if (presets.presets.length === 0) {
    root.innerHTML = '';
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = [
      'No network could be loaded. 没有可以载入的网络。',
      ...presets.errors,
    ].join('\n');
    root.append(alert);
  } else {
    const { view, ignored } = readUrl(window.location.search, {
      specs: all.map((p) => p.spec),
      stepCount: (spec) => deriveNetwork(all.find((p) => p.spec === spec) ?? all[0]).steps.length,
      fallbackLang,
    });
    const { edits, ...rest } = view;
    const store = createAtlasStore({
      ...rest,
      edits: { [view.netId]: edits },
      notices: ignored,
      saved: saved.presets,
      savedErrors: saved.errors,
    });
    createRoot(root).render(
      <StrictMode>
        <App store={store} presets={presets} />
      </StrictMode>,
    );
  }
}
