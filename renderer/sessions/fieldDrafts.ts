import { PRODUCT_FIELD_LABELS, type ProductField } from '../../shared/product.ts';
import { SESSION_FIELD_LABELS, sessionFieldsSchema, type SessionFields } from '../../shared/session.ts';

/** A field's value as typed, checked with the shared schema: the value to dispatch, or the message to show. */
export function checkField<K extends keyof SessionFields>(name: K, value: unknown): { ok: true; value: SessionFields[K] } | { ok: false; message: string } {
  const schema = sessionFieldsSchema.shape[name];
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as SessionFields[K] };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${SESSION_FIELD_LABELS[name]} ${issue?.message ?? 'is not valid'}` };
}

/**
 * The field a refusal from the store concerns, as the form's paths name them: "fields.products.2.expiry"
 * → "products.2.expiry"; "fields.treatedAreas.3" → "treatedAreas"; "reason" stays "reason".
 */
export function refusalPath(field: string | null): string | null {
  if (!field) return null;
  const path = field.replace(/^fields\./, '');
  if (/^products\.\d+\.\w+$/.test(path)) return path;
  const head = path.split('.')[0] ?? path;
  if (head === 'products') return 'products';
  return head;
}

/** The refusal in words, without the machine path: "Product 3, expiry: must be a date written YYYY-MM-DD". */
export function refusalText(field: string | null, message: string): string {
  if (!field) return message;
  const rest = message.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
  const path = refusalPath(field);
  if (!path) return message;
  const product = /^products\.(\d+)\.(\w+)$/.exec(path);
  if (product) {
    const label = PRODUCT_FIELD_LABELS[product[2] as ProductField] ?? product[2];
    return `Product ${Number(product[1]) + 1}, ${label.toLowerCase()}: ${rest}`;
  }
  const label = (SESSION_FIELD_LABELS as Record<string, string>)[path] ?? (path === 'reason' ? 'Reason' : path);
  return `${label} ${rest}`;
}

/** One-click aftercare phrases the practitioner says at every session. */
export const AFTERCARE_PHRASES = [
  'No make-up for 12 h.',
  'No sauna, sport or sun for 24–48 h.',
  'Apply cold if bruising.',
  'Do not massage the treated area for 24 h.',
  'Call the practice if redness or swelling persists beyond 48 h.',
] as const;

/** The text with the phrase added on a line of its own, unless it is already there. */
export function appendPhrase(text: string, phrase: string): string {
  if (text.includes(phrase)) return text;
  const trimmed = text.replace(/\s+$/, '');
  return trimmed === '' ? phrase : `${trimmed}\n${phrase}`;
}

/** "2025-03-07T13:30:00.000Z" → "7 Mar 2025 at 14:30" in the local time zone. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()} at ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
