/**
 * The course view colours every session of a course differently: a categorical palette (no order
 * implied between neighbours), distinguishable for the common colour-vision deficiencies as far as
 * twelve colours allow (Okabe–Ito and Paul Tol's sets), each with the text colour that reads on it.
 * Past twelve sessions colours come round again; the markers then carry the session number, which the
 * legend ("S1 … S15") names too, so no two sessions are ever told apart by colour alone.
 */
export const SESSION_PALETTE = [
  '#0072b2', // blue
  '#e69f00', // orange
  '#009e73', // bluish green
  '#cc79a7', // reddish purple
  '#56b4e9', // sky blue
  '#b85000', // vermillion, darkened for white numbers
  '#332288', // indigo
  '#999933', // olive
  '#882255', // wine
  '#44aa99', // teal
  '#f0e442', // yellow
  '#6b6b6b', // grey
] as const;

export type SessionColour = { id: string; label: string; fill: string; text: string; index: number };

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT_DARK = '#1a2330';
const TEXT_LIGHT = '#ffffff';

/** Dark or white text, whichever contrasts more with `fill`. */
export function textOn(fill: string): string {
  return contrastRatio(fill, TEXT_DARK) >= contrastRatio(fill, TEXT_LIGHT) ? TEXT_DARK : TEXT_LIGHT;
}

export function paletteColour(index: number): string {
  return SESSION_PALETTE[((index % SESSION_PALETTE.length) + SESSION_PALETTE.length) % SESSION_PALETTE.length] as string;
}

/**
 * Colours for sessions given oldest first: the first gets the first colour, and so on. The label is
 * "S" and the session's number in its course when it has one, else its place in the list.
 */
export function assignSessionColours(sessions: readonly { id: string; numberInCourse: number | null }[]): SessionColour[] {
  return sessions.map((s, i) => {
    const fill = paletteColour(i);
    return { id: s.id, index: i, label: `S${s.numberInCourse ?? i + 1}`, fill, text: textOn(fill) };
  });
}
