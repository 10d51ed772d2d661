import type { AuditAnchor, AuditCheck, AuditEntity, AuditHead, AuditListQuery, AuditVerification } from './audit.ts';
import type { Page } from './page.ts';
import type { Course, CourseFields } from './course.ts';
import type { Patient, PatientFields, PatientSummary } from './patient.ts';
import type { PatientChange } from './patientHistory.ts';
import type { MapViewId } from './mapViews.ts';
import type { InjectionPoint } from './point.ts';
import type { Protocol, ProtocolFields } from './protocols.ts';
import type { Session, SessionFields, SessionSummary } from './session.ts';
import type { z } from 'zod';
import type { patientListQuerySchema } from './patient.ts';
import type { sessionDraftInputSchema } from './session.ts';
import type { ProductUse, ProductUseQuery } from './lotRecall.ts';
import type { PatientExportRecords } from './patientExport.ts';
import type { ImportSource, PatientImport } from './patientImport.ts';
import type { Consent, ConsentTemplate, consentTemplateInputSchema, SessionConsent, signConsentSchema } from './consent.ts';
import type { IndicationId } from './indications.ts';
import type { NewPhoto, Photo, PhotoListQuery } from './photo.ts';
import type { PassphraseCredential, PractitionerSummary, PractitionerWithCredential } from './access.ts';
import type { Language } from './i18n/languages.ts';
import type { AdverseEvent, AdverseEventFields, AdverseEventListQuery } from './adverseEvents.ts';
import type { Registration } from './registration.ts';
import type { CatalogueProduct, CatalogueProductFields } from './productCatalogue.ts';
import type { AdjustLotFields, ReceiveLotFields, StockLot, StockMovement } from './stock.ts';
import type { MarkContactFields, OpenRecallFields, Recall, RecallSummary } from './recall.ts';

/** Whoever makes a change: written into every audit entry (the profile id too, when there is one). */
export type Actor = { name: string; id?: string | undefined };

export type AuditEntry = {
  id: number;
  at: string;
  actor: string;
  /** The practitioner profile's id; null on entries from before profiles. */
  actorId: string | null;
  action: string;
  entity: AuditEntity;
  entityId: string;
  detail: unknown;
};

/**
 * The record store as the rest of the application sees it, one interface per domain (the SQLite store
 * implements each in electron/store/methods/<domain>.ts; a PostgreSQL server must fit behind the same
 * interfaces later, which is why results may be promises). Every mutation is one transaction and
 * writes one audit entry; a failed mutation writes nothing.
 */
export interface RecordStore
  extends PatientStore,
    CourseStore,
    SessionStore,
    ProtocolStore,
    PractitionerStore,
    ConsentStore,
    PhotoStore,
    RecordOutputStore,
    TransferStore,
    AdverseEventStore,
    CatalogueStore,
    StockStore,
    RecallStore {
  readonly schemaVersion: number;
  close(): void;
}

export interface PatientStore {
  listPatients(query: z.output<typeof patientListQuerySchema>): Page<PatientSummary> | Promise<Page<PatientSummary>>;
  /** With a `viewer`, the opening is written to the audit trail ('patient.view'). */
  getPatient(id: string, viewer?: Actor): Patient | null | Promise<Patient | null>;
  createPatient(fields: PatientFields, actor: Actor): Patient | Promise<Patient>;
  updatePatient(id: string, fields: PatientFields, actor: Actor): Patient | Promise<Patient>;
  setPatientArchived(id: string, archived: boolean, actor: Actor): Patient | Promise<Patient>;
  /** Every change of the patient's details (updatePatient, archiving), oldest first, with each field's value before and after. */
  listPatientHistory(patientId: string): PatientChange[] | Promise<PatientChange[]>;
}

export interface CourseStore {
  listCourses(patientId: string): Course[] | Promise<Course[]>;
  getCourse(id: string): Course | null | Promise<Course | null>;
  createCourse(fields: CourseFields, actor: Actor): Course | Promise<Course>;
}

/** Sessions with their chart, cocktail, amendments and contraindication acknowledgements. */
export interface SessionStore {
  listSessions(patientId: string): SessionSummary[] | Promise<SessionSummary[]>;
  /** With a `viewer`, the view is written to the audit trail ('session.view'). */
  getSession(id: string, viewer?: Actor): Session | null | Promise<Session | null>;
  createSession(input: z.output<typeof sessionDraftInputSchema>, defaults: SessionDefaults, actor: Actor): Session | Promise<Session>;
  saveSession(id: string, fields: Partial<SessionFields>, points: InjectionPoint[] | undefined, actor: Actor): Session | Promise<Session>;
  /** Signs a draft: from then on its content is immutable and corrections are amendments. */
  signSession(id: string, actor: Actor): Session | Promise<Session>;
  /** Appends a correction to a signed session; the signed content itself stays as it was. */
  amendSession(id: string, amendment: SessionAmendment, actor: Actor): Session | Promise<Session>;
  /** Records that `actor` saw the patient's positive contraindications (as screened now) for this draft. */
  acknowledgeContraindications(sessionId: string, actor: Actor): Session | Promise<Session>;
}

