import { useTranslation } from 'react-i18next';
import { isRecallClosed } from '../../shared/recall.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { navigate } from '../navigation.ts';
import { useLoad } from '../useLoad.ts';
import { recallProgress, recallWhat } from './recallWords.ts';
import '../courses/courses.css';
import './recall.css';

/** The recalls opened, open ones first: what each is about, when and by whom it was opened, its progress; a row opens it. */
export function RecallsPage() {
  const { t } = useTranslation(['records', 'common', 'errors']);
  const format = useFormat();
  const recalls = useLoad(() => api.listRecalls({}), []);
  const open = (id: string) => navigate({ name: 'recall', recallId: id });

  return (
    <div className="screen screen--recalls">
      <div className="screen-header">
        <div>
          <ScreenHeading>{t('recalls.list.title')}</ScreenHeading>
          <p className="screen-subtitle">{t('recalls.list.subtitle')}</p>
        </div>
        <div className="screen-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'lot-recall' })}>
            {t('recalls.list.toSearch')}
          </button>
        </div>
      </div>
      {recalls.state === 'loading' ? <Loading /> : null}
      {recalls.state === 'error' ? <ErrorBanner title={t('recalls.page.loadFailed')} message={errorText(t, recalls.error)} onRetry={recalls.reload} /> : null}
      {recalls.state === 'ready' && recalls.value.length === 0 ? (
        <EmptyState title={t('recalls.list.emptyTitle')}>
          <p>{t('recalls.list.emptyText')}</p>
        </EmptyState>
      ) : null}
      {recalls.state === 'ready' && recalls.value.length > 0 ? (
        <DataTable
          className="table--recalls"
          testId="recalls"
          caption={t('recalls.list.caption')}
          columns={[{ label: t('recalls.list.what') }, { label: t('recalls.list.opened') }, { label: t('recalls.list.progress') }, { label: t('recalls.list.state') }]}
        >
          {recalls.value.map((r) => (
            <tr key={r.id} data-recall={r.id} onClick={() => open(r.id)} className={isRecallClosed(r) ? 'table__row--muted' : undefined}>
              <th scope="row">
                <button type="button" className="row-link" onClick={(e) => (e.stopPropagation(), open(r.id))}>
                  {recallWhat(t, r)}
                </button>
                <span className="recall-note">{r.reason}</span>
              </th>
              <td>{t('recalls.openedOn', { date: format.instant(r.openedAt), name: r.openedBy })}</td>
              <td>{recallProgress(t, r)}</td>
              <td>
                <Badge tone={isRecallClosed(r) ? 'muted' : 'warning'}>{isRecallClosed(r) ? t('recalls.state.closed') : t('recalls.state.open')}</Badge>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
