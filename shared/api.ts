import { z } from 'zod';
import type { UiLanguage } from './i18n/languages.ts';
import { courseInputSchema, type Course } from './course.ts';
import type { ApiResult } from './errors.ts';
import {
  patientIdSchema,
  patientInputSchema,
  patientListQuerySchema,
  type Patient,
  type PatientSummary,
} from './patient.ts';
import { protocolIdSchema, protocolInputSchema, protocolListQuerySchema, type Protocol } from './protocols.ts';
import {
  contraindicationAckInputSchema,
  patientSessionsQuerySchema,
  sessionAmendSchema,
  sessionDraftInputSchema,
  sessionIdSchema,
  sessionSaveSchema,
  type Session,
  type SessionSummary,
} from './session.ts';
import { settingsPatchSchema, type Settings } from './settings.ts';
import { backupFileName, backupPassphrase, type BackupInfo, type BackupProgress, type RestoreResult } from './backups.ts';
import { patientExportDocumentSchema, type PatientExportDocument } from './patientExport.ts';
import type { AuditVerification } from './audit.ts';
import type { Page } from './page.ts';
import { entityId } from './text.ts';
import type { CourseTimeline } from './courseSchedule.ts';
import type { ProductUse } from './lotRecall.ts';
import {
  compareSessionsSchema,
  courseTimelineQuerySchema,
  exportCoursePdfSchema,
  exportSessionPdfSchema,
  lotRecallCsvSchema,
  productUseQuerySchema,
  type ExportProgressEntry,
  type LotRecallCsvOutcome,
  type PdfExportOutcome,
} from './recordOutputs.ts';
import type { SessionDiff } from './sessionDiff.ts';
import type { ChannelName } from './channelNames.ts';
import {
  changePassphraseSchema,
  newPractitionerSchema,
  practitionerDisabledSchema,
  practitionerLanguageSchema,
  unlockSchema,
  type AccessState,
  type PractitionerSummary,
} from './access.ts';

import {
  consentTemplateInputSchema,
  consentTemplateQuerySchema,
  consentTemplateVersionQuerySchema,
  exportConsentPdfSchema,
  patientConsentsQuerySchema,
  sessionConsentQuerySchema,
  signConsentSchema,
  withdrawConsentSchema,
  type Consent,
  type ConsentTemplate,
  type SessionConsent,
} from './consent.ts';
import {
  addPhotoSchema,
  importPhotosSchema,
  photoImagesQuerySchema,
  photoListQuerySchema,
  removePhotoSchema,
  type ImportPhotosOutcome,
  type Photo,
  type PhotoImage,
} from './photo.ts';

export { API_GLOBAL, CHANNEL_NAMES, IPC_PREFIX, isChannelName, type ChannelName } from './channelNames.ts';

export type AppInfo = {
  version: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  /** The language and time zone the screens start in, before anyone unlocks (null: not chosen yet, the system's). */
  language: UiLanguage | null;
  timeZone: string | null;
};

/** A typed marker for a channel's output: it exists only for the type checker. */
const returns = <T>() => undefined as unknown as T;

/**
 * The one contract between renderer and main: every channel's name, input schema and output type.
 * The preload, the IPC registration, the test harness and the renderer all derive from this table.
 */
