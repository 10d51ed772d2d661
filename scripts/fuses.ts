// Electron's fuses for the packaged MesoChart: switches baked into the Electron binary at package time,
// before code signing, so that nobody can turn the features back on through the environment or the
// command line of an installed copy.
//
//   npm run fuses -- <packaged binary or MesoChart.app>          flip them
//   npm run fuses -- --check <packaged binary or MesoChart.app>  verify a binary has them (exit 1 if not)
//
// Run it on the packaged app, after the packager has copied Electron and written app.asar and before
// signing (electron-builder: an `afterPack` hook; Electron Forge: its fuses plugin with FUSES below).
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  // Every fuse of the wire is decided here: a new one in a later Electron fails the flip until it is.
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Chromium's cookie store encrypted with the OS keychain (the app keeps no cookies; no cost either).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require a script, --inspect...) would be honoured by the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk / SIGUSR1 would open a debugger on the main process, which holds the records.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar checked against the hash embedded at package time (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded: no loose `app/` folder next to it can replace the code.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // No separate browser-process V8 snapshot is built for MesoChart: keep the one Electron ships.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://mesochart/; file:// pages get no privileges beyond a browser's.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // WebAssembly bounds checks through trap handlers: Electron's default, nothing to gain by turning it off.
  [FuseV1Options.WasmTrapHandlers]: true,
} satisfies FuseV1Config;

/** The fuses as names and wanted states, for messages and tests. */
export function describeFuses(config: FuseV1Config = FUSES): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(config)) {
    const index = Number(key);
    if (Number.isInteger(index) && typeof value === 'boolean') out[FuseV1Options[index]!] = value;
  }
  return out;
}

/** Flips the fuses in a packaged Electron binary (or a .app bundle). */
export async function applyFuses(binaryPath: string): Promise<void> {
  // On Apple silicon an edited binary must be re-signed (ad hoc) to start at all; the release signing follows.
  await flipFuses(binaryPath, { ...FUSES, resetAdHocDarwinSignature: process.platform === 'darwin' && process.arch === 'arm64' });
}

/** The fuses of a binary that differ from FUSES: an empty list means the binary is locked down. */
export async function fuseMismatches(binaryPath: string): Promise<string[]> {
  const wire = await getCurrentFuseWire(binaryPath);
  const mismatches: string[] = [];
  for (const [name, wanted] of Object.entries(describeFuses())) {
    const actual = (wire as Record<number, FuseState | undefined>)[FuseV1Options[name as keyof typeof FuseV1Options]];
    if (actual !== (wanted ? FuseState.ENABLE : FuseState.DISABLE)) mismatches.push(`${name}: wanted ${wanted ? 'on' : 'off'}`);
  }
  return mismatches;
}

async function main(args: string[]): Promise<number> {
  const check = args[0] === '--check';
  const binaryPath = check ? args[1] : args[0];
  if (!binaryPath) {
    console.error('usage: npm run fuses -- [--check] <packaged Electron binary or .app>');
    return 2;
  }
  if (!check) await applyFuses(binaryPath);
  const mismatches = await fuseMismatches(binaryPath);
  for (const line of mismatches) console.error(`fuse not as wanted: ${line}`);
  if (mismatches.length === 0) console.log(`${binaryPath}: ${Object.keys(describeFuses()).length} fuses as wanted`);
  return mismatches.length === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
