/**
 * The graph as a standalone SVG (styles inlined, zoom reset) or as a PNG drawn from it at twice
 * the size, ready to download.
 */

const STYLED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'font-size',
  'font-family',
  'font-style',
  'font-weight',
  'paint-order',
  'text-anchor',
  'visibility',
];

export function graphSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((el, i) => {
    const computed = getComputedStyle(source[i]);
    const style = STYLED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    el.setAttribute('style', style);
  });
  // The exported figure shows the network, not the controls for editing it.
  for (const el of copy.querySelectorAll('foreignObject, [data-edit]')) el.remove();
  copy.querySelector('g')?.removeAttribute('transform');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = svg.viewBox.baseVal;
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  copy.insertAdjacentHTML('afterbegin', `<rect width="100%" height="100%" fill="white"/>`);
  return new XMLSerializer().serializeToString(copy);
}

export async function graphPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = graphSvgText(svg);
  const box = svg.viewBox.baseVal;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(box.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas in this browser');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))),
      'image/png',
    ),
  );
}
