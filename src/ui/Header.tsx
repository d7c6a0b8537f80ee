import type { ReactNode } from 'react';
import type { Preset } from '../content/presets.ts';
import { LANGS, type Lang } from '../schema/language.ts';
import { Icon } from './Icon.tsx';
import { useAtlas, useAtlasStore } from './store.tsx';
import { useContractNames, useStrings } from './useStrings.ts';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };

interface Props {
  presets: Preset[];
  /** The person's own networks, listed after the presets. */
  saved: Preset[];
  /** The network a link brought, listed on its own until it is saved. */
  linked: Preset | null;
  onNetwork(id: string): void;
  children?: ReactNode;
}

/** Title, the network and language pickers, tools for one's own networks, presentation mode. */
export function Header({ presets, saved, linked, onNetwork, children }: Props) {
  const t = useStrings();
  const names = useContractNames();
  const store = useAtlasStore();
  const netId = useAtlas((s) => s.netId);
  const lang = useAtlas((s) => s.lang);
  const presentation = useAtlas((s) => s.presentation);
  const revealing = useAtlas((s) => s.revealing);
  const option = (p: Preset) => (
    <option key={p.spec.id} value={p.spec.id}>
      {p.title[lang] ?? p.title.en ?? p.spec.id}
    </option>
  );
  return (
    <header className="app-header">
      <h1>{t.appTitle}</h1>
      <label className="picker">
        <span>{t.network}</span>
        <select
          aria-label={names.network}
          value={netId}
          onChange={(e) => onNetwork(e.target.value)}
        >
          {saved.length === 0 && !linked ? (
            presets.map(option)
          ) : (
            <>
              <optgroup label={t.presetsGroup}>{presets.map(option)}</optgroup>
              {saved.length > 0 && <optgroup label={t.myNetworks}>{saved.map(option)}</optgroup>}
              {linked && <optgroup label={t.linkedGroup}>{option(linked)}</optgroup>}
            </>
          )}
        </select>
      </label>
      {children}
      <label className="picker">
        <span>{t.language}</span>
        <select
          aria-label={names.language}
          value={lang}
          onChange={(e) => store.getState().setLang(e.target.value as Lang)}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {presentation && (
        <button
          type="button"
          className="reveal-toggle"
          aria-pressed={revealing}
          title={`${t.revealStyle} (r)`}
          onClick={() => store.getState().setRevealing(!revealing)}
        >
          {t.revealStyle}
        </button>
      )}
      <button
        type="button"
        className="presentation-toggle"
        aria-label={names.presentation}
        aria-pressed={presentation}
        onClick={() => store.getState().setPresentation(!presentation)}
        title={presentation ? t.leavePresentation : `${t.presentation} (f)`}
      >
        <Icon name="present" />
        <span>{t.presentation}</span>
      </button>
    </header>
  );
}
