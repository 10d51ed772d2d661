// Runs openProbe.ts as the unprivileged user "nobody". The checkout may sit in a folder that nobody
// cannot enter (a clone under /root, mode 0700), and so may the Node binary from node_modules: the probe
// is bundled into one file and put, with a copy of this Node and of libsql's native binary (which the
// bundle requires by name at run time), in a folder of its own that nobody can read.
import { chmodSync, copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { build } from 'vite';

const NOBODY = 65534;

async function bundleProbe(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: join(import.meta.dirname, 'openProbe.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'openProbe.mjs' } },
    },
  });
  return join(outDir, 'openProbe.mjs');
}

/** Runs the open probe on `args`, as nobody when we are root (whom file permissions do not stop). */
export async function runOpenProbe(args: string[]): Promise<SpawnSyncReturns<string>> {
  if (process.getuid?.() !== 0) {
    return spawnSync(process.execPath, [join(import.meta.dirname, 'openProbe.ts'), ...args], { encoding: 'utf8' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'mesochart-probe-'));
  try {
    chmodSync(dir, 0o755);
    const script = await bundleProbe(dir);
    const node = join(dir, 'node');
    copyFileSync(process.execPath, node);
    chmodSync(node, 0o755);
    chmodSync(script, 0o644);
    // cpSync keeps the files' modes: the package's files are world-readable as npm installed them.
    cpSync(join(import.meta.dirname, '../../../node_modules/@libsql'), join(dir, 'node_modules/@libsql'), { recursive: true });
    chmodSync(join(dir, 'node_modules'), 0o755);
    return spawnSync(node, [script, ...args], { encoding: 'utf8', cwd: dir, uid: NOBODY, gid: NOBODY });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
