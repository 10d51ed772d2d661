import { boundingBox } from './boundingBox.ts';
import { clusterPoints } from './pointClusters.ts';
import { typicalSpacing, type Position } from './pointSpacing.ts';

/**
 * Where the printed map looks, and at what scale, so that every marker and number is readable: the map
 * is framed on the points (their bounding box with a margin of context, the aspect kept), and when one
 * frame round all of them would make the numbers smaller than MIN_NUMBER_PT, each distant cluster of
 * points gets an inset of its own, framed on it. A small locator of the whole view then shows where the
 * framed areas lie (`locator`).
 *
 * The size a number can have at a scale follows from how close the points are on paper: a marker is
 * about two numbers across, so neighbours `spacing × scale` points apart leave room for numbers of
 * `spacing × scale / SPACING_PER_NUMBER`. Pure: view units in, page points out.
 */

/** A rectangle in a view's own coordinates. */
export type ViewRect = { x: number; y: number; w: number; h: number };

export type MapPanel = {
  /** The part of the view drawn, already widened to the panel's aspect. */
  frame: ViewRect;
  /** Page points per view unit. */
  scale: number;
  /** Where the panel sits in the space given (points from its top left corner), and its size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The indices of the points this panel was framed on (others may fall inside it too). */
  points: number[];
};

export type MapFraming = {
  panels: MapPanel[];
  /** Size of the numbers on every panel (points): never under MIN_NUMBER_PT. */
  numberPt: number;
  /** The size the room between the points would allow on the most crowded panel, before any bound. */
  room: number;
  /** The panels show only part of the view: a locator of the whole view tells where. */
  locator: boolean;
};

/** The smallest number readable on A4. */
export const MIN_NUMBER_PT = 6;
/** Numbers grow with room no further than this: a sparse chart does not get outsized markers. */
export const MAX_NUMBER_PT = 7.5;
/**
 * Centre to centre, neighbouring markers need about this many numbers' sizes not to overlap: a marker
 * is about two numbers across. Closer pairs are left to the label placement (numbers moved aside).
 */
const SPACING_PER_NUMBER = 2;
/** Context round the points, and the smallest frame side, as shares of the view's longer side. */
const MARGIN = 0.03;
const MIN_EXTENT = 0.1;
/** Points closer than this share of the view's longer side are one cluster; no more than MAX_INSETS insets. */
const LINK = 0.1;
export const MAX_INSETS = 4;
export const PANEL_GAP = 8;
/** A frame covering this much of the view in both directions is the whole view: no locator. */
const WHOLE_VIEW = 0.9;

/** The size numbers can have on points `spacing` view units apart drawn at `scale`, before any floor or ceiling. */
export function numberSizeAt(scale: number, spacing: number): number {
  return (spacing * scale) / SPACING_PER_NUMBER;
}

/** The size numbers are printed at for that room: MIN_NUMBER_PT to MAX_NUMBER_PT. */
export function printedNumberSize(scale: number, spacing: number): number {
  return Math.max(MIN_NUMBER_PT, Math.min(MAX_NUMBER_PT, numberSizeAt(scale, spacing)));
}

type View = { width: number; height: number };
type Space = { w: number; h: number };

