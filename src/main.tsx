import 'katex/dist/katex.min.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledPresets } from './content/bundled.ts';
import type { Lang } from './derivation/types.ts';
import { deriveNetwork } from './state/derived.ts';
import { createAtlasStore } from './state/store.ts';
import { readUrl } from './state/url.ts';
import { App } from './ui/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const presets = bundledPresets();
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
  const { view, ignored } = readUrl(window.location.search, {
    specs: presets.presets.map((p) => p.spec),
    stepCount: (spec) =>
      deriveNetwork(presets.presets.find((p) => p.spec === spec) ?? presets.presets[0]).steps
        .length,
    fallbackLang,
  });
  const { edits, ...rest } = view;
  const store = createAtlasStore({ ...rest, edits: { [view.netId]: edits }, notices: ignored });
  createRoot(root).render(
    <StrictMode>
      <App store={store} presets={presets} />
    </StrictMode>,
  );
}
