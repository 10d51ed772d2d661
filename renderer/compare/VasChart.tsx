import { useTranslation } from 'react-i18next';
import { VAS_AXIS, type PlotSession } from '../../shared/seriesPlot.ts';
import { useFormat } from '../i18n/locale.ts';
import { SeriesChart } from './SeriesChart.tsx';

type VasEntry = PlotSession & { before: number | null; after: number | null };

const BEFORE = '#b3261e';
const AFTER = '#0d6577';

/** The pain score (VAS 0–10) before and after each session, over time: two series of the one series chart. */
export function VasChart({ entries, title }: { entries: readonly VasEntry[]; title: string }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  return (
    <SeriesChart
      sessions={entries}
      series={[
        { key: 'before', label: t('vas.vasBefore'), colour: BEFORE, mark: 'circle', values: entries.map((e) => e.before) },
        { key: 'after', label: t('vas.vasAfter'), colour: AFTER, mark: 'square', dashed: true, values: entries.map((e) => e.after) },
      ]}
      axis={VAS_AXIS}
      title={title}
      axisTitle={t('vas.axis')}
      none={t('vas.none')}
      valueText={(v) => format.number(v, 1)}
    />
  );
}
