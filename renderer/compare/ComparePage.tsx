import type { Namespace, TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ComparedPhotos } from '../photos/ComparedPhotos.tsx';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { sessionOfCourseLabel } from '../../shared/courseSchedule.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { MAP_VIEWS, viewLabel, type MapViewId } from '../../shared/mapViews.ts';
import { patientDisplayName } from '../../shared/patient.ts';
import { regionAt, regionName } from '../../shared/regions.ts';
import type { Session } from '../../shared/session.ts';
import { diffSessions, lastTreatedByRegion } from '../../shared/sessionDiff.ts';
import { Badge } from '../components/Badge.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { DepthLegendGroup } from '../map/Legend.tsx';
import { navigate, rememberPatientName, type CompareMode } from '../navigation.ts';
import { useLoad } from '../useLoad.ts';
import type { MarkerSet } from './CompareMap.tsx';
import { busiestView, countByView, paneColumns } from './compareFormat.ts';
import { loadCompare, type CompareData } from './compareData.ts';
import { ComparePane } from './ComparePane.tsx';
import { LastTreatedTable, RegionChangesTable } from './RegionTables.tsx';
import { assignSessionColours } from './sessionColours.ts';
import { boxAround, initialSyncedView, syncedViewReducer, viewportOf, ZOOM_STEP, zoomPercent } from './syncedViewport.ts';
import { VasChart } from './VasChart.tsx';
import '../map/map.css';
import '../courses/courses.css';

type Props = { patientId: string; sessionIds: string[]; courseId: string | null; mode: CompareMode };

/** Hooks a benchmark page may set to time the opening; absent in the app. */
type ComparePerf = { drawn?: (pane: number, at: number) => void };
const perf = () => (globalThis as { __comparePerf?: ComparePerf }).__comparePerf;

/**
 * Sessions of one patient compared: side by side (2–4 maps, zoom and pan in step), an earlier session
 * as a ghost under a later one, or every session of a course on one map in its own colour with the
 * date each region was last treated. Beside the maps: what changed region by region, and the pain
 * score before and after every session over time.
 */
export function ComparePage({ patientId, sessionIds, courseId, mode }: Props) {
  const loaded = useLoad(async () => {
    const data = await loadCompare(patientId, sessionIds, courseId);
    rememberPatientName(data.patient.id, patientDisplayName(data.patient));
    return data;
  }, [patientId, sessionIds.join(','), courseId]);
  const { t } = useTranslation(['compare', 'common']);
  if (loaded.state === 'loading') return <Loading text={t('page.loading')} />;
  if (loaded.state === 'error') {
    return (
      <div className="screen">
        <ScreenHeading>{t('page.title')}</ScreenHeading>
        <ErrorBanner title={t('page.loadError')} message={errorText(t, loaded.error)} onRetry={loaded.reload} autoFocus />
        <p>
          <button type="button" className="button" onClick={() => navigate({ name: 'patient', patientId })}>
            {t('page.backToPatient')}
          </button>
        </p>
      </div>
    );
  }
  return <CompareView data={loaded.value} initialMode={mode} />;
}

const MODES = [
  { id: 'side', key: 'mode.side' },
  { id: 'overlay', key: 'mode.overlay' },
  { id: 'course', key: 'mode.course' },
] as const satisfies readonly { id: CompareMode; key: string }[];

/** "S3": S and the number in the course, or the place among the sessions compared. */
function sessionTag(t: TFunction<Namespace>, s: Session, index: number): string {
  return t('compare:tag', { number: s.numberInCourse ?? index + 1 });
}

