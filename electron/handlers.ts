import { CHANNELS, CHANNEL_NAMES, type ChannelName, type ChannelOutput, type ChannelParsedInput, type RawApi } from '../shared/api.ts';
import { OPEN_WHILE_LOCKED } from '../shared/access.ts';
import { ApiError, invalidInput, lockedOut, type ApiErrorPayload, type ApiResult } from '../shared/errors.ts';
import type { z } from 'zod';
import { accessChannels } from './channels/access.ts';
import { adverseEventChannels } from './channels/adverseEvents.ts';
import { appChannels } from './channels/app.ts';
import { backupChannels } from './channels/backups.ts';
import { catalogueChannels } from './channels/catalogue.ts';
import { consentChannels } from './channels/consent.ts';
import { unlockedActor, type ChannelContext } from './channels/context.ts';
import { courseChannels } from './channels/courses.ts';
import { patientChannels } from './channels/patients.ts';
import { photoChannels } from './channels/photos.ts';
import { protocolChannels } from './channels/protocols.ts';
import { recallChannels } from './channels/recalls.ts';
import { recordChannels } from './channels/records.ts';
import { sessionChannels } from './channels/sessions.ts';
import { stockChannels } from './channels/stock.ts';
import { transferChannels } from './channels/transfer.ts';
import { withSecurityAudit } from './securityAudit.ts';
import { photoCodecOf } from './seal/sealedPhotos.ts';
import type { SettingsPort } from './settings/settingsPort.ts';
import { storageFailureOf } from './store/storageFailure.ts';

/** What main.ts (or a test, or the end-to-end harness) wires in; the channels get their part of it. */
export type HandlerContext = Omit<ChannelContext, 'store' | 'stores' | 'settings' | 'settingsPort' | 'actor' | 'photoCodec'> & {
  /** The record store in use, in its holder: read at each call, replaced only by a restore (electron/store/storeHolder.ts). */
  store: ChannelContext['stores'];
  /** Where preferences live (electron/settings/openSettings.ts in the app and the harness). */
  settings: SettingsPort;
  /**
   * Every channel but OPEN_WHILE_LOCKED refuses with 'locked-out' while nobody is unlocked, and every
   * change is made in the unlocked practitioner's name.
   */
  access: ChannelContext['access'];
  /** Failures that are not the caller's fault are logged here, never shown raw. */
  log?: (message: string, error: unknown) => void;
};

type Implementation = { [K in ChannelName]: (input: ChannelParsedInput<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K> };

const OPEN_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>(OPEN_WHILE_LOCKED);

/** The one place the domains' channels (electron/channels/) are combined into the table. */
function implementation(handlerContext: HandlerContext): Implementation {
  const { store: stores, settings, log: _log, ...rest } = handlerContext;
  const ctx: ChannelContext = {
    ...rest,
    store: () => stores.current(),
    stores,
    settings: () => settings.get(),
    settingsPort: settings,
    actor: () => unlockedActor(rest.access),
    photoCodec: photoCodecOf(rest.sealed?.vault),
  };
  const combined = {
    ...appChannels(ctx),
    ...patientChannels(ctx),
    ...courseChannels(ctx),
    ...sessionChannels(ctx),
    ...protocolChannels(ctx),
    ...transferChannels(ctx),
    ...recordChannels(ctx),
    ...accessChannels(ctx),
    ...consentChannels(ctx),
    ...photoChannels(ctx),
    ...backupChannels(ctx),
    ...adverseEventChannels(ctx),
    ...catalogueChannels(ctx),
    ...stockChannels(ctx),
    ...recallChannels(ctx),
  };
  // No channel left out, none the contract does not name.
  const everyChannelOnce: Exactly<keyof typeof combined, ChannelName> = true;
  void everyChannelOnce;
  return combined satisfies Implementation;
}

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

/** A failure as the envelope says it: an ApiError as it is; a storage failure classified; anything else hidden. */
function failure(error: unknown, log: HandlerContext['log']): { ok: false; error: ApiErrorPayload } {
  if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
  log?.('Unexpected failure in a handler', error);
  // The cause goes to the log only: its text is the system's, not words for the practitioner.
  const storage = storageFailureOf(error);
  return { ok: false, error: storage ? storage.toPayload() : { code: 'internal', field: null, reason: 'unexpected', params: {} } };
}

/**
 * The handler table, one function per channel, shared by Electron's IPC and the test harness.
 * Every input is validated against its channel's schema before anything else runs; a refusal or
 * failure comes back as a typed error envelope and never as a thrown exception.
 */
export function createHandlers(given: HandlerContext): RawApi {
  // Locks and automatic backups reach the audit trail through the lock and the backups the channels are given.
  const ctx = withSecurityAudit(given);
  const impl = implementation(ctx);
  const table = {} as Record<ChannelName, (input: unknown) => Promise<ApiResult<unknown>>>;
  for (const name of CHANNEL_NAMES) {
    const schema = CHANNELS[name].input as z.ZodType;
    const run = impl[name] as (input: unknown) => unknown;
    const open = OPEN_CHANNELS.has(name);
    table[name] = async (input: unknown) => {
      // The lock comes first: a locked app neither reads nor writes, nor says what it thinks of the input.
      if (!open && !ctx.access.current()) return { ok: false, error: lockedOut().toPayload() };
      const parsed = schema.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: invalidInput(parsed.error, input ?? {}).toPayload() };
      try {
        // A call made while unlocked is activity: it pushes the idle deadline back.
        if (!open) ctx.access.touch();
        return { ok: true, value: await run(parsed.data) };
      } catch (error) {
        return failure(error, ctx.log);
      }
    };
  }
  return table as RawApi;
}
