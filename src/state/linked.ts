/**
 * A network that arrives in a link (`def=`) is shown, never saved unasked, and never takes the
 * place of a preset or of one of the person's saved networks: an id already in use is given one
 * of its own (`-link`, `-link-2`, …) and the notice says so. Everything of `def=` that is not used
 * is named in the notices, in both languages.
 */

import type { Preset } from '../content/presets.ts';
import type { Text } from '../schema/language.ts';
import { presetToContent } from './saved.ts';

/** A link's `def` as it came (from the fragment, or an older link's query) and what it reads as. */
export interface LinkDef {
  /** The text of `def`, or null when the link has none. */
  text: string | null;
  network: Preset | { error: string } | null;
}

export interface ReceivedLink {
  /** The network to show beside the presets and saved ones; null when there is none to add. */
  linked: Preset | null;
  /** The query string to read the view from: `net=` follows the network when it was renamed. */
  search: string;
  notices: Text[];
}

const same = (a: Preset, b: Preset) =>
  JSON.stringify(presetToContent(a)) === JSON.stringify(presetToContent(b));

/** Takes a link's `def` (read by linkedNetwork.ts) against the presets and the saved networks. */
export function receiveLink(
  search: string,
  def: LinkDef,
  presets: readonly Preset[],
  saved: readonly Preset[],
): ReceivedLink {
  const query = new URLSearchParams(search);
  if (def.text === null) return { linked: null, search, notices: [] };
  const network = def.network;
  if (def.text.trim() === '' || network === null)
    return {
      linked: null,
      search,
      notices: [
        {
          en: 'network definition def= (it is empty)',
          zh: '网络定义 def=（内容为空）',
        },
      ],
    };
  if ('error' in network)
    return {
      linked: null,
      search,
      notices: [
        {
          en: `network definition def= (${network.error})`,
          zh: `网络定义 def=（无法读取：${network.error}）`,
        },
      ],
    };
  const id = network.spec.id;
  const preset = presets.find((p) => p.spec.id === id);
  const own = saved.find((p) => p.spec.id === id);
  // One's own link, opened again: the saved network is the one shown.
  if (own && same(own, network)) return { linked: null, search, notices: [] };
  if (!preset && !own) return { linked: network, search, notices: [] };

  const taken = new Set([...presets, ...saved].map((p) => p.spec.id));
  let renamed = `${id}-link`;
  for (let i = 2; taken.has(renamed); i++) renamed = `${id}-link-${i}`;
  if (query.get('net') === id) query.set('net', renamed);
  const whose = preset
    ? { en: 'a preset has it', zh: '已有预设使用它' }
    : {
        en: 'one of your saved networks has it, and stays as it is',
        zh: '你保存的一个网络使用它，那个网络保持不变',
      };
  return {
    linked: { ...network, spec: { ...network.spec, id: renamed } },
    search: `?${query.toString()}`,
    notices: [
      {
        en: `the id "${id}" of the linked network (${whose.en}); it is shown as "${renamed}"`,
        zh: `链接中网络的 id “${id}”（${whose.zh}）；它以 “${renamed}” 显示`,
      },
    ],
  };
}
