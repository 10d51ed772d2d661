import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyScreening } from '../../../shared/contraindications.ts';
import type { ConsentTemplate } from '../../../shared/consent.ts';
import { ApiError } from '../../../shared/errors.ts';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/settings.ts';
import { createHandlers } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { errorText } from '../../../renderer/i18n/errorText.ts';
import { testAccess } from '../access/fixtures.ts';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { findUnprintable, firstUnprintable } from '../../../electron/pdf/fonts.ts';
import { loadCourseRecord, loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { recordChannels } from '../../../electron/channels/records.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { populateCourse, SETTINGS } from './recordFixtures.ts';
import { PNG } from '../consent/consentFixtures.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

/**
 * Printed records in the patient's language, read back as a reader sees them (pdftotext), and names and
 * notes in any script: Chinese, Arabic (right to left, shaped), and a character no font carries refused
 * before anything is written. Pages are rendered to tests/.artifacts/pdf/ to be looked at.
 */

const ARTIFACTS = 'tests/.artifacts/pdf';
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const fontsOf = (pdf: string) => execFileSync('pdffonts', [pdf], { encoding: 'utf8' });

function renderPages(pdf: string, name: string, first = 1, last = 2): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${name}-`)) rmSync(join(ARTIFACTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(first), '-l', String(last), pdf, join(ARTIFACTS, name)]);
}

describe('a record in the patient\'s language', () => {
  it('prints a session record in French: words, month names, decimal commas, accents, the signature time in the clinic\'s zone', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 3, pointsPerSession: 30, patient: { language: 'fr' } });
    const data = await loadSessionRecord({ store, settings: { ...SETTINGS, timeZone: 'Europe/Paris' } }, fx.sessions[1]!.id);
    expect(data.language).toBe('fr');
    const path = join(tempDir(), 'seance.pdf');
    const result = await exportPdf(data, path);
    const t = text(path);
    expect(data.entry.courseLabel).toBeTruthy();
    expect(t).toContain(`Séance de mésothérapie : ${data.entry.courseLabel}`);
    expect(t).toContain('Recherche de contre-indications');
    expect(t).toContain('Points d’injection');
    expect(t).toContain('Rectificatifs');
    expect(t).toContain('SIGNÉE');
    expect(t).toContain('13 janv. 2025');
    expect(t).toMatch(/\b\d,\d mm\b/); // 4,5 mm
    expect(t).toMatch(/\b\d,\d\d? ml\b/); // 0,15 ml
    expect(t).not.toMatch(/\b\d\.\d mm\b/);
    for (let n = 1; n <= result.pages; n += 1) expect(t).toContain(`Page ${n} sur ${result.pages}`);
    // Expiry as the vial writes it, French short date.
    expect(t).toMatch(/LD2-4471\s+31\/05\/2026/);
    // Signed at an instant stored in UTC, printed in Paris time as the screen shows it (no "UTC").
    const signedAt = fx.sessions[1]!.signedAt!;
    const paris = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' }).format(new Date(signedAt));
    expect(t).toMatch(new RegExp(`Signée par Dr\\. Élodie Brühl le .*${paris}`));
    expect(t).not.toContain('UTC');
    // No English left.
    for (const english of ['Treatment session', 'Contraindication', 'Injection points', 'Page 1 of', 'Printed', 'Signed by', 'Cocktail']) expect(t).not.toContain(english);
    renderPages(path, 'fr-session', 1, 3);
  });

  it('prints a course record in Italian, or in the language the practitioner asks for', async () => {
    const dir = tempDir();
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 3, pointsPerSession: 12, patient: { language: 'it' } });
    const saved: string[] = [];
    const api = recordChannels({
      photoCodec: PLAIN_PHOTOS,
      store: () => store,
      settings: () => SETTINGS,
      actor: () => ({ name: SETTINGS.practitionerName }),
      files: { chooseSavePath: async ({ defaultName }) => (saved.push(join(dir, `${saved.length}-${defaultName}`)), saved[saved.length - 1]!) },
    });
    const outcome = await api.exportCoursePdf({ courseId: fx.course.id, open: false });
    if (!outcome.saved) throw new Error('not saved');
    const t = text(outcome.path);
    expect(t).toContain('Ciclo di trattamento');
    expect(t).toContain('Dolore nel corso del ciclo');
    expect(t).toContain('Seduta di mesoterapia');
    expect(t).toContain('13 gen 2025');
    expect(t).toMatch(/\b\d,\d mm\b/);
    expect(t).toContain(`Pagina ${outcome.pages} di ${outcome.pages}`);
    expect(t).toContain('Scadenza');
    expect(t).toContain('Profondità'.toLocaleUpperCase('it'));
    renderPages(outcome.path, 'it-course', 1, 2);

    // The practitioner asks for Spanish: the patient's Italian is set aside for this record.
    const spanish = await api.exportCoursePdf({ courseId: fx.course.id, open: false, language: 'es' });
    if (!spanish.saved) throw new Error('not saved');
    const es = text(spanish.path);
    expect(es).toContain('Ciclo de tratamiento');
    expect(es).toContain(`Página ${spanish.pages} de ${spanish.pages}`);
    expect(es).not.toContain('Ciclo di trattamento');
  });

  it('prints a signed consent in the language of the text the patient read', async () => {
    const dir = tempDir();
    const { store } = openTestStore();
    const settings = settingsSchema.parse({ ...DEFAULT_SETTINGS, clinic: { name: 'Cabinet du Parc', address: '', phone: '' }, timeZone: 'Europe/Paris' });
    const saved: string[] = [];
    const api = createHandlers({
      store: holdStore(store),
      settings: { get: () => settings, update: () => settings },
      access: testAccess({ name: 'Dr Lefèvre' }),
      appInfo: () => ({ version: 't', dataDir: dir, databasePath: '', schemaVersion: store.schemaVersion }),
      photoDir: join(dir, 'photos'),
      files: { chooseSavePath: async ({ defaultName }) => (saved.push(join(dir, defaultName)), saved[saved.length - 1]!) },
    });
    const value = async <T,>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>) => {
      const r = await result;
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as T;
    };
    const patient = await value<{ id: string }>(api.createPatient({ firstName: 'Amélie', lastName: 'Lefèvre', dateOfBirth: '1988-05-04', sex: 'female', language: 'fr', screening: emptyScreening('2025-01-02') }));
    const [template] = await value<ConsentTemplate[]>(api.listConsentTemplates({ indication: 'hair-loss', language: 'fr' }));
    expect(template?.language).toBe('fr');
    const consent = await value<{ id: string }>(
      api.signConsent({ patientId: patient.id, templateId: template!.templateId, templateVersion: template!.version, screeningConfirmed: true, photoConsent: true, patientSignature: { kind: 'typed', name: 'Amélie Lefèvre' }, practitionerSignature: { kind: 'typed', name: 'Dr Lefèvre' } }),
    ).catch(async () =>
      // Typed signatures may be refused by the clinic's settings: the practitioner's is then drawn.
      value<{ id: string }>(api.signConsent({ patientId: patient.id, templateId: template!.templateId, templateVersion: template!.version, screeningConfirmed: true, photoConsent: true, patientSignature: { kind: 'drawn', name: 'Amélie Lefèvre', png: PNG }, practitionerSignature: { kind: 'drawn', name: 'x', png: PNG } })),
    );
    const outcome = await value<{ path: string; pages: number }>(api.exportConsentPdf({ consentId: consent.id }));
    const t = text(outcome.path).replace(/\s+/g, ' ');
    for (const phrase of ['Information lue par le patient', 'Réponses au questionnaire confirmées par le patient', 'Grossesse', 'Intégrité', 'SIGNÉ', 'LEFÈVRE, Amélie', `Page 1 sur ${outcome.pages}`]) expect(t, phrase).toContain(phrase);
    expect(t).not.toContain('Information read by the patient');
    renderPages(outcome.path, 'fr-consent', 1, 2);
  });

  it('falls back to the clinic\'s language, then English', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 1, pointsPerSession: 2 });
    expect((await loadCourseRecord({ store, settings: { ...SETTINGS, language: 'pt-BR' } }, fx.course.id)).language).toBe('pt-BR');
    const { language: _unset, ...noLanguage } = SETTINGS;
    expect((await loadCourseRecord({ store, settings: noLanguage }, fx.course.id)).language).toBe('en');
  });
});

describe('every name prints', () => {
  it('prints 王秀英 with a note in Arabic, whole, in logical order once extracted', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 2, pointsPerSession: 8, patient: { firstName: '秀英', lastName: '王', language: 'fr' } });
    const data = await loadSessionRecord({ store, settings: SETTINGS }, fx.sessions[0]!.id);
    const arabic = 'المريضة تشعر بتحسن كبير بعد الجلسة';
    data.entry.session.notes = `${arabic} (EVA 3)`;
    data.entry.session.aftercare = 'שתייה מרובה; 冰敷十分钟; 얼음찜질 10분; ประคบเย็น; बर्फ़ से सिकाई';
    const path = join(tempDir(), 'wang.pdf');
    await exportPdf(data, path);
    const t = text(path);
    expect(t).toContain('王, 秀英');
    expect(t).toContain('秀英 王');
    // poppler gives right-to-left text back in logical (reading) order, between embedding marks (RLE … PDF).
    const extracted = t.replace(/[\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
    expect(extracted).toContain(arabic);
    expect(extracted).toContain('EVA 3');
    for (const word of ['שתייה', '冰敷十分钟', '얼음찜질', 'ประคบเย็น']) expect(extracted).toContain(word);
    // The fallback faces are embedded as subsets (pdffonts marks subset names with a tag "ABCDEF+").
    const fonts = fontsOf(path);
    for (const face of ['NotoSans-Regular', 'NotoSansArabic', 'DroidSansFallback', 'NanumSquare']) expect(fonts).toMatch(new RegExp(`[A-Z]{6}\\+${face}`));
    renderPages(path, 'wang', 1, 2);
  });

  it('refuses a character no shipped font can draw, naming the field and the character, before any file is written', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 1, pointsPerSession: 3 });
    const data = await loadSessionRecord({ store, settings: SETTINGS }, fx.sessions[0]!.id);
    data.entry.session.notes = 'Patient happy 😀 with the result';
    expect(findUnprintable(data)).toMatchObject({ field: 'entry.session.notes', character: '😀', codePoint: 'U+1F600' });
    expect(firstUnprintable('Linear B 𐀀')).toMatchObject({ character: '𐀀', codePoint: 'U+10000' });
    expect(firstUnprintable('王秀英, مريم, Ольга, Łucja\u200f')).toBeNull();

    const dir = tempDir();
    const path = join(dir, 'refused.pdf');
    const refusal = await exportPdf(data, path).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ code: 'invalid-input', field: 'entry.session.notes', reason: 'unprintable-character', params: { character: '😀', codePoint: 'U+1F600' } });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    // The screen words it in the practitioner's language, naming the character.
    expect(errorText((await createTranslator('fr')).t, refusal)).toContain('« 😀 » (U+1F600)');
    expect(errorText((await createTranslator('en')).t, refusal)).toContain('“😀” (U+1F600)');

    // Through the channel: refused before the save dialog is even shown.
    const other = openTestStore().store;
    const linearB = populateCourse(other, { sessions: 1, pointsPerSession: 3, patient: { lastName: 'Smith 𐀀' } });
    let asked = 0;
    const api = recordChannels({
      photoCodec: PLAIN_PHOTOS,
      store: () => other,
      settings: () => SETTINGS,
      actor: () => ({ name: SETTINGS.practitionerName }),
      files: { chooseSavePath: async () => (asked++, join(dir, 'never.pdf')) },
    });
    const viaChannel = await api.exportSessionPdf({ sessionId: linearB.sessions[0]!.id, open: false }).catch((e: unknown) => e);
    expect(viaChannel).toBeInstanceOf(ApiError);
    expect(viaChannel).toMatchObject({ reason: 'unprintable-character', field: 'patient.lastName', params: { character: '𐀀' } });
    expect(asked).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
