import { type ChangeEvent, useRef } from 'react';
import { checkPageLimits, checkPageSize } from '../content/pageLimits.ts';
import type { Preset } from '../content/presets.ts';
import { SpecError } from '../content/validate.ts';
import { download } from './download.ts';
import { useAtlas, useAtlasStore } from './store.tsx';
import { useStrings } from './useStrings.ts';

/** The ending of a copy's id: `-mine`, `-mine-2`, … */
const OWN = /-mine(-\d+)?$/;

export type ExportKind = 'latex' | 'markdown' | 'svg' | 'png' | 'print';

interface Props {
  current: Preset;
  taken: ReadonlySet<string>;
  onBuild(): void;
  onExport(kind: ExportKind): void;
}

/** Build, save a copy, export (network, derivation, graph, handout) or import. */
export function WorkTools({ current, taken, onBuild, onExport }: Props) {
  const t = useStrings();
  const store = useAtlasStore();
  const lang = useAtlas((s) => s.lang);
  const file = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  // Choosing an item closes the menu.
  const close = (action: () => void) => () => {
    if (menu.current) menu.current.open = false;
    action();
  };
  const freeId = (base: string) => {
    const stem = base.replace(OWN, '');
    for (let i = 1; ; i++) {
      const id = i === 1 ? `${stem}-mine` : `${stem}-mine-${i}`;
      if (!taken.has(id) || id === base) return id;
    }
  };
  const save = () => {
    // A copy of one's own is saved over itself, under its own name.
    const own = OWN.test(current.spec.id);
    const title = current.title[lang] ?? current.spec.id;
    store.getState().saveNetwork({
      ...current,
      spec: { ...current.spec, id: own ? current.spec.id : freeId(current.spec.id) },
      title: own
        ? current.title
        : { en: t.myCopy(current.title.en ?? title), zh: t.myCopyZh(current.title.zh ?? title) },
    });
    store.getState().resetEdits();
  };
  // The YAML library is loaded only when a file is written or read.
  const downloadYaml = async () => {
    const { exportYaml } = await import('../state/exportYaml.ts');
    download(`${current.spec.id}.yaml`, new Blob([exportYaml(current)], { type: 'text/yaml' }));
  };
  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = '';
    if (!chosen) return;
    try {
      // Refused by size before it is read: a file past the page's bounds is not parsed at all.
      checkPageSize(chosen.size, chosen.name);
      const { readPreset } = await import('../content/read.ts');
      const preset = readPreset({ path: chosen.name, text: await chosen.text() });
      checkPageLimits(preset.spec, chosen.name);
      const id = taken.has(preset.spec.id) ? freeId(preset.spec.id) : preset.spec.id;
      store.getState().saveNetwork({ ...preset, spec: { ...preset.spec, id } });
    } catch (err) {
      store
        .getState()
        .reportSavedError(
          err instanceof SpecError ? err.message : `${chosen.name}: ${(err as Error).message}`,
        );
    }
  };
  return (
    <div className="work-tools">
      <button type="button" onClick={onBuild}>
        {t.buildNetwork}
      </button>
      <button type="button" onClick={save}>
        {t.saveMine}
      </button>
      <details className="export-menu" ref={menu}>
        <summary>{t.exportMenu}</summary>
        <div className="export-items">
          <button type="button" onClick={close(() => void downloadYaml())}>
            {t.exportYaml}
          </button>
          <button type="button" onClick={close(() => onExport('latex'))}>
            {t.exportLatex}
          </button>
          <button type="button" onClick={close(() => onExport('markdown'))}>
            {t.exportMarkdown}
          </button>
          <button type="button" onClick={close(() => onExport('svg'))}>
            {t.exportSvg}
          </button>
          <button type="button" onClick={close(() => onExport('png'))}>
            {t.exportPng}
          </button>
          <button type="button" onClick={close(() => onExport('print'))}>
            {t.printHandout}
          </button>
        </div>
      </details>
      <button type="button" onClick={() => file.current?.click()}>
        {t.importYaml}
      </button>
      <input
        ref={file}
        type="file"
        accept=".yaml,.yml,.json"
        hidden
        onChange={upload}
        aria-label={t.importYaml}
      />
    </div>
  );
}
