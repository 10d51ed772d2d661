import { useTranslation } from 'react-i18next';
import { detailViewGroups, isWholeView, viewGroupLabel, viewLabel, type MapViewId } from '../../shared/mapViews.ts';

type Props = {
  view: MapViewId;
  /** Points per view, shown beside each detail view's name. */
  counts: Readonly<Record<string, number>>;
  onView: (view: MapViewId) => void;
};

/**
 * The detail views of the joints and the spine, grouped by region (knee, shoulder...), in one select beside
 * the whole views' tabs: fifteen views would not fit as tabs at 1366 px. Shows the detail view open, or
 * asks for one while a whole view is open.
 */
export function DetailViewPicker({ view, counts, onView }: Props) {
  const { t } = useTranslation(['map', 'clinical']);
  const groups = detailViewGroups();
  if (groups.length === 0) return null;
  const onDetail = !isWholeView(view);
  const named = (id: MapViewId) => {
    const n = counts[id] ?? 0;
    return n > 0 ? t('toolbar.detailWithCount', { view: viewLabel(t, id), count: n }) : viewLabel(t, id);
  };
  return (
    <select
      className={`select input--compact map-detail-picker${onDetail ? ' map-detail-picker--active' : ''}`}
      aria-label={t('toolbar.detailView')}
      title={t('toolbar.detailViewTitle')}
      value={onDetail ? view : ''}
      onChange={(e) => {
        if (e.target.value) onView(e.target.value as MapViewId);
      }}
      data-testid="detail-view-picker"
    >
      <option value="" disabled={onDetail}>
        {t('toolbar.detailViewPrompt')}
      </option>
      {groups.map((g) => (
        <optgroup key={g.group} label={viewGroupLabel(t, g.group)}>
          {g.views.map((id) => (
            <option key={id} value={id}>
              {named(id)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