export interface ProtocolStore {
  listProtocols(view?: MapViewId): Protocol[] | Promise<Protocol[]>;
  saveProtocol(fields: ProtocolFields, actor: Actor): Protocol | Promise<Protocol>;
  /** Removes a protocol and answers it as it was. Sessions stamped with it keep their own points. */
  deleteProtocol(id: string, actor: Actor): Protocol | Promise<Protocol>;
}

/** Practitioner profiles and who unlocked the records. */
export interface PractitionerStore {
  /** Practitioner profiles by name, without secret material. */
  listPractitioners(): PractitionerSummary[] | Promise<PractitionerSummary[]>;
  /** A profile with its passphrase credential, to check an unlock against. */
  findPractitioner(id: string): PractitionerWithCredential | null | Promise<PractitionerWithCredential | null>;
  /**
   * Adds a profile ('practitioner.create'). Refused ('conflict') when another profile has the same name,
   * or, with `onlyIfNone`, when any profile exists (the first-run screen cannot add a second one).
   */
  createPractitioner(input: NewPractitionerRecord, actor: Actor): PractitionerSummary | Promise<PractitionerSummary>;
  /** Replaces a profile's passphrase credential ('practitioner.passphrase-change'). */
  setPractitionerCredential(id: string, credential: PassphraseCredential, actor: Actor): PractitionerSummary | Promise<PractitionerSummary>;
  /** Disables or enables a profile ('practitioner.disable' / 'practitioner.enable'); the last enabled one stays. */
  setPractitionerDisabled(id: string, disabled: boolean, actor: Actor): PractitionerSummary | Promise<PractitionerSummary>;
  /** Sets a profile's language of the screens, null for the clinic's ('practitioner.language'). */
  setPractitionerLanguage(id: string, language: Language | null, actor: Actor): PractitionerSummary | Promise<PractitionerSummary>;
  /** Sets a profile's registration and qualification, printed on every record ('practitioner.registration'). */
  setPractitionerRegistration(id: string, input: { registration: Registration | null; qualification: string }, actor: Actor): PractitionerSummary | Promise<PractitionerSummary>;
  /** Writes 'practitioner.unlock': who opened the records, and when. */
  recordUnlock(actor: Actor): void | Promise<void>;
  /**
   * Writes 'practitioner.unlock-failed' on the profile a wrong passphrase was typed for: the profile is
   * named (as the actor, without an actor id: nobody was authenticated), the passphrase typed never.
   */
  recordFailedUnlock(profile: { id: string; displayName: string }): void | Promise<void>;
}

/** Informed consent (shared/consent.ts). Template versions are append-only; signed consents only withdrawn. */
export interface ConsentStore {
  listConsentTemplates(indication?: IndicationId, language?: Language): ConsentTemplate[] | Promise<ConsentTemplate[]>;
  /** One version (the latest without `version`), with the list of the template's versions. */
  getConsentTemplate(templateId: string, version?: number): ConsentTemplate | null | Promise<ConsentTemplate | null>;
  /** A new template (version 1), or a new version of `templateId`; 'consent-template.create' / '.version'. */
  saveConsentTemplate(input: ConsentTemplateFields, actor: Actor): ConsentTemplate | Promise<ConsentTemplate>;
  /** Stores the exact text of the version, the patient's screening, both signatures, the time and the hash. */
  signConsent(input: SignConsentRecord, actor: Actor): Consent | Promise<Consent>;
  withdrawConsent(id: string, withdrawal: { date: string; reason: string }, actor: Actor): Consent | Promise<Consent>;
  listConsents(patientId: string): Consent[] | Promise<Consent[]>;
  /** With a `viewer`, the opening is written to the audit trail ('consent.view'). */
  getConsent(id: string, viewer?: Actor): Consent | null | Promise<Consent | null>;
  /** The consent covering the session (its indication, on its day), and the override it was started with. */
  getSessionConsent(sessionId: string): SessionConsent | null | Promise<SessionConsent | null>;
}

