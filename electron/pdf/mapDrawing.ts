import type { PDFDocument } from 'pdfkit';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import type { DepthRange } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import {
  clusterOffsets,
  depthColour,
  footprintRadius,
  labelColour,
  MARKER_STROKE,
  needleShape,
  SQUARE_HALF_SIDE,
  type MarkerShape,
} from '../../shared/markerPalette.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { placeLabels, type LabelSite } from '../../shared/map/labelPlacement.ts';
import { printedNumberSize, type ViewRect } from '../../shared/map/mapFraming.ts';
import { typicalSpacing } from '../../shared/map/pointSpacing.ts';
import { FONT } from './fonts.ts';
import { INK, MUTED, SIZE, measure, setFont, type Flow } from './layout.ts';

/**
 * A map view on paper: the same vector artwork the screen draws (assets/maps, outline thick, anatomical
 * details thin), treated regions shaded, and the points as numbered markers styled as on screen
 * (shared/markerPalette.ts): colour by depth, shape by needle gauge, a multi-injector shot as its
 * footprint with its needles. The artwork is drawn in its own coordinates under a scale; markers are
 * drawn in page points so that they keep a readable size whatever the map's scale.
 */

export type Box = { x: number; y: number; w: number; h: number };


export const REGION_SHADE = '#dbe6f2';

/**
 * The artwork as the path operators pdfkit writes for it, built once per path and kept for the process:
 * pdfkit's doc.path parses the SVG path data on every call, and a course record draws the same views on
 * every map page. The operators are in the artwork's own coordinates and depend on nothing else (not the
 * page, the transform, the document), so the page's content is the same, byte for byte, as drawing with
 * doc.path / doc.polygon each time. Recorded through a stand-in for the document that only collects them.
 */
function recordOperators(doc: PDFDocument, draw: (recorder: PDFDocument) => void): string {
  const operators: string[] = [];
  const recorder = Object.create(doc) as PDFDocument;
  recorder.addContent = (op: string) => {
    operators.push(op);
    return recorder;
  };
  draw(recorder);
  return operators.join('\n');
}

/** Per artwork path list (details, outline): every path, each stroked. */
const strokedArtwork = new WeakMap<readonly string[], string>();
export function strokedPaths(doc: PDFDocument, paths: readonly string[]): string {
  let ops = strokedArtwork.get(paths);
  if (ops === undefined) strokedArtwork.set(paths, (ops = recordOperators(doc, (rec) => paths.forEach((d) => rec.path(d).stroke()))));
  return ops;
}

/** Per region: its outline as a closed path, to be filled. */
const regionOutlines = new WeakMap<object, string>();
function regionOutline(doc: PDFDocument, polygon: readonly [number, number][]): string {
  let ops = regionOutlines.get(polygon);
  if (ops === undefined) regionOutlines.set(polygon, (ops = recordOperators(doc, (rec) => rec.polygon(...polygon))));
  return ops;
}

/** The scale and offset that fit a view's artwork centred in `box`. */
export function fitArtwork(view: MapViewId, box: Box): { scale: number; ox: number; oy: number; w: number; h: number } {
  const art = MAP_ARTWORK[view];
  const scale = Math.min(box.w / art.width, box.h / art.height);
  const w = art.width * scale;
  const h = art.height * scale;
  return { scale, ox: box.x + (box.w - w) / 2, oy: box.y + (box.h - h) / 2, w, h };
}

/**
 * Whether a point lies on its view's artwork (within the drawing's width and height). The point schema
 * allows positions up to MAP_EXTENT, beyond any drawing: such a point has no place on the printed map.
 */
export function onArtwork(view: MapViewId, point: Pick<InjectionPoint, 'x' | 'y'>): boolean {
  const art = MAP_ARTWORK[view];
  return point.x >= 0 && point.y >= 0 && point.x <= art.width && point.y <= art.height;
}

/**
 * On paper a 32G ring is a little larger than the other markers and its band thin, so that its number
 * sits inside the hole, never across the band (the screen's RING_HOLE would cut through a printed digit).
 */
export const PRINT_RING = { grow: 1.14, hole: 0.78 };

/** The radius a marker of `shape` is drawn with, for markers of radius `r`. */
export function drawnRadius(shape: MarkerShape, r: number): number {
  return shape === 'ring' ? r * PRINT_RING.grow : r;
}

export function markerPath(doc: PDFDocument, shape: MarkerShape, x: number, y: number, r: number, hole: number): void {
  if (shape === 'square') {
    const s = r * SQUARE_HALF_SIDE;
    doc.rect(x - s, y - s, s * 2, s * 2);
    return;
  }
  doc.circle(x, y, r);
  if (shape === 'ring') doc.circle(x, y, r * hole);
}

/** The numbers a panel wrote on the map, and those that found no clear place within reach of their marker. */
export type Numbered = { placed: number[]; unplaced: number[] };

