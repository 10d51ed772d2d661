import { INK, MUTED, RULE, SIZE, measure, setFont, type Flow } from './layout.ts';
import type { Box } from './mapDrawing.ts';

/**
 * The pain score (VAS 0–10) before and after each session of a course, as a plot over time drawn in
 * vectors: sessions along the bottom by date, two series, a missing score leaves a gap in its line.
 */

export type VasSample = { label: string; date: string; before: number | null; after: number | null };

const VAS_COLOURS = { before: '#b42318', after: '#1f6fb2' } as const;

export function drawVasPlot(flow: Flow, box: Box, samples: readonly VasSample[]): void {
  const { doc, t, fmt } = flow;
  const left = box.x + 22;
  const right = box.x + box.w - 6;
  const top = box.y + 16;
  const bottom = box.y + box.h - 26;
  const yOf = (v: number) => bottom - ((bottom - top) * v) / 10;
  const n = samples.length;
  const xOf = (i: number) => (n <= 1 ? (left + right) / 2 : left + 8 + ((right - left - 16) * i) / (n - 1));

  setFont(doc, 'regular', SIZE.tiny, MUTED);
  for (let v = 0; v <= 10; v += 2) {
    doc.moveTo(left, yOf(v)).lineTo(right, yOf(v)).lineWidth(v === 0 ? 0.8 : 0.4).strokeColor(v === 0 ? MUTED : RULE).stroke();
    doc.text(fmt.integer(v), box.x + 4, yOf(v) - 4, { lineBreak: false });
  }
  const every = Math.max(1, Math.ceil(n / 12));
  samples.forEach((s, i) => {
    if (i % every !== 0 && i !== n - 1) return;
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    const l1 = s.label;
    const l2 = fmt.dayMonth(s.date);
    doc.text(l1, xOf(i) - doc.widthOfString(l1) / 2, bottom + 4, { lineBreak: false });
    doc.text(l2, xOf(i) - doc.widthOfString(l2) / 2, bottom + 12, { lineBreak: false });
  });

  for (const series of ['before', 'after'] as const) {
    const colour = VAS_COLOURS[series];
    let drawing = false;
    samples.forEach((s, i) => {
      const v = s[series];
      if (v === null) {
        drawing = false;
        return;
      }
      if (drawing) doc.lineTo(xOf(i), yOf(v));
      else doc.moveTo(xOf(i), yOf(v));
      drawing = true;
    });
    doc.lineWidth(1.4).strokeColor(colour).stroke();
    samples.forEach((s, i) => {
      const v = s[series];
      if (v === null) return;
      if (series === 'before') doc.circle(xOf(i), yOf(v), 2.4).fill(colour);
      else doc.rect(xOf(i) - 2.2, yOf(v) - 2.2, 4.4, 4.4).fill(colour);
    });
  }
  // Legend, top right.
  setFont(doc, 'regular', SIZE.small, INK);
  const items = [
    [t('pdf:vas.before'), VAS_COLOURS.before],
    [t('pdf:vas.after'), VAS_COLOURS.after],
  ] as const;
  // Laid out from the right edge, each item as wide as its words.
  setFont(doc, 'regular', SIZE.small, INK);
  const widths = items.map(([label]) => 18 + measure(doc, label) + 14);
  let x = right - widths.reduce((a, b) => a + b, 0);
  items.forEach(([label, colour], i) => {
    doc.moveTo(x, box.y + 5).lineTo(x + 14, box.y + 5).lineWidth(1.4).strokeColor(colour).stroke();
    setFont(doc, 'regular', SIZE.small, INK);
    doc.text(label, x + 18, box.y + 1, { lineBreak: false });
    x += widths[i] ?? 0;
  });
  setFont(doc, 'regular', SIZE.tiny, MUTED);
  doc.text(t('pdf:vas.axis'), box.x + 4, box.y + 1, { lineBreak: false });
}
