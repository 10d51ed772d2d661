import { clusterOffsets, MARKER_STROKE, RING_HOLE, SQUARE_HALF_SIDE, type MarkerShape } from '../../shared/markerPalette.ts';
import { SELECTION_COLOUR } from './markerStyle.ts';

function shapeElement(shape: MarkerShape, cx: number, cy: number, r: number, fill: string, strokeWidth = 1.4) {
  if (shape === 'circle') return <circle cx={cx} cy={cy} r={r} fill={fill} stroke={MARKER_STROKE} strokeWidth={strokeWidth} />;
  if (shape === 'square') {
    const s = r * SQUARE_HALF_SIDE;
    return <rect x={cx - s} y={cy - s} width={s * 2} height={s * 2} fill={fill} stroke={MARKER_STROKE} strokeWidth={strokeWidth} />;
  }
  const h = r * RING_HOLE.dense;
  return <path d={`M${cx + r},${cy}A${r},${r} 0 1 0 ${cx - r},${cy}A${r},${r} 0 1 0 ${cx + r},${cy}ZM${cx + h},${cy}A${h},${h} 0 1 1 ${cx - h},${cy}A${h},${h} 0 1 1 ${cx + h},${cy}Z`} fill={fill} stroke={MARKER_STROKE} strokeWidth={strokeWidth} />;
}

/** A marker as the map draws it, for the legend: the same shapes and colours (shared/markerPalette.ts). */
export function MarkerIcon({ shape = 'circle', fill = '#ffffff', multi = 0, selected = false, size = 22 }: { shape?: MarkerShape; fill?: string; multi?: number; selected?: boolean; size?: number }) {
  const c = size / 2;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false" className="marker-icon">
      {multi > 0 ? (
        <>
          <circle cx={c} cy={c} r={c - 1.5} fill={fill} fillOpacity={0.28} stroke={MARKER_STROKE} strokeWidth={1} strokeOpacity={0.7} />
          {clusterOffsets(multi).map(([dx, dy], i) => (
            <g key={i}>{shapeElement(shape === 'ring' ? 'circle' : shape, c + dx * (c - 4), c + dy * (c - 4), 1.7, fill, 0.8)}</g>
          ))}
        </>
      ) : (
        shapeElement(shape, c, c, selected ? c - 6 : c - 4, fill)
      )}
      {selected ? <circle cx={c} cy={c} r={c - 2} fill="none" stroke={SELECTION_COLOUR} strokeWidth={2.2} /> : null}
    </svg>
  );
}