/** The points' bounding box with its margin, no side under the minimum extent, centred on the points. */
export function frameOn(points: readonly Position[], view: View): ViewRect {
  const longer = Math.max(view.width, view.height);
  const margin = MARGIN * longer;
  const min = MIN_EXTENT * longer;
  const { minX, minY, maxX, maxY } = boundingBox(points) ?? { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  const w = Math.max(maxX - minX + 2 * margin, min);
  const h = Math.max(maxY - minY + 2 * margin, min);
  return { x: (minX + maxX - w) / 2, y: (minY + maxY - h) / 2, w, h };
}

/**
 * `frame` widened (or heightened) about its centre to the aspect `width × height`, then moved inside the
 * view where it fits there: a frame containing points of the view still contains them once moved.
 */
function toAspect(frame: ViewRect, width: number, height: number, view: View): ViewRect {
  const scale = Math.min(width / frame.w, height / frame.h);
  const w = width / scale;
  const h = height / scale;
  const fit = (start: number, length: number, within: number) => (length >= within ? (within - length) / 2 : Math.min(Math.max(start, 0), within - length));
  return { x: fit(frame.x - (w - frame.w) / 2, w, view.width), y: fit(frame.y - (h - frame.h) / 2, h, view.height), w, h };
}

/** One panel as wide as `space`, as tall as the frame needs at that width (at most `space.h`). */
function panelFor(frame: ViewRect, space: Space, view: View, points: number[]): MapPanel {
  // Never further out than the whole view: a frame larger than the view shows the view.
  const capped = frame.w >= view.width && frame.h >= view.height ? { x: 0, y: 0, w: view.width, h: view.height } : frame;
  const scale = Math.min(space.w / capped.w, space.h / capped.h);
  const height = Math.min(space.h, capped.h * scale);
  return { frame: toAspect(capped, space.w, height, view), scale, x: 0, y: 0, width: space.w, height, points };
}

/** Clusters by single linkage, the link lengthened until there are no more than MAX_INSETS. */
export function clustersOf(points: readonly Position[], view: View): number[][] {
  let link = LINK * Math.max(view.width, view.height);
  let clusters = clusterPoints(points, link);
  while (clusters.length > MAX_INSETS) {
    link *= 1.5;
    clusters = clusterPoints(points, link);
  }
  // Insets read top to bottom as the body does: the highest cluster first.
  const top = (c: number[]) => c.reduce((y, i) => Math.min(y, points[i]!.y), Infinity);
  return clusters.map((c) => ({ c, y: top(c) })).sort((a, b) => a.y - b.y).map(({ c }) => c);
}

/**
 * The insets of `clusters` in `space`, in reading order on a grid of `columns` columns: each framed on
 * its cluster at the largest scale its cell allows, a row as tall as its tallest inset.
 */
function insetGrid(points: readonly Position[], clusters: number[][], space: Space, view: View, columns: number): MapPanel[] {
  const rows = Math.ceil(clusters.length / columns);
  const cellW = (space.w - PANEL_GAP * (columns - 1)) / columns;
  const cellH = (space.h - PANEL_GAP * (rows - 1)) / rows;
  const panels: MapPanel[] = [];
  let y = 0;
  for (let row = 0; row < rows; row += 1) {
    const inRow = clusters.slice(row * columns, row * columns + columns);
    const frames = inRow.map((c) => frameOn(c.map((i) => points[i]!), view));
    const scales = frames.map((f) => Math.min(cellW / f.w, cellH / f.h));
    const height = Math.max(...frames.map((f, i) => f.h * scales[i]!));
    frames.forEach((f, i) => {
      panels.push({ frame: toAspect(f, cellW, height, view), scale: scales[i]!, x: i * (cellW + PANEL_GAP), y, width: cellW, height, points: inRow[i]! });
    });
    y += height + PANEL_GAP;
  }
  return panels;
}

/** The insets of `clusters`: one column, or side by side where the space is wide, whichever reads best. */
function insetPanels(points: readonly Position[], clusters: number[][], space: Space, view: View): MapPanel[] {
  let best: MapPanel[] = [];
  let bestSize = -Infinity;
  for (let columns = 1; columns <= clusters.length; columns += 1) {
    const panels = insetGrid(points, clusters, space, view, columns);
    const size = worstNumberSize(points, panels);
    if (size > bestSize) [best, bestSize] = [panels, size];
  }
  return best;
}

/** The smallest number size (unbounded) over panels, each with its own points' spacing. */
function worstNumberSize(points: readonly Position[], panels: readonly MapPanel[]): number {
  return panels.reduce((size, p) => Math.min(size, numberSizeAt(p.scale, typicalSpacing(p.points.map((i) => points[i]!)))), Infinity);
}

function coversView(frame: ViewRect, view: View): boolean {
  return frame.w >= view.width * WHOLE_VIEW && frame.h >= view.height * WHOLE_VIEW;
}

/** How to print `points` (all on the view's drawing) in `space` (points on the page). */
export function frameMap(points: readonly Position[], view: View, space: Space): MapFraming {
  const all = points.map((_, i) => i);
  const whole = { x: 0, y: 0, w: view.width, h: view.height };
  if (points.length === 0) return { panels: [panelFor(whole, space, view, all)], numberPt: MAX_NUMBER_PT, room: Infinity, locator: false };
  let panels = [panelFor(frameOn(points, view), space, view, all)];
  let size = worstNumberSize(points, panels);
  if (size < MIN_NUMBER_PT) {
    const clusters = clustersOf(points, view);
    if (clusters.length > 1) {
      const insets = insetPanels(points, clusters, space, view);
      const insetSize = worstNumberSize(points, insets);
      if (insetSize > size) [panels, size] = [insets, insetSize];
    }
  }
  return {
    panels,
    numberPt: Math.max(MIN_NUMBER_PT, Math.min(MAX_NUMBER_PT, size)),
    room: size,
    locator: panels.length > 1 || !coversView(panels[0]!.frame, view),
  };
}
