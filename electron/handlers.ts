import {
  CHANNELS,
  CHANNEL_NAMES,
  type AppInfo,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
  type RawApi,
} from '../shared/api.ts';
import { sameValue, sessionWithAmendments } from '../shared/amendments.ts';
import { ApiError, invalidInput, lockedOut, notFound, type ApiErrorPayload, type ApiResult, type RecordKind } from '../shared/errors.ts';
import { injectionPointSchema, type InjectionPoint } from '../shared/point.ts';
import type { Actor, RecordStore } from '../shared/repository.ts';
import { settingsProblem, type Settings } from '../shared/settings.ts';
import { z } from 'zod';
import type { BackupPort } from './backup/backupService.ts';
import { exportPatientWithPhotos, importPatientWithPhotos } from './backup/patientTransfer.ts';
import type { ExportOptions } from './pdf/exportPdf.ts';
import { createRecordOutputs, type FilePort } from './recordOutputs.ts';
import { createConsentPhotoChannels } from './consentPhotoChannels.ts';
import { randomUUID } from 'node:crypto';
import { OPEN_WHILE_LOCKED, type AccessState } from '../shared/access.ts';
import type { AccessControl } from './access/accessControl.ts';
import { hashPassphrase, verifyPassphrase } from './access/passphrase.ts';

import type { SettingsPort } from './settings/settingsPort.ts';
export type { SettingsPort };

export type HandlerContext = {
  /**
   * The record store. Handlers read it at each call, because restoreBackup replaces it: the old one
   * is closed before the file changes, and `reopenStore` opens the restored file.
   */
  store: RecordStore;
  /** Backups of the records; without it the backup channels answer that backups are not available. */
  backups?: BackupPort;
  /** Opens the store again on the database file (after a restore). */
  reopenStore?: () => RecordStore;
  settings: SettingsPort;
  /**
   * The lock: who is unlocked, if anyone. Every channel but OPEN_WHILE_LOCKED refuses with 'locked-out'
   * while nobody is, and every change is made in the unlocked practitioner's name.
   */
  access: AccessControl;
  /** The save dialog and the showing of a saved file; without it exports answer that saving is not available. */
  files?: FilePort;
  /** The data folder's photos/ (owner-only): originals by hash and their cached copies. */
  photoDir?: string;
  /** Where the PDF worker and fonts are, when not beside the code (see electron/pdf/exportPdf.ts). */
  pdf?: ExportOptions;
  appInfo: () => Omit<AppInfo, 'language' | 'timeZone'>;
  /** Failures that are not the caller's fault are logged here, never shown raw. */
  log?: (message: string, error: unknown) => void;
};

type Implementation = { [K in ChannelName]: (input: ChannelParsedInput<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K> };

const OPEN_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>(OPEN_WHILE_LOCKED);

/** The unlocked practitioner, as the actor of a change; the lock's refusal when there is none. */
function unlockedActor(access: AccessControl): Actor & { id: string } {
  const current = access.current();
  if (!current) throw lockedOut();
  return { name: current.displayName, id: current.id };
}

const wrongPassphrase = (field: string) =>
  new ApiError({ code: 'invalid-input', field, reason: 'wrong-passphrase' });

/** Points are checked against the depth range of the settings, narrower than the schema's bounds. */
function checkPointsAgainstSettings(points: unknown[] | undefined, settings: Settings): void {
  if (!points) return;
  const result = z.object({ points: z.array(injectionPointSchema(settings.depthRange)) }).safeParse({ points });
  if (!result.success) throw invalidInput(result.error, { points });
}

/**
 * An amended chart is checked against today's depth range only where the amendment adds or changes a
 * point: a point left as it was signed stays valid even if the allowed range has since narrowed.
 */
function checkAmendedPointsAgainstSettings(points: InjectionPoint[] | undefined, current: readonly InjectionPoint[], settings: Settings): void {
  if (!points) return;
  const currentById = new Map(current.map((p) => [p.id, p]));
  const schema = injectionPointSchema(settings.depthRange);
  points.forEach((point, index) => {
    if (sameValue(currentById.get(point.id), point)) return;
    const result = schema.safeParse(point);
    if (!result.success) {
      throw invalidInput(new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: ['points', index, ...issue.path] }))), { points: { [index]: point } });
    }
  });
}

