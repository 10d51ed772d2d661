import { describe, expect, it } from 'vitest';
import { catalogueText } from '../shared/i18n/catalogueText.ts';
import { createMainLocale, mainLanguage, openDialogText, openFailureText, saveDialogText, settingsProblemText } from '../../electron/mainText.ts';

describe('the main process’s words (electron/mainText.ts), without Electron', () => {
  it('speaks the clinic’s language, else the system’s', () => {
    expect(mainLanguage('it', 'fr-FR')).toBe('it');
    expect(mainLanguage(undefined, 'pt-PT')).toBe('pt-BR');
    expect(mainLanguage(null, 'ja-JP')).toBe('en');
  });

  it('titles the system dialogs and names their file types in the language of the clinic', async () => {
    const en = (await createMainLocale('en', 'en-GB')).t();
    const fr = (await createMainLocale('fr', 'en-GB')).t();
    expect(saveDialogText(en, 'session-record')).toEqual({ title: await catalogueText('en', 'main:dialog.saveSessionRecord'), filters: [{ name: await catalogueText('en', 'main:dialog.filterPdf'), extensions: ['pdf'] }] });
    const recall = saveDialogText(fr, 'recall-csv');
    expect(recall).toEqual({ title: await catalogueText('fr', 'main:dialog.saveRecallCsv'), filters: [{ name: await catalogueText('fr', 'main:dialog.filterCsv'), extensions: ['csv'] }] });
    expect(recall.title).not.toBe(saveDialogText(en, 'recall-csv').title);
    expect(openDialogText(fr, 'photos')).toEqual({ title: await catalogueText('fr', 'main:dialog.addPhotos'), filters: [{ name: await catalogueText('fr', 'main:dialog.filterPhotos'), extensions: ['jpg', 'jpeg', 'png'] }] });
  });

  it('says why the records could not be opened, from the refusal’s reason and params', async () => {
    const en = (await createMainLocale('en', 'en-GB')).t();
    const es = (await createMainLocale('es', 'en-GB')).t();
    const newer = openFailureText(en, { reason: 'newer-schema', params: { version: 12, supported: 7 } });
    expect(newer).toBe(await catalogueText('en', 'main:openFailure.newerSchema', { version: 12, supported: 7 }));
    expect(newer).toMatch(/\b12\b[\s\S]*\b7\b/);
    expect(openFailureText(es, { reason: 'truncated', params: {} })).toBe(await catalogueText('es', 'main:openFailure.truncated'));
    expect(openFailureText(en, { reason: 'not-writable', params: { path: '/data/mesochart.sqlite' } })).toContain('/data/mesochart.sqlite');
    // Each reason its own explanation; one MesoChart does not know reads as "cannot be read".
    const reasons = ['foreign', 'not-a-database', 'truncated', 'records-damaged'] as const;
    expect(new Set(reasons.map((reason) => openFailureText(en, { reason, params: {} }))).size).toBe(reasons.length);
    expect(openFailureText(en, { reason: 'something-else', params: {} })).toBe(await catalogueText('en', 'main:openFailure.unreadable'));
  });

  it('reports a settings file set aside in the clinic’s language, naming the setting at fault and where the file was kept', async () => {
    const it_ = (await createMainLocale('it', 'en-GB')).t();
    const problem = { reason: 'invalid', keptAs: '/s.json.invalid-1', where: 'backups.keep', log: '' } as const;
    const text = settingsProblemText(it_, problem);
    expect(text).toBe(await catalogueText('it', 'main:settingsProblem.invalid', { where: 'backups.keep', keptAs: '/s.json.invalid-1' }));
    expect(text).toContain('backups.keep');
    expect(text).toContain('/s.json.invalid-1');
    expect(settingsProblemText(it_, { ...problem, where: null })).toBe(await catalogueText('it', 'main:settingsProblem.invalidWhole', { keptAs: '/s.json.invalid-1' }));
    expect(settingsProblemText(it_, { ...problem, reason: 'unreadable', where: null })).toBe(await catalogueText('it', 'main:settingsProblem.unreadable', { keptAs: '/s.json.invalid-1' }));
  });
});
