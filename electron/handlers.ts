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
import { ApiError, invalidInput, notFound, type ApiErrorPayload, type ApiResult } from '../shared/errors.ts';
import { injectionPointSchema, type InjectionPoint } from '../shared/point.ts';
import type { Actor, RecordStore } from '../shared/repository.ts';
import { settingsProblem, type Settings } from '../shared/settings.ts';
import { z } from 'zod';
import type { BackupPort } from './backup/backupService.ts';
import type { ExportOptions } from './pdf/exportPdf.ts';
import { createRecordOutputs, type FilePort } from './recordOutputs.ts';

/** Where preferences live: electron-store in the app, a plain file in tests. */
export interface SettingsPort {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

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
  /** The save dialog and the showing of a saved file; without it exports answer that saving is not available. */
  files?: FilePort;
  /** Where the PDF worker and fonts are, when not beside the code (see electron/pdf/exportPdf.ts). */
  pdf?: ExportOptions;
  appInfo: () => AppInfo;
  /** Failures that are not the caller's fault are logged here, never shown raw. */
  log?: (message: string, error: unknown) => void;
};

type Implementation = { [K in ChannelName]: (input: ChannelParsedInput<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K> };

function actorFromSettings(settings: SettingsPort): Actor {
  return { name: settings.get().practitionerName || 'Practitioner' };
}

/** Points are checked against the depth range of the settings, narrower than the schema's bounds. */
function checkPointsAgainstSettings(points: unknown[] | undefined, settings: Settings): void {
  if (!points) return;
  const result = z.object({ points: z.array(injectionPointSchema(settings.depthRange)) }).safeParse({ points });
  if (!result.success) throw invalidInput(result.error);
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
      throw invalidInput(new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: ['points', index, ...issue.path] }))));
    }
  });
}

function implementation(ctx: HandlerContext): Implementation {
  const { settings } = ctx;
  const notAvailable = () => new ApiError({ code: 'conflict', field: null, message: 'Backups are not available in this window.' });
  const backups = (): BackupPort => {
    if (!ctx.backups) throw notAvailable();
    return ctx.backups;
  };
  const outputs = createRecordOutputs({ store: () => ctx.store, settings: () => settings.get(), actor: () => actorFromSettings(settings), files: ctx.files, pdf: ctx.pdf });
  const found = <T>(value: T | null, what: string, id: string): T => {
    if (value === null) throw notFound(what, id);
    return value;
  };
  return {
    appInfo: () => ctx.appInfo(),
    getSettings: () => settings.get(),
    updateSettings: (patch) => {
      const next = { ...settings.get(), ...patch } as Settings;
      const problem = settingsProblem(next);
      if (problem) throw new ApiError({ code: 'invalid-input', ...problem });
      return settings.update(patch as Partial<Settings>);
    },
    listPatients: (query) => ctx.store.listPatients(query),
    getPatient: async ({ id }) => found(await ctx.store.getPatient(id), 'patient', id),
    createPatient: (fields) => ctx.store.createPatient(fields, actorFromSettings(settings)),
    updatePatient: ({ id, fields }) => ctx.store.updatePatient(id, fields, actorFromSettings(settings)),
    setPatientArchived: ({ id, archived }) => ctx.store.setPatientArchived(id, archived, actorFromSettings(settings)),
    listCourses: ({ patientId }) => ctx.store.listCourses(patientId),
    createCourse: (fields) => ctx.store.createCourse(fields, actorFromSettings(settings)),
    listSessions: ({ patientId }) => ctx.store.listSessions(patientId),
    getSession: async ({ id }) => found(await ctx.store.getSession(id, actorFromSettings(settings)), 'session', id),
    createSession: (input) => {
      const s = settings.get();
      const defaults = { defaultTechnique: s.defaults.technique, defaultNeedle: s.defaults.needle, injector: { kind: 'single' as const } };
      return ctx.store.createSession(input, defaults, { name: input.practitioner });
    },
    saveSession: ({ id, fields, points }) => {
      checkPointsAgainstSettings(points, settings.get());
      return ctx.store.saveSession(id, fields, points, actorFromSettings(settings));
    },
    signSession: ({ id }) => ctx.store.signSession(id, actorFromSettings(settings)),
    amendSession: async ({ id, reason, fields, points }) => {
      if (points) {
        const session = found(await ctx.store.getSession(id), 'session', id);
        checkAmendedPointsAgainstSettings(points, sessionWithAmendments(session).points, settings.get());
      }
      return ctx.store.amendSession(id, { reason, fields, points }, actorFromSettings(settings));
    },
    acknowledgeContraindications: ({ sessionId }) => ctx.store.acknowledgeContraindications(sessionId, actorFromSettings(settings)),
    listProtocols: ({ view }) => ctx.store.listProtocols(view),
    saveProtocol: (fields) => {
      checkPointsAgainstSettings(fields.points, settings.get());
      return ctx.store.saveProtocol(fields, actorFromSettings(settings));
    },
    deleteProtocol: ({ id }) => ctx.store.deleteProtocol(id, actorFromSettings(settings)),
    exportPatient: ({ id }) => ctx.store.exportPatient(id, actorFromSettings(settings)),
    importPatient: ({ document }) => ctx.store.importPatient(document, actorFromSettings(settings)),
    verifyAudit: () => ctx.store.verifyAudit(),
    ...outputs,
    listBackups: () => backups().list(),
    createBackupNow: ({ passphrase }) => backups().createNow({ passphrase }),
    restoreBackup: async ({ file, passphrase }) => {
      const port = backups();
      const reopen = ctx.reopenStore;
      if (!reopen) throw notAvailable();
      let closed = false;
      try {
        return await port.restore(file, {
          passphrase,
          beforeReplace: () => {
            ctx.store.close();
            closed = true;
          },
        });
      } finally {
        // Whether the file was replaced or the replacement failed half-way, the store opens what is there.
        if (closed) ctx.store = reopen();
      }
    },
  };
}

function failure(error: unknown, log: HandlerContext['log']): { ok: false; error: ApiErrorPayload } {
  if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
  log?.('Unexpected failure in a handler', error);
  const isStorage = error instanceof Error && /sqlite|database|disk|SQLITE_/i.test(`${error.message} ${(error as { code?: string }).code ?? ''}`);
  return {
    ok: false,
    error: isStorage
      ? { code: 'storage', field: null, message: `The record could not be saved: ${error instanceof Error ? error.message : String(error)}` }
      : { code: 'internal', field: null, message: 'Something went wrong inside MesoChart; nothing was changed.' },
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
    table[name] = async (input: unknown) => {
      const parsed = schema.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toPayload() };
      try {
        return { ok: true, value: await run(parsed.data) };
      } catch (error) {
        return failure(error, ctx.log);
      }
    };
  }
  return table as RawApi;
}
