import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessState, PractitionerSummary } from '../../../shared/access.ts';

/** The main process and the screens' language, as the store sees them: answers the tests control. */
const main = vi.hoisted(() => ({
  listPractitioners: vi.fn(),
  appInfo: vi.fn(),
  language: 'en' as string,
  applyLocale: vi.fn(),
}));

vi.mock('../../../renderer/api.ts', () => ({
  api: { listPractitioners: main.listPractitioners, appInfo: main.appInfo },
}));
vi.mock('../../../renderer/i18n/locale.ts', () => ({
  currentLanguage: () => main.language,
  applyLocale: main.applyLocale,
}));

type Store = typeof import('../../../renderer/access/accessStore.ts');
let store: Store;

const marie: PractitionerSummary = { id: 'p-marie', displayName: 'Dr Marie Dupont', createdAt: '2025-01-01T00:00:00.000Z', disabled: false, language: null, registration: null, qualification: '' };
const luca: PractitionerSummary = { id: 'p-luca', displayName: 'Dott. Luca Rossi', createdAt: '2025-01-02T00:00:00.000Z', disabled: false, language: 'it', registration: null, qualification: '' };
const locked: AccessState = { practitioners: [marie, luca], current: null, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null };
const as = (current: PractitionerSummary): AccessState => ({ practitioners: [marie, luca], current, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null });

beforeEach(async () => {
  vi.resetModules();
  main.listPractitioners.mockReset();
  main.appInfo.mockReset().mockResolvedValue({ language: 'fr' });
  main.language = 'en';
  main.applyLocale.mockReset().mockImplementation(async (next: { language: string }) => {
    main.language = next.language;
  });
  store = await import('../../../renderer/access/accessStore.ts');
});

describe('access store', () => {
  it('starts loading, then shows first run, the lock or the unlocked practitioner', async () => {
    expect(store.currentAccessView()).toEqual({ phase: 'loading' });
    await store.applyAccess({ practitioners: [], current: null, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null });
    expect(store.currentAccessView()).toEqual({ phase: 'first-run' });
    await store.applyAccess(locked, 'idle');
    expect(store.currentAccessView()).toMatchObject({ phase: 'locked', reason: 'idle', idleMinutes: 10 });
    expect(store.lastPractitioner()).toBeNull();
    await store.applyAccess(as(marie));
    expect(store.currentAccessView()).toMatchObject({ phase: 'unlocked', current: { id: 'p-marie' } });
    expect(main.applyLocale).not.toHaveBeenCalled();
  });

  it('remembers who was unlocked last, for the lock screen', async () => {
    await store.applyAccess(as(marie));
    await store.applyAccess(locked, 'manual');
    expect(store.lastPractitioner()).toBe('p-marie');
  });

  it('locks only an unlocked window, keeping who was working', async () => {
    store.requestLock('manual');
    expect(store.currentAccessView()).toEqual({ phase: 'loading' });
    await store.applyAccess(as(marie));
    store.requestLock('idle');
    expect(store.currentAccessView()).toMatchObject({ phase: 'locking', reason: 'idle', current: { id: 'p-marie' } });
  });

  it("switches to the practitioner's own language before showing the screens, and back to the clinic's when locked", async () => {
    await store.applyAccess(as(luca));
    expect(main.applyLocale).toHaveBeenCalledWith({ language: 'it' });
    expect(store.currentAccessView()).toMatchObject({ phase: 'unlocked', current: { id: 'p-luca' } });
    await store.applyAccess(locked, 'manual');
    expect(main.appInfo).toHaveBeenCalledTimes(1);
    expect(main.applyLocale).toHaveBeenLastCalledWith({ language: 'fr' });
    // Once back in the clinic's language, a further answer asks nothing.
    await store.applyAccess(locked, 'manual');
    expect(main.appInfo).toHaveBeenCalledTimes(1);
  });

  it('lets a later answer win over a language switch still loading', async () => {
    let finish: () => void = () => {};
    main.applyLocale.mockImplementationOnce(() => new Promise<void>((done) => (finish = done)));
    const unlocking = store.applyAccess(as(luca));
    expect(store.currentAccessView()).toEqual({ phase: 'loading' });
    await store.applyAccess(locked, 'idle');
    finish();
    await unlocking;
    expect(store.currentAccessView()).toMatchObject({ phase: 'locked', reason: 'idle' });
  });

  it('asks the main process again, and shows its failure as an error', async () => {
    main.listPractitioners.mockResolvedValueOnce(as(marie));
    await store.refreshAccess();
    expect(store.currentAccessView()).toMatchObject({ phase: 'unlocked' });
    const failure = new Error('no answer');
    main.listPractitioners.mockRejectedValueOnce(failure);
    await store.refreshAccess();
    expect(store.currentAccessView()).toEqual({ phase: 'error', error: failure });
  });

  it('follows a lock decided elsewhere, saying so', async () => {
    await store.applyAccess(as(marie));
    main.listPractitioners.mockResolvedValueOnce(locked);
    store.lockedElsewhere();
    await vi.waitFor(() => expect(store.currentAccessView()).toMatchObject({ phase: 'locked', reason: 'elsewhere' }));
    store.lockedElsewhere();
    expect(main.listPractitioners).toHaveBeenCalledTimes(1);
  });

  it('on the window’s return, shows the lock screen when the main process locked meanwhile (sleep, screen lock)', async () => {
    await store.applyAccess(as(marie));
    main.listPractitioners.mockResolvedValueOnce(as(marie));
    await store.noticeLockElsewhere();
    expect(store.currentAccessView()).toMatchObject({ phase: 'unlocked' });
    main.listPractitioners.mockResolvedValueOnce(locked);
    await store.noticeLockElsewhere();
    expect(store.currentAccessView()).toMatchObject({ phase: 'locked', reason: 'elsewhere' });
    // Locked already: nothing to ask.
    await store.noticeLockElsewhere();
    expect(main.listPractitioners).toHaveBeenCalledTimes(2);
  });
});
