import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { consentChannels } from '../../../electron/channels/consent.ts';
import { cleanSignaturePng } from '../../../electron/consent/signatureImage.ts';
import { ApiError } from '../../../shared/errors.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { signaturePadRatio } from '../../../shared/signatureImage.ts';
import { errorText } from '../../../renderer/i18n/errorText.ts';
import { SETTINGS } from '../pdf/recordFixtures.ts';
import { hugePngHeader, plainPng } from '../photos/imageFixtures.ts';
import { actor, openTestStore, patientFields, rejectionOf, screeningWith } from '../store/fixtures.ts';

/**
 * A signature image is checked for its size (at most 2,000 × 800 pixels, read from the header before
 * any decoding) and re-encoded before it is stored (electron/consent/signatureImage.ts); refused
 * otherwise, naming the field.
 */

const dataUrl = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;
const bytesOf = (url: string) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: '#ffffff00' } }).png().toBuffer();

describe('a signature image', () => {
  it('is re-encoded as a PNG without anything but its pixels; one sharp wrote comes out the same', async () => {
    const written = await plainPng(600, 150);
    const withProfile = await sharp(written).withMetadata({ density: 300 }).withExif({ IFD0: { Artist: 'not a signer' } }).png().toBuffer();
    const cleaned = bytesOf(await cleanSignaturePng(dataUrl(withProfile), 'patientSignature'));
    expect(cleaned.includes(Buffer.from('Artist'))).toBe(false);
    expect(await sharp(cleaned).metadata()).toMatchObject({ format: 'png', width: 600, height: 150 });
    expect(await sharp(cleaned).raw().toBuffer()).toEqual(await sharp(withProfile).raw().toBuffer());
    // Deterministic: signed here, then imported elsewhere, the image (and so the consent's hash) is unchanged.
    expect(await cleanSignaturePng(dataUrl(cleaned), 'x')).toBe(dataUrl(cleaned));
  });

  it('is accepted up to 2,000 × 800 pixels and refused beyond, naming the field and the size', async () => {
    await expect(cleanSignaturePng(dataUrl(await blank(2_000, 800)), 'patientSignature')).resolves.toMatch(/^data:image\/png;base64,/);
    for (const [width, height] of [[2_001, 100], [400, 801]] as const) {
      expect(await rejectionOf(cleanSignaturePng(dataUrl(await blank(width, height)), 'patientSignature'))).toMatchObject({
        code: 'invalid-input',
        field: 'patientSignature',
        reason: 'signature-too-large',
        params: { width, height, maxWidth: 2_000, maxHeight: 800 },
      });
    }
    // A header claiming 20,000 × 20,000 without the pixels: refused before anything is decoded.
    expect(await rejectionOf(cleanSignaturePng(dataUrl(hugePngHeader()), 'practitionerSignature'))).toMatchObject({ field: 'practitionerSignature', reason: 'signature-too-large' });
  });

  it('that is not a PNG, or is damaged, is refused', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#888' } }).jpeg().toBuffer();
    expect(await rejectionOf(cleanSignaturePng(dataUrl(jpeg), 'patientSignature'))).toMatchObject({ reason: 'signature-not-png' });
    const png = await plainPng(300, 100);
    expect(await rejectionOf(cleanSignaturePng(dataUrl(png.subarray(0, png.length - 40)), 'patientSignature'))).toMatchObject({ reason: 'signature-unreadable' });
    expect(await rejectionOf(cleanSignaturePng('data:image/png;base64,AAAA', 'patientSignature'))).toMatchObject({ reason: 'signature-not-png' });
  });

  it('is refused at signing, naming whose signature, in the practitioner’s words; nothing is signed', async () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
    const [template] = store.listConsentTemplates('pain', 'fr');
    const channels = consentChannels({ store: () => store, settings: () => SETTINGS, actor: () => actor });
    const sign = async (patientPng: Buffer) =>
      channels.signConsent({
        patientId: patient.id,
        templateId: template!.templateId,
        templateVersion: template!.version,
        screeningConfirmed: true,
        photoConsent: true,
        patientSignature: { kind: 'drawn', name: 'Anaïs Lefèvre', png: dataUrl(patientPng) },
        practitionerSignature: { kind: 'drawn', name: actor.name, png: dataUrl(await plainPng(300, 100)) },
      });
    const error = await rejectionOf(sign(await blank(2_400, 900)));
    expect(error).toMatchObject({ field: 'patientSignature', reason: 'signature-too-large' });
    const { t } = await createTranslator('fr');
    expect(errorText(t, error as ApiError).replace(/\s/g, ' ')).toBe('Le champ « Signature du patient » fait 2 400 × 900 pixels : l’image d’une signature peut faire au plus 2 000 × 800 pixels');
    expect(store.listConsents(patient.id)).toEqual([]);
    const consent = await sign(withExtraChunk(await plainPng(300, 100)));
    expect(bytesOf(consent.patientSignature.kind === 'drawn' ? consent.patientSignature.png : '').includes(Buffer.from('zzZZ'))).toBe(false);
  });

  it('drawn on a pad of a high pixel ratio stays within the limits', () => {
    expect(signaturePadRatio(2, 600, 150)).toBe(2);
    expect(signaturePadRatio(3, 900, 200)).toBeCloseTo(2_000 / 900);
    expect(signaturePadRatio(4, 500, 300)).toBeCloseTo(800 / 300);
    expect(signaturePadRatio(0, 600, 150)).toBe(1);
  });
});

/** A PNG with a private ancillary chunk ('zzZZ') before its end: readers skip it, the re-encoding drops it. */
function withExtraChunk(png: Buffer): Buffer {
  const chunk = Buffer.concat([Buffer.from([0, 0, 0, 4]), Buffer.from('zzZZ', 'latin1'), Buffer.from('data', 'latin1'), Buffer.from([0, 0, 0, 0])]);
  const end = png.length - 12;
  return Buffer.concat([png.subarray(0, end), chunk, png.subarray(end)]);
}
