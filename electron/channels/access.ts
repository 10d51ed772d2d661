import { randomUUID } from 'node:crypto';
import type { AccessState, PractitionerSummary, PractitionerWithCredential } from '../../shared/access.ts';
import type { ACCESS_CHANNELS } from '../../shared/channels/access.ts';
import { ApiError, notFound } from '../../shared/errors.ts';
import type { AccessControl } from '../access/accessControl.ts';
import { hashPassphrase, verifyPassphrase } from '../access/passphrase.ts';
import type { PractitionerSecret } from '../seal/keyring.ts';
import { isClosedSealed, openSealedStore, sealNewFolder, sealPlaintextInUse, type SealedRecords } from '../seal/sealedRecords.ts';
import { profileExists } from '../store/alreadyExists.ts';
import type { StoreHolder } from '../store/storeHolder.ts';
import { unlockedActor, type ChannelContext, type ChannelHandlers } from './context.ts';
import { recoverySheetChannel } from './recoverySheet.ts';

/**
 * The passphrase check, the one way: one attempt at a time per profile through the lock (slower after
 * that profile's failures), a profile without a usable credential never verifying; a wrong passphrase
 * is refused on `field`. `onWrong` runs before the pause, so that quitting during it skips nothing.
 */
async function requirePassphrase(
  access: AccessControl,
  profile: Pick<PractitionerWithCredential, 'id' | 'credential'>,
  passphrase: string,
  field: string,
  onWrong?: () => unknown,
): Promise<void> {
  const { credential } = profile;
  const ok = await access.attempt(profile.id, async () => {
    const verified = credential !== null && (await verifyPassphrase(passphrase, credential));
    if (!verified) await onWrong?.();
    return { ok: verified, value: verified };
  });
  if (!ok) throw new ApiError({ code: 'invalid-input', field, reason: 'wrong-passphrase' });
}

/** Who was unlocked stays so after a restore only as a practitioner the restored records know, enabled. */
export async function relockUnlessKnown(ctx: Pick<ChannelContext, 'store' | 'access'>): Promise<void> {
  const current = ctx.access.current();
  if (!current) return;
  const found = await ctx.store().findPractitioner(current.id);
  if (!found || found.disabled) ctx.access.lock();
  else ctx.access.unlock({ id: found.id, displayName: found.displayName });
}

/** The pacing of wrong recovery keys, whichever practitioner they are given for. */
const RECOVERY_KEY_PACING = 'recovery-key';

/** A practitioner as the keyring names them: all the lock screen can show before the records are opened. */
function keyringSummary(entry: { id: string; displayName: string; language: PractitionerSummary['language'] }): PractitionerSummary {
  return { ...entry, createdAt: '', disabled: false, registration: null, qualification: '' };
}

/**
 * Opens sealed records cold with `id`'s passphrase, one attempt at a time (paced per profile). A wrong
 * passphrase is refused on 'passphrase'; its audit entry waits in `failures` until the records are open.
 */
async function openColdWithPassphrase(ctx: { access: AccessControl; stores: StoreHolder; sealed: SealedRecords }, id: string, passphrase: string, failures: { id: string; displayName: string }[]): Promise<void> {
  const onKeyring = ctx.sealed.vault.practitionersOnKeyring().find((p) => p.id === id);
  if (!onKeyring) throw new ApiError({ code: 'not-found', field: 'practitionerId', reason: 'no-such-profile' });
  const opened = await ctx.access.attempt(id, async () => {
    const ok = await ctx.sealed.vault.openWithPassphrase(id, passphrase);
    if (!ok) failures.push(onKeyring);
    return { ok, value: ok };
  });
  if (!opened) throw new ApiError({ code: 'invalid-input', field: 'passphrase', reason: 'wrong-passphrase' });
  await openSealedStore(ctx.sealed, ctx.stores, passphrase);
}

