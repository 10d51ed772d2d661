import { randomUUID } from 'node:crypto';
import type { AccessState, PractitionerWithCredential } from '../../shared/access.ts';
import type { ACCESS_CHANNELS } from '../../shared/channels/access.ts';
import { ApiError, notFound } from '../../shared/errors.ts';
import type { AccessControl } from '../access/accessControl.ts';
import { hashPassphrase, verifyPassphrase } from '../access/passphrase.ts';
import { profileExists } from '../store/alreadyExists.ts';
import { unlockedActor, type ChannelContext, type ChannelHandlers } from './context.ts';

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

/** Practitioner profiles and the lock. */
export function accessChannels(ctx: Pick<ChannelContext, 'store' | 'access' | 'settings' | 'settingsPort'>): ChannelHandlers<typeof ACCESS_CHANNELS> {
  const { access } = ctx;
  const actor = () => unlockedActor(access);

  const accessState = async (): Promise<AccessState> => {
    const practitioners = await ctx.store().listPractitioners();
    const current = access.current();
    return {
      practitioners,
      current: current ? (practitioners.find((p) => p.id === current.id) ?? null) : null,
      idleMinutes: ctx.settings().lock.idleMinutes,
    };
  };

  return {
    listPractitioners: () => accessState(),
    createFirstPractitioner: async ({ displayName, passphrase, language, clinic }) => {
      // Checked before the (slow) hashing too, so the open first-run channel costs nothing once set up;
      // the store checks again inside its transaction.
      if ((await ctx.store().listPractitioners()).length > 0) throw profileExists();
      const id = randomUUID();
      const credential = await hashPassphrase(passphrase, access.kdf);
      // The first practitioner creates themselves: they are the actor of their own profile's creation.
      const created = await ctx.store().createPractitioner({ id, displayName, credential, language, onlyIfNone: true }, { name: displayName.trim(), id });
      // The language chosen on the first-run screen is the clinic's too (the lock screen speaks it).
      if (language) ctx.settingsPort.update({ language });
      // The clinic's details given with the first profile head every printed record from now on.
      if (clinic) ctx.settingsPort.update({ clinic });
      access.unlock(created);
      await ctx.store().recordUnlock({ name: created.displayName, id });
      return accessState();
    },
    unlock: async ({ practitionerId, passphrase }) => {
      const profile = await ctx.store().findPractitioner(practitionerId);
      if (!profile) throw new ApiError({ code: 'not-found', field: 'practitionerId', reason: 'no-such-profile' });
      if (profile.disabled) throw new ApiError({ code: 'conflict', field: 'practitionerId', reason: 'profile-disabled', params: { name: profile.displayName } });
      await requirePassphrase(access, profile, passphrase, 'passphrase', () => ctx.store().recordFailedUnlock({ id: profile.id, displayName: profile.displayName }));
      access.unlock(profile);
      await ctx.store().recordUnlock({ name: profile.displayName, id: profile.id });
      return accessState();
    },
    lock: () => {
      access.lock();
      return accessState();
    },
    reportActivity: () => accessState(),
    addPractitioner: async ({ displayName, passphrase, language }) => {
      const by = actor();
      const credential = await hashPassphrase(passphrase, access.kdf);
      return ctx.store().createPractitioner({ id: randomUUID(), displayName, credential, language }, by);
    },
    changePassphrase: async ({ current, next }) => {
      const by = actor();
      const profile = await ctx.store().findPractitioner(by.id);
      if (!profile) throw notFound('practitioner', by.id);
      await requirePassphrase(access, profile, current, 'current');
      return ctx.store().setPractitionerCredential(by.id, await hashPassphrase(next, access.kdf), by);
    },
    setPractitionerDisabled: ({ id, disabled }) => {
      const by = actor();
      if (disabled && id === by.id) throw new ApiError({ code: 'conflict', field: 'id', reason: 'cannot-disable-self' });
      return ctx.store().setPractitionerDisabled(id, disabled, by);
    },
    setPractitionerLanguage: ({ language }) => {
      const by = actor();
      return ctx.store().setPractitionerLanguage(by.id, language, by);
    },
    // One's own profile only: what a record says of a practitioner is theirs to state.
    setPractitionerRegistration: (input) => {
      const by = actor();
      return ctx.store().setPractitionerRegistration(by.id, input, by);
    },
  };
}
