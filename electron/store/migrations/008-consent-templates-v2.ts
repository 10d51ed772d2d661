// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';
import { templateBody8, type TemplateTexts8 } from './008-templateTexts.ts';
import { TEXTS_8_EN } from './008-textsEn.ts';
import { TEXTS_8_ES } from './008-textsEs.ts';
import { TEXTS_8_FR } from './008-textsFr.ts';
import { TEXTS_8_IT } from './008-textsIt.ts';
import { TEXTS_8_PTBR } from './008-textsPtBR.ts';

/**
 * Schema 8: consent to clinical photographs is a choice of its own, and the starting templates' second
 * edition (every indication, alternatives, off-label use, the full list of risks, no photographs in the
 * declaration; 009-templateTexts.ts says what changed).
 *
 * - consents.photo_consent: the patient's answer (1 yes, 0 no), protected with the other signed fields
 *   (the update trigger is recreated to cover it). NULL for consents signed before: their declaration
 *   held the photographs.
 * - A shipped template that no clinic edited (its latest version is still the shipped version 1) gets
 *   the second edition as version 2: the clinic that kept the shipped text gets the new one, and
 *   consents signed on version 1 keep their text. A shipped template the clinic edited (a version 2 or
 *   later of its own) keeps its edit as the current version: the clinic chose its words, and only it may
 *   change them. The second edition then ships beside it as a template of its own (besideId), so that
 *   the new risks and sections are there to read and adopt, and nothing of the clinic's is overwritten.
 * - Indications without a shipped template (wrinkles, stretch marks, and the three new ones) get one,
 *   version 1, in every language.
 */
const SCHEMA_9 = `
ALTER TABLE consents ADD COLUMN photo_consent INTEGER CHECK (photo_consent IN (0, 1));
DROP TRIGGER consent_update_refused;
-- The only change a signed consent takes: its withdrawal, once, leaving everything signed (the answer to photographs included) as it was.
CREATE TRIGGER consent_update_refused BEFORE UPDATE ON consents
WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.template_id IS NOT OLD.template_id
  OR NEW.template_version IS NOT OLD.template_version OR NEW.indication IS NOT OLD.indication OR NEW.language IS NOT OLD.language
  OR NEW.title IS NOT OLD.title OR NEW.text IS NOT OLD.text OR NEW.screening IS NOT OLD.screening OR NEW.patient_signature IS NOT OLD.patient_signature
  OR NEW.practitioner_signature IS NOT OLD.practitioner_signature OR NEW.signed_at IS NOT OLD.signed_at OR NEW.hash IS NOT OLD.hash
  OR NEW.photo_consent IS NOT OLD.photo_consent
BEGIN SELECT RAISE(ABORT, 'A signed consent cannot be changed; it can only be withdrawn, once'); END;
`;

const TEXTS_9: readonly TemplateTexts8[] = [TEXTS_8_EN, TEXTS_8_FR, TEXTS_8_IT, TEXTS_8_ES, TEXTS_8_PTBR];

function migrateToConsentTemplatesV2(db: SqlDatabase): void {
  db.exec(SCHEMA_9);
  const at = '2026-11-29T00:00:00.000Z';
  const latestVersion = db.prepare('SELECT max(version) AS version FROM consent_template_versions WHERE template_id = ?');
  const template = db.prepare('INSERT INTO consent_templates (id, indication, language, created_at) VALUES (?, ?, ?, ?)');
  const version = db.prepare('INSERT INTO consent_template_versions (template_id, version, title, body, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)');
  for (const lang of TEXTS_9) {
    for (const t of lang.templates) {
      const body = templateBody8(lang, t);
      const latest = (latestVersion.get(t.id) as { version: number | null } | undefined)?.version ?? null;
      if (latest === null) {
        // An indication without a shipped template: a new one.
        template.run(t.id, t.indication, lang.language, at);
        version.run(t.id, 1, t.title, body, at, lang.author);
      } else if (latest === 1) {
        version.run(t.id, 2, t.title, body, at, lang.author);
      } else if (t.besideId !== null) {
        template.run(t.besideId, t.indication, lang.language, at);
        version.run(t.besideId, 1, t.title, body, at, lang.author);
      }
    }
  }
}

export const MIGRATION_8 = {
  version: 8,
  description: 'consent to photographs recorded on its own; second edition of the starting consent templates, for every indication, beside any the clinic edited',
  up: migrateToConsentTemplatesV2,
};
