/** Display helpers: pure, so that they can be tested without a DOM. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function parts(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d };
}

/** "2025-03-07" → "7 Mar 2025": unambiguous whatever the reader's habits (no 03/07 vs 07/03). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = parts(iso);
  if (!p) return iso;
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

/** Whole years between a birth date and a day, both YYYY-MM-DD; null when either is unreadable or birth is later. */
export function ageOn(dateOfBirth: string, today: string): number | null {
  const b = parts(dateOfBirth);
  const t = parts(today);
  if (!b || !t) return null;
  let age = t.y - b.y;
  if (t.m < b.m || (t.m === b.m && t.d < b.d)) age -= 1;
  return age < 0 ? null : age;
}

/** "34 y", or months for babies ("8 mo"), "—" when unknown. */
export function formatAge(dateOfBirth: string, today: string): string {
  const years = ageOn(dateOfBirth, today);
  if (years === null) return '—';
  if (years >= 2) return `${years} y`;
  const b = parts(dateOfBirth);
  const t = parts(today);
  if (!b || !t) return '—';
  let months = (t.y - b.y) * 12 + (t.m - b.m);
  if (t.d < b.d) months -= 1;
  return `${Math.max(0, months)} mo`;
}

/** The current wall-clock time as HH:MM. */
export function clockNow(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** "12" → "12 points", 1 → "1 point". */
export { plural } from '../shared/text.ts';
