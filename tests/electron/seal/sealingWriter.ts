// Child process of sealPlaintextFolder.test.ts: starts the application on a plaintext folder and unlocks,
// which seals it; the parent kills it at a random moment. Prints "unlocking" just before, "sealed" after.
// Run as: node sealingWriter.ts <root>
import { ok } from '../handlerFixtures.ts';
import { PRACTITIONER } from './practitioner.ts';
import { startSealedApp } from './sealedApp.ts';

const [root] = process.argv.slice(2) as [string];
const app = await startSealedApp(root);
process.stdout.write('unlocking\n');
await ok(app.api.unlock({ practitionerId: PRACTITIONER.id, passphrase: PRACTITIONER.passphrase }));
process.stdout.write(app.folder.vault.isSealed() ? 'sealed\n' : 'not sealed\n');
// Stay until killed, as the application would.
setInterval(() => undefined, 1_000);
