import { Fragment } from 'react';
import { MAP_VIEWS, type MapViewId } from '../../shared/mapViews.ts';
import type { RegionLastTreated, SessionDiff } from '../../shared/sessionDiff.ts';
import { formatDate } from '../format.ts';
import { changePhrases, changeTone, statsLine } from './compareFormat.ts';

const TONE_LABEL = { new: 'New', stopped: 'Not treated last', changed: 'Changed', same: 'Unchanged' } as const;

function byView<T extends { view: MapViewId }>(rows: readonly T[]): { view: MapViewId; label: string; rows: T[] }[] {
  return MAP_VIEWS.map((v) => ({ view: v.id, label: v.label, rows: rows.filter((r) => r.view === v.id) })).filter((g) => g.rows.length > 0);
}

/**
 * Per region, what changed across the chosen sessions: each session's points, mean depth, volume and
 * products, and the change from the first to the last. Grouped by map view, the view on screen first.
 */
export function RegionChangesTable({ diff, labels, currentView }: { diff: SessionDiff; labels: Record<string, string>; currentView: MapViewId }) {
  const groups = byView(diff.regions).sort((a, b) => Number(b.view === currentView) - Number(a.view === currentView));
  const n = diff.sessions.length;
  if (groups.length === 0) return <p className="muted">None of these sessions has a charted point yet.</p>;
  return (
    <div className="table-wrap compare-table">
      <table className="table table--compact table--changes">
        <caption className="visually-hidden">What changed, region by region, from the first to the last session compared</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            {diff.sessions.map((s) => (
              <th scope="col" key={s.id}>
                {labels[s.id] ?? formatDate(s.date)}
                <span className="cell-sub muted">{formatDate(s.date)}</span>
              </th>
            ))}
            <th scope="col">Change, first to last</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.view}>
              <tr className="table__group">
                <th scope="colgroup" colSpan={n + 2}>
                  {g.label}
                  {g.view === currentView ? <span className="muted"> · on the maps</span> : null}
                </th>
              </tr>
              {g.rows.map((r) => {
                const first = r.stats[0]?.points ?? 0;
                const last = r.stats[r.stats.length - 1]?.points ?? 0;
                const tone = changeTone(r.overall, first, last);
                const phrases = changePhrases(r.overall);
                return (
                  <tr key={`${r.view}:${r.region}`}>
                    <th scope="row">{r.label}</th>
                    {r.stats.map((s, i) => (
                      <td key={diff.sessions[i]?.id ?? i}>
                        <span className={s.points === 0 ? 'muted' : undefined}>{statsLine(s)}</span>
                        {s.products.length > 0 ? <span className="cell-sub muted">{s.products.join(', ')}</span> : null}
                      </td>
                    ))}
                    <td>
                      <span className={`change-tag change-tag--${tone}`}>{TONE_LABEL[tone]}</span>
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
  const groups = byView(rows).sort((a, b) => Number(b.view === currentView) - Number(a.view === currentView));
  if (groups.length === 0) return <p className="muted">No point charted in this course yet.</p>;
  return (
    <div className="table-wrap compare-table">
      <table className="table table--compact">
        <caption className="visually-hidden">The date each region was last treated in the course</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Last treated</th>
            <th scope="col" className="num">
              Sessions
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.view}>
              <tr className="table__group">
                <th scope="colgroup" colSpan={3}>
                  {g.label}
                </th>
              </tr>
              {g.rows.map((r) => (
                <tr key={`${r.view}:${r.region}`}>
                  <th scope="row">{r.label}</th>
                  <td>
                    {formatDate(r.date)} <span className="muted">({labels[r.sessionId] ?? 'session'})</span>
                  </td>
                  <td className="num">
                    {r.sessions} of {total}
                  </td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
