import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
} from '../../src/build/contentSecurityPolicy.ts';

type Handler = (html: string) => string;
const { transformIndexHtml } = contentSecurityPolicy() as unknown as {
  transformIndexHtml: { handler: Handler };
};
const transform = (html: string) => transformIndexHtml.handler(html);
const PAGE = `<!doctype html><html><head><meta charset="UTF-8" /><title>t</title>
<script type="module" crossorigin src="./assets/index.js"></script></head><body></body></html>`;

describe('the policy plugin', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = transform(PAGE);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    expect(html.indexOf(meta)).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
  });

  it('refuses to build a page with an inline script, which the policy would block', () => {
    expect(() =>
      transform(PAGE.replace('</head>', '<script>window.x = 1</script></head>')),
    ).toThrow(/inline script/);
  });
});