/** Clinical photos (shared/photo.ts); files live under the data folder, rows here. */
export interface PhotoStore {
  /** On a signed session `reason` is required and the addition is an amendment. */
  addPhoto(photo: NewPhoto, reason: string | undefined, actor: Actor): Photo | Promise<Photo>;
  listPhotos(query: PhotoListQuery): Photo[] | Promise<Photo[]>;
  getPhoto(id: string): Photo | null | Promise<Photo | null>;
  /** A draft's photo leaves the record; a signed session's is removed by an amendment (reason required). */
  removePhoto(id: string, reason: string | undefined, actor: Actor): Photo | Promise<Photo>;
}

/**
 * Adverse events (shared/adverseEvents.ts), on sessions signed or not: the session is only read. Added
 * ('adverse-event.create') and followed up ('adverse-event.update'), never deleted.
 */
export interface AdverseEventStore {
  /** A session's events, or a patient's; newest onset first. */
  listAdverseEvents(query: AdverseEventListQuery): AdverseEvent[] | Promise<AdverseEvent[]>;
  getAdverseEvent(id: string): AdverseEvent | null | Promise<AdverseEvent | null>;
  /** Refused, naming the field, when the onset is before the session or a point is not the session's. */
  addAdverseEvent(sessionId: string, fields: AdverseEventFields, actor: Actor): AdverseEvent | Promise<AdverseEvent>;
  /** A follow-up: the fields as they are now; the audit entry keeps what changed, from and to. */
  updateAdverseEvent(id: string, fields: AdverseEventFields, actor: Actor): AdverseEvent | Promise<AdverseEvent>;
}

/**
 * The clinic's product catalogue (shared/productCatalogue.ts): products are added, edited, retired and
 * restored, never deleted ('catalogue-product.create' / '.update' / '.retire' / '.restore'). A session
 * keeps its own copy of what it used, so nothing here changes a session.
 */
export interface CatalogueStore {
  /** By name; the products offered, or with `includeRetired` every one. */
  listCatalogue(includeRetired: boolean): CatalogueProduct[] | Promise<CatalogueProduct[]>;
  /**
   * Adds a product (no id) or edits one. Refused ('conflict') naming `name` when another product offered
   * has the same name regardless of case and spacing, or `gtins.<i>` when a GTIN names another product.
   */
  saveCatalogueProduct(fields: CatalogueProductFields, actor: Actor): CatalogueProduct | Promise<CatalogueProduct>;
  /** Retires a product (no longer offered, still readable) or offers it again; restoring is refused when its name is taken. */
  setProductRetired(id: string, retired: boolean, actor: Actor): CatalogueProduct | Promise<CatalogueProduct>;
  /** The product whose box carries this GTIN-14, retired or not. */
  findCatalogueProductByGtin(gtin14: string): CatalogueProduct | null | Promise<CatalogueProduct | null>;
}

/** A receipt or an adjustment as written: the lot, its movement, and the units on hand after it. */
export type StockChange = { lotId: string; movement: StockMovement; onHand: number };

/**
 * Lots in stock (shared/stock.ts): receipts and adjustments ('stock.receive' / 'stock.adjust', entity
 * 'stock-lot'); signSession writes the uses of the lots its cocktail names ('stock.use') in its own transaction.
 */
export interface StockStore {
  /** Every lot by product name then expiry, with its units on hand. */
  listStock(): StockLot[] | Promise<StockLot[]>;
  listStockMovements(lotId: string): StockMovement[] | Promise<StockMovement[]>;
  /** A new lot, or another delivery of one (same product and lot number; refused when its expiry differs). */
  receiveLot(fields: ReceiveLotFields, actor: Actor): StockChange | Promise<StockChange>;
  /** Refused ('conflict', 'negative-stock') when it would take the lot below zero, unless it is a count. */
  adjustLot(fields: AdjustLotFields, actor: Actor): StockChange | Promise<StockChange>;
}

/**
 * Recalls as records (shared/recall.ts, entity 'recall'): opened with the patients the lot search finds
 * that day, frozen ('recall.open'); each patient's contact marked and corrected ('recall.contact' /
 * 'recall.contact-correct'); closed ('recall.close'). A closed recall is read, never changed ('conflict', 'recall-closed').
 */
export interface RecallStore {
  /** Open recalls first, newest first within each, with their progress. */
  listRecalls(): RecallSummary[] | Promise<RecallSummary[]>;
  getRecall(id: string): Recall | null | Promise<Recall | null>;
  openRecall(fields: OpenRecallFields, actor: Actor): Recall | Promise<Recall>;
  /** Marks a patient contacted, or corrects the mark; refused when it changes nothing. */
  markRecallContact(fields: MarkContactFields, actor: Actor): Recall | Promise<Recall>;
  closeRecall(id: string, note: string, actor: Actor): Recall | Promise<Recall>;
}

