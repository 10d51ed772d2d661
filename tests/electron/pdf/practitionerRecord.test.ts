import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordChannels, type RecordChannelContext } from '../../../electron/channels/records.ts';
import { pointSchema } from '../../../shared/point.ts';
import { productSchema } from '../../../shared/product.ts';
import type { Actor } from '../../../shared/repository.ts';
import { TEST_KDF } from '../access/fixtures.ts';
import { FIXTURE_CONSENT_OVERRIDE, openTestStore, patientFields, screeningWith, sessionDraft, tempDir } from '../store/fixtures.ts';
import { SETTINGS } from './recordFixtures.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

/**
 * The practitioner on the record: every record names the session's practitioner with their
 * qualification and registration, and "printed by" is whoever is unlocked when printing (the actor),
 * not a name from the settings. The session record also totals the volume used per product.
 */

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const credential = { salt: 'c2FsdA==', hash: 'aGFzaA==', params: TEST_KDF };
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

function clinic() {
  const { store } = openTestStore();
  const first = store.createPractitioner({ id: randomUUID(), displayName: 'Dr Élodie Brühl', credential }, { name: 'Dr Élodie Brühl' });
  const elodie: Actor = { name: first.displayName, id: first.id };
  const second = store.createPractitioner({ id: randomUUID(), displayName: 'Dr João Silva', credential }, elodie);
  const joao: Actor = { name: second.displayName, id: second.id };
  store.setPractitionerRegistration(elodie.id!, { registration: { register: 'rpps', number: '10101234567' }, qualification: 'Médecin, DIU de mésothérapie' }, elodie);
  store.setPractitionerRegistration(joao.id!, { registration: { register: 'crm', state: 'SP', number: '123456' }, qualification: 'Médico, pós-graduação em mesoterapia' }, joao);
  const patient = store.createPatient(patientFields({ screening: screeningWith() }), elodie);
  return { store, elodie, joao, patient };
}

/** The records channels printing as `printer`, saving into a fresh folder. */
function printing(store: ReturnType<typeof clinic>['store'], printer: Actor) {
  const dir = tempDir();
  let n = 0;
  const ctx: RecordChannelContext = {
    photoCodec: PLAIN_PHOTOS,
    store: () => store,
    // A name left in an older settings file is nobody's: the record must not print it.
    settings: () => ({ ...SETTINGS, practitionerName: 'Somebody in the settings' }),
    actor: () => printer,
    files: { chooseSavePath: async ({ defaultName }) => join(dir, `${++n}-${defaultName}`) },
  };
  return recordChannels(ctx);
}

const point = (id: string, productIndex: number | null, volumeMl: number | null) =>
  pointSchema.parse({ id, view: 'body-front', x: 500, y: 900, region: 'knee-left', depthMm: 4, needle: '30G-4mm', technique: 'point-by-point', productIndex, volumeMl });

describe('the practitioner on the printed record', () => {
  it('the session record names its practitioner with qualification and registration; printed by the practitioner unlocked when printing', async () => {
    const { store, elodie, joao, patient } = clinic();
    const session = store.createSession(sessionDraft(patient.id, { consentOverride: FIXTURE_CONSENT_OVERRIDE }), { defaultTechnique: 'point-by-point', defaultNeedle: '30G-4mm', injector: { kind: 'single' } }, elodie);
    const products = [productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471', volumeMl: 2 }), productSchema.parse({ name: 'Piroxicam', lot: 'PX-0921' })];
    store.saveSession(session.id, { products }, [point(randomUUID(), 0, 0.1), point(randomUUID(), 0, 0.2), point(randomUUID(), 1, 0.05), point(randomUUID(), null, 0.4)], elodie);
    store.signSession(session.id, elodie);

    const outcome = await printing(store, joao).exportSessionPdf({ sessionId: session.id, open: false, includePhotos: false, language: 'en' });
    if (!outcome.saved) throw new Error('not saved');
    const t = text(outcome.path);

    // In the particulars (wrapped in its column, beside the indication) and under the signature.
    expect(t).toMatch(/Dr Élodie Brühl · Médecin, DIU de\s+Pain\s+mésothérapie · RPPS 10101234567/);
    expect(t).toMatch(/Signed by Dr Élodie Brühl on .*\n\s*Médecin, DIU de mésothérapie · RPPS 10101234567/);
    expect(t).toMatch(/Printed .* by Dr João Silva/);
    expect(t).not.toContain('Somebody in the settings');
    // Volume per product beside the grand total: 0.3 ml of lidocaine, 0.05 ml of piroxicam, 0.4 ml at a point naming none.
    expect(t).toContain('Volume per product');
    expect(t).toMatch(/1\. Lidocaine 2%\s+LD2-4471\s+2\s+0\.3 ml\s+2 ml/);
    expect(t).toMatch(/2\. Piroxicam\s+PX-0921\s+1\s+0\.05 ml\s+—/);
    expect(t).toMatch(/Points without a product\s+1\s+0\.4 ml/);
    expect(t).toMatch(/Total\s+4\s+0\.75 ml/);
  });

  it('the consent record names who obtained it with their registration, in Brazilian Portuguese', async () => {
    const { store, joao, patient } = clinic();
    const template = store.listConsentTemplates('pain', 'pt-BR')[0]!;
    const consent = store.signConsent(
      { patientId: patient.id, templateId: template.templateId, templateVersion: template.version, patientSignature: { kind: 'drawn', name: 'Hans Müller', png: PNG }, practitionerSignature: { kind: 'drawn', name: 'x', png: PNG }, photoConsent: false },
      joao,
    );
    const outcome = await printing(store, joao).exportConsentPdf({ consentId: consent.id, open: false });
    if (!outcome.saved) throw new Error('not saved');
    const t = text(outcome.path);
    expect(t).toMatch(/Médico, pós-graduação em mesoterapia · CRM-SP 123456/);
  });
});
