// Child process of openOutcome.test.ts, run as an unprivileged user: classifies opening a database
// the user may read but not write, and prints the outcome as JSON.
import { openStoreOrExplain } from '../../../electron/openOutcome.ts';

const [path, backupDir] = process.argv.slice(2) as [string, string];
const outcome = openStoreOrExplain(path, { backupDir });
if (outcome.ok) {
  process.stdout.write(JSON.stringify({ ok: true }));
  outcome.store.close();
} else {
  process.stdout.write(JSON.stringify(outcome));
}
