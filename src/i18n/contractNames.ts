/**
 * Accessible names that shared/spec/ui-contract.md fixes, in each language it lists: outside
 * checks find the controls by the English names on an English page and by the Chinese names on
 * a Chinese one, so these stay exactly as written there (the visible text may say more).
 */

import type { Lang } from '../schema/language.ts';

export interface ContractNames {
  network: string;
  language: string;
  previous: string;
  next: string;
  play: string;
  pause: string;
  presentation: string;
  graph: string;
  equations: string;
}

export const CONTRACT_NAMES: Record<Lang, ContractNames> = {
  en: {
    network: 'Network',
    language: 'Language',
    previous: 'Previous step',
    next: 'Next step',
    play: 'Play',
    pause: 'Pause',
    presentation: 'Presentation mode',
    graph: 'Network graph',
    equations: 'Equations',
  },
  zh: {
    network: '网络',
    language: '语言',
    previous: '上一步',
    next: '下一步',
    play: '播放',
    pause: '暂停',
    presentation: '演示模式',
    graph: '网络图',
    equations: '公式',
  },
};
