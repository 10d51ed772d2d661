import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createBackupService } from '../../electron/backup/backupService.ts';
import { exportPatientWithPhotos } from '../../electron/backup/patientTransfer.ts';
import { createHandlers, type HandlerContext } from '../../electron/handlers.ts';

import { openRecordStore } from '../../electron/store/recordStore.ts';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/api.ts';
import { emptyScreening } from '../../shared/contraindications.ts';
import { API_ERROR_CODES } from '../../shared/errors.ts';
import { patientExportDocumentSchema } from '../../shared/patientExport.ts';
import { tempDir } from './store/fixtures.ts';
import { testAccess, TEST_KDF } from './access/fixtures.ts';
import { memorySettings } from './handlerFixtures.ts';
import { openRecordsFolder } from '../../electron/seal/recordsFolder.ts';
import { photoCodecOf } from '../../electron/seal/sealedPhotos.ts';
import { connectSql } from '../../electron/store/sqlDatabase.ts';

/**
 * Property: whatever arrives on any channel (arbitrary values, and valid payloads with one part
 * broken somewhere deep inside), the handler answers an envelope: a value, or a typed refusal. It
 * never throws, never answers 'internal', and never lets an invalid row into the database.
 */
const RUNS = 10_000;

/** Every channel that writes exactly one audit entry when it succeeds. */
const AUDITED: ReadonlySet<ChannelName> = new Set([
  'createPatient', 'updatePatient', 'setPatientArchived', 'createCourse', 'createSession', 'saveSession', 'signSession',
  'amendSession', 'acknowledgeContraindications', 'saveProtocol', 'deleteProtocol', 'getSession', 'exportPatient', 'importPatient',
  'createFirstPractitioner', 'unlock', 'addPractitioner', 'changePassphrase', 'setPractitionerDisabled', 'setPractitionerLanguage',
  'setPractitionerRegistration',
  'saveConsentTemplate', 'signConsent', 'withdrawConsent', 'addPhoto', 'removePhoto',
  'addAdverseEvent', 'updateAdverseEvent', 'saveCatalogueProduct', 'setProductRetired', 'receiveLot', 'adjustLot',
  'openRecall', 'markRecallContact', 'closeRecall',
  // Reads and security events (issue 14): a patient or consent opened, a lot searched, a backup taken by hand.
  'getPatient', 'getConsent', 'findProductUses', 'exportLotRecallCsv', 'createBackupNow',
  'renewRecoveryKey',
] satisfies ChannelName[]);

/** Channels whose entries depend on what they found: counted again from the database after each success. */
const RECOUNTED: ReadonlySet<ChannelName> = new Set(['restoreBackup', 'updateSettings', 'lock', 'getPhotoImages', 'recoverWithKey', 'confirmRecoveryKey'] satisfies ChannelName[]);

/** Channels that can succeed only once in the records' life (the first run): seeded, never accepted again. */
const ONCE: ReadonlySet<ChannelName> = new Set(['createFirstPractitioner'] satisfies ChannelName[]);

/** Read with the store's own engine and key: a second SQLite library on the file could corrupt it. */
function auditRows(path: string, key: Uint8Array): number {
  const db = connectSql(path, { readOnly: true, key });
  try {
    return Number(db.prepare('SELECT COUNT(*) AS n FROM audit').get()?.n);
  } finally {
    db.close();
  }
}

// Values that break something: wrong types, bounds, formats, sizes, prototype tricks.
const breaking = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, null, '', ' ', '   x   ', -1, 0, 1.5, 41, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {},
    'x'.repeat(5_000), '2025-02-30', '1899-12-31', '25:61', '00000000-0000-4000-8000-000000000000', 'not-a-uuid', '__proto__',
    { __proto__: { polluted: true } }, '<script>alert(1)</script>', '\u0000', '../../etc/passwd', 'mesochart-2025-01-01T00-00-00-000Z.sqlite',
  ),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 2 }),
);