/** A part of a view drawn on the page: `frame` (view units) shown at `scale` in `box` (page points). */
export type PanelPlacement = { frame: ViewRect; scale: number; box: Box };

/**
 * Draws the whole view's artwork and its points fitted in `box`, nothing outside `frame` (the map's frame,
 * around `box`): a point off the artwork (onArtwork) is left out, and a marker or number at the edge is
 * cut at the frame, never drawn over what lies beside the map. Numbers are sized to the points' spacing
 * (never under MIN_NUMBER_PT).
 */
export function drawMapView(
  flow: Flow,
  view: MapViewId,
  points: readonly InjectionPoint[],
  numbers: ReadonlyMap<string, number>,
  box: Box,
  range: DepthRange,
  frame: Box,
): Numbered {
  const { scale, ox, oy } = fitArtwork(view, box);
  const drawn = points.filter((p) => onArtwork(view, p));
  const numberPt = printedNumberSize(scale, typicalSpacing(drawn));
  const panel = { frame: { x: (frame.x - ox) / scale, y: (frame.y - oy) / scale, w: frame.w / scale, h: frame.h / scale }, scale, box: frame };
  return drawMapPanel(flow, view, drawn, numbers, panel, range, numberPt, points);
}

/** The marker radius for numbers of `numberPt` up to `digits` long: the longest fits inside, on a square too. */
function markerRadiusFor(numberPt: number, digits: number): number {
  return numberPt * (digits >= 3 ? 1 : 0.85);
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Draws `panel.frame` of the view in `panel.box`: the artwork (treated regions shaded, as `treatedFrom`
 * tells), the points that fall in the frame as markers, and their numbers at `numberPt`, each on its
 * marker or, where markers crowd, moved aside with a leader line (shared/map/labelPlacement.ts).
 * Everything is clipped to the box. A number that finds no clear place within reach of its marker is
 * left off rather than drawn over another (the record says which, sessionRecord.ts).
 */
export function drawMapPanel(
  flow: Flow,
  view: MapViewId,
  points: readonly InjectionPoint[],
  numbers: ReadonlyMap<string, number>,
  panel: PanelPlacement,
  range: DepthRange,
  numberPt: number,
  treatedFrom: readonly InjectionPoint[] = points,
): Numbered {
  const { doc, t } = flow;
  const art = MAP_ARTWORK[view];
  const { frame, scale, box } = panel;
  const ox = box.x - frame.x * scale;
  const oy = box.y - frame.y * scale;
  const treated = new Set(treatedFrom.map((p) => p.region));
  let highest = 0;
  for (const p of points) highest = Math.max(highest, numbers.get(p.id) ?? 0);
  const r = markerRadiusFor(numberPt, String(highest).length);

  doc.save();
  doc.rect(box.x, box.y, box.w, box.h).clip();
  doc.save();
  doc.translate(ox, oy).scale(scale);
  doc.lineJoin('round').lineCap('round');
  for (const region of art.regions) {
    if (!treated.has(region.id) || region.polygon.length < 3) continue;
    doc.addContent(regionOutline(doc, region.polygon)).fill(REGION_SHADE);
  }
  doc.lineWidth(0.45 / scale).strokeColor('#8a96a6');
  if (art.details.length > 0) doc.addContent(strokedPaths(doc, art.details));
  doc.lineWidth(1.1 / scale).strokeColor('#3d4a5c');
  if (art.outline.length > 0) doc.addContent(strokedPaths(doc, art.outline));
  doc.restore();

  // The vertebral levels and such, beside the art, at a size that reads whatever the scale.
  setFont(doc, 'regular', SIZE.tiny, MUTED);
  for (const m of art.marks ?? []) {
    const mx = ox + m.x * scale;
    const my = oy + m.y * scale;
    if (mx >= box.x && mx < box.x + box.w - 8 && my > box.y + 12 && my < box.y + box.h - 4) doc.text(m.text, mx, my - SIZE.tiny / 2, { lineBreak: false });
  }

  // The patient's sides, so that left and right are never a question on paper: a frame on one side's
  // drawing of a detail view (the right knee) says which side it is; any other, which side of the image is which.
  setFont(doc, 'bold', SIZE.small, MUTED);
  const sides = new Set((art.detail?.panels ?? []).filter((q) => q.side && overlaps(q.box, frame)).map((q) => q.side));
  const [only] = sides;
  if (sides.size === 1 && only) {
    doc.text(t(`clinical:panelSide.${only}`), box.x + 4, box.y + 3, { lineBreak: false });
  } else {
    const left = art.leftSide === 'image-left';
    const [leftMark, rightMark] = left ? [t('pdf:map.left'), t('pdf:map.right')] : [t('pdf:map.right'), t('pdf:map.left')];
    doc.text(leftMark, box.x + 4, box.y + 3, { lineBreak: false });
    doc.text(rightMark, box.x + box.w - 4 - measure(doc, rightMark), box.y + 3, { lineBreak: false });
  }

  // The points in the frame (a marker's reach beyond it: cut at the edge), with their page positions.
  const shown: { p: InjectionPoint; x: number; y: number }[] = [];
  for (const p of points) {
    const x = ox + p.x * scale;
    const y = oy + p.y * scale;
    if (x > box.x - r * 3 && x < box.x + box.w + r * 3 && y > box.y - r * 3 && y < box.y + box.h + r * 3) shown.push({ p, x, y });
  }
  doc.lineJoin('round');

  // Multi-injector footprints first, so that single markers stay on top (as on screen).
  for (const { p, x, y } of shown) {
    if (p.injector.kind !== 'multi') continue;
    const fr = footprintRadius(p, r);
    const colour = depthColour(p.depthMm, range);
    doc.circle(x, y, fr).fillOpacity(0.28).fill(colour);
    doc.fillOpacity(1);
    doc.circle(x, y, fr).lineWidth(0.6).dash(1.5, { space: 1 }).strokeColor(MARKER_STROKE).stroke();
    doc.undash();
    const dot = Math.max(0.7, Math.min(1.3, fr / 5.5));
    const reach = fr - dot - 0.6;
    const shape = needleShape(p.needle) === 'ring' ? 'circle' : needleShape(p.needle);
    for (const [dx, dy] of clusterOffsets(p.injector.needleCount)) markerPath(doc, shape, x + dx * reach, y + dy * reach, dot, 0);
    doc.lineWidth(0.3).fillAndStroke(colour, MARKER_STROKE);
  }
  // Line width and stroke colour once for all single markers, the fill when the depth colour changes.
  let markerFill = '';
  for (const { p, x, y } of shown) {
    if (p.injector.kind === 'multi') continue;
    if (markerFill === '') doc.lineWidth(0.5).strokeColor(MARKER_STROKE);
    const colour = depthColour(p.depthMm, range);
    if (colour !== markerFill) doc.fillColor((markerFill = colour));
    const shape = needleShape(p.needle);
    markerPath(doc, shape, x, y, drawnRadius(shape, r), PRINT_RING.hole);
    doc.fillAndStroke('even-odd');
  }

  const numbered = drawNumbers(flow, shown, numbers, r, numberPt, range, box);
  doc.restore();
  return numbered;
}

/** A moved number's plate: this much white round the digits. */
const PLATE_PAD = 1.2;

/** The numbers of `shown`, on their markers or aside with a leader. */
function drawNumbers(
  flow: Flow,
  shown: readonly { p: InjectionPoint; x: number; y: number }[],
  numbers: ReadonlyMap<string, number>,
  r: number,
  numberPt: number,
  range: DepthRange,
  box: Box,
): Numbered {
  const { doc } = flow;
  const labelled = shown.flatMap((s) => {
    const n = numbers.get(s.p.id);
    return n === undefined ? [] : [{ ...s, text: String(n) }];
  });
  doc.font(FONT.bold, numberPt);
  // Up to three digits fit on a marker; a longer number, or a multi-injector shot's, goes aside on a plate.
  const sites: LabelSite[] = labelled.map(({ p, x, y, text }) => {
    const w = measure(doc, text);
    const multi = p.injector.kind === 'multi';
    return { x, y, r: multi ? footprintRadius(p, r) : drawnRadius(needleShape(p.needle), r), w: w + PLATE_PAD * 2, h: numberPt + PLATE_PAD * 2, fitsInside: !multi && text.length <= 3 };
  });
  const placed = placeLabels(sites, { gap: 1.2, step: numberPt * 1.4, rings: 5, bounds: { minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h } });

  // Leaders, then the plates of the moved numbers, then every number: nothing covers a number.
  doc.lineWidth(0.5).strokeColor(MARKER_STROKE);
  for (const q of placed) if (q?.leader) doc.moveTo(q.leader.x1, q.leader.y1).lineTo(q.leader.x2, q.leader.y2);
  if (placed.some((q) => q?.leader)) doc.stroke();
  doc.lineWidth(0.4);
  for (const [i, q] of placed.entries()) {
    if (!q?.moved) continue;
    const s = sites[i]!;
    doc.rect(q.x - s.w / 2, q.y - s.h / 2, s.w, s.h);
  }
  if (placed.some((q) => q?.moved)) doc.fillAndStroke('#ffffff', MARKER_STROKE);

  const numbered: Numbered = { placed: [], unplaced: [] };
  let lastColour = '';
  for (const [i, q] of placed.entries()) {
    const { p, text } = labelled[i]!;
    (q ? numbered.placed : numbered.unplaced).push(Number(text));
    if (!q) continue;
    const colour = q.moved ? INK : labelColour(p.depthMm, range, needleShape(p.needle));
    if (colour !== lastColour) doc.fillColor((lastColour = colour));
    const w = sites[i]!.w - PLATE_PAD * 2;
    doc.text(text, q.x - w / 2, q.y - numberPt * 0.68, { lineBreak: false });
  }
  return numbered;
}
