import type { SqlDatabase } from './sqlDatabase.ts';
import type { Screening } from '../../shared/contraindications.ts';
import type { Consent, ConsentOverride, ConsentTemplate, ConsentTemplateVersion, Signature } from '../../shared/consent.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { IndicationId } from '../../shared/indications.ts';
import { statement } from './statements.ts';

/** SQL of consent templates (append-only versions), signed consents and consent overrides. */

type VersionRow = { template_id: string; version: number; indication: IndicationId; language: Language; title: string; body: string; created_at: string; created_by: string };
type ConsentRow = {
  id: string;
  patient_id: string;
  template_id: string;
  template_version: number;
  indication: IndicationId;
  language: Language;
  title: string;
  text: string;
  screening: string;
  patient_signature: string;
  practitioner_signature: string;
  signed_at: string;
  hash: string;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
  withdrawal_recorded_at: string | null;
  withdrawal_recorded_by: string | null;
  /** 1 yes, 0 no; NULL for a consent signed before the photographs were asked separately (schema 8). */
  photo_consent: number | null;
};

const VERSION_COLUMNS = 'v.template_id, v.version, t.indication, t.language, v.title, v.body, v.created_at, v.created_by';
const SELECT_VERSION = `SELECT ${VERSION_COLUMNS} FROM consent_template_versions v JOIN consent_templates t ON t.id = v.template_id WHERE v.template_id = ? AND v.version = ?`;
const SELECT_LATEST_VERSION = `SELECT ${VERSION_COLUMNS} FROM consent_template_versions v JOIN consent_templates t ON t.id = v.template_id WHERE v.template_id = ? ORDER BY v.version DESC LIMIT 1`;
const SELECT_VERSION_LIST = 'SELECT version, created_at, created_by FROM consent_template_versions WHERE template_id = ? ORDER BY version';
// NULL parameters match every indication / language.
const SELECT_TEMPLATE_IDS = `SELECT id FROM consent_templates WHERE (:indication IS NULL OR indication = :indication) AND (:language IS NULL OR language = :language)
  ORDER BY language, indication, created_at, id`;
const SELECT_TEMPLATE = 'SELECT id, indication, language FROM consent_templates WHERE id = ?';
const INSERT_TEMPLATE = 'INSERT INTO consent_templates (id, indication, language, created_at) VALUES (?, ?, ?, ?)';
const INSERT_VERSION = 'INSERT INTO consent_template_versions (template_id, version, title, body, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)';

const SELECT_CONSENT = 'SELECT * FROM consents WHERE id = ?';
const SELECT_CONSENTS_OF_PATIENT = 'SELECT * FROM consents WHERE patient_id = ? ORDER BY signed_at DESC, id';
const SELECT_CONSENTS_OF_PATIENT_FOR = 'SELECT * FROM consents WHERE patient_id = ? AND indication = ? ORDER BY signed_at DESC, id';
const INSERT_CONSENT = `
  INSERT INTO consents (id, patient_id, template_id, template_version, indication, language, title, text, screening,
    patient_signature, practitioner_signature, signed_at, hash, photo_consent)
  VALUES (:id, :patient_id, :template_id, :template_version, :indication, :language, :title, :text, :screening,
    :patient_signature, :practitioner_signature, :signed_at, :hash, :photo_consent)`;
const WITHDRAW_CONSENT = `
  UPDATE consents SET withdrawn_on = ?, withdrawal_reason = ?, withdrawal_recorded_at = ?, withdrawal_recorded_by = ? WHERE id = ?`;

const SELECT_OVERRIDE = 'SELECT session_id, reason, at, actor FROM consent_overrides WHERE session_id = ?';
const INSERT_OVERRIDE = 'INSERT INTO consent_overrides (session_id, reason, at, actor) VALUES (?, ?, ?, ?)';

function versionFromRow(row: VersionRow): ConsentTemplateVersion {
  return { templateId: row.template_id, version: row.version, indication: row.indication, language: row.language, title: row.title, body: row.body, createdAt: row.created_at, createdBy: row.created_by };
}

export function templateExists(db: SqlDatabase, id: string): { indication: IndicationId; language: Language } | null {
  const row = statement(db, SELECT_TEMPLATE).get(id) as { id: string; indication: IndicationId; language: Language } | undefined;
  return row ? { indication: row.indication, language: row.language } : null;
}

