// temporary profiling of the stock open (deleted after)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../../tests/e2e/harness/server.ts';
import { buildApp, call, inParallel, launchChromium, PRACTITIONER } from '../harness.ts';
const scratch = mkdtempSync(join(tmpdir(), 'stockprof2-'));
const out = buildApp(scratch);
const h = await startHarness({ dataDir: join(scratch, 'd'), rendererDir: join(out, 'renderer'), practitioner: PRACTITIONER, settings: { language: 'en' } });
const ids: string[] = [];
await inParallel(500, 8, async (i) => { const s = await call<{ id: string }>(h, 'saveCatalogueProduct', { name: `Product ${i}`, kind: 'medicinal' }); ids[i] = s.id; });
await inParallel(5000, 8, (i) => call(h, 'receiveLot', { productId: ids[i % 500], lot: `L${i}`, expiry: '2027-01-01', quantity: 5, receivedOn: '2025-01-01' }));
const browser = await launchChromium();
for (let k = 0; k < 3; k++) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(h.url);
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  await page.waitForTimeout(2500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.getByRole('banner').getByRole('button', { name: 'Stock', exact: true }).click();
  await page.locator('[data-testid="stock-table"] tbody tr').first().waitFor();
  await page.waitForTimeout(100);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => { const n = byId.get(id)!; const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000); });
  const top = [...self.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`--- run ${k} (${Date.now() - t0} ms wall), total non-idle ${[...self.entries()].filter(([k]) => !k.startsWith('(idle)')).reduce((s, [, v]) => s + v, 0).toFixed(0)} ms`);
  for (const [key, ms] of top) console.log(ms.toFixed(1).padStart(7), key);
  await page.close();
}
await browser.close();
await h.close();