export const CHANNELS = {
  appInfo: { input: z.object({}).strict(), output: returns<AppInfo>() },
  getSettings: { input: z.object({}).strict(), output: returns<Settings>() },
  updateSettings: { input: settingsPatchSchema, output: returns<Settings>() },

  listPatients: { input: patientListQuerySchema, output: returns<Page<PatientSummary>>() },
  getPatient: { input: patientIdSchema, output: returns<Patient>() },
  createPatient: { input: patientInputSchema, output: returns<Patient>() },
  updatePatient: { input: z.object({ id: entityId, fields: patientInputSchema }), output: returns<Patient>() },
  setPatientArchived: { input: z.object({ id: entityId, archived: z.boolean() }), output: returns<Patient>() },

  listCourses: { input: patientSessionsQuerySchema, output: returns<Course[]>() },
  createCourse: { input: courseInputSchema, output: returns<Course>() },

  listSessions: { input: patientSessionsQuerySchema, output: returns<SessionSummary[]>() },
  getSession: { input: sessionIdSchema, output: returns<Session>() },
  createSession: { input: sessionDraftInputSchema, output: returns<Session>() },
  saveSession: { input: sessionSaveSchema, output: returns<Session>() },
  /** Signs a draft as the practitioner of the settings; refused ('conflict') while contraindications await acknowledgement. */
  signSession: { input: sessionIdSchema, output: returns<Session>() },
  /** Appends a correction (reason, new field values, the whole corrected chart) to a signed session. */
  amendSession: { input: sessionAmendSchema, output: returns<Session>() },
  /** Records that the practitioner saw the patient's positive contraindications for this draft. */
  acknowledgeContraindications: { input: contraindicationAckInputSchema, output: returns<Session>() },

  listProtocols: { input: protocolListQuerySchema, output: returns<Protocol[]>() },
  saveProtocol: { input: protocolInputSchema, output: returns<Protocol>() },
  /** Answers the protocol as it was before deletion. */
  deleteProtocol: { input: protocolIdSchema, output: returns<Protocol>() },

  /** One patient's whole record as a versioned JSON document (audited as an export). */
  exportPatient: { input: patientIdSchema, output: returns<PatientExportDocument>() },
  /** Writes an exported patient in one transaction; refuses a patient already in the records. */
  importPatient: { input: z.object({ document: patientExportDocumentSchema }), output: returns<Patient>() },
  /** The backups of the records, newest first. */
  listBackups: { input: z.object({}).strict(), output: returns<BackupInfo[]>() },
  /** Takes a backup now (encrypted when a passphrase is given), then rotates. */
  createBackupNow: { input: z.object({ passphrase: backupPassphrase.optional() }).strict(), output: returns<BackupInfo>() },
  /** Replaces the records with a listed backup, keeping the current file aside; the store reopens on it. */
  restoreBackup: { input: z.object({ file: backupFileName, passphrase: z.string().max(1024).optional() }).strict(), output: returns<RestoreResult>() },
  /** The backup or restore in progress (records in pages, then photos in files): poll it for a progress bar. */
  getBackupProgress: { input: z.object({}).strict(), output: returns<{ running: BackupProgress | null }>() },
  /** Recomputes the audit trail's hash chain: an edited or removed past entry is reported. */
  verifyAudit: { input: z.object({}).strict(), output: returns<AuditVerification>() },

  // Courses, comparison, printed records, lot recall (shared/recordOutputs.ts).
  /** The course with its timeline as of `asOf` (today by default): numbering, planned and due dates, overdue, status. */
  getCourseTimeline: { input: courseTimelineQuerySchema, output: returns<{ course: Course; timeline: CourseTimeline }>() },
  /** Region by region across 2–4 sessions of one patient, as corrected by their amendments. */
  compareSessions: { input: compareSessionsSchema, output: returns<SessionDiff>() },
  /** Asks where to save (a dialog in main), writes the session record as PDF off the event loop; audited 'session.print'. */
  exportSessionPdf: { input: exportSessionPdfSchema, output: returns<PdfExportOutcome>() },
  /** The same for a whole course; audited 'course.export'. Poll getExportProgress meanwhile for a progress bar. */
  exportCoursePdf: { input: exportCoursePdfSchema, output: returns<PdfExportOutcome>() },
  getExportProgress: { input: z.object({}).strict(), output: returns<{ running: ExportProgressEntry[] }>() },
  /** Every session that used a lot (or a product), across patients, including lots set or corrected by amendments. */
  findProductUses: { input: productUseQuerySchema, output: returns<ProductUse[]>() },
  /** The same as CSV (RFC 4180, UTF-8 with BOM); with `save`, also written where the user chooses. */
  exportLotRecallCsv: { input: lotRecallCsvSchema, output: returns<LotRecallCsvOutcome>() },

  // Access. While locked only appInfo, listPractitioners, unlock, lock and createFirstPractitioner answer
  // (OPEN_WHILE_LOCKED); every other channel refuses with 'locked-out' and reads or writes nothing.
  /** Who may unlock, who is unlocked (if anyone), the idle minutes before the app locks again. */
  listPractitioners: { input: z.object({}).strict(), output: returns<AccessState>() },
  /** First run only (no profile yet): creates the first practitioner and unlocks as them. */
  createFirstPractitioner: { input: newPractitionerSchema, output: returns<AccessState>() },
  /** Checks the passphrase (slowly, and slower after failures) and unlocks as that practitioner. */
  unlock: { input: unlockSchema, output: returns<AccessState>() },
  lock: { input: z.object({}).strict(), output: returns<AccessState>() },
  /** The user is at work (keys, pointer) though no record was touched: pushes the idle deadline back. */
  reportActivity: { input: z.object({}).strict(), output: returns<AccessState>() },
  addPractitioner: { input: newPractitionerSchema, output: returns<PractitionerSummary>() },
  /** Changes the unlocked practitioner's own passphrase; the current one must be given. */
  changePassphrase: { input: changePassphraseSchema, output: returns<PractitionerSummary>() },
  setPractitionerDisabled: { input: practitionerDisabledSchema, output: returns<PractitionerSummary>() },
  /** Sets the unlocked practitioner's own language of the screens (null: the clinic's). */
  setPractitionerLanguage: { input: practitionerLanguageSchema, output: returns<PractitionerSummary>() },

  // Informed consent (shared/consent.ts): versioned templates; signed consents are immutable, only withdrawn.
  /** Each template at its latest version, with the list of its versions; starting templates ship for five indications. */
  listConsentTemplates: { input: consentTemplateQuerySchema, output: returns<ConsentTemplate[]>() },
  /** One version of a template (the latest without `version`): old versions stay readable. */
  getConsentTemplate: { input: consentTemplateVersionQuerySchema, output: returns<ConsentTemplate>() },
  /** A new template, or (with templateId) a new version of it: a saved edit never changes a version. */
  saveConsentTemplate: { input: consentTemplateInputSchema, output: returns<ConsentTemplate>() },
  /** The patient signs the version read on screen, having confirmed the screening; the practitioner countersigns. */
  signConsent: { input: signConsentSchema, output: returns<Consent>() },
  /** The only change a signed consent takes: withdrawn on a date, for a reason. */
  withdrawConsent: { input: withdrawConsentSchema, output: returns<Consent>() },
  listConsents: { input: patientConsentsQuerySchema, output: returns<Consent[]>() },
  /** The consent covering a session (its indication, on its day) and any override its course started with. */
  getSessionConsent: { input: sessionConsentQuerySchema, output: returns<SessionConsent>() },
  /** The signed consent as a PDF of its own (save dialog in main); audited 'consent.print'. */
  exportConsentPdf: { input: exportConsentPdfSchema, output: returns<PdfExportOutcome>() },

  // Clinical photos (shared/photo.ts): files in the data folder under their hash; bytes, never paths, cross.
  /** A photo dropped on the window (its bytes, base64): checked, stored, thumbnail made. */
  addPhoto: { input: addPhotoSchema, output: returns<Photo>() },
  /** Photos chosen in main's file dialog; each refused file is reported, the others are added. */
  importPhotos: { input: importPhotosSchema, output: returns<ImportPhotosOutcome>() },
  listPhotos: { input: photoListQuerySchema, output: returns<Photo[]>() },
  /** Thumbnails or display copies as JPEG bytes (orientation applied, no metadata). */
  getPhotoImages: { input: photoImagesQuerySchema, output: returns<PhotoImage[]>() },
  /** From a draft: removed; from a signed session: an amendment (reason required). The file stays. */
  removePhoto: { input: removePhotoSchema, output: returns<Photo>() },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>;

export type Channels = typeof CHANNELS;
// Both directions: no channel without a contract, no contract without a listed channel.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const contractMatchesNames: Exactly<keyof Channels, ChannelName> = true;
void contractMatchesNames;

export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Channels[K]['output'];

/** What the renderer sees as `window.mesochart`: one async function per channel. */
export type MesoChartApi = { [K in ChannelName]: (input: ChannelInput<K>) => Promise<ChannelOutput<K>> };

/** What crosses the wire (IPC or the test harness's HTTP): a result envelope, never a thrown error. */
export type RawApi = { [K in ChannelName]: (input: unknown) => Promise<ApiResult<ChannelOutput<K>>> };
