import { layoutSeriesPlot, type PlotAxis, type PlotSession } from '../../shared/seriesPlot.ts';
import { INK, MUTED, RULE, SIZE, measure, setFont, type Flow } from './layout.ts';
import type { Box } from './mapDrawing.ts';

/**
 * Numeric series over the sessions of a course (the VAS before and after, a cellulite grade, girths at
 * several sites) drawn in vectors from the one layout the screen uses too (shared/seriesPlot.ts):
 * sessions along the bottom by date, the measure's axis on the left, a missing value leaves a gap in
 * its line, a key at the top right. Series are told apart by their marks as well as their colours.
 */

export type PdfSeries = {
  key: string;
  label: string;
  colour: string;
  mark: 'circle' | 'square' | 'diamond' | 'triangle';
  values: readonly (number | null)[];
};

/** Line colours in turn, printable in grey as well (they differ in lightness and marks). */
export const PDF_SERIES_COLOURS = ['#1f6fb2', '#b42318', '#6b4fa0', '#8a5a00', '#1e7a3c', '#a3366b'] as const;
export const PDF_SERIES_MARKS: readonly PdfSeries['mark'][] = ['circle', 'square', 'diamond', 'triangle'];

function drawMark(flow: Flow, kind: PdfSeries['mark'], x: number, y: number, colour: string): void {
  const { doc } = flow;
  if (kind === 'square') doc.rect(x - 2.2, y - 2.2, 4.4, 4.4).fill(colour);
  else if (kind === 'diamond') doc.polygon([x, y - 3], [x + 3, y], [x, y + 3], [x - 3, y]).fill(colour);
  else if (kind === 'triangle') doc.polygon([x, y - 3], [x + 2.8, y + 2.2], [x - 2.8, y + 2.2]).fill(colour);
  else doc.circle(x, y, 2.4).fill(colour);
}

/** `valueText` words a tick without a label of its own (a stage has one: "IIa"). */
export function drawSeriesPlot(flow: Flow, box: Box, sessions: readonly PlotSession[], series: readonly PdfSeries[], axis: PlotAxis, axisTitle: string): void {
  const { doc, fmt } = flow;
  // The layout's box is the plot's own frame; the page offset is added when drawing.
  const plot = layoutSeriesPlot(sessions, series, axis, { width: box.w, height: box.h, top: 16, right: 14, bottom: 26, left: 38 }, 12);
  const X = (x: number) => box.x + x;
  const Y = (y: number) => box.y + y;

  setFont(doc, 'regular', SIZE.tiny, MUTED);
  plot.yTicks.forEach((tick, i) => {
    const bottom = i === 0 && tick.value === axis.min;
    doc.moveTo(X(plot.plot.x0), Y(tick.y)).lineTo(X(plot.plot.x1), Y(tick.y)).lineWidth(bottom ? 0.8 : 0.4).strokeColor(bottom ? MUTED : RULE).stroke();
    const label = tick.label ?? fmt.number(tick.value, 1);
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    doc.text(label, X(plot.plot.x0) - 4 - doc.widthOfString(label), Y(tick.y) - 3.5, { lineBreak: false });
  });
  for (const tick of plot.xTicks) {
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    const day = fmt.dayMonth(tick.date);
    doc.text(tick.label, X(tick.x) - doc.widthOfString(tick.label) / 2, Y(plot.plot.y1) + 4, { lineBreak: false });
    doc.text(day, X(tick.x) - doc.widthOfString(day) / 2, Y(plot.plot.y1) + 12, { lineBreak: false });
  }

  plot.series.forEach((s, k) => {
    const style = series[k] as PdfSeries;
    let drawing = false;
    plot.columns.forEach((c, i) => {
      const mark = s.marks.find((m) => m.session.id === c.id);
      if (!mark || s.values[i] === null) {
        drawing = false;
        return;
      }
      if (drawing) doc.lineTo(X(mark.x), Y(mark.y));
      else doc.moveTo(X(mark.x), Y(mark.y));
      drawing = true;
    });
    if (s.marks.length > 1) doc.lineWidth(1.4).strokeColor(style.colour).stroke();
    for (const m of s.marks) drawMark(flow, style.mark, X(m.x), Y(m.y), style.colour);
  });

  // The key, top right, each item as wide as its words.
  setFont(doc, 'regular', SIZE.small, INK);
  const widths = series.map((s) => 18 + measure(doc, s.label) + 12);
  let x = box.x + box.w - 6 - widths.reduce((a, b) => a + b, 0);
  series.forEach((s, i) => {
    doc.moveTo(x, box.y + 5).lineTo(x + 14, box.y + 5).lineWidth(1.4).strokeColor(s.colour).stroke();
    drawMark(flow, s.mark, x + 7, box.y + 5, s.colour);
    setFont(doc, 'regular', SIZE.small, INK);
    doc.text(s.label, x + 18, box.y + 1, { lineBreak: false });
    x += widths[i] ?? 0;
  });
  setFont(doc, 'regular', SIZE.tiny, MUTED);
  doc.text(axisTitle, box.x + 4, box.y + 1, { lineBreak: false });
}