/** One version of a template (the latest without `version`), with the list of all its versions. */
export function findTemplate(db: SqlDatabase, id: string, version?: number): ConsentTemplate | null {
  const row = (version === undefined ? statement(db, SELECT_LATEST_VERSION).get(id) : statement(db, SELECT_VERSION).get(id, version)) as VersionRow | undefined;
  if (!row) return null;
  const versions = (statement(db, SELECT_VERSION_LIST).all(id) as unknown as { version: number; created_at: string; created_by: string }[]).map((v) => ({
    version: v.version,
    createdAt: v.created_at,
    createdBy: v.created_by,
  }));
  return { ...versionFromRow(row), versions };
}

/** The templates (latest versions) by language, then indication; only those of `indication` / `language` when given. */
export function listTemplates(db: SqlDatabase, indication?: IndicationId, language?: Language): ConsentTemplate[] {
  const ids = statement(db, SELECT_TEMPLATE_IDS).all({ indication: indication ?? null, language: language ?? null }) as unknown as { id: string }[];
  return ids.map(({ id }) => findTemplate(db, id)).filter((t): t is ConsentTemplate => t !== null);
}

export function insertTemplate(db: SqlDatabase, id: string, indication: IndicationId, language: Language, at: string): void {
  statement(db, INSERT_TEMPLATE).run(id, indication, language, at);
}

export function insertTemplateVersion(db: SqlDatabase, v: ConsentTemplateVersion): void {
  statement(db, INSERT_VERSION).run(v.templateId, v.version, v.title, v.body, v.createdAt, v.createdBy);
}

function consentFromRow(row: ConsentRow): Consent {
  return {
    id: row.id,
    patientId: row.patient_id,
    templateId: row.template_id,
    templateVersion: row.template_version,
    indication: row.indication,
    language: row.language,
    title: row.title,
    text: row.text,
    screening: JSON.parse(row.screening) as Screening,
    patientSignature: JSON.parse(row.patient_signature) as Signature,
    practitionerSignature: JSON.parse(row.practitioner_signature) as Signature,
    signedAt: row.signed_at,
    hash: row.hash,
    withdrawal:
      row.withdrawn_on === null
        ? null
        : { date: row.withdrawn_on, reason: row.withdrawal_reason ?? '', recordedAt: row.withdrawal_recorded_at ?? '', recordedBy: row.withdrawal_recorded_by ?? '' },
    // Absent for a consent signed before the photographs were asked on their own (their declaration held them).
    ...(row.photo_consent === null ? {} : { photoConsent: row.photo_consent === 1 }),
  };
}

export function findConsent(db: SqlDatabase, id: string): Consent | null {
  const row = statement(db, SELECT_CONSENT).get(id) as ConsentRow | undefined;
  return row ? consentFromRow(row) : null;
}

/** A patient's consents, newest first; only those for `indication` when given. */
export function listConsentsOfPatient(db: SqlDatabase, patientId: string, indication?: IndicationId): Consent[] {
  const rows = (indication === undefined ? statement(db, SELECT_CONSENTS_OF_PATIENT).all(patientId) : statement(db, SELECT_CONSENTS_OF_PATIENT_FOR).all(patientId, indication)) as unknown as ConsentRow[];
  return rows.map(consentFromRow);
}

export function insertConsent(db: SqlDatabase, c: Consent): void {
  statement(db, INSERT_CONSENT).run({
    id: c.id,
    patient_id: c.patientId,
    template_id: c.templateId,
    template_version: c.templateVersion,
    indication: c.indication,
    language: c.language,
    title: c.title,
    text: c.text,
    screening: JSON.stringify(c.screening),
    patient_signature: JSON.stringify(c.patientSignature),
    practitioner_signature: JSON.stringify(c.practitionerSignature),
    signed_at: c.signedAt,
    hash: c.hash,
    photo_consent: typeof c.photoConsent === 'boolean' ? Number(c.photoConsent) : null,
  });
}

export function withdrawConsentRow(db: SqlDatabase, id: string, date: string, reason: string, at: string, by: string): void {
  statement(db, WITHDRAW_CONSENT).run(date, reason, at, by, id);
}

export function findOverride(db: SqlDatabase, sessionId: string): ConsentOverride | null {
  const row = statement(db, SELECT_OVERRIDE).get(sessionId) as { session_id: string; reason: string; at: string; actor: string } | undefined;
  return row ? { sessionId: row.session_id, reason: row.reason, at: row.at, by: row.actor } : null;
}

export function insertOverride(db: SqlDatabase, o: ConsentOverride): void {
  statement(db, INSERT_OVERRIDE).run(o.sessionId, o.reason, o.at, o.by);
}
