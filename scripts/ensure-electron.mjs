// npm ci skips Electron's download script (allowScripts denies it, because CI machines cannot reach
// Electron's download host). On an ordinary machine `npm start` fetches the binary here, once.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Electron binary not installed yet: downloading it once…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(join(electronDir, 'path.txt'))) {
    console.error('Could not obtain the Electron binary (is its download host reachable?).');
    process.exit(1);
  }
}