/** Practitioner profiles, the lock, and the keys that open sealed records. */
export function accessChannels(ctx: Pick<ChannelContext, 'store' | 'stores' | 'access' | 'settings' | 'settingsPort' | 'sealed' | 'files' | 'pdf'>): ChannelHandlers<typeof ACCESS_CHANNELS> {
  const { access, sealed } = ctx;
  const actor = () => unlockedActor(access);
  /** Failed cold unlocks, audited once the records are open (nothing can be written to them before). */
  const coldFailures: { id: string; displayName: string }[] = [];
  /** Why sealing this plaintext folder failed at the last try, said to whoever is unlocked. */
  let sealingProblem: string | null = null;

  const accessState = async (): Promise<AccessState> => {
    const cold = isClosedSealed(sealed, ctx.stores);
    const practitioners = cold ? sealed.vault.practitionersOnKeyring().map(keyringSummary) : await ctx.store().listPractitioners();
    const current = access.current();
    return {
      practitioners,
      current: current ? (practitioners.find((p) => p.id === current.id) ?? null) : null,
      idleMinutes: ctx.settings().lock.idleMinutes,
      recoveryKeyToShow: current && sealed?.vault.isSealed() ? await sealed.vault.recoveryKeyToShow() : null,
      sealingProblem: current ? sealingProblem : null,
    };
  };

  /** A wrong recovery key is a failed unlock of the practitioner it was given for: audited now, or once the records open. */
  const auditWrongRecoveryKey = async (practitionerId: string) => {
    const named = sealed?.vault.practitionersOnKeyring().find((p) => p.id === practitionerId) ?? { id: practitionerId, displayName: '?' };
    if (ctx.stores.isOpen()) await ctx.store().recordFailedUnlock(named);
    else coldFailures.push(named);
  };

  const auditColdFailures = async () => {
    for (const failure of coldFailures.splice(0)) await ctx.store().recordFailedUnlock(failure);
  };

  /**
   * Once `who` is unlocked with their passphrase: a plaintext folder is sealed (they open it first), and
   * a practitioner whose passphrase does not yet open the sealed records cold is added to the keyring.
   */
  const keepKeyringFor = async (who: PractitionerSecret) => {
    if (!sealed) return;
    if (!sealed.vault.isSealed()) sealingProblem = (await sealPlaintextInUse(sealed, ctx.stores, who))?.reason ?? null;
    else if (!sealed.vault.hasPractitioner(who.id)) await sealed.vault.rememberPractitioner(who);
  };

  return {
    listPractitioners: () => accessState(),
    createFirstPractitioner: async ({ displayName, passphrase, language, clinic }) => {
      const id = randomUUID();
      const createProfile = async () => {
        // Checked before the (slow) hashing too, so the open first-run channel costs nothing once set up;
        // the store checks again inside its transaction.
        if ((await ctx.store().listPractitioners()).length > 0) throw profileExists();
        const credential = await hashPassphrase(passphrase, access.kdf);
        // The first practitioner creates themselves: they are the actor of their own profile's creation.
        return ctx.store().createPractitioner({ id, displayName, credential, language, onlyIfNone: true }, { name: displayName.trim(), id });
      };
      let created: PractitionerSummary;
      if (isClosedSealed(sealed, ctx.stores)) {
        // Sealed records exist: their practitioners unlock; a first run here would be a second clinic.
        if (sealed.vault.isSealed()) throw profileExists();
        created = await sealNewFolder(sealed, ctx.stores, { id, displayName, passphrase }, createProfile);
      } else {
        created = await createProfile();
      }
      await keepKeyringFor({ id, displayName: created.displayName, passphrase, language: created.language });
      // The language chosen on the first-run screen is the clinic's too (the lock screen speaks it).
      if (language) ctx.settingsPort.update({ language });
      // The clinic's details given with the first profile head every printed record from now on.
      if (clinic) ctx.settingsPort.update({ clinic });
      access.unlock(created);
      await ctx.store().recordUnlock({ name: created.displayName, id });
      return accessState();
    },
    unlock: async ({ practitionerId, passphrase }) => {
      const openedCold = isClosedSealed(sealed, ctx.stores);
      if (openedCold) await openColdWithPassphrase({ access, stores: ctx.stores, sealed }, practitionerId, passphrase, coldFailures);
      await auditColdFailures();
      const profile = await ctx.store().findPractitioner(practitionerId);
      if (!profile) throw new ApiError({ code: 'not-found', field: 'practitionerId', reason: 'no-such-profile' });
      if (profile.disabled) throw new ApiError({ code: 'conflict', field: 'practitionerId', reason: 'profile-disabled', params: { name: profile.displayName } });
      // Opening the records cold has just checked this passphrase (its wrap); a second slow check would only delay.
      if (!openedCold) await requirePassphrase(access, profile, passphrase, 'passphrase', () => ctx.store().recordFailedUnlock({ id: profile.id, displayName: profile.displayName }));
      await keepKeyringFor({ id: profile.id, displayName: profile.displayName, passphrase, language: profile.language });
      access.unlock(profile);
      await ctx.store().recordUnlock({ name: profile.displayName, id: profile.id });
      return accessState();
    },
    recoverWithKey: async ({ practitionerId, recoveryKey, next }) => {
      if (!sealed?.vault.isSealed()) throw new ApiError({ code: 'conflict', field: 'recoveryKey', reason: 'records-not-sealed' });
      // Paced as one profile of its own: naming another practitioner does not start the pacing afresh.
      const opened = await access.attempt(RECOVERY_KEY_PACING, async () => {
        const ok = await sealed.vault.openWithRecoveryKey(recoveryKey);
        if (!ok) await auditWrongRecoveryKey(practitionerId);
        return { ok, value: ok };
      });
      if (!opened) throw new ApiError({ code: 'invalid-input', field: 'recoveryKey', reason: 'recovery-key-refused' });
      if (!ctx.stores.isOpen()) await openSealedStore(sealed, ctx.stores, recoveryKey);
      await auditColdFailures();
      const profile = await ctx.store().findPractitioner(practitionerId);
      if (!profile) throw new ApiError({ code: 'not-found', field: 'practitionerId', reason: 'no-such-profile' });
      if (profile.disabled) throw new ApiError({ code: 'conflict', field: 'practitionerId', reason: 'profile-disabled', params: { name: profile.displayName } });
      const who = { name: profile.displayName, id: profile.id };
      await ctx.store().setPractitionerCredential(profile.id, await hashPassphrase(next, access.kdf), who);
      await sealed.vault.rememberPractitioner({ id: profile.id, displayName: profile.displayName, passphrase: next, language: profile.language });
      access.unlock(profile);
      await ctx.store().recordUnlock(who);
      return accessState();
    },
    confirmRecoveryKey: async () => {
      const by = actor();
      if (sealed?.vault.isSealed()) {
        await sealed.vault.confirmRecoveryKey();
        await ctx.store().auditRecordOutput({ action: 'recovery-key.confirm', entity: 'practitioner', entityId: by.id, detail: {} }, by);
      }
      return accessState();
    },
    renewRecoveryKey: async () => {
      const by = actor();
      if (!sealed?.vault.isSealed()) throw new ApiError({ code: 'conflict', field: null, reason: 'records-not-sealed' });
      await sealed.vault.renewRecoveryKey();
      // Who made the old key stop working, and when: the audit entry names no key.
      await ctx.store().auditRecordOutput({ action: 'recovery-key.renew', entity: 'practitioner', entityId: by.id, detail: {} }, by);
      return accessState();
    },
    exportRecoverySheet: recoverySheetChannel(ctx),
    lock: () => {
      access.lock();
      return accessState();
    },
    reportActivity: () => accessState(),
    addPractitioner: async ({ displayName, passphrase, language }) => {
      const by = actor();
      const credential = await hashPassphrase(passphrase, access.kdf);
      const created = await ctx.store().createPractitioner({ id: randomUUID(), displayName, credential, language }, by);
      if (sealed?.vault.isSealed()) await sealed.vault.rememberPractitioner({ id: created.id, displayName: created.displayName, passphrase, language: created.language });
      return created;
    },
    changePassphrase: async ({ current, next }) => {
      const by = actor();
      const profile = await ctx.store().findPractitioner(by.id);
      if (!profile) throw notFound('practitioner', by.id);
      await requirePassphrase(access, profile, current, 'current');
      const changed = await ctx.store().setPractitionerCredential(by.id, await hashPassphrase(next, access.kdf), by);
      // The old passphrase stops opening the records cold: the keyring's wrap is replaced, not added to.
      if (sealed?.vault.isSealed()) await sealed.vault.rememberPractitioner({ id: by.id, displayName: profile.displayName, passphrase: next, language: profile.language });
      return changed;
    },
    setPractitionerDisabled: async ({ id, disabled }) => {
      const by = actor();
      if (disabled && id === by.id) throw new ApiError({ code: 'conflict', field: 'id', reason: 'cannot-disable-self' });
      const changed = await ctx.store().setPractitionerDisabled(id, disabled, by);
      // A disabled practitioner's passphrase no longer opens the records cold; enabled again, their next
      // unlock (while the records are open) puts them back on the keyring.
      if (disabled) await sealed?.vault.forgetPractitioner(id);
      return changed;
    },
    setPractitionerLanguage: async ({ language }) => {
      const by = actor();
      const changed = await ctx.store().setPractitionerLanguage(by.id, language, by);
      await sealed?.vault.setPractitionerLanguage(by.id, language);
      return changed;
    },
    // One's own profile only: what a record says of a practitioner is theirs to state.
    setPractitionerRegistration: (input) => {
      const by = actor();
      return ctx.store().setPractitionerRegistration(by.id, input, by);
    },
  };
}
