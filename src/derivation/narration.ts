import type { Text } from '../schema/language.ts';

/**
 * The words of the general storyline, in English and Chinese. Written for this app; each
 * function takes only what the sentence needs (layer numbers, counts), never a formatted value.
 */

const layerName = (l: number, L: number): Text =>
  l === L
    ? { en: 'the output layer', zh: '输出层' }
    : { en: `hidden layer ${l}`, zh: `第 ${l} 隐藏层` };

export const narration = {
  forwardTitle: (l: number, L: number): Text => ({
    en: `Forward pass: ${layerName(l, L).en}`,
    zh: `前向传播：${layerName(l, L).zh}`,
  }),
  forward: (l: number, samples: number): Text => ({
    en: `Each unit of layer ${l} adds up its inputs, each multiplied by the weight on its edge, plus its bias: that is z. The activation function turns z into a.${samples > 1 ? ' The numbers are those of sample 1.' : ''}`,
    zh: `第 ${l} 层的每个单元把输入乘以各自边上的权重后相加，再加上偏置，得到 z；激活函数再把 z 变成 a。${samples > 1 ? '这里的数字来自第 1 个样本。' : ''}`,
  }),
  lossTitle: (): Text => ({ en: 'The loss', zh: '损失' }),
  loss: (outputs: number): Text => ({
    en: `Each output is compared with its target in its own error node e. The total E adds the ${outputs} error terms; backpropagation starts from E.`,
    zh: `每个输出在自己的误差节点 e 中与目标比较。总误差 E 是这 ${outputs} 个误差项之和，反向传播就从 E 出发。`,
  }),
  traceTitle: (param: string, l: number, L: number): Text => ({
    en: `Tracing ${param} in ${layerName(l, L).en}`,
    zh: `追踪${layerName(l, L).zh}的 ${param}`,
  }),
  traceOutput: (): Text => ({
    en: 'Start at E and walk back to the weight, one edge at a time. Every edge contributes its local derivative; the chain rule multiplies them. A last-layer weight touches one output only, so there is a single path.',
    zh: '从 E 出发，一条边一条边地走回这个权重。每条边贡献它的局部导数，链式法则把它们相乘。最后一层的权重只影响一个输出，所以只有一条路径。',
  }),
  traceOutputSoftmax: (paths: number): Text => ({
    en: `Start at E and walk back to the weight. The softmax couples every output to every z, so ${paths} paths reach this weight, one through each output; their products are added.`,
    zh: `从 E 出发走回这个权重。softmax 把每个输出都与每个 z 相连，所以有 ${paths} 条路径到达这个权重，每个输出一条；各条路径的乘积相加。`,
  }),
  traceHidden: (paths: number, listed: boolean): Text =>
    listed
      ? {
          en: `This weight sits deeper: ${paths} paths lead from E to it, and where they meet their products are added. Paths that share a beginning share a product; that shared product, summed over the paths into one unit, is that unit's δ.`,
          zh: `这个权重更深：从 E 到它有 ${paths} 条路径，路径汇合处把乘积相加。开头相同的路径共享同一段乘积；把进入某个单元的所有路径的这段乘积相加，就是该单元的 δ。`,
        }
      : {
          en: `${paths} paths lead from E to this weight in each sample: too many to write out. Backprop never lists them: it sums them layer by layer as δ, shown below.`,
          zh: `每个样本中从 E 到这个权重有 ${paths} 条路径，多得写不下。反向传播从不逐条列出：它把路径逐层汇总成 δ，如下所示。`,
        },
  restTitle: (l: number, L: number): Text => ({
    en: `The rest of ${layerName(l, L).en}`,
    zh: `${layerName(l, L).zh}的其余权重`,
  }),
  rest: (l: number): Text => ({
    en: `Every other weight of layer ${l} follows the same pattern: the δ of the unit it feeds times the activation it carries. Together they form an outer product.`,
    zh: `第 ${l} 层的其他权重都遵循同样的模式：它所连向单元的 δ 乘以它所承载的激活值。合在一起就是一个外积。`,
  }),
  deltaTitle: (): Text => ({ en: 'Why δ is reused', zh: '为什么要重复使用 δ' }),
  delta: (): Text => ({
    en: 'Each δ is computed once, from the δ of the layer above, and then serves every weight and bias that feeds its unit. Listing paths instead repeats the same products again and again, and the number of paths grows with every layer.',
    zh: '每个 δ 只由上一层的 δ 计算一次，然后供所有连向该单元的权重和偏置使用。若逐条列出路径，同样的乘积会一遍遍重算，而路径数随层数成倍增长。',
  }),
  biasTitle: (param: string): Text => ({
    en: `Tracing the bias ${param}`,
    zh: `追踪偏置 ${param}`,
  }),
  bias: (): Text => ({
    en: 'A bias is traced exactly like a weight. Only the last factor changes: z depends on its bias with slope 1, so the gradient of a bias is just the δ of its unit.',
    zh: '偏置的追踪方式与权重完全相同，只有最后一个因子不同：z 对偏置的导数是 1，所以偏置的梯度就是它所在单元的 δ。',
  }),
  matrixTitle: (l: number, L: number): Text => ({
    en: `Matrix form: ${layerName(l, L).en}`,
    zh: `矩阵形式：${layerName(l, L).zh}`,
  }),
  matrix: (l: number, L: number): Text =>
    l === L
      ? {
          en: 'Gathered into vectors, the output layer needs one Hadamard (element-wise) product for δ, and one outer product for the whole weight gradient. The shapes must match.',
          zh: '写成向量后，输出层的 δ 只需一次 Hadamard（逐元素）乘积，整个权重梯度只需一次外积。形状必须对得上。',
        }
      : {
          en: `For layer ${l}, the transpose of the next layer's weights carries δ back one layer; the Hadamard product with f′(z) finishes it.`,
          zh: `对第 ${l} 层，下一层权重矩阵的转置把 δ 往回传一层，再与 f′(z) 做 Hadamard 乘积即可。`,
        },
  generalTitle: (): Text => ({ en: 'Any layer l', zh: '任意一层 l' }),
  general: (): Text => ({
    en: 'The same four lines hold for any depth: δ at the output, δ passed back one layer, and the gradients of the weights and biases from δ. With several samples the gradients are averaged, and L2 adds (λ/m)W.',
    zh: '无论网络多深，这四行都成立：输出层的 δ，δ 逐层往回传，再由 δ 得到权重和偏置的梯度。有多个样本时梯度取平均，L2 正则再加上 (λ/m)W。',
  }),
  updateTitle: (): Text => ({ en: 'The update', zh: '参数更新' }),
  update: (): Text => ({
    en: 'Gradient descent moves every parameter a small step against its gradient, all at once, using the gradients computed with the old weights. The loss after one such step is shown last.',
    zh: '梯度下降让每个参数都朝梯度的反方向走一小步，所有参数同时更新，用的是旧权重算出的梯度。最后一行是更新一步之后的损失。',
  }),
};
