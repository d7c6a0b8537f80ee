import { renderTex, type TexOutput } from './katex.ts';

interface Props {
  tex: string;
  display?: boolean;
  className?: string;
  output?: TexOutput;
}

/** LaTeX through the shared, cached, safe renderer. */
export function Tex({ tex, display = false, className, output }: Props) {
  const html = { __html: renderTex(tex, display, output) };
  // Drawn-only output is hidden from screen readers, which get a MathML form elsewhere.
  return (
    <span
      className={className}
      aria-hidden={output === 'html' ? true : undefined}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's own output, rendered without trust
      dangerouslySetInnerHTML={html}
    />
  );
}
