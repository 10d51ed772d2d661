import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { productSchema } from '../../../shared/product.ts';
import { actor, defaults, openTestStore, patientFields, screeningWith, sessionDraft, tempDir } from '../store/fixtures.ts';
import { SETTINGS } from './recordFixtures.ts';

const ARTIFACTS = 'tests/.artifacts/pdf';
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

describe('the session record and an expired lot', () => {
  it('prints the reason the expired lot was used beside it', async () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const reason = 'Only vial in stock, checked intact';
    const products = [
      productSchema.parse({ name: 'Hyaluronic acid', volumeMl: 2, lot: 'HA2301', expiry: '2025-01-05', expiredLotReason: reason }),
      productSchema.parse({ name: 'Lidocaine 2%', volumeMl: 1, lot: 'LD-1', expiry: '2026-05-31' }),
    ];
    store.saveSession(session.id, { products }, undefined, actor);
    store.signSession(session.id, actor);
    const path = join(tempDir(), 'expired.pdf');
    await exportPdf(await loadSessionRecord({ store, settings: SETTINGS }, session.id), path);
    // The expiry column wraps: the words are read back as one run.
    const t = text(path).replace(/\s+/g, ' ');
    expect(t).toMatch(/HA2301 05\/01\/2025 EXPIRED\. Used because: Only vial in stock, checked ?intact/);
    expect(t).toMatch(/LD-1 31\/05\/2026/);
    expect(t).toContain('EXPIRED: a product was past its expiry date on the day of the session.');
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', path, join(ARTIFACTS, 'expired-lot-reason')]);
  });
});
