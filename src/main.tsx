import 'katex/dist/katex.min.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledPresets } from './content/bundled.ts';
import type { Lang } from './schema/language.ts';
import { deriveNetwork } from './state/derived.ts';
import { receiveLink } from './state/linked.ts';
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
const link = receiveLink(window.location.search, presets.presets, saved.presets);
const all = [...presets.presets, ...saved.presets, ...(link.linked ? [link.linked] : [])];
const fallbackLang: Lang = navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';

if (presets.presets.length === 0) {
  root.innerHTML = '';
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.textContent = ['No network could be loaded. 没有可以载入的网络。', ...presets.errors].join(
    '\n',
  );
  root.append(alert);
} else {
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
