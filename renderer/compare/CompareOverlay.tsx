import { useId, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { viewLabel } from '../../shared/mapViews.ts';
import type { Session } from '../../shared/session.ts';
import { SelectField } from '../components/SelectField.tsx';
import { useFormat } from '../i18n/locale.ts';
import { CompareMaps, type PaneSpec } from './CompareMaps.tsx';
import type { ModeCommon } from './compareMode.ts';
import { countByView } from './compareFormat.ts';
import { CompareToolbar } from './CompareToolbar.tsx';
import { DepthKey } from './DepthKey.tsx';
import { pointsOnView, SessionPaneTitle } from './SessionPaneTitle.tsx';

type Props = ModeCommon & {
  /** The sessions to choose from: the chosen ones, or the course's. */
  pool: readonly Session[];
  current: string;
  ghost: string;
  onCurrent: (id: string) => void;
  onGhost: (id: string) => void;
};

/** Overlay: a session drawn over an earlier one as a ghost, both chosen from the pool. */
export function CompareOverlay({ data, labels, toolbar, onDrawn, pool, current, ghost, onCurrent, onGhost }: Props) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  const id = useId();
  const { course, depthRange } = data;
  const { view } = toolbar;
  const panes: PaneSpec[] = useMemo(() => {
    const viewName = viewLabel(t, view);
    const cur = pool.find((s) => s.id === current) ?? pool[pool.length - 1];
    const gh = pool.find((s) => s.id === ghost && s.id !== cur?.id);
    if (!cur) return [];
    const points = (s: Session) => t('points', { count: pointsOnView(s, view) });
    return [
      {
        key: 'overlay',
        title: (
          <>
            <SessionPaneTitle session={cur} tag={labels[cur.id]} view={view} course={course?.course ?? null} />
            {gh ? (
              <span className="compare-pane__ghost">
                <Trans t={t} i18nKey="pane.ghostTitle" values={{ tag: labels[gh.id], date: format.date(gh.date) }} components={{ strong: <strong /> }} />
              </span>
            ) : null}
          </>
        ),
        label: gh
          ? t('pane.overlayGhostLabel', { tag: labels[cur.id], date: format.date(cur.date), points: points(cur), ghostTag: labels[gh.id], ghostDate: format.date(gh.date), ghostPoints: points(gh), view: viewName })
          : t('pane.overlayLabel', { tag: labels[cur.id], date: format.date(cur.date), points: points(cur), view: viewName }),
        sets: [...(gh ? [{ kind: 'ghost' as const, points: gh.points }] : []), { kind: 'depth' as const, points: cur.points }],
      },
    ];
  }, [pool, current, ghost, view, labels, course, t, format]);
  const sessionOption = (s: Session) => ({ value: s.id, label: `${labels[s.id]} · ${format.date(s.date)}` });
  const counts = useMemo(() => countByView(pool.filter((s) => s.id === current || s.id === ghost).map((s) => s.points)), [pool, current, ghost]);
  return (
    <>
      <CompareToolbar {...toolbar} counts={counts} panes={panes} />
      <div className="overlay-pickers">
        <SelectField id={`${id}-session`} label={t('overlay.session')} compact className="overlay-pickers__field" value={current} onChange={onCurrent} options={pool.map(sessionOption)} />
        <SelectField
          id={`${id}-ghost`}
          label={t('overlay.ghost')}
          compact
          className="overlay-pickers__field"
          value={ghost}
          onChange={onGhost}
          placeholder={{ label: t('overlay.none') }}
          options={pool.filter((s) => s.id !== current).map(sessionOption)}
        />
        <p className="overlay-pickers__hint muted">
          <span className="ghost-swatch" aria-hidden="true" /> {t('overlay.hint')}
        </p>
      </div>
      <CompareMaps mode="overlay" panes={panes} view={view} gestures={toolbar.gestures} depthRange={depthRange} onDrawn={onDrawn} aside={<DepthKey range={depthRange} ghost />} />
    </>
  );
}
