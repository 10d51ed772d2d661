import type { Namespace, TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS, auditActionKey, isKnownAuditAction, type AuditKind } from '../../shared/audit.ts';
import type { AuditEntry } from '../../shared/repository.ts';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { Panel } from '../components/Panel.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';

const PAGE = 50;

/** An action in words; one this build does not know (an older or newer one's) shows its code. */
export function auditActionLabel(t: TFunction<Namespace>, action: string): string {
  return isKnownAuditAction(action) ? t(`settings:audit.action.${auditActionKey(action)}`) : action;
}

/** The record an entry is about: its kind, and its id shortened (a backup's file, a lot's number whole). */
export function auditRecordText(t: TFunction<Namespace>, entry: Pick<AuditEntry, 'entity' | 'entityId'>): string {
  const kind = t(`settings:audit.entity.${entry.entity}`);
  if (entry.entity === 'settings') return kind;
  const id = /^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(entry.entityId) ? entry.entityId.slice(0, 8) : entry.entityId;
  return `${kind} ${id}`;
}

/** The audit trail itself, newest first, page by page, of one kind or all. */
export function AuditLogPanel() {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const id = useId();
  const [kind, setKind] = useState<AuditKind | ''>('');
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(true);
  const [failure, setFailure] = useState<unknown>(null);

  const load = async (chosen: AuditKind | '', before: number | null, previous: AuditEntry[]) => {
    setBusy(true);
    setFailure(null);
    try {
      const page = await api.listAuditEntries({ kind: chosen === '' ? null : chosen, before, limit: PAGE });
      setEntries([...previous, ...page.entries]);
      setMore(page.more);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void load(kind, null, []);
  }, [kind]);

  return (
    <Panel id="settings-audit-log" className="settings__section" title={t('audit.log.title')} intro={t('audit.log.intro')} busy={busy}>
      <div className="audit-log__filter">
        <SelectField
          id={`${id}-kind`}
          label={t('audit.log.kind')}
          value={kind}
          onChange={setKind}
          compact
          placeholder={{ label: t('audit.log.all') }}
          options={AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kind.${k}`) }))}
        />
        <button type="button" className="button" onClick={() => void load(kind, null, [])} disabled={busy}>
          {t('audit.log.refresh')}
        </button>
      </div>
      {failure ? <ErrorBanner title={t('audit.log.failed')} message={errorText(t, failure)} onRetry={() => void load(kind, null, [])} /> : null}
      {!busy && !failure && entries.length === 0 ? <p className="muted">{t('audit.log.empty')}</p> : null}
      {entries.length > 0 ? (
        <DataTable
          className="table--audit"
          testId="audit-log"
          caption={t('audit.log.caption')}
          columns={[{ label: t('audit.log.entry') }, { label: t('audit.log.at') }, { label: t('audit.log.who') }, { label: t('audit.log.what') }, { label: t('audit.log.record') }, { label: t('audit.log.detail') }]}
        >
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="num">{format.integer(entry.id)}</td>
              <td>{format.instant(entry.at)}</td>
              <td>{entry.actor}</td>
              <td>{auditActionLabel(t, entry.action)}</td>
              <td className="audit-log__record">{auditRecordText(t, entry)}</td>
              <td>
                <code className="audit-log__detail">{detailText(entry.detail)}</code>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {busy ? <Loading text={t('audit.log.loading')} /> : null}
      {more && !busy ? (
        <div>
          <button type="button" className="button" onClick={() => void load(kind, entries.at(-1)?.id ?? null, entries)}>
            {t('audit.log.older')}
          </button>
        </div>
      ) : null}
    </Panel>
  );
}

/** An entry's detail as its stored JSON (ids, counts, hashes, old and new preferences): nothing to word, everything to read. */
function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  const text = JSON.stringify(detail);
  return text === '{}' ? '' : text;
}
