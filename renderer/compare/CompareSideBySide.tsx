import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { viewLabel } from '../../shared/mapViews.ts';
import { useFormat } from '../i18n/locale.ts';
import { CompareMaps, type PaneSpec } from './CompareMaps.tsx';
import type { ModeCommon } from './compareMode.ts';
import { countByView } from './compareFormat.ts';
import { CompareToolbar } from './CompareToolbar.tsx';
import { DepthKey } from './DepthKey.tsx';
import { pointsOnView, SessionPaneTitle } from './SessionPaneTitle.tsx';

/** Side by side: a map per chosen session (2–4), zoom and pan in step. */
export function CompareSideBySide({ data, labels, toolbar, onDrawn }: ModeCommon) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  const { selected, course, depthRange } = data;
  const { view } = toolbar;
  const panes: PaneSpec[] = useMemo(() => {
    const viewName = viewLabel(t, view);
    return selected.map((s) => ({
      key: s.id,
      title: <SessionPaneTitle session={s} tag={labels[s.id]} view={view} course={course?.course ?? null} />,
      label: t('pane.sideLabel', { tag: labels[s.id], date: format.date(s.date), view: viewName, points: t('points', { count: pointsOnView(s, view) }) }),
      sets: [{ kind: 'depth', points: s.points }],
    }));
  }, [selected, view, labels, course, t, format]);
  const counts = useMemo(() => countByView(selected.map((s) => s.points)), [selected]);
  return (
    <>
      <CompareToolbar {...toolbar} counts={counts} panes={panes} />
      <CompareMaps mode="side" panes={panes} view={view} gestures={toolbar.gestures} depthRange={depthRange} onDrawn={onDrawn} aside={<DepthKey range={depthRange} ghost={false} />} />
    </>
  );
}
