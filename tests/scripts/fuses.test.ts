import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { FUSES, applyFuses, describeFuses, fuseMismatches } from '../../scripts/fuses.ts';

// The marker before the fuse wire in every Electron binary (Electron's docs, "Electron Fuses").
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A stand-in for an Electron binary: bytes around a fuse wire as Electron 40 ships it (9 fuses). */
function fakeElectronBinary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mesochart-fuses-'));
  const path = join(dir, 'electron');
  // RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, asar integrity off,
  // only-asar off, browser snapshot off, file:// privileges on, wasm trap handlers on.
  const wire = Buffer.from('101100011');
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), wire, Buffer.alloc(4096, 9)]));
  return path;
}

describe('the fuses of the packaged app', () => {
  it('sets every security fuse to its safe value', () => {
    expect(describeFuses()).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
      WasmTrapHandlers: true,
    });
    expect(FUSES.version).toBe(FuseVersion.V1);
  });

  it('decides every fuse @electron/fuses knows, and requires that of the binary', () => {
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(describeFuses()).sort()).toEqual(known.sort());
    expect(FUSES.strictlyRequireAllFuses).toBe(true);
  });

  it('flips a binary’s fuse wire to the configuration, and the check then passes', async () => {
    const binary = fakeElectronBinary();
    expect(await fuseMismatches(binary)).toContain('RunAsNode: wanted off');
    await applyFuses(binary);
    expect(await fuseMismatches(binary)).toEqual([]);
    const bytes = readFileSync(binary);
    const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(bytes.subarray(at, at + 9).toString()).toBe('010011001');
  });

  it('`npm run fuses -- --check` fails on a binary that was not flipped and passes after `npm run fuses`', () => {
    const binary = fakeElectronBinary();
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/fuses.ts', ...args], { encoding: 'utf8' });
    const before = run('--check', binary);
    expect(before.status, before.stderr).toBe(1);
    expect(before.stderr).toContain('EnableNodeCliInspectArguments: wanted off');
    const flip = run(binary);
    expect(flip.status, flip.stderr).toBe(0);
    expect(run('--check', binary).status).toBe(0);
  });
});
