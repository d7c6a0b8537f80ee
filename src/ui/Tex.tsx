import { renderTex } from './katex.ts';

/** LaTeX through the shared, cached, safe renderer. */
export function Tex({
  tex,
  display = false,
  className,
}: {
  tex: string;
  display?: boolean;
  className?: string;
}) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output from renderTex, never trusted commands
  return (
    <span className={className} dangerouslySetInnerHTML={{ __html: renderTex(tex, display) }} />
  );
}
