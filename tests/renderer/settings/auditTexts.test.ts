import type { Namespace, TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditAction, type BackupAuditFinding } from '../../../shared/audit.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { backupComparisonText, findingText } from '../../../renderer/settings/AuditPanel.tsx';
import { auditActionLabel, auditRecordText } from '../../../renderer/settings/AuditLogPanel.tsx';

const finding: BackupAuditFinding = {
  file: 'mesochart-2025-03-01T08-01-00-000Z.sqlite',
  createdAt: '2025-03-01T08:01:00.000Z',
  head: { entry: 1234, hash: `${'0'.repeat(56)}ab12cd34` },
  problem: 'missing',
  chainEnd: 1200,
  restoredSince: null,
};

describe('the audit screen in words', () => {
  let en: TFunction<Namespace>;
  const format = createFormatter('en', 'UTC');
  beforeAll(async () => {
    en = (await createTranslator('en')).t;
  });

  it('names the backup, the entry it recorded and where the trail now ends', () => {
    expect(findingText(en, format, finding)).toBe(
      'The backup mesochart-2025-03-01T08-01-00-000Z.sqlite of 1 Mar 2025, 08:01 recorded entry 1,234, but the trail now ends at entry 1,200: entries were removed from its newest end after that backup was taken.',
    );
    expect(findingText(en, format, { ...finding, problem: 'different' })).toContain('with another hash (…ab12cd34)');
    expect(findingText(en, format, { ...finding, restoredSince: { entry: 1201, at: '2025-03-02T10:00:00.000Z' } })).toContain('restored from an older backup on 2 Mar 2025, 10:00 (entry 1,201)');
  });

  it('is an error when a backup records entries the trail lacks and no restore explains it', () => {
    expect(backupComparisonText(en, format, { checked: 0, findings: [] })).toMatchObject({ tone: 'success', lines: [expect.stringContaining('No backup found')] });
    expect(backupComparisonText(en, format, { checked: 3, findings: [] }).lines).toEqual(['3 backups compared: the trail still holds every entry they recorded.']);
    expect(backupComparisonText(en, format, { checked: 3, findings: [finding] })).toMatchObject({ tone: 'error', title: 'The audit trail lacks entries a backup recorded' });
    expect(backupComparisonText(en, format, { checked: 3, findings: [{ ...finding, restoredSince: { entry: 1201, at: '2025-03-02T10:00:00.000Z' } }] }).tone).toBe('warning');
  });

  it('words every action in every language, and shows the code of one it does not know', async () => {
    for (const language of LANGUAGES) {
      const t = (await createTranslator(language)).t;
      for (const action of Object.keys(AUDIT_ACTIONS) as AuditAction[]) expect(auditActionLabel(t, action), `${language} ${action}`).not.toMatch(/audit\.action/);
    }
    expect(auditActionLabel(en, 'practitioner.lock')).toBe('Locked');
    expect(auditActionLabel(en, 'future.thing')).toBe('future.thing');
    expect(auditRecordText(en, { entity: 'patient', entityId: '5d2c8a6e-1111-4000-8000-00000000000a' })).toBe('Patient 5d2c8a6e');
    expect(auditRecordText(en, { entity: 'settings', entityId: 'preferences' })).toBe('Preferences');
    expect(auditRecordText(en, { entity: 'lot', entityId: 'LD-1' })).toBe('Lot LD-1');
  });
});
