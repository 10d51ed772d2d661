import { describe, expect, it } from 'vitest';
import { createMainLocale, mainLanguage, openDialogText, openFailureText, saveDialogText, settingsProblemText } from '../../electron/mainText.ts';

describe('the main process’s words (electron/mainText.ts), without Electron', () => {
  it('speaks the clinic’s language, else the system’s', () => {
    expect(mainLanguage('it', 'fr-FR')).toBe('it');
    expect(mainLanguage(undefined, 'pt-PT')).toBe('pt-BR');
    expect(mainLanguage(null, 'ja-JP')).toBe('en');
  });

  it('titles the system dialogs and names their file types in that language', async () => {
    const en = (await createMainLocale('en', 'en-GB')).t();
    const fr = (await createMainLocale('fr', 'en-GB')).t();
    expect(saveDialogText(en, 'session-record')).toEqual({ title: 'Save the session record', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(saveDialogText(fr, 'recall-csv').title).toBe('Enregistrer la liste de rappel du lot');
    expect(openDialogText(fr, 'photos')).toEqual({ title: 'Ajouter des photos à la séance', filters: [{ name: 'Photos (JPEG, PNG)', extensions: ['jpg', 'jpeg', 'png'] }] });
  });

  it('says why the records could not be opened, from the refusal’s reason and params', async () => {
    const en = (await createMainLocale('en', 'en-GB')).t();
    const es = (await createMainLocale('es', 'en-GB')).t();
    expect(openFailureText(en, { reason: 'newer-schema', params: { version: 12, supported: 7 } })).toMatch(/^The records have schema version 12, .* up to 7\./);
    expect(openFailureText(es, { reason: 'truncated', params: {} })).toMatch(/^El archivo de historias está dañado/);
    expect(openFailureText(en, { reason: 'not-writable', params: { path: '/data/mesochart.sqlite' } })).toContain('/data/mesochart.sqlite');
    expect(openFailureText(en, { reason: 'something-else', params: {} })).toBe('The records could not be opened: the file cannot be read.');
  });

  it('reports a settings file set aside', async () => {
    const it_ = (await createMainLocale('it', 'en-GB')).t();
    expect(settingsProblemText(it_, { reason: 'invalid', keptAs: '/s.json.invalid-1', where: 'backups.keep', log: '' })).toBe(
      'Il file delle impostazioni conteneva valori non validi (backups.keep). È stato conservato come /s.json.invalid-1; MesoChart è partito con le impostazioni predefinite.',
    );
  });
});
