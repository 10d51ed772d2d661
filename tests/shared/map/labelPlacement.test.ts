import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelBox, type LabelSite, type PlacedLabel } from '../../../shared/map/labelPlacement.ts';

const site = (x: number, y: number, over: Partial<LabelSite> = {}): LabelSite => ({ x, y, r: 6, w: 18, h: 14, fitsInside: false, ...over });

/** Sixteen markers packed within about 30 px, as a knee charted at the zoom of Fit. */
function knee(): LabelSite[] {
  const out: LabelSite[] = [];
  for (let i = 0; i < 16; i += 1) {
    const a = i * 2.4;
    const d = 3 + i * 1.1;
    out.push(site(300 + Math.cos(a) * d, 200 + Math.sin(a) * d, { w: i >= 9 ? 20 : 14 }));
  }
  return out;
}

function overlap(a: LabelBox, b: LabelBox): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

function coversMarker(box: LabelBox, s: LabelSite): boolean {
  const dx = Math.max(box.minX - s.x, 0, s.x - box.maxX);
  const dy = Math.max(box.minY - s.y, 0, s.y - box.maxY);
  return Math.hypot(dx, dy) < s.r;
}

function boxesOf(sites: LabelSite[], placed: (PlacedLabel | null)[]): { i: number; box: LabelBox; p: PlacedLabel }[] {
  return placed.flatMap((p, i) => (p && p.moved ? [{ i, box: labelBox(sites[i]!, p), p }] : []));
}

describe('placeLabels', () => {
  it('leaves a number on its marker when it fits there and the marker touches no other', () => {
    const sites = [site(100, 100, { r: 9, fitsInside: true }), site(200, 100, { r: 9, fitsInside: true })];
    expect(placeLabels(sites)).toEqual([
      { x: 100, y: 100, moved: false, leader: null },
      { x: 200, y: 100, moved: false, leader: null },
    ]);
  });

  it('moves a number aside, with a leader, when its marker touches another or the number does not fit', () => {
    const sites = [site(100, 100, { r: 9, fitsInside: true }), site(110, 100, { r: 9, fitsInside: true }), site(300, 100, { r: 9, fitsInside: false })];
    const placed = placeLabels(sites);
    for (const p of placed) {
      expect(p?.moved).toBe(true);
      expect(p?.leader).not.toBeNull();
    }
  });

  it('places every number of a dense cluster, none over another number or over any marker', () => {
    const sites = knee();
    const placed = placeLabels(sites);
    expect(placed.every((p) => p !== null)).toBe(true);
    const boxes = boxesOf(sites, placed);
    expect(boxes).toHaveLength(16);
    for (const a of boxes) {
      for (const b of boxes) if (a.i !== b.i) expect(overlap(a.box, b.box)).toBe(false);
      for (const s of sites) expect(coversMarker(a.box, s)).toBe(false);
    }
  });

  it('draws each moved number a leader from its marker edge to its box', () => {
    const sites = knee();
    for (const { i, box, p } of boxesOf(sites, placeLabels(sites))) {
      const s = sites[i]!;
      const l = p.leader!;
      expect(Math.hypot(l.x1 - s.x, l.y1 - s.y)).toBeCloseTo(s.r, 5);
      expect(l.x2).toBeGreaterThanOrEqual(box.minX - 1e-9);
      expect(l.x2).toBeLessThanOrEqual(box.maxX + 1e-9);
      expect(l.y2).toBeGreaterThanOrEqual(box.minY - 1e-9);
      expect(l.y2).toBeLessThanOrEqual(box.maxY + 1e-9);
    }
  });

  it('answers the same placement for the same markers', () => {
    expect(placeLabels(knee())).toEqual(placeLabels(knee()));
  });

  it('keeps boxes inside the bounds given, and leaves a number out rather than overlap when no spot is free', () => {
    const bounds = { minX: 0, minY: 0, maxX: 60, maxY: 60 };
    const sites = Array.from({ length: 30 }, (_, i) => site(20 + (i % 5) * 4, 20 + Math.floor(i / 5) * 4));
    const placed = placeLabels(sites, { gap: 2, step: 12, rings: 4, bounds });
    const boxes = boxesOf(sites, placed);
    expect(placed.some((p) => p === null)).toBe(true);
    for (const { box } of boxes) {
      expect(box.minX).toBeGreaterThanOrEqual(0);
      expect(box.maxY).toBeLessThanOrEqual(60);
    }
    for (const a of boxes) for (const b of boxes) if (a.i !== b.i) expect(overlap(a.box, b.box)).toBe(false);
  });

  it('places thousands of markers without any two numbers overlapping', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const sites = Array.from({ length: 3000 }, () => site(random() * 3000, random() * 3000, { fitsInside: random() < 0.5, r: 9 }));
    const placed = placeLabels(sites);
    const boxes = placed.map((p, i) => (p ? labelBox(sites[i]!, p) : null));
    expect(placed.filter((p) => p !== null).length).toBeGreaterThan(2900);
    // Sorted sweep on x: each box meets only the boxes starting before it ends.
    const order = boxes.map((b, i) => ({ b, i })).filter((e): e is { b: LabelBox; i: number } => e.b !== null).sort((a, b) => a.b.minX - b.b.minX);
    for (let a = 0; a < order.length; a += 1) {
      for (let b = a + 1; b < order.length && order[b]!.b.minX < order[a]!.b.maxX; b += 1) expect(overlap(order[a]!.b, order[b]!.b)).toBe(false);
    }
  });
});
