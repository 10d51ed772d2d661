import type { Namespace, TFunction } from 'i18next';
import type { Formatter } from '../../shared/format/formatter.ts';
import type { EditorMessage } from '../editor/types.ts';

/** Values named so are depths in mm ("4,5 mm"; a needle's length too); `at` is an instant; other numbers are plain numbers. */
const DEPTHS = new Set(['depth', 'step', 'length']);

/**
 * An editor's message (a refused command, the reason a chart is read-only) in the screen's language:
 * `map:problems.<key>` with its values formatted for the locale.
 */
export function editorText(t: TFunction<Namespace>, format: Formatter, message: EditorMessage): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    if (typeof value === 'number') values[name] = DEPTHS.has(name) ? format.depth(value) : format.number(value);
    else values[name] = name === 'at' ? format.instant(value) : value;
  }
  return (t as unknown as (key: string, values: Record<string, string>) => string)(`map:problems.${message.key}`, values);
}
