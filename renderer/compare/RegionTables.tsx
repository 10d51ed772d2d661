import { useTranslation } from 'react-i18next';
import { Fragment } from 'react';
import { MAP_VIEWS, viewLabel, type MapViewId } from '../../shared/mapViews.ts';
import { regionName } from '../../shared/regions.ts';
import type { RegionLastTreated, SessionDiff } from '../../shared/sessionDiff.ts';
import { useFormat } from '../i18n/locale.ts';
import { changePhrases, changeTone, statsLine } from './compareFormat.ts';

const TONE_KEY = { new: 'changes.tone.new', stopped: 'changes.tone.stopped', changed: 'changes.tone.changed', same: 'changes.tone.same' } as const;

function byView<T extends { view: MapViewId }>(rows: readonly T[]): { view: MapViewId; rows: T[] }[] {
  return MAP_VIEWS.map((v) => ({ view: v.id, rows: rows.filter((r) => r.view === v.id) })).filter((g) => g.rows.length > 0);
}

/**
 * Per region, what changed across the chosen sessions: each session's points, mean depth, volume and
 * products, and the change from the first to the last. Grouped by map view, the view on screen first.
 */
export function RegionChangesTable({ diff, labels, currentView }: { diff: SessionDiff; labels: Record<string, string>; currentView: MapViewId }) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  const words = { t, format };
  const groups = byView(diff.regions).sort((a, b) => Number(b.view === currentView) - Number(a.view === currentView));
  const n = diff.sessions.length;
  if (groups.length === 0) return <p className="muted">{t('changes.none')}</p>;
  return (
    <div className="table-wrap compare-table">
      <table className="table table--compact table--changes">
        <caption className="visually-hidden">{t('changes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('changes.region')}</th>
            {diff.sessions.map((s) => (
              <th scope="col" key={s.id}>
                {labels[s.id] ?? format.date(s.date)}
                <span className="cell-sub muted">{format.date(s.date)}</span>
              </th>
            ))}
            <th scope="col">{t('changes.overall')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.view}>
              <tr className="table__group">
                <th scope="colgroup" colSpan={n + 2}>
                  {viewLabel(t, g.view)}
                  {g.view === currentView ? <span className="muted">{t('changes.onMaps')}</span> : null}
                </th>
              </tr>
              {g.rows.map((r) => {
                const first = r.stats[0]?.points ?? 0;
                const last = r.stats[r.stats.length - 1]?.points ?? 0;
                const tone = changeTone(r.overall, first, last);
                const phrases = changePhrases(words, r.overall);
                return (
                  <tr key={`${r.view}:${r.region}`}>
                    <th scope="row">{regionName(t, r.view, r.region)}</th>
                    {r.stats.map((s, i) => (
                      <td key={diff.sessions[i]?.id ?? i}>
                        <span className={s.points === 0 ? 'muted' : undefined}>{statsLine(words, s)}</span>
                        {s.products.length > 0 ? <span className="cell-sub muted">{s.products.join(', ')}</span> : null}
                      </td>
                    ))}
                    <td>
                      <span className={`change-tag change-tag--${tone}`}>{t(TONE_KEY[tone])}</span>
                      {phrases.length > 0 && tone !== 'new' && tone !== 'stopped' ? <span className="cell-sub">{phrases.join(' · ')}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per region, when it was last treated in the course, in which session, and how often. */
export function LastTreatedTable({ rows, total, labels, currentView }: { rows: readonly RegionLastTreated[]; total: number; labels: Record<string, string>; currentView: MapViewId }) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  const groups = byView(rows).sort((a, b) => Number(b.view === currentView) - Number(a.view === currentView));
  if (groups.length === 0) return <p className="muted">{t('lastTreated.none')}</p>;
  return (
    <div className="table-wrap compare-table">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('lastTreated.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lastTreated.region')}</th>
            <th scope="col">{t('lastTreated.date')}</th>
            <th scope="col" className="num">
              {t('lastTreated.sessions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.view}>
              <tr className="table__group">
                <th scope="colgroup" colSpan={3}>
                  {viewLabel(t, g.view)}
                </th>
              </tr>
              {g.rows.map((r) => (
                <tr key={`${r.view}:${r.region}`}>
                  <th scope="row">{regionName(t, r.view, r.region)}</th>
                  <td>
                    <span className="cell-nowrap">{format.date(r.date)}</span> <span className="muted cell-nowrap">({labels[r.sessionId] ?? t('lastTreated.session')})</span>
                  </td>
                  <td className="num">{t('lastTreated.count', { sessions: format.integer(r.sessions), total: format.integer(total) })}</td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
