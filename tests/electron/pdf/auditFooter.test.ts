import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordChannels, type RecordChannelContext } from '../../../electron/channels/records.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';
import { consentToPhotos, openTestStore, tempDir } from '../store/fixtures.ts';
import { populateCourse, SETTINGS } from './recordFixtures.ts';

/**
 * Every printed record carries the audit trail's newest link in its footer (issue 14): a records file
 * whose newest entries were removed afterwards no longer has that entry with that hash.
 */

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

function channels(language?: 'fr') {
  const { store } = openTestStore();
  const dir = tempDir();
  let next = 0;
  const ctx: RecordChannelContext = {
    store: () => store,
    settings: () => (language ? { ...SETTINGS, language } : SETTINGS),
    actor: () => ({ name: SETTINGS.practitionerName }),
    files: { chooseSavePath: async ({ defaultName }) => join(dir, `${++next}-${defaultName}`) },
    photoCodec: PLAIN_PHOTOS,
  };
  return { store, api: recordChannels(ctx) };
}

describe('the audit chain in the footer of printed records', () => {
  it('prints the newest entry and the end of its hash on every page of the session, course and consent records', async () => {
    const { store, api } = channels();
    const fx = populateCourse(store, { sessions: 2, pointsPerSession: 30 });
    const consent = consentToPhotos(store, fx.patient.id);

    for (const print of [
      () => api.exportSessionPdf({ sessionId: fx.sessions[0]!.id, open: false }),
      () => api.exportCoursePdf({ courseId: fx.course.id, open: false }),
      () => api.exportConsentPdf({ consentId: consent.id, open: false }),
    ]) {
      // The head as it is when printing: the print's own entry comes after it.
      const head = store.auditHead()!;
      const outcome = await print();
      if (!outcome.saved) throw new Error('expected a saved record');
      const lines = text(outcome.path).split('\n').filter((l) => l.includes('Audit trail'));
      expect(lines).toHaveLength(outcome.pages);
      for (const line of lines) expect(line).toContain(`Audit trail …${head.hash.slice(-8)} (entry ${head.entry})`);
      expect(store.auditHead()!.entry).toBe(head.entry + 1);
    }
  });

  it("words it in the record's language", async () => {
    const { store, api } = channels('fr');
    const fx = populateCourse(store, { sessions: 1, pointsPerSession: 5 });
    const head = store.auditHead()!;
    const outcome = await api.exportSessionPdf({ sessionId: fx.sessions[0]!.id, open: false });
    if (!outcome.saved) throw new Error('expected a saved record');
    expect(text(outcome.path)).toContain(`Journal d’audit …${head.hash.slice(-8)} (entrée ${head.entry})`);
    mkdirSync('tests/.artifacts/pdf', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', outcome.path, 'tests/.artifacts/pdf/audit-footer-fr']);
  });
});
