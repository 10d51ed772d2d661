import { PDFDocument } from 'pdfkit';
import type { Writable } from 'node:stream';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { depthColour, numbersByChart } from '../../shared/markerPalette.ts';
import type { CourseRecordData } from '../../electron/pdf/recordData.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultFontDir } from '../../electron/pdf/fonts.ts';
import { CONTRAINDICATIONS } from '../../shared/contraindications.ts';
import { lastTreatedByRegion, regionStats } from '../../shared/sessionDiff.ts';

/**
 * The baseline of pdf.over_bare: bare pdfkit drawing the same shapes and text as the course record
 * (the same font embedded, the same artwork paths and treated regions, a marker and a number per point,
 * the same table cells and section text) at fixed positions, with none of our layout: no measuring,
 * no wrapping, no fitting, no page-break decisions beyond a fixed row count.
 */
export function renderBare(data: CourseRecordData, out: Writable): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 }, bufferPages: true });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  doc.pipe(out);
  // The same faces, registered plainly: none of our per-run fallback around pdfkit's text.
  doc.registerFont('Body', readFileSync(join(defaultFontDir(), 'NotoSans-Regular.ttf')));
  doc.registerFont('Body-Bold', readFileSync(join(defaultFontDir(), 'NotoSans-Bold.ttf')));
  doc.font('Body');
  const range = data.depthRange;
  doc.font('Body', 9).text(`Treatment course ${data.course.area}`, 42, 92, { lineBreak: false });
  for (let i = 0; i < 12; i += 1) doc.moveTo(64, 300 + i * 12).lineTo(550, 300 + i * 12).stroke();
  const cells = (texts: readonly string[], y: number, zebra: boolean) => {
    if (zebra) doc.rect(42, y - 2, 511, 12).fill('#eef2f6');
    doc.fillColor('#1a2330');
    texts.forEach((t, i) => doc.text(t, 46 + i * (507 / texts.length), y, { lineBreak: false }));
  };
  const heading = (t: string, y: number) => {
    doc.font('Body-Bold', 11.5).text(t, 42, y, { lineBreak: false });
    doc.moveTo(42, y + 16).lineTo(553, y + 16).stroke();
    doc.font('Body', 7.8);
  };
  for (let i = 0; i < 9; i += 1) cells([`LABEL ${i}`, `value ${i}`], 130 + i * 11, false);
  for (const series of [0, 1]) {
    data.entries.forEach((e, i) => (i === 0 ? doc.moveTo(70 + i * 30, 400 - (e.session.vasBefore ?? 0) * 10 - series) : doc.lineTo(70 + i * 30, 400 - (e.session.vasBefore ?? 0) * 10)));
    doc.stroke();
    data.entries.forEach((e, i) => doc.circle(70 + i * 30, 400 - (e.session.vasAfter ?? 0) * 10, 2.4).fill('#1f6fb2'));
  }
  data.entries.forEach((e, i) => cells([e.courseLabel ?? '', e.session.date, e.session.practitioner, String(e.session.points.length), e.session.products.map((p) => p.lot).join(', '), `${e.session.vasBefore} / ${e.session.vasAfter}`, e.session.status], 450 + i * 12, i % 2 === 1));
  doc.addPage();
  lastTreatedByRegion(data.entries.map((e) => sessionWithAmendments(e.session))).forEach((r, i) => cells([r.view, r.region, r.date, String(r.numberInCourse), String(r.sessions)], 92 + i * 12, i % 2 === 1));
  for (const entry of data.entries) {
    const s = sessionWithAmendments(entry.session);
    doc.addPage();
    doc.font('Body-Bold', 17).text(`Treatment session: ${entry.courseLabel}`, 42, 92, { lineBreak: false });
    doc.font('Body', 9);
    let y = 130;
    for (const line of [s.practitioner, s.date, s.time, s.indication, s.treatedAreas.join('; '), s.aftercare, s.notes]) {
      doc.text(line, 42, y, { lineBreak: false });
      y += 12;
    }
    heading('Session', y);
    y += 24;
    for (let i = 0; i < 9; i += 1) cells([`LABEL ${i}`, `value ${i}`], y + i * 11, false);
    y += 100;
    heading('Contraindication screening', y);
    y += 24;
    const screening = data.patient.screening;
    CONTRAINDICATIONS.forEach((c, i) => cells([c.key, screening?.answers[c.key]?.present ? 'YES' : 'No', screening?.answers[c.key]?.note ?? ''], y + i * 12, i % 2 === 1));
    y += 80;
    doc.text(`Acknowledged by ${s.contraindicationAck?.by}`, 42, y, { lineBreak: false });
    y += 14;
    heading('Cocktail', y);
    y += 24;
    s.products.forEach((p, i) => cells([String(i + 1), p.name, p.activeIngredients, p.concentration, p.dilution, String(p.volumeMl), p.lot, p.expiry], y + i * 12, i % 2 === 1));
    const numbers = numbersByChart(s.points);
    for (const view of ['body-front', 'body-back', 'face', 'scalp'] as const) {
      const points = s.points.filter((p) => p.view === view);
      if (points.length === 0) continue;
      doc.addPage();
      const art = MAP_ARTWORK[view];
      const scale = Math.min(238 / art.width, 548 / art.height);
      doc.save().translate(48, 130).scale(scale);
      const treated = new Set(points.map((p) => p.region));
      for (const r of art.regions) if (treated.has(r.id)) doc.polygon(...r.polygon).fill('#dbe6f2');
      for (const d of art.details) doc.path(d).stroke();
      for (const d of art.outline) doc.path(d).stroke();
      doc.restore();
      heading(`Map: ${view}`, 92);
      const groups = new Map<string, typeof points>();
      for (const p of points) {
        const group = groups.get(p.region);
        if (group) group.push(p);
        else groups.set(p.region, [p]);
      }
      [...groups.entries()].forEach(([region, pts], i) => {
        const st = regionStats(pts, s.products);
        cells([region, String(st.points), `${st.meanDepthMm} mm`, `${st.totalVolumeMl} ml`, st.products.join(', ')], 130 + i * 11, i % 2 === 0);
      });
      for (let i = 0; i < 10; i += 1) {
        doc.circle(310, 400 + i * 12, 4).fillAndStroke('#7ccf5f', '#17202b');
        doc.text(`legend ${i}`, 322, 396 + i * 12, { lineBreak: false });
      }
      doc.text('L', 50, 132, { lineBreak: false }).text('R', 280, 132, { lineBreak: false });
      for (const p of points) doc.circle(48 + p.x * scale, 130 + p.y * scale, 4.6).fillAndStroke(depthColour(p.depthMm, range), '#17202b');
      doc.font('Body-Bold', 4.5).fillColor('#000');
      for (const p of points) doc.text(String(numbers.get(p.id)), 46 + p.x * scale, 127 + p.y * scale, { lineBreak: false });
    }
    doc.addPage();
    doc.font('Body', 7.8);
    y = 92;
    for (const p of s.points) {
      if (y > 780) {
        doc.addPage();
        y = 92;
      }
      cells([String(numbers.get(p.id)), p.view, p.region, `${p.depthMm} mm`, p.needle, p.technique, String(p.productIndex), String(p.volumeMl), p.note], y, numbers.get(p.id)! % 2 === 0);
      y += 13;
    }
    for (let i = 0; i < 5; i += 1) cells([`LABEL ${i}`, s.aftercare, s.notes], y + 20 + i * 11, false);
    doc.rect(42, y + 90, 511, 58).stroke();
    for (let i = 0; i < 3; i += 1) doc.text(`Signed by ${s.signedBy} ${i}`, 54, y + 100 + i * 14, { lineBreak: false });
    for (const a of s.amendments) doc.text(`${a.seq} ${a.actor} ${a.reason}`, 42, y + 160, { lineBreak: false });
  }
  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i += 1) {
    doc.switchToPage(i);
    doc.font('Body-Bold', 11).text(data.clinic.name, 42, 40, { lineBreak: false });
    doc.font('Body', 7.8).text(data.clinic.address, 42, 55, { lineBreak: false }).text(`Course record: ${data.course.area}`, 42, 66, { lineBreak: false });
    doc.font('Body-Bold', 10.5).text(`${data.patient.lastName}, ${data.patient.firstName}`, 400, 40, { lineBreak: false });
    doc.font('Body', 7.8).text(`born ${data.patient.dateOfBirth} · patient ${data.patient.id.slice(0, 8)}`, 400, 55, { lineBreak: false });
    doc.moveTo(42, 80).lineTo(553, 80).stroke().moveTo(42, 790).lineTo(553, 790).stroke();
    doc.font('Body', 6.8).text(`${data.patient.lastName} · Session`, 42, 796, { lineBreak: false }).text(`Printed ${data.printedAt} by ${data.printedBy}`, 42, 805, { lineBreak: false });
    doc.font('Body-Bold', 7.8).text(`Page ${i + 1} of ${count}`, 500, 796, { lineBreak: false });
  }
  doc.end();
  return done;
}
