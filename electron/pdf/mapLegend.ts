import type { DepthRange } from '../../shared/depth.ts';
import { depthLegendEntries } from '../../shared/depthLegendText.ts';
import { clusterOffsets, GAUGE_LEGEND, MARKER_STROKE, type MarkerShape } from '../../shared/markerPalette.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { INK, MUTED, SIZE, measure, setFont, wrapLines, type Flow } from './layout.ts';
import { drawnRadius, markerPath, PRINT_RING, REGION_SHADE } from './mapDrawing.ts';

/**
 * The printed map's legend: depth colours (skin layers with their spans on the full scale), needle
 * shapes, the multi-injector footprint when the map has one, the shading of treated regions. Planned
 * once for a column's width (planLegend: every line measured and wrapped, every row placed), then drawn
 * from that plan (drawLegend): the height the page keeps for the legend (mapSection.ts) is the height
 * it draws, in every layout and language.
 */

type Mark = { kind: 'depth'; colour: string } | { kind: 'gauge'; shape: MarkerShape } | { kind: 'multi' } | { kind: 'shade' };
type LegendRow = { kind: 'title'; text: string; dy: number } | { kind: 'entry'; mark: Mark; lines: string[]; dy: number };
export type LegendPlan = { rows: LegendRow[]; height: number };

const ROW = 12;
/** A wrapped entry's next line, closer than the next entry. */
const LINE = ROW - 2.5;
const TITLE = 15;
const GROUP_GAP = 4;
/** Where an entry's text starts, right of its mark; the multi-injector's footprint is wider. */
const INDENT = { mark: 14, multi: 16 };
const MULTI_COLOUR = '#7ccf5f';

export function planLegend(flow: Flow, width: number, range: DepthRange, points: readonly InjectionPoint[]): LegendPlan {
  const { doc, t, fmt } = flow;
  const rows: LegendRow[] = [];
  let y = 0;
  const title = (key: 'pdf:legend.depth' | 'pdf:legend.needle' | 'pdf:legend.multi') => {
    rows.push({ kind: 'title', text: t(key).toLocaleUpperCase(fmt.locale), dy: y });
    y += TITLE;
  };
  const entry = (mark: Mark, lines: string[], after = 0) => {
    rows.push({ kind: 'entry', mark, lines, dy: y });
    y += (lines.length - 1) * LINE + ROW + after;
  };
  setFont(doc, 'regular', SIZE.small, INK);
  const wrap = (text: string, indent: number) => wrapLines(doc, text, width - indent);

  title('pdf:legend.depth');
  for (const e of depthLegendEntries(t, fmt, range)) {
    // A skin layer with its span ("Superficial dermis · 1–2 mm") too wide for the column: the span on a
    // line of its own, rather than cut inside it.
    const parts = e.layer && measure(doc, e.text) > width - INDENT.mark ? [e.layer.name, e.layer.span] : [e.text];
    entry({ kind: 'depth', colour: e.colour }, parts.flatMap((part) => wrap(part, INDENT.mark)));
  }
  y += GROUP_GAP;
  title('pdf:legend.needle');
  for (const g of GAUGE_LEGEND) entry({ kind: 'gauge', shape: g.shape }, [g.label]);
  if (points.some((p) => p.injector.kind === 'multi')) {
    y += GROUP_GAP;
    title('pdf:legend.multi');
    entry({ kind: 'multi' }, wrap(t('pdf:legend.multiShot'), INDENT.multi), GROUP_GAP);
  }
  y += GROUP_GAP;
  entry({ kind: 'shade' }, wrap(t('pdf:legend.treatedRegion'), INDENT.mark));
  return { rows, height: y };
}

/** Draws `plan` from (x, y); answers its height. */
export function drawLegend(flow: Flow, x: number, y: number, plan: LegendPlan): number {
  const { doc } = flow;
  for (const row of plan.rows) {
    const top = y + row.dy;
    if (row.kind === 'title') {
      setFont(doc, 'bold', SIZE.tiny, MUTED);
      doc.text(row.text, x, top, { lineBreak: false, characterSpacing: 0.3 });
      continue;
    }
    drawMark(flow, row.mark, x, top);
    const multi = row.mark.kind === 'multi';
    setFont(doc, 'regular', SIZE.small, INK);
    row.lines.forEach((line, i) => doc.text(line, x + (multi ? INDENT.multi : INDENT.mark), top + i * LINE - (multi ? 1.2 : 4.2), { lineBreak: false }));
  }
  return plan.height;
}

/** An entry's mark, on the row whose text starts at `y`. */
function drawMark(flow: Flow, mark: Mark, x: number, y: number): void {
  const { doc } = flow;
  switch (mark.kind) {
    case 'depth':
      doc.circle(x + 5, y + 1, 4).lineWidth(0.5).fillAndStroke(mark.colour, MARKER_STROKE);
      return;
    case 'gauge':
      markerPath(doc, mark.shape, x + 5, y + 1, drawnRadius(mark.shape, 4), PRINT_RING.hole);
      doc.lineWidth(0.5).fillAndStroke('#ffffff', MARKER_STROKE, 'even-odd');
      return;
    case 'multi':
      doc.circle(x + 6, y + 3, 6).fillOpacity(0.28).fill(MULTI_COLOUR);
      doc.fillOpacity(1);
      doc.circle(x + 6, y + 3, 6).lineWidth(0.6).dash(1.5, { space: 1 }).strokeColor(MARKER_STROKE).stroke();
      doc.undash();
      for (const [dx, dy] of clusterOffsets(5)) doc.circle(x + 6 + dx * 4.2, y + 3 + dy * 4.2, 0.9);
      doc.lineWidth(0.3).fillAndStroke(MULTI_COLOUR, MARKER_STROKE);
      return;
    case 'shade':
      doc.rect(x, y - 3, 10, 8).fill(REGION_SHADE);
  }
}
