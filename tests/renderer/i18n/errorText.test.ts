import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, invalidInput, notFound } from '../../../shared/errors.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { injectionPointSchema } from '../../../shared/point.ts';
import { errorText, fieldLabel, issueText } from '../../../renderer/i18n/errorText.ts';

const tOf = async (language: Parameters<typeof createTranslator>[0]) => (await createTranslator(language)).t;
const tooDeep = new ApiError({ code: 'invalid-input', field: 'points.3.depthMm', reason: 'too_big', params: { maximum: 6, inclusive: true, origin: 'number', unit: 'mm' } });

describe('errorText: errors as data, worded in the language of the screens', () => {
  it('words a too_big depth with the field and its point in every language', async () => {
    expect(errorText(await tOf('en'), tooDeep)).toBe('Depth (point 4) must be at most 6 mm');
    expect(errorText(await tOf('fr'), tooDeep)).toBe('Le champ « Profondeur (point 4) » doit valoir au plus 6 mm');
    expect(errorText(await tOf('it'), tooDeep)).toBe('Il campo «Profondità (punto 4)» deve essere al massimo 6 mm');
    expect(errorText(await tOf('es'), tooDeep)).toBe('El campo «Profundidad (punto 4)» debe ser como máximo 6 mm');
    expect(errorText(await tOf('pt-BR'), tooDeep)).toBe('O campo “Profundidade (ponto 4)” deve ser no máximo 6 mm');
  });

  it('writes decimals the way the language does', async () => {
    const half = new ApiError({ code: 'invalid-input', field: 'depthMm', reason: 'too_small', params: { minimum: 4.5, inclusive: true, origin: 'number', unit: 'mm' } });
    expect(errorText(await tOf('en'), half)).toBe('Depth must be at least 4.5 mm');
    expect(errorText(await tOf('fr'), half)).toBe('Le champ « Profondeur » doit valoir au moins 4,5 mm');
  });

  it('counts with the language’s plurals (CLDR one / many / other)', async () => {
    const chars = (maximum: number) => new ApiError({ code: 'invalid-input', field: 'firstName', reason: 'too_big', params: { maximum, inclusive: true, origin: 'string', unit: 'character' } });
    expect(errorText(await tOf('en'), chars(1))).toBe('First name must be at most 1 character');
    expect(errorText(await tOf('en'), chars(200))).toBe('First name must be at most 200 characters');
    expect(errorText(await tOf('fr'), chars(200))).toBe('Le champ « Prénom » doit contenir au plus 200 caractères');
    expect(errorText(await tOf('fr'), chars(1_000_000))).toContain('de caractères');
  });

  it('words a missing field as required, in English as today', async () => {
    const error = invalidInput(z.object({ firstName: z.string().trim().min(1) }).safeParse({ firstName: ' ' }).error!, { firstName: ' ' });
    expect(error.toPayload()).toEqual({ code: 'invalid-input', field: 'firstName', reason: 'required', params: {} });
    expect(errorText(await tOf('en'), error)).toBe('First name is required');
    expect(errorText(await tOf('es'), error)).toBe('El campo «Nombre» es obligatorio');
  });

  it('says our own reasons as whole sentences, with their params', async () => {
    const disabled = new ApiError({ code: 'conflict', field: 'practitionerId', reason: 'profile-disabled', params: { name: 'Dr Hélène Dubois' } });
    expect(errorText(await tOf('en'), disabled)).toBe('Dr Hélène Dubois’s profile is disabled: another practitioner can enable it in the settings.');
    expect(errorText(await tOf('fr'), disabled)).toBe('Le profil de Dr Hélène Dubois est désactivé : un autre praticien peut le réactiver dans les réglages.');
    expect(errorText(await tOf('en'), new ApiError({ code: 'invalid-input', field: 'passphrase', reason: 'wrong-passphrase' }))).toMatch(/^Wrong passphrase: try again/);
    expect(errorText(await tOf('it'), notFound('session', 'abc'))).toBe('Nessuna seduta con identificativo abc');
  });

  it('names the contraindications in the language (clinical namespace)', async () => {
    const error = new ApiError({ code: 'conflict', field: 'contraindicationAck', reason: 'contraindications-not-acknowledged', params: { contraindications: ['pregnancy'] } });
    const en = errorText(await tOf('en'), error);
    expect(en).toBe('Acknowledge the patient’s contraindications (pregnancy) before signing the session');
    expect(errorText(await tOf('fr'), error)).toMatch(/^Prenez acte des contre-indications du patient \(grossesse\)/);
  });

  it('falls back on the code for a reason it does not know, and never shows an Error’s message', async () => {
    const t = await tOf('fr');
    expect(errorText(t, new ApiError({ code: 'storage', field: null, reason: 'something-new' }))).toBe('Les dossiers n’ont pas pu être lus ou écrits ; rien n’a été modifié.');
    expect(errorText(t, new Error('ENOENT: secret path'))).not.toContain('ENOENT');
    expect(errorText(t, new ApiError({ code: 'invalid-input', field: 'someFieldWithoutLabel', reason: 'too_big', params: { maximum: 3, origin: 'number', inclusive: true, unit: null } }))).toBe('La valeur doit valoir au plus 3');
  });

  it('words a fault of an imported patient file as such', async () => {
    const error = new ApiError({ code: 'invalid-input', field: 'document.patient.lastName', reason: 'required', params: {} });
    expect(errorText(await tOf('en'), error)).toBe('The patient file is not valid: Last name is required');
  });

  it('words a screen’s own zod issue beside its field', async () => {
    const schema = z.object({ volumeMl: z.number() });
    const issue = schema.safeParse({ volumeMl: '2 ml' }).error!.issues[0]!;
    expect(issueText(await tOf('en'), issue, { volumeMl: '2 ml' })).toBe('must be a number of millilitres');
    const idle = z.object({ idleMinutes: z.int().min(1) }).safeParse({ idleMinutes: 0 }).error!.issues[0]!;
    expect(issueText(await tOf('en'), idle)).toBe('must be at least 1 minute');
    expect(issueText(await tOf('it'), idle)).toBe('deve essere almeno 1 minuto');
  });

  it('refuses a point deeper than the range, then words it (the whole path from schema to screen)', async () => {
    const point = { id: crypto.randomUUID(), view: 'body-front', x: 10, y: 10, depthMm: 7 };
    const parsed = z.object({ points: z.array(injectionPointSchema({ min: 4, max: 6 })) }).safeParse({ points: [point] });
    const error = invalidInput(parsed.error!, { points: [point] });
    expect(error.toPayload()).toMatchObject({ field: 'points.0.depthMm', reason: 'too_big', params: { maximum: 6, unit: 'mm' } });
    expect(errorText(await tOf('fr'), error)).toBe('Le champ « Profondeur (point 1) » doit valoir au plus 6 mm');
  });

  it('has a sentence for every language', async () => {
    for (const language of LANGUAGES) expect(errorText(await tOf(language), tooDeep)).toMatch(/6 mm$/);
    expect(fieldLabel(await tOf('en'), 'fields.treatedAreas.2')).toBe('Treated areas (area 3)');
    expect(fieldLabel(await tOf('en'), 'fields.screening.answers.pregnancy.note')).toBe('Note (Pregnancy)');
    expect(fieldLabel(await tOf('fr'), 'screening.answers.pregnancy.present')).toBe('Réponse (Grossesse)');
  });
});
