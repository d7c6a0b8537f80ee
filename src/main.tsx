import 'katex/dist/katex.min.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledPresets } from './content/bundled.ts';
import type { Lang } from './schema/language.ts';
import { deriveNetwork } from './state/derived.ts';
import { type LinkDef, receiveLink } from './state/linked.ts';
import { readLinkedNetwork, rememberFragment } from './state/linkedNetwork.ts';
import { openSaved } from './state/savedStore.ts';
import { createAtlasStore } from './state/store.ts';
import { readUrl } from './state/url.ts';
import { App } from './ui/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** localStorage can be missing or refuse access (private modes); then nothing was saved. */
function browserStore(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

const presets = bundledPresets();
const saved = openSaved(browserStore());
// A network sent in a link is shown beside the person's own, never in their place (linked.ts).
// A fragment's is compressed, and decompressing is asynchronous: the page opens once it is read,
// on the view the link names. (Not a top-level await: that would make the bundler split the
// entry's modules out into chunks of their own, a larger first download.)
void readLinkedNetwork(window.location.search, window.location.hash).then((def) => open(root, def));

function open(root: HTMLElement, def: LinkDef): void {
  const link = receiveLink(window.location.search, def, presets.presets, saved.presets);
  // Shown as it came in the fragment (not renamed): the page's URL keeps the text it came as.
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('def');
  if (link.linked && link.linked === def.network && fragment)
    rememberFragment(link.linked, fragment);
  const all = [...presets.presets, ...saved.presets, ...(link.linked ? [link.linked] : [])];
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
    return;
  }
  const { view, ignored } = readUrl(link.search, {
    specs: all.map((p) => p.spec),
    stepCount: (spec) => deriveNetwork(all.find((p) => p.spec === spec) ?? all[0]).steps.length,
    fallbackLang,
  });
  const { edits, ...rest } = view;
  const store = createAtlasStore({
    ...rest,
    edits: { [view.netId]: edits },
    notices: [...link.notices, ...ignored],
    saved: saved.presets,
    linked: link.linked,
    savedErrors: saved.errors,
    setAside: saved.setAside,
    savedWritable: saved.writable,
  });
  createRoot(root).render(
    <StrictMode>
      <App store={store} presets={presets} />
    </StrictMode>,
  );
}
