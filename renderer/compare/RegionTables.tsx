import { useTranslation } from 'react-i18next';
import { Fragment, type ReactNode } from 'react';
import { MAP_VIEWS, viewLabel, type MapViewId } from '../../shared/mapViews.ts';
import { regionName } from '../../shared/regions.ts';
import type { RegionLastTreated, SessionDiff } from '../../shared/sessionDiff.ts';
import { useFormat } from '../i18n/locale.ts';
import { changePhrases, changeTone, statsLine } from './compareFormat.ts';

const TONE_KEY = { new: 'changes.tone.new', stopped: 'changes.tone.stopped', changed: 'changes.tone.changed', same: 'changes.tone.same' } as const;

/** The rows grouped by map view, in the views' order but the one on screen first. */
function byView<T extends { view: MapViewId }>(rows: readonly T[], currentView: MapViewId): { view: MapViewId; rows: T[] }[] {
  return MAP_VIEWS.map((v) => ({ view: v.id, rows: rows.filter((r) => r.view === v.id) }))
    .filter((g) => g.rows.length > 0)
    .sort((a, b) => Number(b.view === currentView) - Number(a.view === currentView));
}

type RegionRow = { view: MapViewId; region: string };

/**
 * The frame both region tables share: a row per region (its name heading the row) under a heading row per
 * map view, the view on screen first; `empty` instead when there is no row.
 */
function RegionTable<T extends RegionRow>(props: {
  rows: readonly T[];
  currentView: MapViewId;
  caption: string;
  empty: string;
  className: string;
  /** The header cells after the region's. */
  head: ReactNode;
  columns: number;
  /** Said after the view's name on the heading of the view on screen. */
  currentNote?: string;
  cells: (row: T) => ReactNode;
}) {
  const { t } = useTranslation(['compare', 'clinical']);
  const { rows, currentView, caption, empty, className, head, columns, currentNote, cells } = props;
  const groups = byView(rows, currentView);
  if (groups.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="table-wrap compare-table">
      <table className={className}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.view}>
              <tr className="table__group">
                <th scope="colgroup" colSpan={columns}>
                  {viewLabel(t, g.view)}
                  {currentNote && g.view === currentView ? <span className="muted">{currentNote}</span> : null}
                </th>
              </tr>
              {g.rows.map((r) => (
                <tr key={`${r.view}:${r.region}`}>
                  <th scope="row">{regionName(t, r.view, r.region)}</th>
                  {cells(r)}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Per region, what changed across the chosen sessions: each session's points, mean depth, volume and
 * products, and the change from the first to the last. Grouped by map view, the view on screen first.
 */
export function RegionChangesTable({ diff, labels, currentView }: { diff: SessionDiff; labels: Record<string, string>; currentView: MapViewId }) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  const words = { t, format };
  return (
    <RegionTable
      rows={diff.regions}
      currentView={currentView}
      caption={t('changes.caption')}
      empty={t('changes.none')}
      className="table table--compact table--changes"
      columns={diff.sessions.length + 2}
      currentNote={t('changes.onMaps')}
      head={
        <>
          <th scope="col">{t('changes.region')}</th>
          {diff.sessions.map((s) => (
            <th scope="col" key={s.id}>
              {labels[s.id] ?? format.date(s.date)}
              <span className="cell-sub muted">{format.date(s.date)}</span>
            </th>
          ))}
          <th scope="col">{t('changes.overall')}</th>
        </>
      }
      cells={(r) => {
        const first = r.stats[0]?.points ?? 0;
        const last = r.stats[r.stats.length - 1]?.points ?? 0;
        const tone = changeTone(r.overall, first, last);
        const phrases = changePhrases(words, r.overall);
        return (
          <>
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
          </>
        );
      }}
    />
  );
}

/** Per region, when it was last treated in the course, in which session, and how often. */
export function LastTreatedTable({ rows, total, labels, currentView }: { rows: readonly RegionLastTreated[]; total: number; labels: Record<string, string>; currentView: MapViewId }) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  return (
    <RegionTable
      rows={rows}
      currentView={currentView}
      caption={t('lastTreated.caption')}
      empty={t('lastTreated.none')}
      className="table table--compact"
      columns={3}
      head={
        <>
          <th scope="col">{t('lastTreated.region')}</th>
          <th scope="col">{t('lastTreated.date')}</th>
          <th scope="col" className="num">
            {t('lastTreated.sessions')}
          </th>
        </>
      }
      cells={(r) => (
        <>
          <td>
            <span className="cell-nowrap">{format.date(r.date)}</span> <span className="muted cell-nowrap">({labels[r.sessionId] ?? t('lastTreated.session')})</span>
          </td>
          <td className="num">{t('lastTreated.count', { sessions: format.integer(r.sessions), total: format.integer(total) })}</td>
        </>
      )}
    />
  );
}
