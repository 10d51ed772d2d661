/**
 * Renders each map view to SVG (outline thick, details thin, regions tinted and labelled) under
 * tests/.artifacts/maps/, and to PNG when rsvg-convert is installed (Debian: librsvg2-bin), so that the
 * artwork can be looked at. Run with Node 24: `node scripts/render-maps.ts [--no-regions]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAP_ARTWORK } from '../assets/maps/index.ts';
import type { MapArtwork } from '../assets/maps/artwork.ts';

const OUT = join(import.meta.dirname, '..', 'tests', '.artifacts', 'maps');
const withRegions = !process.argv.includes('--no-regions');

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function centroid(polygon: [number, number][]): [number, number] {
  let x = 0;
  let y = 0;
  for (const [px, py] of polygon) [x, y] = [x + px, y + py];
  return [x / polygon.length, y / polygon.length];
}

function svg(art: MapArtwork): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${art.width}" height="${art.height}" viewBox="0 0 ${art.width} ${art.height}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  if (withRegions) {
    art.regions.forEach((r, i) => {
      const hue = (i * 137.5) % 360;
      const points = r.polygon.map(([x, y]) => `${x},${y}`).join(' ');
      parts.push(`<polygon points="${points}" fill="hsl(${hue},70%,60%)" fill-opacity="0.28" stroke="hsl(${hue},70%,35%)" stroke-width="0.8"/>`);
    });
  }
  for (const d of art.details) parts.push(`<path d="${d}" fill="none" stroke="#333" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`);
  for (const d of art.outline) parts.push(`<path d="${d}" fill="none" stroke="#111" stroke-width="3" stroke-linejoin="round"/>`);
  if (withRegions) {
    for (const r of art.regions) {
      const [x, y] = centroid(r.polygon);
      parts.push(`<text x="${x}" y="${y}" font-family="sans-serif" font-size="9" text-anchor="middle" fill="#000">${escape(r.id)}</text>`);
    }
  }
  parts.push('</svg>');
  return parts.join('\n');
}

mkdirSync(OUT, { recursive: true });
for (const art of Object.values(MAP_ARTWORK)) {
  const name = `${art.view}${withRegions ? '' : '-plain'}`;
  const file = join(OUT, `${name}.svg`);
  writeFileSync(file, svg(art));
  try {
    execFileSync('rsvg-convert', ['-o', join(OUT, `${name}.png`), file]);
  } catch {
    console.warn('rsvg-convert not available: SVG only');
  }
  console.log(file);
}
