import type { Namespace, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCallback, useMemo, useRef, useState } from 'react';
import { ComparedPhotos } from '../photos/ComparedPhotos.tsx';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import { patientDisplayName } from '../../shared/patient.ts';
import type { Session } from '../../shared/session.ts';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { ScreenLoadFailed } from '../components/ScreenLoadFailed.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { COMPARE_GESTURES } from '../map/gestures.ts';
import { useGestures } from '../map/useGestures.ts';
import { navigate, rememberPatientName, type CompareMode } from '../navigation.ts';
import { useLoad } from '../useLoad.ts';
import { busiestView } from './compareFormat.ts';
import { loadCompare, type CompareData } from './compareData.ts';
import { CompareCourse } from './CompareCourse.tsx';
import type { ModeCommon } from './compareMode.ts';
import { CompareOverlay } from './CompareOverlay.tsx';
import { CompareSideBySide } from './CompareSideBySide.tsx';
import { RegionChangesTable } from './RegionTables.tsx';
import { VasChart } from './VasChart.tsx';
import { OutcomeCharts } from './OutcomeCharts.tsx';
import '../map/map.css';
import './compare.css';

type Props = { patientId: string; sessionIds: string[]; courseId: string | null; mode: CompareMode };

/** Hooks a benchmark page may set to time the opening; absent in the app. */
type ComparePerf = { drawn?: (pane: number, at: number) => void };
const perf = () => (globalThis as { __comparePerf?: ComparePerf }).__comparePerf;

/**
 * Sessions of one patient compared: side by side (2–4 maps, zoom and pan in step), an earlier session
 * as a ghost under a later one, or every session of a course on one map in its own colour with the
 * date each region was last treated (a component per mode: CompareSideBySide, CompareOverlay,
 * CompareCourse). Under the maps: the photos, what changed region by region (the compareSessions
 * channel's diff), and the pain score before and after every session over time.
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
      <ScreenLoadFailed
        heading={t('page.title')}
        title={t('page.loadError')}
        message={errorText(t, loaded.error)}
        onRetry={loaded.reload}
        back={{ label: t('page.backToPatient'), onClick: () => navigate({ name: 'patient', patientId }) }}
      />
    );
  }
  return <CompareView data={loaded.value} initialMode={mode} />;
}

/** "S3": S and the number in the course, or the place among the sessions compared. */
function sessionTag(t: TFunction<Namespace>, s: Session, index: number): string {
  return t('compare:tag', { number: s.numberInCourse ?? index + 1 });
}

function CompareView({ data, initialMode }: { data: CompareData; initialMode: CompareMode }) {
  const { t } = useTranslation(['compare', 'clinical', 'courses']);
  const format = useFormat();
  const { patient, selected, course, courseSessions } = data;
  const hasCourse = course !== null && courseSessions.length > 0;
  const [mode, setMode] = useState<CompareMode>(initialMode === 'course' && !hasCourse ? 'side' : initialMode === 'side' && selected.length < 2 && hasCourse ? 'course' : initialMode);
  const allCharts = useMemo(() => [...selected, ...courseSessions].map((s) => s.points), [selected, courseSessions]);
  const firstView = useMemo(() => busiestView(allCharts), [allCharts]);
  // One zoom and pan for every map of the page (map/gestures.ts): the panes are the same size and show the same view.
  const gestures = useGestures(COMPARE_GESTURES, { key: firstView, width: MAP_ARTWORK[firstView].width, height: MAP_ARTWORK[firstView].height });
  // The content shown is a map view: the toolbar sets it with MAP_VIEWS' ids only.
  const view = gestures.state.content.key as MapViewId;

  // Labels: S and the number in the course, or the place among the sessions compared.
  const labels = useMemo(() => {
    const out: Record<string, string> = {};
    selected.forEach((s, i) => (out[s.id] = sessionTag(t, s, i)));
    courseSessions.forEach((s, i) => (out[s.id] = sessionTag(t, s, i)));
    return out;
  }, [selected, courseSessions, t]);

  // Overlay: the later session drawn over an earlier one as a ghost. Kept across modes, as the course's hidden sessions are.
  const [current, setCurrent] = useState(selected[selected.length - 1]?.id ?? '');
  const [ghost, setGhost] = useState(selected[selected.length - 2]?.id ?? '');
  const pool = selected.length >= 2 ? selected : courseSessions;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());

  const drawnPanes = useRef(new Set<number>());
  const onDrawn = useCallback((i: number) => {
    const p = perf();
    if (!p?.drawn) return;
    drawnPanes.current.add(i);
    p.drawn(i, performance.now());
  }, []);

  const vasSessions = hasCourse ? courseSessions : selected;
  const vasEntries = vasSessions.map((s) => ({ id: s.id, label: labels[s.id] ?? '', date: s.date, before: s.vasBefore, after: s.vasAfter }));
  const common: ModeCommon = { data, labels, onDrawn, toolbar: { mode, onMode: setMode, hasCourse, poolSize: pool.length, view, gestures } };
  const courseDiff = data.courseDiff;

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

      {mode === 'side' ? (
        <CompareSideBySide {...common} />
      ) : mode === 'overlay' ? (
        <CompareOverlay {...common} pool={pool} current={current} ghost={ghost} onCurrent={setCurrent} onGhost={setGhost} />
      ) : (
        <CompareCourse {...common} hidden={hidden} onHidden={setHidden} />
      )}

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
        <OutcomeCharts sessions={vasSessions} labels={labels} inCourse={hasCourse} />
      </div>
    </div>
  );
}