/** The value with one place (chosen by `pick`) replaced by `value`, or its key removed. */
function mutate(valid: unknown, pick: number, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(valid) as unknown;
  const places: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, i) => (places.push({ parent: node, key: i }), walk(child)));
    else if (node !== null && typeof node === 'object') for (const [k, child] of Object.entries(node)) (places.push({ parent: node as Record<string, unknown>, key: k }), walk(child));
  };
  walk(copy);
  if (places.length === 0) return value;
  const place = places[pick % places.length]!;
  if (remove && !Array.isArray(place.parent)) delete (place.parent as Record<string, unknown>)[place.key];
  else (place.parent as Record<string | number, unknown>)[place.key] = value;
  return copy;
}

describe('every channel under arbitrary and near-valid payloads', () => {
  it(`answers ${RUNS} payloads with envelopes and keeps the database valid`, { timeout: 180_000 }, async () => {
    const dir = tempDir();
    // The records as the application keeps them: sealed from the first run (electron/seal/).
    mkdirSync(join(dir, 'data'), { mode: 0o700 });
    const folder = (await openRecordsFolder(join(dir, 'data'), { kdf: TEST_KDF }))!;
    const { databasePath } = folder.paths;
    const settings = memorySettings({ practitionerName: 'Dr Fuzz', backups: { keep: 3, intervalHours: 24 } });
    const access = testAccess();
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c08060' } }).jpeg().toBuffer();
    const png = await sharp({ create: { width: 40, height: 40, channels: 4, background: '#20406080' } }).png().toBuffer();
    const photoFile = join(dir, 'photo.jpg');
    const textFile = join(dir, 'notes.jpg');
    writeFileSync(photoFile, jpeg);
    writeFileSync(textFile, 'not an image at all, only text pretending');
    const ctx: HandlerContext = {
      store: folder.stores,
      sealed: folder.sealed,
      settings,
      access,
      appInfo: () => ({ version: 't', dataDir: dir, databasePath, schemaVersion: ctx.store.current().schemaVersion }),
      backups: createBackupService({ databasePath, backupDir: join(dir, 'backups'), photoDir: join(dir, 'photos'), keep: () => settings.get().backups.keep, kdf: { logN: 10, r: 8, p: 1 }, sealing: folder.backupSealing }),
      // Every save dialog is cancelled: exports and recall lists are validated and loaded, nothing is written.
      // The open dialog picks a real JPEG and a renamed text file: one photo added, one refused.
      files: { chooseSavePath: async () => null, chooseOpenFiles: async () => [photoFile, textFile] },
      photoDir: join(dir, 'photos'),
    };
    const api = createHandlers(ctx);
    const call = async (name: ChannelName, input: unknown) => {
      const r = await api[name](input);
      if (!r.ok) throw new Error(`seed ${name}: ${JSON.stringify(r.error)}`);
      return r.value as { id: string };
    };

    // Seed: the first practitioner (which unlocks), a second one, then patients (one with a positive screening), a course, drafts and a signed session, a protocol, a backup.
    let passphrase = 'fuzzing passphrase';
    const passphrases = [passphrase];
    const unlocked = (await call('createFirstPractitioner', { displayName: 'Dr Fuzz', passphrase })) as unknown as { current: { id: string; displayName: string }; recoveryKeyToShow: string };
    const self = unlocked.current;
    let recoveryKey = unlocked.recoveryKeyToShow;
    const otherPractitionerIds = [(await call('addPractitioner', { displayName: 'Dr Second', passphrase: 'second passphrase' })).id];
    const screening = emptyScreening('2025-01-02');
    const positive = { ...screening, answers: { ...screening.answers, anticoagulants: { present: true, note: '' } } };
    const patientIds = [
      (await call('createPatient', { firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1984-03-12', sex: 'female', screening })).id,
      (await call('createPatient', { firstName: 'Hans', lastName: 'Müller', dateOfBirth: '1970-04-12', sex: 'male', screening: positive })).id,
    ];
    const catalogueIds = [(await call('saveCatalogueProduct', { name: 'Lidocaine 2%', kind: 'medicinal', gtins: ['4006381333931'] })).id];
    const stockLotIds = [((await call('receiveLot', { productId: catalogueIds[0], lot: 'LD-1', expiry: '2027-05-31', quantity: 20, receivedOn: '2025-01-02' })) as unknown as { lotId: string }).lotId];
    const courseIds = [(await call('createCourse', { patientId: patientIds[0], indication: 'pain', area: 'Lumbar', plannedSessions: 10, startDate: '2025-01-06' })).id];
    const point = (view = 'body-front') => ({ id: randomUUID(), view, x: 400, y: 900, region: 'abdomen', depthMm: 4, needle: '30G-4mm', technique: 'point' });
    const sessionIds: string[] = [];
    for (const patientId of patientIds) {
      for (let i = 0; i < 3; i++) {
        const s = await call('createSession', { consentOverride: 'Consent on paper (test)', patientId, date: '2025-01-06', time: '09:30', practitioner: 'Dr Fuzz', indication: 'cellulite', treatedAreas: ['Thighs'] });
        await call('saveSession', { id: s.id, fields: { products: [{ name: 'Lidocaine 2%', lot: 'LD-1' }] }, points: [point(), point()] });
        sessionIds.push(s.id);
      }
    }
    await call('signSession', { id: sessionIds[0] });
    const protocolIds = [(await call('saveProtocol', { name: 'Cellulite grid', view: 'body-front', points: [point(), point()] })).id];
    const adverseEventIds = [(await call('addAdverseEvent', { sessionId: sessionIds[0], type: 'haematoma', onsetDate: '2025-01-07', severity: 'mild', outcome: 'ongoing' })).id];
    const recallIds = [(await call('openRecall', { lot: 'LD-1', reason: 'Manufacturer notice' })).id];
    const templateIds = ((await api.listConsentTemplates({})) as { ok: true; value: { templateId: string }[] }).value.map((t) => t.templateId);
    const signature = { kind: 'drawn', name: 'Anaïs Lefèvre', png: `data:image/png;base64,${png.toString('base64')}` };
    const consentIds = [(await call('signConsent', { patientId: patientIds[0], templateId: templateIds[0], templateVersion: 1, screeningConfirmed: true, photoConsent: true, patientSignature: signature, practitionerSignature: signature })).id];
    const photoIds = [(await call('addPhoto', { sessionId: sessionIds[1], pose: 'front', caption: 'before', data: jpeg.toString('base64') })).id];
    await call('createBackupNow', {});
    const exported = (await api.exportPatient({ id: patientIds[0] })) as { ok: true; value: unknown };
    let expectedAudit = auditRows(databasePath, folder.vault.key());

    // Valid payloads, channel by channel, from the seeded ids and generated values.
    const anyOf = <T>(items: readonly T[]) => fc.constantFrom(...items);
    const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() !== '');
    const isoDate = fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const view = anyOf(['body-front', 'body-back', 'face', 'scalp'] as const);
    const points = (v = view) =>
      fc.array(
        fc.record({ id: fc.uuid({ version: 4 }), view: v, x: fc.double({ min: 0, max: 2000, noNaN: true }), y: fc.double({ min: 0, max: 2000, noNaN: true }), region: fc.string({ maxLength: 20 }), depthMm: fc.constantFrom(4, 4.5, 5, 5.5, 6), needle: fc.constant('30G-4mm'), technique: fc.constant('point'), productIndex: fc.constantFrom(null, 0) }),
        { minLength: 1, maxLength: 6 },
      );
    const patientFields = fc.record({ firstName: text(30), lastName: text(30), dateOfBirth: isoDate, sex: anyOf(['female', 'male', 'other', 'unspecified'] as const), notes: fc.string({ maxLength: 50 }), screening: fc.constantFrom(null, screening, positive) });
    const product = fc.record({ name: text(20), lot: fc.string({ maxLength: 10 }), expiry: fc.constantFrom('', '2026-05-31'), volumeMl: fc.constantFrom(null, 1, 2.5), catalogueId: fc.constantFrom(null, ...catalogueIds), kind: fc.constantFrom(null, 'medicinal', 'device') }, { requiredKeys: ['name'] });
    const freshDocument = fc.constant(null).map(() => {
      let json = JSON.stringify(exported.value);
      const ids = new Set(json.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);
      for (const id of ids) json = json.split(id).join(randomUUID());
      // Signed consents cannot take new ids: their hash covers the patient's and template's ids, and
      // an import recomputes it. The fresh copy goes without them.
      return { ...(JSON.parse(json) as object), consents: [], consentTemplates: [] } as unknown;
    });
    // An adverse event's fields: onsets on, after and (refused) before the sessions' day; reports with and without their date.
    const adverseEventFields = {
      type: anyOf(['haematoma', 'nodules', 'atypical-mycobacterial-infection', 'other'] as const),
      description: fc.string({ maxLength: 20 }),
      onsetDate: fc.constantFrom('2025-01-06', '2025-01-13', '2025-01-05'),
      severity: anyOf(['mild', 'moderate', 'severe'] as const),
      outcome: anyOf(['ongoing', 'resolved', 'resolved-with-sequelae', 'unknown'] as const),
      followUpDate: fc.constantFrom(null, '2025-01-20'),
      reportedToAgency: fc.boolean(),
      reportedOn: fc.constantFrom(null, '2025-01-21'),
      reportReference: fc.string({ maxLength: 12 }),
    };
    const currentBackups = () => (ctx.backups!.list().map((b) => b.file) as string[]).concat(['mesochart-2020-01-01T00-00-00-000Z.sqlite']);

    const valid: { [K in ChannelName]: fc.Arbitrary<unknown> } = {
      appInfo: fc.constant({}),
      getSettings: fc.constant({}),
      updateSettings: fc.oneof(
        fc.record({ practitionerName: fc.string({ maxLength: 30 }) }),
        fc.record({ backups: fc.record({ keep: fc.integer({ min: 1, max: 100 }), intervalHours: fc.integer({ min: 1, max: 720 }) }) }),
        fc.record({ defaults: fc.record({ depthMm: fc.constantFrom(4, 4.5, 5, 5.5, 6), needle: fc.constant('30G-4mm'), technique: fc.constant('point') }) }),
      ),
      listPatients: fc.record({ search: fc.string({ maxLength: 10 }), includeArchived: fc.boolean(), offset: fc.nat(100), limit: fc.integer({ min: 1, max: 200 }) }, { requiredKeys: [] }),
      getPatient: fc.record({ id: anyOf(patientIds) }),
      createPatient: patientFields,
      updatePatient: fc.record({ id: anyOf(patientIds), fields: patientFields }),
      setPatientArchived: fc.record({ id: anyOf(patientIds), archived: fc.boolean() }),
      listCourses: fc.record({ patientId: anyOf(patientIds) }),
      createCourse: fc.record({ patientId: anyOf(patientIds), indication: anyOf(['pain', 'cellulite'] as const), area: text(20), plannedSessions: fc.integer({ min: 1, max: 40 }), startDate: isoDate }),
      listSessions: fc.record({ patientId: anyOf(patientIds) }),
      getSession: fc.record({ id: anyOf(sessionIds) }),
      createSession: fc.record({ patientId: anyOf(patientIds), courseId: fc.constantFrom(null, ...courseIds), date: isoDate, time: fc.constantFrom('09:30', '17:05'), practitioner: text(20), indication: anyOf(['pain', 'cellulite'] as const), treatedAreas: fc.array(text(20), { minLength: 1, maxLength: 3 }), copyFromSessionId: fc.option(anyOf(sessionIds), { nil: undefined }), consentOverride: fc.option(text(30), { nil: undefined }) }),
      saveSession: fc.record({ id: anyOf(sessionIds), fields: fc.record({ notes: fc.string({ maxLength: 40 }), vasBefore: fc.option(fc.integer({ min: 0, max: 10 })), products: fc.array(product, { minLength: 1, maxLength: 3 }), sideEffects: fc.constantFrom([], ['wheals']) }, { requiredKeys: [] }), points: fc.option(points(), { nil: undefined }) }),
      signSession: fc.record({ id: anyOf(sessionIds) }),
      amendSession: fc.record({ id: anyOf(sessionIds), reason: text(30), fields: fc.record({ vasAfter: fc.option(fc.integer({ min: 0, max: 10 })), notes: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }), points: fc.option(points(), { nil: undefined }) }),
      acknowledgeContraindications: fc.record({ sessionId: anyOf(sessionIds) }),
      listProtocols: fc.record({ view }, { requiredKeys: [] }),
      saveProtocol: view.chain((v) => fc.record({ name: text(20), view: fc.constant(v), points: points(fc.constant(v)) })),
      deleteProtocol: fc.record({ id: anyOf(protocolIds) }),
      exportPatient: fc.record({ id: anyOf(patientIds) }),
      importPatient: fc.record({ fileName: fc.constant('patient.json'), text: freshDocument.map((d) => JSON.stringify(d)) }),
      getPatientImport: fc.record({ patientId: anyOf(patientIds) }),
      listBackups: fc.constant({}),
      createBackupNow: fc.oneof(fc.constant({}), fc.constant({ passphrase: 'correct horse battery' })),
      // A sealed backup opens with a passphrase of its day: any Dr Fuzz had, or none at all.
      restoreBackup: fc.constant(null).chain(() =>
        fc.record({ file: fc.constant(currentBackups()[Math.floor(Math.random() * 2)] ?? 'none'), passphrase: fc.option(fc.constantFrom(...passphrases), { nil: undefined }) }, { requiredKeys: ['file'] }),
      ),
      verifyAudit: fc.constant({}),
      getCourseTimeline: fc.record({ courseId: anyOf(courseIds), asOf: fc.option(isoDate, { nil: undefined }) }),
      compareSessions: fc.constantFrom(sessionIds.slice(0, 3), sessionIds.slice(3, 6), sessionIds.slice(0, 2)).map((ids) => ({ sessionIds: ids })),
      exportSessionPdf: fc.record({ sessionId: anyOf(sessionIds), open: fc.boolean() }),
      exportCoursePdf: fc.record({ courseId: anyOf(courseIds), open: fc.boolean() }),
      getExportProgress: fc.constant({}),
      getBackupProgress: fc.constant({}),
      findProductUses: fc.record({ lot: fc.constantFrom('LD-1', 'ld-1', 'nothing'), product: fc.constantFrom('', 'Lido') }),
      exportLotRecallCsv: fc.record({ lot: fc.constantFrom('LD-1', 'x'), product: fc.constantFrom('', 'Lidocaine'), save: fc.boolean() }),
      listPractitioners: fc.constant({}),
      createFirstPractitioner: fc.record({ displayName: text(30), passphrase: fc.string({ minLength: 10, maxLength: 30 }) }),
      unlock: fc.oneof(
        // Any passphrase Dr Fuzz ever had: a restored backup may bring an earlier one back.
        fc.constant(null).chain(() => fc.constantFrom(...passphrases)).map((p) => ({ practitionerId: self.id, passphrase: p })),
        fc.record({ practitionerId: fc.constantFrom(self.id, ...otherPractitionerIds), passphrase: fc.string({ minLength: 1, maxLength: 30 }) }),
      ),
      lock: fc.constant({}),
      // The records' recovery key of the first run (until renewed), or anything else.
      recoverWithKey: fc.record({ practitionerId: fc.constantFrom(self.id, ...otherPractitionerIds), recoveryKey: fc.oneof(fc.constant(null).map(() => recoveryKey), fc.string({ minLength: 1, maxLength: 60 })), next: fc.string({ minLength: 10, maxLength: 30 }) }),
      confirmRecoveryKey: fc.constant({}),
      renewRecoveryKey: fc.constant({}),
      exportRecoverySheet: fc.constant({}),
      reportActivity: fc.constant({}),
      addPractitioner: fc.record({ displayName: text(30), passphrase: fc.string({ minLength: 10, maxLength: 30 }) }),
      changePassphrase: fc.string({ minLength: 10, maxLength: 30 }).map((next) => ({ current: passphrase, next })),
      setPractitionerDisabled: fc.record({ id: fc.constant(null).map(() => otherPractitionerIds[0]!), disabled: fc.boolean() }),
      setPractitionerLanguage: fc.record({ language: fc.constantFrom('en', 'fr', 'it', 'es', 'pt-BR', null) }),
      setPractitionerRegistration: fc.record({
        registration: fc.constantFrom(null, { register: 'rpps', number: '10101234567' }, { register: 'crm', state: 'SP', number: '123456' }, { register: 'ordine', province: 'RM', number: '4567' }),
        qualification: fc.string({ maxLength: 60 }),
      }),
      listConsentTemplates: fc.record({ indication: anyOf(['pain', 'cellulite', 'wrinkles'] as const) }, { requiredKeys: [] }),
      getConsentTemplate: fc.record({ templateId: anyOf(templateIds), version: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
      saveConsentTemplate: fc.record({ templateId: fc.option(anyOf(templateIds), { nil: undefined }), indication: anyOf(['pain', 'cellulite', 'hair-loss'] as const), title: text(40), body: fc.string({ minLength: 20, maxLength: 200 }) }),
      signConsent: fc.record({
        patientId: anyOf(patientIds),
        templateId: anyOf(templateIds),
        templateVersion: fc.integer({ min: 1, max: 2 }),
        screeningConfirmed: fc.constant(true),
        photoConsent: fc.boolean(),
        patientSignature: fc.oneof(fc.constant(signature), fc.record({ kind: fc.constant('typed'), name: text(20) })),
        practitionerSignature: fc.constant(signature),
      }),
      withdrawConsent: fc.record({ id: fc.constant(null).map(() => consentIds[0]!), date: fc.oneof(isoDate, fc.constant('2030-06-30')), reason: text(30) }),
      listConsents: fc.record({ patientId: anyOf(patientIds) }),
      getConsent: fc.record({ id: fc.constant(null).map(() => consentIds[0]!) }),
      listPatientHistory: fc.record({ patientId: anyOf(patientIds) }),
      listAuditEntries: fc.record({ kind: fc.constantFrom(null, 'view', 'change', 'security'), before: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }), limit: fc.integer({ min: 1, max: 200 }) }, { requiredKeys: [] }),
      getSessionConsent: fc.record({ sessionId: anyOf(sessionIds) }),
      exportConsentPdf: fc.record({ consentId: fc.constant(null).map(() => consentIds[0]!), open: fc.boolean() }),
      addPhoto: fc.record({ sessionId: anyOf(sessionIds), pose: anyOf(['front', 'scalp', 'face-left'] as const), caption: fc.string({ maxLength: 30 }), fileName: fc.string({ maxLength: 20 }), data: fc.constantFrom(jpeg.toString('base64'), png.toString('base64')), reason: fc.option(text(20), { nil: undefined }) }),
      importPhotos: fc.record({ sessionId: anyOf(sessionIds), pose: anyOf(['back', 'left'] as const), caption: fc.string({ maxLength: 30 }), reason: fc.option(text(20), { nil: undefined }) }),
      listPhotos: fc.record({ patientId: anyOf(patientIds), pose: fc.option(anyOf(['front', 'back'] as const), { nil: undefined }), courseId: fc.option(anyOf(courseIds), { nil: undefined }) }),
      getPhotoImages: fc.record({ ids: fc.constant(null).map(() => photoIds.slice(-3)), size: fc.constantFrom('thumb', 'display') }),
      removePhoto: fc.record({ id: fc.constant(null).map(() => photoIds[Math.floor(Math.random() * photoIds.length)]!), reason: fc.option(text(20), { nil: undefined }) }),
      listAdverseEvents: fc.oneof(fc.record({ patientId: anyOf(patientIds) }), fc.record({ sessionId: anyOf(sessionIds) })),
      addAdverseEvent: fc.record({ sessionId: anyOf(sessionIds), ...adverseEventFields }),
      updateAdverseEvent: fc.record({ id: fc.constant(null).map(() => adverseEventIds[Math.floor(Math.random() * adverseEventIds.length)]!), ...adverseEventFields }),
      exportAdverseEventPdf: fc.record({ adverseEventId: fc.constant(null).map(() => adverseEventIds[0]!), open: fc.boolean() }),
      listCatalogue: fc.record({ includeRetired: fc.boolean() }, { requiredKeys: [] }),
      saveCatalogueProduct: fc.record(
        {
          id: fc.option(anyOf(catalogueIds), { nil: undefined }),
          name: text(20),
          kind: anyOf(['medicinal', 'device', 'cosmetic'] as const),
          concentration: fc.string({ maxLength: 10 }),
          presentation: fc.record({ form: anyOf(['vial', 'ampoule', 'syringe', 'other'] as const), volumeMl: fc.constantFrom(null, 2, 5.5) }),
          gtins: fc.constantFrom([], ['4006381333931'], ['8001234567897', '96385074'], ['04006381333931']),
        },
        { requiredKeys: ['name', 'kind'] },
      ),
      setProductRetired: fc.record({ id: anyOf(catalogueIds), retired: fc.boolean() }),
      findCatalogueProductByGtin: fc.record({ gtin: fc.constantFrom('4006381333931', '04006381333931', '8001234567897', '96385074', '12345670') }),
      listStock: fc.constant({}),
      listStockMovements: fc.record({ lotId: anyOf(stockLotIds) }),
      receiveLot: fc.record({ productId: anyOf(catalogueIds), lot: fc.constantFrom('LD-1', 'ld 1', 'LD-2'), expiry: fc.constantFrom('2027-05-31', '2024-01-31'), quantity: fc.integer({ min: 1, max: 50 }), supplier: fc.string({ maxLength: 12 }), receivedOn: isoDate }, { requiredKeys: ['productId', 'lot', 'expiry', 'quantity', 'receivedOn'] }),
      adjustLot: fc.record({ lotId: anyOf(stockLotIds), reason: anyOf(['broken', 'discarded', 'expired', 'returned', 'counted'] as const), quantity: fc.integer({ min: -30, max: 30 }), note: fc.string({ maxLength: 12 }) }, { requiredKeys: ['lotId', 'reason', 'quantity'] }),
      exportStockCsv: fc.record({ save: fc.boolean() }, { requiredKeys: [] }),
      listRecalls: fc.constant({}),
      getRecall: fc.record({ id: fc.constant(null).map(() => recallIds[Math.floor(Math.random() * recallIds.length)]!) }),
      openRecall: fc.record({ lot: fc.constantFrom('LD-1', 'x', ''), product: fc.constantFrom('', 'Lidocaine'), reason: text(30), reference: fc.string({ maxLength: 12 }) }, { requiredKeys: ['reason'] }),
      // The latest recall, most often still open, so that marks are accepted as well as refused.
      markRecallContact: fc.record({ recallId: fc.constant(null).map(() => recallIds[recallIds.length - 1]!), patientId: anyOf(patientIds), date: isoDate, method: anyOf(['phone', 'email', 'letter', 'in-person'] as const), by: text(20), note: fc.string({ maxLength: 12 }) }),
      closeRecall: fc.record({ id: fc.constant(null).map(() => recallIds[Math.floor(Math.random() * recallIds.length)]!), note: fc.string({ maxLength: 12 }) }),
      exportRecallCsv: fc.record({ id: fc.constant(null).map(() => recallIds[0]!), save: fc.boolean() }),
      exportRecallLetters: fc.record({ id: fc.constant(null).map(() => recallIds[0]!), open: fc.boolean() }),
    };

    const payload = (name: ChannelName) =>
      fc.oneof(
        { weight: 2, arbitrary: fc.anything() },
        { weight: 4, arbitrary: valid[name] },
        { weight: 6, arbitrary: fc.tuple(valid[name], fc.nat(), breaking, fc.boolean()).map(([v, pick, value, remove]) => mutate(v, pick, value, remove)) },
      );
    const calls = fc.constantFrom(...CHANNEL_NAMES).chain((name) => payload(name).map((input) => [name, input] as const));

    const seen = new Map<ChannelName, { ok: number; refused: number }>();
    let lockedTurns = 0;
    await fc.assert(
      fc.asyncProperty(calls, async ([name, input]) => {
        let result;
        try {
          result = await api[name](input);
        } catch (error) {
          throw new Error(`${name} threw instead of answering: ${String(error)}`);
        }
        const tally = seen.get(name) ?? { ok: 0, refused: 0 };
        seen.set(name, tally);
        if (result.ok) {
          tally.ok += 1;
          if (name === 'changePassphrase') passphrases.push((passphrase = (input as { next: string }).next));
          // A renewed recovery key replaces the one that opened the records until then.
          if (name === 'renewRecoveryKey') recoveryKey = (result.value as { recoveryKeyToShow: string }).recoveryKeyToShow;
          // The recovery key sets a new passphrase: Dr Fuzz's, when recovering Dr Fuzz.
          if (name === 'recoverWithKey' && (input as { practitionerId: string }).practitionerId === self.id) passphrases.push((passphrase = (input as { next: string }).next));
          if (RECOUNTED.has(name)) expectedAudit = auditRows(databasePath, folder.vault.key());
          else if (AUDITED.has(name)) expectedAudit += 1;
          else if (name === 'importPhotos') expectedAudit += (result.value as { added: unknown[] }).added.length;
          if (name === 'addPhoto') photoIds.push((result.value as { id: string }).id);
          if (name === 'addAdverseEvent') adverseEventIds.push((result.value as { id: string }).id);
          if (name === 'openRecall') recallIds.push((result.value as { id: string }).id);
          if (name === 'importPhotos') photoIds.push(...(result.value as { added: { id: string }[] }).added.map((p) => p.id));
        } else {
          tally.refused += 1;
          expect(API_ERROR_CODES).toContain(result.error.code);
          expect(result.error.code, `${name}: ${result.error.reason}`).not.toBe('internal');
          expect(typeof result.error.reason).toBe('string');
          expect(result.error).not.toHaveProperty('message');
          expect(result.error.reason.trim()).not.toBe('');
          expect(Object.keys(result.error).sort()).toEqual(['code', 'field', 'params', 'reason']);
          expect(result.error.field === null || typeof result.error.field === 'string').toBe(true);
        }
        // Locked (by a 'lock' call): half the time the practitioner comes back, so both states get fuzzed.
        if (!access.current() && (lockedTurns += 1) % 2 === 0) access.unlock(self);
      }),
      // A fixed seed: the coverage checks below (every channel accepted at least once) must not depend
      // on luck. Another seed explores other payloads: FC_SEED=123 npm run test:unit -- handlers.property
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20261128) },
    );

    // Every channel was reached, and both accepted and refused where both are possible.
    for (const name of CHANNEL_NAMES) if (!ONCE.has(name)) expect(seen.get(name)?.ok ?? 0, name).toBeGreaterThan(0);
    for (const name of CHANNEL_NAMES) expect((seen.get(name)?.ok ?? 0) + (seen.get(name)?.refused ?? 0), name).toBeGreaterThan(RUNS / CHANNEL_NAMES.length / 2);

    // One audit entry per successful mutation, and the chain intact.
    expect(auditRows(databasePath, folder.vault.key())).toBe(expectedAudit);
    expect(await ctx.store.current().verifyAudit()).toMatchObject({ ok: true });

    // No invalid row: every patient's whole record passes the shared schemas unchanged.
    const raw = connectSql(databasePath, { readOnly: true, key: folder.vault.key() });
    const ids = raw.prepare('SELECT id FROM patients').all().map((r) => String(r.id));
    expect(raw.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
    expect(raw.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    const protocols = raw.prepare('SELECT points, view, name FROM protocols').all();
    raw.close();
    for (const id of ids) {
      // As the channel exports it: the records with every photo's original (checked against its hash).
      const doc = await exportPatientWithPhotos(ctx.store.current(), ctx.photoDir, photoCodecOf(folder.vault), id, { name: 'Checker' });
      const parsed = patientExportDocumentSchema.safeParse(doc);
      expect(parsed.success, `patient ${id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
      expect(parsed.data).toEqual(doc);
    }
    for (const p of protocols) expect(String(p.name).trim()).not.toBe('');
    ctx.store.current().close();
  });
});