function implementation(ctx: HandlerContext): Implementation {
  const { settings, access } = ctx;
  const actor = () => unlockedActor(access);

  const accessState = async (): Promise<AccessState> => {
    const practitioners = await ctx.store.listPractitioners();
    const current = access.current();
    return {
      practitioners,
      current: current ? (practitioners.find((p) => p.id === current.id) ?? null) : null,
      idleMinutes: settings.get().lock.idleMinutes,
    };
  };

  /** After a restore the profiles are the backup's: stay unlocked only as a practitioner it knows, enabled. */
  const relockUnlessKnown = async (): Promise<void> => {
    const current = access.current();
    if (!current) return;
    const found = await ctx.store.findPractitioner(current.id);
    if (!found || found.disabled) access.lock();
    else access.unlock({ id: found.id, displayName: found.displayName });
  };

  const notAvailable = () => new ApiError({ code: 'conflict', field: null, reason: 'backups-unavailable' });
  const backups = (): BackupPort => {
    if (!ctx.backups) throw notAvailable();
    return ctx.backups;
  };
  const outputs = createRecordOutputs({ store: () => ctx.store, settings: () => settings.get(), actor: () => actor(), files: ctx.files, pdf: ctx.pdf, photoDir: ctx.photoDir });
  const consentPhotos = createConsentPhotoChannels({
    store: () => ctx.store,
    settings: () => settings.get(),
    actor: () => actor(),
    files: ctx.files,
    photoDir: ctx.photoDir,
  });
  const found = <T>(value: T | null, what: RecordKind, id: string): T => {
    if (value === null) throw notFound(what, id);
    return value;
  };
  return {
    appInfo: () => {
      const { language, timeZone } = settings.get();
      return { ...ctx.appInfo(), language: language ?? null, timeZone: timeZone ?? null };
    },
    // The practitioner is the unlocked one, whatever an older settings file says.
    getSettings: () => ({ ...settings.get(), practitionerName: actor().name }),
    updateSettings: (patch) => {
      const next = { ...settings.get(), ...patch } as Settings;
      const problem = settingsProblem(next);
      if (problem) throw new ApiError({ code: 'invalid-input', ...problem });
      return settings.update(patch as Partial<Settings>);
    },
    listPatients: (query) => ctx.store.listPatients(query),
    getPatient: async ({ id }) => found(await ctx.store.getPatient(id), 'patient', id),
    createPatient: (fields) => ctx.store.createPatient(fields, actor()),
    updatePatient: ({ id, fields }) => ctx.store.updatePatient(id, fields, actor()),
    setPatientArchived: ({ id, archived }) => ctx.store.setPatientArchived(id, archived, actor()),
    listCourses: ({ patientId }) => ctx.store.listCourses(patientId),
    createCourse: (fields) => ctx.store.createCourse(fields, actor()),
    listSessions: ({ patientId }) => ctx.store.listSessions(patientId),
    getSession: async ({ id }) => found(await ctx.store.getSession(id, actor()), 'session', id),
    createSession: (input) => {
      const s = settings.get();
      const defaults = { defaultTechnique: s.defaults.technique, defaultNeedle: s.defaults.needle, injector: { kind: 'single' as const } };
      return ctx.store.createSession(input, defaults, actor());
    },
    saveSession: ({ id, fields, points }) => {
      checkPointsAgainstSettings(points, settings.get());
      return ctx.store.saveSession(id, fields, points, actor());
    },
    signSession: ({ id }) => ctx.store.signSession(id, actor()),
    amendSession: async ({ id, reason, fields, points }) => {
      if (points) {
        const session = found(await ctx.store.getSession(id), 'session', id);
        checkAmendedPointsAgainstSettings(points, sessionWithAmendments(session).points, settings.get());
      }
      return ctx.store.amendSession(id, { reason, fields, points }, actor());
    },
    acknowledgeContraindications: ({ sessionId }) => ctx.store.acknowledgeContraindications(sessionId, actor()),
    listProtocols: ({ view }) => ctx.store.listProtocols(view),
    saveProtocol: (fields) => {
      checkPointsAgainstSettings(fields.points, settings.get());
      return ctx.store.saveProtocol(fields, actor());
    },
    deleteProtocol: ({ id }) => ctx.store.deleteProtocol(id, actor()),
    exportPatient: ({ id }) => exportPatientWithPhotos(ctx.store, ctx.photoDir, id, actor()),
    importPatient: ({ document }) => importPatientWithPhotos(ctx.store, ctx.photoDir, document, actor()),
    verifyAudit: () => ctx.store.verifyAudit(),
    ...outputs,
    ...consentPhotos,
    listPractitioners: () => accessState(),
    createFirstPractitioner: async ({ displayName, passphrase, language }) => {
      if ((await ctx.store.listPractitioners()).length > 0) {
        throw new ApiError({ code: 'conflict', field: null, reason: 'profile-exists' });
      }
      const id = randomUUID();
      const credential = await hashPassphrase(passphrase, access.kdf);
      // The first practitioner creates themselves: they are the actor of their own profile's creation.
      const created = await ctx.store.createPractitioner({ id, displayName, credential, language, onlyIfNone: true }, { name: displayName.trim(), id });
      // The language chosen on the first-run screen is the clinic's too (the lock screen speaks it).
      if (language) settings.update({ language });
      access.unlock(created);
      await ctx.store.recordUnlock({ name: created.displayName, id });
      return accessState();
    },
    unlock: async ({ practitionerId, passphrase }) => {
      const profile = await ctx.store.findPractitioner(practitionerId);
      if (!profile) throw new ApiError({ code: 'not-found', field: 'practitionerId', reason: 'no-such-profile' });
      if (profile.disabled) throw new ApiError({ code: 'conflict', field: 'practitionerId', reason: 'profile-disabled', params: { name: profile.displayName } });
      const credential = profile.credential;
      const ok = await access.attempt(async () => {
        const verified = credential !== null && (await verifyPassphrase(passphrase, credential));
        return { ok: verified, value: verified };
      });
      if (!ok) throw wrongPassphrase('passphrase');
      access.unlock(profile);
      await ctx.store.recordUnlock({ name: profile.displayName, id: profile.id });
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
      return ctx.store.createPractitioner({ id: randomUUID(), displayName, credential, language }, by);
    },
    changePassphrase: async ({ current, next }) => {
      const by = actor();
      const profile = await ctx.store.findPractitioner(by.id);
      if (!profile) throw notFound('practitioner', by.id);
      const credential = profile.credential;
      const ok = await access.attempt(async () => {
        const verified = credential !== null && (await verifyPassphrase(current, credential));
        return { ok: verified, value: verified };
      });
      if (!ok) throw wrongPassphrase('current');
      return ctx.store.setPractitionerCredential(by.id, await hashPassphrase(next, access.kdf), by);
    },
    setPractitionerDisabled: ({ id, disabled }) => {
      const by = actor();
      if (disabled && id === by.id) throw new ApiError({ code: 'conflict', field: 'id', reason: 'cannot-disable-self' });
      return ctx.store.setPractitionerDisabled(id, disabled, by);
    },
    setPractitionerLanguage: ({ language }) => {
      const by = actor();
      return ctx.store.setPractitionerLanguage(by.id, language, by);
    },
    listBackups: () => backups().list(),
    getBackupProgress: () => ({ running: ctx.backups?.progress() ?? null }),
    createBackupNow: ({ passphrase }) => backups().createNow({ passphrase }),
    restoreBackup: async ({ file, passphrase }) => {
      const port = backups();
      const reopen = ctx.reopenStore;
      if (!reopen) throw notAvailable();
      const restoredBy = actor();
      let closed = false;
      try {
        const result = await port.restore(file, {
          passphrase,
          beforeReplace: () => {
            ctx.store.close();
            closed = true;
          },
        });
        // The restored records say who brought them back, from which backup, and what was kept aside.
        ctx.store = reopen();
        closed = false;
        await ctx.store.auditRecordOutput({ action: 'backup.restore', entity: 'backup', entityId: file, detail: { keptAside: result.keptAside, photosRestored: result.photos?.restored ?? 0, photoProblems: result.photos?.problems.length ?? 0 } }, restoredBy);
        await relockUnlessKnown();
        return result;
      } finally {
        // Whether the file was replaced or the replacement failed half-way, the store opens what is there.
        if (closed) {
          ctx.store = reopen();
          await relockUnlessKnown();
        }
      }
    },
  };
}

function failure(error: unknown, log: HandlerContext['log']): { ok: false; error: ApiErrorPayload } {
  if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
  log?.('Unexpected failure in a handler', error);
  const isStorage = error instanceof Error && /sqlite|database|disk|SQLITE_/i.test(`${error.message} ${(error as { code?: string }).code ?? ''}`);
  // The cause goes to the log only: its text is the system's, not words for the practitioner.
  return {
    ok: false,
    error: isStorage
      ? { code: 'storage', field: null, reason: 'save-failed', params: {} }
      : { code: 'internal', field: null, reason: 'unexpected', params: {} },
  };
}

/**
 * The handler table, one function per channel, shared by Electron's IPC and the test harness.
 * Every input is validated against its channel's schema before anything else runs; a refusal or
 * failure comes back as a typed error envelope and never as a thrown exception.
 */
export function createHandlers(ctx: HandlerContext): RawApi {
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