function CompareView({ data, initialMode }: { data: CompareData; initialMode: CompareMode }) {
  const { t } = useTranslation(['compare', 'clinical', 'courses']);
  const format = useFormat();
  const { patient, selected, course, courseSessions, depthRange } = data;
  const hasCourse = course !== null && courseSessions.length > 0;
  const [mode, setMode] = useState<CompareMode>(initialMode === 'course' && !hasCourse ? 'side' : initialMode === 'side' && selected.length < 2 && hasCourse ? 'course' : initialMode);
  const allCharts = useMemo(() => [...selected, ...courseSessions].map((s) => s.points), [selected, courseSessions]);
  const firstView = useMemo(() => busiestView(allCharts), [allCharts]);
  const [sync, dispatch] = useReducer(syncedViewReducer, undefined, () => initialSyncedView(firstView, MAP_ARTWORK[firstView]));
  const view = sync.view;
  const viewport = viewportOf(sync);
  const percent = zoomPercent(sync);

  // Labels: S and the number in the course, or the place among the sessions compared.
  const labels = useMemo(() => {
    const out: Record<string, string> = {};
    selected.forEach((s, i) => (out[s.id] = sessionTag(t, s, i)));
    courseSessions.forEach((s, i) => (out[s.id] = sessionTag(t, s, i)));
    return out;
  }, [selected, courseSessions, t]);

  // Overlay: the later session drawn over an earlier one as a ghost.
  const [current, setCurrent] = useState(selected[selected.length - 1]?.id ?? '');
  const [ghost, setGhost] = useState(selected[selected.length - 2]?.id ?? '');
  const pool = selected.length >= 2 ? selected : courseSessions;

  // Course view: colours, and the sessions shown (all by default).
  const colours = useMemo(() => assignSessionColours(courseSessions), [courseSessions]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const lastTreated = useMemo(() => lastTreatedByRegion(courseSessions), [courseSessions]);
  const courseDiff = useMemo(() => (courseSessions.length >= 2 ? diffSessions(courseSessions.slice(-4)) : null), [courseSessions]);

  const panes: { key: string; title: React.ReactNode; label: string; sets: MarkerSet[] }[] = useMemo(() => {
    const viewName = viewLabel(t, view);
    const count = (s: Session) => s.points.filter((p) => p.view === view).length;
    const titleOf = (s: Session) => (
      <>
        <span className="compare-pane__tag">{labels[s.id]}</span>
        <span className="compare-pane__date">{format.date(s.date)}</span>
        {s.numberInCourse !== null && course && s.courseId === course.course.id ? <span className="compare-pane__sub">{sessionOfCourseLabel(t, s.numberInCourse, course.course.plannedSessions)}</span> : null}
        <span className="compare-pane__count">{t('pointsShort', { count: count(s) })}</span>
        {s.status === 'draft' ? <Badge tone="draft">{t('pane.draft')}</Badge> : null}
      </>
    );
    if (mode === 'side') {
      return selected.map((s) => ({ key: s.id, title: titleOf(s), label: t('pane.sideLabel', { tag: labels[s.id], date: format.date(s.date), view: viewName, points: t('points', { count: count(s) }) }), sets: [{ kind: 'depth', points: s.points }] }));
    }
    if (mode === 'overlay') {
      const cur = pool.find((s) => s.id === current) ?? pool[pool.length - 1];
      const gh = pool.find((s) => s.id === ghost && s.id !== cur?.id);
      if (!cur) return [];
      return [
        {
          key: 'overlay',
          title: (
            <>
              {titleOf(cur)}
              {gh ? (
                <span className="compare-pane__ghost">
                  <Trans t={t} i18nKey="pane.ghostTitle" values={{ tag: labels[gh.id], date: format.date(gh.date) }} components={{ strong: <strong /> }} />
                </span>
              ) : null}
            </>
          ),
          label: gh
            ? t('pane.overlayGhostLabel', { tag: labels[cur.id], date: format.date(cur.date), points: t('points', { count: count(cur) }), ghostTag: labels[gh.id], ghostDate: format.date(gh.date), ghostPoints: t('points', { count: count(gh) }), view: viewName })
            : t('pane.overlayLabel', { tag: labels[cur.id], date: format.date(cur.date), points: t('points', { count: count(cur) }), view: viewName }),
          sets: [...(gh ? [{ kind: 'ghost' as const, points: gh.points }] : []), { kind: 'depth' as const, points: cur.points }],
        },
      ];
    }
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
  }, [mode, selected, pool, current, ghost, colours, hidden, courseSessions, view, labels, course, t, format]);

  // The maps open framed on the charted points of the view (all panes together), not on the whole body.
  const pointsBox = useMemo(() => boxAround(panes.flatMap((p) => p.sets.flatMap((set) => set.points.filter((pt) => pt.view === view)))), [panes, view]);
  const boxRef = useRef(pointsBox);
  boxRef.current = pointsBox;
  const focusPoints = useCallback(() => dispatch({ type: 'focus', box: boxRef.current }), []);
  const viewMounted = useRef(false);
  useLayoutEffect(() => {
    if (!viewMounted.current) {
      viewMounted.current = true;
      return;
    }
    focusPoints();
  }, [view, focusPoints]);

  // The grid of panes: measured once, every pane the same size, so one viewport fits all.
  const grid = useRef<HTMLDivElement>(null);
  const columns = mode === 'side' ? panes.length : 1;
  useLayoutEffect(() => {
    const el = grid.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth;
      const cols = paneColumns(columns, width);
      const gap = 12;
      const w = Math.floor((width - gap * (cols - 1)) / cols);
      const rows = Math.ceil(columns / cols);
      const h = rows > 1 ? 400 : mode === 'side' ? 520 : 620;
      dispatch({ type: 'resize', w, h });
      dispatch({ type: 'focus', box: boxRef.current });
      el.style.setProperty('--compare-cols', String(cols));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [columns, mode]);

  const counts = useMemo(() => countByView(mode === 'course' ? courseSessions.map((s) => s.points) : mode === 'overlay' ? pool.filter((s) => s.id === current || s.id === ghost).map((s) => s.points) : selected.map((s) => s.points)), [mode, courseSessions, pool, selected, current, ghost]);

  const [hover, setHover] = useState<{ x: number; y: number } | null>(null);
  const hoverText = useMemo(() => {
    if (!hover) return null;
    const region = regionAt(view, hover.x, hover.y);
    if (!region) return null;
    const last = lastTreated.find((r) => r.view === view && r.region === region.id);
    const name = regionName(t, view, region.id);
    return last ? t('pane.lastTreated', { region: name, date: format.date(last.date), tag: labels[last.sessionId] ?? '' }) : t('pane.notTreated', { region: name });
  }, [hover, view, lastTreated, labels, t, format]);

  const drawnPanes = useRef(new Set<number>());
  const onDrawn = useCallback((i: number) => {
    const p = perf();
    if (!p?.drawn) return;
    drawnPanes.current.add(i);
    p.drawn(i, performance.now());
  }, []);

  const setView = (v: MapViewId) => dispatch({ type: 'view', view: v, art: MAP_ARTWORK[v] });
  const vasSessions = hasCourse ? courseSessions : selected;
  const vasEntries = vasSessions.map((s) => ({ id: s.id, label: labels[s.id] ?? '', date: s.date, before: s.vasBefore, after: s.vasAfter }));

  return (
    <div className="screen screen--compare">
      <div className="screen-header">
        <div>
          <ScreenHeading>{mode === 'course' ? t('page.courseTitle') : t('page.title')}</ScreenHeading>
          <p className="screen-subtitle">
            <strong>{patientDisplayName(patient)}</strong>
            {course ? ` · ${t('page.courseLine', { indication: indicationLabel(t, course.course.indication), area: course.course.area, held: course.timeline.held, planned: course.course.plannedSessions })}` : ''}
            {' · '}
            {t('page.chosen', { count: selected.length, list: selected.map((s) => `${labels[s.id]} ${format.date(s.date)}`).join(', ') })}
          </p>
        </div>
        <div className="screen-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'patient', patientId: patient.id })}>
            {t('page.changeSessions')}
          </button>
        </div>
      </div>

      <div className="compare-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <div className="segmented" role="radiogroup" aria-label={t('mode.display')}>
          {MODES.map((m) => {
            const disabled = (m.id === 'course' && !hasCourse) || (m.id !== 'course' && pool.length < 2);
            return (
              <label key={m.id} className={`segmented__option${mode === m.id ? ' segmented__option--on' : ''}${disabled ? ' segmented__option--disabled' : ''}`} title={disabled ? (m.id === 'course' ? t('mode.noCommonCourse') : t('mode.chooseTwo')) : undefined}>
                <input type="radio" name="compare-mode" value={m.id} checked={mode === m.id} disabled={disabled} onChange={() => setMode(m.id)} />
                {t(m.key)}
              </label>
            );
          })}
        </div>
        <div className="map-tabs" role="radiogroup" aria-label={t('toolbar.mapView')}>
          {MAP_VIEWS.map((v) => (
            <label key={v.id} className={`map-tab${v.id === view ? ' map-tab--active' : ''}`}>
              <input className="visually-hidden" type="radio" name="compare-view" value={v.id} checked={v.id === view} onChange={() => setView(v.id)} />
              {viewLabel(t, v.id)}
              <span className="map-tab__count">
                <span aria-hidden="true">{format.integer(counts[v.id])}</span>
                <span className="visually-hidden">{t('points', { count: counts[v.id] })}</span>
              </span>
            </label>
          ))}
        </div>
        <div className="map-toolbar__group" role="group" aria-label={t('toolbar.zoomGroup')}>
          <button type="button" className="map-button map-button--icon" onClick={() => dispatch({ type: 'zoom', factor: 1 / ZOOM_STEP })} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOutTitle')}>
            −
          </button>
          <span className="map-zoom" title={t('toolbar.zoomRelative')}>
            {percent === null ? '—' : format.percent(percent / 100)}
          </span>
          <button type="button" className="map-button map-button--icon" onClick={() => dispatch({ type: 'zoom', factor: ZOOM_STEP })} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomInTitle')}>
            +
          </button>
          <button type="button" className="map-button" onClick={focusPoints} title={t('toolbar.pointsTitle')}>
            {t('toolbar.points')}
          </button>
          <button type="button" className="map-button" onClick={() => dispatch({ type: 'fit' })} title={t('toolbar.fitTitle')}>
            {t('toolbar.fit')}
          </button>
        </div>
      </div>

      {mode === 'overlay' ? (
        <div className="overlay-pickers">
          <label className="overlay-pickers__field">
            <span className="field__label field__label--small">{t('overlay.session')}</span>
            <select className="select input--compact" value={current} onChange={(e) => setCurrent(e.target.value)}>
              {pool.map((s) => (
                <option key={s.id} value={s.id}>
                  {labels[s.id]} · {format.date(s.date)}
                </option>
              ))}
            </select>
          </label>
          <label className="overlay-pickers__field">
            <span className="field__label field__label--small">{t('overlay.ghost')}</span>
            <select className="select input--compact" value={ghost} onChange={(e) => setGhost(e.target.value)}>
              <option value="">{t('overlay.none')}</option>
              {pool
                .filter((s) => s.id !== current)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {labels[s.id]} · {format.date(s.date)}
                  </option>
                ))}
            </select>
          </label>
          <p className="overlay-pickers__hint muted">
            <span className="ghost-swatch" aria-hidden="true" /> {t('overlay.hint')}
          </p>
        </div>
      ) : null}

      <div className={`compare-maps compare-maps--${mode}`}>
        <div ref={grid} className="compare-grid" data-testid="compare-grid">
          {panes.map((p, i) => (
            <ComparePane
              key={p.key}
              testId="compare-pane"
              title={p.title}
              label={p.label}
              view={view}
              viewport={viewport}
              size={sync.pane}
              sets={p.sets}
              depthRange={depthRange}
              dispatch={dispatch}
              onDrawn={() => onDrawn(i)}
              {...(mode === 'course' ? { onHover: setHover, readout: hoverText ?? t('pane.readout') } : {})}
            />
          ))}
        </div>
        {mode === 'course' ? (
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
                            setHidden((h) => {
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
                <button type="button" className="button button--small button--ghost" onClick={() => setHidden(new Set())}>
                  {t('legend.showAll')}
                </button>
                <button type="button" className="button button--small button--ghost" onClick={() => setHidden(new Set(colours.slice(0, -1).map((c) => c.id)))}>
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
        ) : (
          <DepthKey range={depthRange} ghost={mode === 'overlay'} />
        )}
      </div>

      <ComparedPhotos patientId={patient.id} sessions={selected} labels={labels} />

      <div className="compare-analysis">
        <section className="compare-section" aria-labelledby="changes-title">
          <h2 className="compare-section__title" id="changes-title">
            {t('changes.title')}
            <span className="compare-section__sub">{mode === 'course' && courseDiff ? (courseSessions.length > 4 ? t('changes.lastFour') : t('changes.ofCourse')) : t('changes.chosen')}</span>
          </h2>
          {mode === 'course' && courseDiff ? (
            <RegionChangesTable diff={courseDiff} labels={labels} currentView={view} />
          ) : data.diff ? (
            <RegionChangesTable diff={data.diff} labels={labels} currentView={view} />
          ) : (
            <p className="muted">{t('changes.chooseSessions')}</p>
          )}
        </section>
        <section className="compare-section">
          <VasChart entries={vasEntries} title={hasCourse ? t('vas.courseTitle') : t('vas.title')} />
        </section>
      </div>
    </div>
  );
}

function DepthKey({ range, ghost }: { range: { min: number; max: number }; ghost: boolean }) {
  const { t } = useTranslation('compare');
  return (
    <aside className="compare-key map-legend" aria-label={t('legend.label')}>
      <DepthLegendGroup range={range} />
      {ghost ? (
        <div className="map-legend__group">
          <span className="ghost-swatch" aria-hidden="true" /> {t('legend.ghost')}
        </div>
      ) : null}
      <div className="map-legend__group muted">{t('legend.help')}</div>
    </aside>
  );
}