/** Reading across the record and taking things out of it: lot recall, the audit trail. */
export interface RecordOutputStore {
  /**
   * Lot recall over the record as it reads now: every use of a lot (or a product) with the session's
   * patient and date, oldest first, from the products as recorded and amendments' corrections of them.
   */
  findProductUses(query: ProductUseQuery, viewer?: Actor): ProductUse[] | Promise<ProductUse[]>;
  /**
   * Writes an audit entry for something taken out of the record (a printed session, an exported course,
   * a recall list) or brought back into it: 'session.print', 'course.export', 'lot.recall-export', ...
   */
  auditRecordOutput(entry: RecordOutputAudit, actor: Actor): void | Promise<void>;
  /** Recomputes the audit trail's hash chain. */
  verifyAudit(): AuditVerification | Promise<AuditVerification>;
  /**
   * Compares the chain with what backups recorded of it: a backup naming an entry the chain no longer
   * has (entries removed from its newest end), or has with another hash, is a finding.
   */
  compareAuditWithBackups(anchors: readonly AuditAnchor[]): AuditCheck['backups'] | Promise<AuditCheck['backups']>;
  /** The newest entry's number and hash; null for an empty trail. */
  auditHead(): AuditHead | null | Promise<AuditHead | null>;
  listAudit(entityId: string): AuditEntry[] | Promise<AuditEntry[]>;
  /** A page of the whole trail, newest first; `more` when older entries of the kind remain. */
  listAuditEntries(query: AuditListQuery): AuditPage | Promise<AuditPage>;
}

/** One patient's whole record out of these records and into others. */
export interface TransferStore {
  /**
   * One patient's whole record as a versioned document; audited as 'patient.export'. The photo files'
   * bytes are added beside the store (electron/backup/patientTransfer.ts).
   */
  exportPatient(id: string, actor: Actor): PatientExportRecords | Promise<PatientExportRecords>;
  /**
   * Validates an export document and writes it in one transaction, marked as imported from `source`
   * (the file's name and SHA-256, its signature images re-encoded); refuses a patient already present.
   */
  importPatient(document: unknown, source: ImportSource, actor: Actor): Patient | Promise<Patient>;
  /** Where a patient's records came from when they were imported, and which ones; null for a patient entered here. */
  getPatientImport(patientId: string): PatientImport | null | Promise<PatientImport | null>;
}

/** A profile to add: its id is chosen by the caller, so that the first practitioner can be its own actor. */
export type NewPractitionerRecord = { id: string; displayName: string; credential: PassphraseCredential; language?: Language | null; onlyIfNone?: boolean };

/**
 * What leaves the record on paper or in a file, or comes back into it from a backup, for the audit trail;
 * and the security events written from outside the store (a backup taken, the settings changed, a lock).
 */
export type RecordOutputAudit = {
  action:
    | 'session.print'
    | 'course.export'
    | 'lot.recall-export'
    | 'consent.print'
    | 'backup.restore'
    | 'adverse-event.print'
    | 'stock.export'
    | 'recall.export'
    | 'recall.print'
    | 'backup.create'
    | 'settings.update'
    | 'practitioner.lock'
    | 'photo.view'
    | 'lot.search'
    | 'recovery-sheet.print'
    | 'recovery-key.renew'
    | 'recovery-key.confirm';
  entity: AuditEntry['entity'];
  entityId: string;
  detail: Record<string, unknown>;
};

export type AuditPage = { entries: AuditEntry[]; more: boolean };

/** A correction: why, the fields' new values, and (when the chart changed) the whole corrected chart. */
export type SessionAmendment = { reason: string; fields: Partial<SessionFields>; points?: InjectionPoint[] | undefined };

/** What a new session takes from the practitioner's settings. */
export type SessionDefaults = Pick<SessionFields, 'defaultTechnique' | 'defaultNeedle' | 'injector'>;

/** A consent template version to save (a new template without templateId), as the channel's input has it. */
export type ConsentTemplateFields = z.output<typeof consentTemplateInputSchema>;

/** What signing a consent takes, as the channel's input has it; the store adds the text, screening, time and hash. */
export type SignConsentRecord = Pick<z.output<typeof signConsentSchema>, 'patientId' | 'templateId' | 'templateVersion' | 'patientSignature' | 'practitionerSignature' | 'photoConsent'>;
