import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Electron's security checklist as checks over the source tree and the built app (out/): what no
// line of MesoChart may do, and the few places where the dangerous APIs are allowed to live.
// The README's Security section maps every checklist item to the test that shows it.

function filesUnder(dir: string, extensions: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path, extensions) : extensions.test(name) ? [path] : [];
  });
}

const SOURCE = [...['electron', 'shared', 'renderer'].flatMap((d) => filesUnder(d, /\.(ts|tsx|html|css)$/)), 'electron.vite.config.ts'];
const BUILT = filesUnder('out', /\.(js|cjs|mjs|html)$/);
const read = (path: string) => readFileSync(path, 'utf8');

/** Every place where one of the patterns occurs, as "file: match". */
function occurrences(files: string[], patterns: RegExp[]): string[] {
  return files.flatMap((file) => {
    const text = read(file);
    return patterns.flatMap((p) => [...text.matchAll(new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`))].map((m) => `${file}: ${m[0]}`));
  });
}

/** Switches and calls that turn off a protection or hand the page a way out, wherever they appear. */
const FORBIDDEN: [item: string, pattern: RegExp][] = [
  ['2 no Node integration', /nodeIntegration(InWorker|InSubFrames)?["']?\s*:\s*(true|!0)\b/],
  ['3 context isolation', /contextIsolation["']?\s*:\s*(false|!1)\b/],
  ['4 sandbox', /\bsandbox["']?\s*:\s*(false|!1)\b/],
  ['4 sandbox', /appendSwitch\(\s*["']no-sandbox/],
  ['6 webSecurity', /webSecurity["']?\s*:\s*(false|!1)\b/],
  ['6 webSecurity', /disablewebsecurity|appendSwitch\(\s*["']disable-web-security/i],
  ['7 CSP', /unsafe-eval/],
  ['8 insecure content', /allowRunningInsecureContent["']?\s*:\s*(true|!0)\b/],
  ['8 insecure content', /setCertificateVerifyProc|["']certificate-error["']|ignore-certificate-errors/],
  ['9 experimental features', /experimentalFeatures["']?\s*:\s*(true|!0)\b/],
  ['10 enableBlinkFeatures', /enableBlinkFeatures|enable-blink-features/],
  ['11 webview popups', /allowpopups/i],
  ['12 webviews', /webviewTag["']?\s*:\s*(true|!0)\b|<webview\b/],
  ['15 shell.openExternal', /\bopenExternal\b/],
  ['18 file://', /\.loadFile\s*\(|loadURL\(\s*["'`]file:/],
  ['20 Electron APIs', /@electron\/remote|enableRemoteModule|\bremote\.(require|getGlobal)|executeJavaScript|insertCSS\(/],
];

describe('Electron’s security checklist over the source and the build', () => {
  it('the build exists', () => {
    expect(BUILT.some((f) => f.endsWith('main.js')), 'run `npm run build` first').toBe(true);
    expect(SOURCE.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)('item %s: the forbidden switch or call appears nowhere (source and out/)', (_item, pattern) => {
    expect(occurrences([...SOURCE, ...BUILT], [pattern])).toEqual([]);
  });

  it('keeps eval out of our own code; the only `new Function` in the build is zod’s guarded probe', () => {
    expect(occurrences(SOURCE, [/\beval\s*\(/, /new Function\s*\(/])).toEqual([]);
    // zod tests whether eval works inside a try and falls back when the CSP refuses it, as ours does.
    for (const file of BUILT) {
      const text = read(file);
      for (const m of text.matchAll(/new Function\s*\(/g)) expect(text.slice(Math.max(0, m.index - 40), m.index), file).toMatch(/try\s*\{\s*$/);
    }
  });

  it('creates windows, loads pages and talks IPC only in the modules that lock them down', () => {
    const where = (pattern: RegExp) => SOURCE.filter((f) => pattern.test(read(f))).sort();
    expect(where(/new BrowserWindow\b|new BrowserView\b|new WebContentsView\b/)).toEqual(['electron/window.ts']);
    expect(where(/\.loadURL\s*\(/)).toEqual(['electron/window.ts']);
    // Opening a file: only the records the user just saved, from the module that checks what it opens.
    expect(where(/\bopenPath\s*\(/)).toEqual(['electron/dialogs.ts']);
    expect(where(/\bipcMain\b/)).toEqual(['electron/ipc.ts']);
    expect(where(/\bipcRenderer\b|\bcontextBridge\b/)).toEqual(['electron/preload.ts']);
    // Only ipcMain.handle, wrapped in the sender check: no ipcMain.on / handleOnce that would bypass it.
    expect(read('electron/ipc.ts')).not.toMatch(/ipcMain\.(on|once|handleOnce|addListener)\b/);
    expect(read('electron/ipc.ts')).toMatch(/if \(!isTrustedSender\(event, trust\)\)/);
  });

  it('the built main process turns every lock on', () => {
    const main = read('out/main/main.js');
    for (const call of [
      'app.enableSandbox()',
      'registerSchemesAsPrivileged',
      'setWindowOpenHandler',
      '"will-navigate"',
      '"will-redirect"',
      '"will-attach-webview"',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      '"web-contents-created"',
      'senderFrame',
      'setApplicationMenu',
    ]) {
      expect(main, call).toContain(call);
    }
    expect(main).toMatch(/devTools: !electron\.app\.isPackaged|devTools: !app\.isPackaged/);
  });

  it('item 19: nothing in the app relies on a fuse the packaged app turns off', () => {
    // RunAsNode off breaks child_process.fork and utilityProcess of the app binary; NODE_OPTIONS and
    // --inspect are ignored; file:// pages lose their extra privileges.
    const mainSide = SOURCE.filter((f) => f.startsWith('electron'));
    expect(occurrences(mainSide, [/fork\s*\(/, /utilityProcess/, /ELECTRON_RUN_AS_NODE/, /NODE_OPTIONS/, /--inspect/])).toEqual([]);
  });

  it('item 1: the page loads nothing from the network: no http(s) script, style, image or frame', () => {
    const html = read('out/renderer/index.html');
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline script
    expect(html).toContain("default-src 'none'");
    const css = filesUnder('out/renderer', /\.css$/).map(read).join('\n');
    expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(css).not.toMatch(/@import\s+(url\()?["']?https?:/i);
  });

  it('item 16: runs a current Electron (40 or later), the one package.json asks for', () => {
    const installed = JSON.parse(read('node_modules/electron/package.json')).version as string;
    const wanted = JSON.parse(read('package.json')).devDependencies.electron as string;
    const major = Number(installed.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(40);
    expect(wanted).toMatch(new RegExp(`^\\^${major}\\.`));
  });
});
