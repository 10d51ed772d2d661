import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordChannels, type RecordChannelContext } from '../../../electron/channels/records.ts';
import { adverseEventFieldsSchema } from '../../../shared/adverseEvents.ts';
import { productSchema } from '../../../shared/product.ts';
import { courseFields, defaults, openTestStore, patientFields, points, screeningWith, sessionDraft, tempDir } from '../store/fixtures.ts';
import { actor, SETTINGS } from './recordFixtures.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

/** Adverse events on paper: the session and course records' table, and the report of one event, read back. */

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

function recordedEvents() {
  const { store } = openTestStore();
  const patient = store.createPatient(patientFields({ firstName: 'Łucja Ольга', lastName: 'Groß-Wiśniewska', dateOfBirth: '1979-11-23', sex: 'female', screening: screeningWith() }), actor);
  const course = store.createCourse(courseFields(patient.id), actor);
  const draft = store.createSession(sessionDraft(patient.id, { courseId: course.id, practitioner: actor.name }), defaults, actor);
  store.saveSession(draft.id, { products: [productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 2 })] }, points(8), actor);
  const session = store.signSession(draft.id, actor);
  const fx = { course };
  const [first] = session.points;
  const haematoma = store.addAdverseEvent(
    session.id,
    adverseEventFieldsSchema.parse({
      type: 'haematoma',
      onsetDate: '2025-01-13',
      severity: 'moderate',
      pointIds: [first!.id],
      treatment: 'Arnica gel; cold packs',
      outcome: 'ongoing',
      followUpDate: '2025-01-20',
      reportedToAgency: true,
      reportedOn: '2025-01-14',
      reportReference: 'FR-2025-0042',
    }),
    actor,
  );
  const dir = tempDir();
  let next = 0;
  const ctx: RecordChannelContext = {
    photoCodec: PLAIN_PHOTOS,
    store: () => store,
    settings: () => ({ ...SETTINGS, country: 'FR' }),
    actor: () => actor,
    files: { chooseSavePath: async ({ defaultName }) => join(dir, `${++next}-${defaultName}`) },
  };
  return { store, fx, session, haematoma, channels: recordChannels(ctx) };
}

describe('adverse events on paper', () => {
  it("print in the session record and in the course record, after the session's signature", async () => {
    const { fx, session, channels } = recordedEvents();
    const sessionPdf = await channels.exportSessionPdf({ sessionId: session.id, open: false });
    const coursePdf = await channels.exportCoursePdf({ courseId: fx.course.id, open: false });
    for (const outcome of [sessionPdf, coursePdf]) {
      if (!outcome.saved) throw new Error('not saved');
      const t = text(outcome.path);
      expect(t).toContain('Adverse events');
      expect(t).toMatch(/Haematoma\s+13 Jan 2025\s+Moderate/);
      // Cells wrap within their column, beside the other columns' lines: their first lines are checked.
      expect(t).toMatch(/Haematoma\s+13 Jan 2025\s+Moderate\s+1 Back, Lumbar\s+Arnica gel;.*Not yet\s+20 Jan 2025\s+Reported on 14/);
      expect(t).toContain('FR-2025-0042');
      expect(t.indexOf('Adverse events')).toBeGreaterThan(t.indexOf('Signed by'));
    }
  });

  it('are summed up on the course record’s cover, each with its session, before the sessions in full', async () => {
    const { fx, channels } = recordedEvents();
    const coursePdf = await channels.exportCoursePdf({ courseId: fx.course.id, open: false });
    if (!coursePdf.saved) throw new Error('not saved');
    const t = text(coursePdf.path).replace(/\s+/g, ' ');
    const cover = t.indexOf('Adverse event in this course (1)');
    expect(cover).toBeGreaterThan(0);
    expect(t.slice(cover)).toMatch(/^Adverse event in this course \(1\) Session Adverse event/);
    // Cells wrap within their columns, line by line across the row: the session, then the event beside it.
    expect(t.slice(cover, cover + 400)).toMatch(/session 1 of Haematoma 13 Jan Moderate .* 10, 6 Jan 2025/);
    // On the cover: before the first session's own section. The cover's page, turned into a PNG to be looked at.
    mkdirSync('tests/.artifacts/pdf', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', coursePdf.path, 'tests/.artifacts/pdf/course-adverse-events-cover']);
    expect(cover).toBeLessThan(t.indexOf('Signed by'));
  });

  it("print as a report of their own: the patient by initials, the event, the products with lots, the agency of the clinic's country; audited", async () => {
    const { store, haematoma, channels } = recordedEvents();
    const outcome = await channels.exportAdverseEventPdf({ adverseEventId: haematoma.id, open: false });
    if (!outcome.saved) throw new Error('not saved');
    expect(outcome.pages).toBe(1);
    const t = text(outcome.path);
    expect(t).toContain('Adverse event report');
    expect(t).toContain('Ł. О. G. W.');
    expect(t).toContain('13 Jan 2025 (7 days after the session)');
    expect(t).toMatch(/Lidocaine 2%.*LD2-4471/);
    expect(t).toContain('ANSM');
    expect(t).toContain('FR-2025-0042');
    expect(store.listAudit(haematoma.id).map((e) => e.action)).toEqual(['adverse-event.create', 'adverse-event.print']);
  });

  it("prints the report in the patient's language when asked", async () => {
    const { haematoma, channels } = recordedEvents();
    const outcome = await channels.exportAdverseEventPdf({ adverseEventId: haematoma.id, open: false, language: 'fr' });
    if (!outcome.saved) throw new Error('not saved');
    const t = text(outcome.path);
    expect(t).toContain('Déclaration d’effet indésirable');
    expect(t).toContain('Hématome');
    expect(t).toContain('Non encore guéri');
    expect(t).toContain('7 jours après la séance');
  });
});
