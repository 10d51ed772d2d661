import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolveRendererFile } from '../../electron/rendererFiles.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/contentSecurityPolicy.ts';

describe('serving the renderer', () => {
  const root = '/opt/mesochart/renderer';

  it('maps / to index.html and assets inside the folder', () => {
    expect(resolveRendererFile(root, '/')).toBe(`${root}/index.html`);
    expect(resolveRendererFile(root, '/assets/index-abc.js')).toBe(`${root}/assets/index-abc.js`);
  });

  it('refuses paths that climb out of the renderer folder', () => {
    expect(resolveRendererFile(root, '/../../etc/passwd')).toBeNull();
    expect(resolveRendererFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRendererFile(root, '/assets/%00.js')).toBeNull();
    expect(resolveRendererFile(root, '/%E0%A4%A')).toBeNull();
  });

  it('states the same Content-Security-Policy in the page as in the response header', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors only works as a header (Chromium ignores it in a meta tag), so the page omits it.
    const normalize = (csp: string) => csp.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors')).sort();
    expect(meta).toBeDefined();
    expect(normalize(meta!)).toEqual(normalize(CONTENT_SECURITY_POLICY));
  });

  it('allows no inline script, no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
