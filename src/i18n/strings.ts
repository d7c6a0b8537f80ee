/** Every interface string, in English and Chinese. Narrative lives with the derivation. */

import type { Lang } from '../derivation/types.ts';

const en = {
  appTitle: 'Backprop Atlas',
  tagline: 'Every chain-rule term of backpropagation, on real numbers',
  network: 'Network',
  language: 'Language',
  presentation: 'Presentation mode',
  leavePresentation: 'Leave presentation mode (Escape)',
  graph: 'Network graph',
  equations: 'Equations',
  previous: 'Previous step',
  next: 'Next step',
  play: 'Play',
  pause: 'Pause',
  speed: 'Speed',
  timeline: 'Timeline',
  stepStatus: (i: number, n: number, title: string) => `Step ${i} of ${n}: ${title}`,
  expanded: 'Separate z and a',
  gradients: 'Show gradients',
  replay: 'Replay the trace',
  hold: 'Hold the trace',
  resume: 'Resume the trace',
  clearSelection: 'Clear the selection',
  zoomReset: 'Fit graph',
  weight: 'weight',
  bias: 'bias',
  selected: 'selected',
  legendPositive: 'gradient > 0',
  legendNegative: 'gradient < 0',
  legendWidth: 'width ∝ |gradient|',
  pathsTitle: 'Paths against backprop',
  pathCost: (paths: number, samples: number, mults: number) =>
    `${paths.toLocaleString('en')} path${paths === 1 ? '' : 's'} per sample${samples > 1 ? ` × ${samples} samples` : ''} lead here: ${mults.toLocaleString('en')} multiplications to list them.`,
  allPathCost: (all: number, backprop: number) =>
    `Listing the paths of every parameter: ${all.toLocaleString('en')} multiplications. Backprop, reusing δ, gets every gradient with ${backprop.toLocaleString('en')}.`,
  selectHint:
    'Select any weight (an edge) or bias (a “b” tab) in the graph to trace its paths back to the loss.',
  tracing: (param: string) => `Tracing ${param}`,
  reused: 'reused',
  ignoredUrl: (what: string) => `The link was partly ignored: ${what}.`,
  noPresets: 'No network could be loaded.',
  dismiss: 'Dismiss',
  zoomHint: 'Scroll to zoom, drag to pan',
  matrixOf: (l: number) => `Layer ${l} in matrix form`,
  anyLayer: 'Any layer l',
  follows: 'Follows: ',
  chapters: {
    forward: 'Forward',
    loss: 'Loss',
    output: 'Output layer',
    hidden: 'Hidden layers',
    delta: 'δ reuse',
    matrix: 'Matrix form',
    general: 'Layer l',
    update: 'Update',
  } as Record<string, string>,
};

export type Strings = typeof en;

const zh: Strings = {
  appTitle: 'Backprop Atlas 反向传播图谱',
  tagline: '反向传播的每一个链式法则项，都配上真实的数字',
  network: '网络',
  language: '语言',
  presentation: '演示模式',
  leavePresentation: '退出演示模式（Esc）',
  graph: '网络图',
  equations: '公式',
  previous: '上一步',
  next: '下一步',
  play: '播放',
  pause: '暂停',
  speed: '速度',
  timeline: '时间轴',
  stepStatus: (i, n, title) => `第 ${i} 步，共 ${n} 步：${title}`,
  expanded: '分开显示 z 和 a',
  gradients: '显示梯度',
  replay: '重新追踪',
  hold: '停住追踪',
  resume: '继续追踪',
  clearSelection: '取消选择',
  zoomReset: '适应窗口',
  weight: '权重',
  bias: '偏置',
  selected: '已选中',
  legendPositive: '梯度 > 0',
  legendNegative: '梯度 < 0',
  legendWidth: '线宽 ∝ |梯度|',
  pathsTitle: '路径与反向传播的对比',
  pathCost: (paths, samples, mults) =>
    `每个样本有 ${paths.toLocaleString('zh')} 条路径${samples > 1 ? `（共 ${samples} 个样本）` : ''}通向这里：逐条列出需要 ${mults.toLocaleString('zh')} 次乘法。`,
  allPathCost: (all, backprop) =>
    `逐条列出所有参数的路径需要 ${all.toLocaleString('zh')} 次乘法；反向传播重复使用 δ，只需 ${backprop.toLocaleString('zh')} 次就得到全部梯度。`,
  selectHint: '在图中选择任意权重（一条边）或偏置（“b”标签），即可追踪它通向损失的所有路径。',
  tracing: (param) => `正在追踪 ${param}`,
  reused: '复用',
  ignoredUrl: (what) => `链接中有部分内容被忽略：${what}。`,
  noPresets: '没有可以载入的网络。',
  dismiss: '关闭',
  zoomHint: '滚动缩放，拖动平移',
  matrixOf: (l) => `第 ${l} 层的矩阵形式`,
  anyLayer: '任意一层 l',
  follows: '对应原文：',
  chapters: {
    forward: '前向',
    loss: '损失',
    output: '输出层',
    hidden: '隐藏层',
    delta: '复用 δ',
    matrix: '矩阵形式',
    general: '第 l 层',
    update: '更新',
  },
};

export const STRINGS: Record<Lang, Strings> = { en, zh };

/**
 * Accessible names that shared/spec/ui-contract.md fixes. Outside checks find controls by them
 * in either language, so they stay as written there; the visible text is translated.
 */
export const CONTRACT_NAMES = {
  network: 'Network',
  language: 'Language',
  previous: 'Previous step',
  next: 'Next step',
  play: 'Play',
  pause: 'Pause',
  presentation: 'Presentation mode',
  graph: 'Network graph',
  equations: 'Equations',
} as const;
