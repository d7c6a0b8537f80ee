import { renderTex } from './katex.ts';

interface Props {
  tex: string;
  display?: boolean;
  className?: string;
}

/** LaTeX through the shared, cached, safe renderer. */
export function Tex({ tex, display = false, className }: Props) {
  const html = { __html: renderTex(tex, display) };
  // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's own output, rendered without trust
  return <span className={className} dangerouslySetInnerHTML={html} />;
}
