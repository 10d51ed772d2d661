import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { indicationLabel } from '../../shared/indications.ts';
import { viewLabel } from '../../shared/mapViews.ts';
import { regionAt, regionName } from '../../shared/regions.ts';
import { lastTreatedByRegion } from '../../shared/sessionDiff.ts';
import { useFormat } from '../i18n/locale.ts';
import { CompareMaps, type PaneSpec } from './CompareMaps.tsx';
import type { ModeCommon } from './compareMode.ts';
import { countByView } from './compareFormat.ts';
import { CompareToolbar } from './CompareToolbar.tsx';
import { LastTreatedTable } from './RegionTables.tsx';
import { assignSessionColours } from './sessionColours.ts';

type Props = ModeCommon & {
  /** The sessions of the course not drawn (all are, by default). */
  hidden: ReadonlySet<string>;
  onHidden: Dispatch<SetStateAction<ReadonlySet<string>>>;
};

/**
 * Course view: every session of the course on one map, each in its own colour; beside it the sessions
 * (shown or not) and the date each region was last treated, which the map also reads out under the pointer.
 */
export function CompareCourse({ data, labels, toolbar, onDrawn, hidden, onHidden }: Props) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  const { course, courseSessions, depthRange } = data;
  const { view } = toolbar;
  const colours = useMemo(() => assignSessionColours(courseSessions), [courseSessions]);
  const lastTreated = useMemo(() => lastTreatedByRegion(courseSessions), [courseSessions]);

  const panes: PaneSpec[] = useMemo(() => {
    const viewName = viewLabel(t, view);
    const shown = colours.filter((c) => !hidden.has(c.id));
    const byId = new Map(courseSessions.map((s) => [s.id, s]));
    return [
      {
        key: 'course',
        title: (
          <>
            <span className="compare-pane__tag">{t('pane.courseTag')}</span>
            <span className="compare-pane__date">
              {course ? `${indicationLabel(t, course.course.indication)} · ${course.course.area}` : ''}
            </span>
            <span className="compare-pane__count">{t('pane.shown', { shown: shown.length, count: colours.length })}</span>
          </>
        ),
        label: t('pane.courseLabel', { view: viewName }),
        sets: shown.map((c) => ({ kind: 'session' as const, points: byId.get(c.id)?.points ?? [], fill: c.fill, text: c.text, number: byId.get(c.id)?.numberInCourse ?? c.index + 1 })),
      },
    ];
  }, [colours, hidden, courseSessions, view, course, t]);
  const counts = useMemo(() => countByView(courseSessions.map((s) => s.points)), [courseSessions]);

  const [hover, setHover] = useState<{ x: number; y: number } | null>(null);
  const hoverText = useMemo(() => {
    if (!hover) return null;
    const region = regionAt(view, hover.x, hover.y);
    if (!region) return null;
    const last = lastTreated.find((r) => r.view === view && r.region === region.id);
    const name = regionName(t, view, region.id);
    return last ? t('pane.lastTreated', { region: name, date: format.date(last.date), tag: labels[last.sessionId] ?? '' }) : t('pane.notTreated', { region: name });
  }, [hover, view, lastTreated, labels, t, format]);

  return (
    <>
      <CompareToolbar {...toolbar} counts={counts} panes={panes} />
      <CompareMaps
        mode="course"
        panes={panes}
        view={view}
        gestures={toolbar.gestures}
        depthRange={depthRange}
        onDrawn={onDrawn}
        hover={{ onHover: setHover, readout: hoverText ?? t('pane.readout') }}
        aside={
          <aside className="compare-side" aria-label={t('legend.course')}>
            <section className="session-legend" aria-labelledby="session-legend-title">
              <h2 className="compare-section__title" id="session-legend-title">
                {t('legend.sessions')}
              </h2>
              <ul className="session-legend__list">
                {colours.map((c) => {
                  const s = courseSessions.find((x) => x.id === c.id);
                  const n = s?.points.filter((p) => p.view === view).length ?? 0;
                  return (
                    <li key={c.id}>
                      <label className="session-legend__item">
                        <input
                          type="checkbox"
                          checked={!hidden.has(c.id)}
                          onChange={(e) =>
                            onHidden((h) => {
                              const next = new Set(h);
                              if (e.target.checked) next.delete(c.id);
                              else next.add(c.id);
                              return next;
                            })
                          }
                        />
                        <span className="session-legend__swatch" style={{ background: c.fill, color: c.text }} aria-hidden="true">
                          {s?.numberInCourse ?? c.index + 1}
                        </span>
                        <span className="session-legend__label">{labels[c.id] ?? c.label}</span>
                        <span className="session-legend__date">{s ? format.date(s.date) : ''}</span>
                        <span className="session-legend__count muted">{t('pointsShort', { count: n })}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
              <div className="session-legend__actions">
                <button type="button" className="button button--small button--ghost" onClick={() => onHidden(new Set())}>
                  {t('legend.showAll')}
                </button>
                <button type="button" className="button button--small button--ghost" onClick={() => onHidden(new Set(colours.slice(0, -1).map((c) => c.id)))}>
                  {t('legend.latestOnly')}
                </button>
              </div>
            </section>
            <section aria-labelledby="last-treated-title">
              <h2 className="compare-section__title" id="last-treated-title">
                {t('legend.lastTreated')}
              </h2>
              <LastTreatedTable rows={lastTreated} total={courseSessions.length} labels={labels} currentView={view} />
            </section>
          </aside>
        }
      />
    </>
  );
}
