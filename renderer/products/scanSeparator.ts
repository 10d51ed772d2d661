import type { KeyboardEvent } from 'react';

/** The ASCII group separator (FNC1 in a GS1 code), which a scanner in keyboard mode sends as Ctrl+]. */
export const GROUP_SEPARATOR = '\x1d';

/**
 * A field that takes scans puts in Ctrl+] as the group separator, which a browser does not insert itself.
 * Answers the field's new value and where the caret goes (the key is then handled), or null for any other key.
 */
export function separatorTyped(e: KeyboardEvent<HTMLInputElement>): { value: string; caret: number } | null {
  if (!e.ctrlKey || e.altKey || (e.key !== ']' && e.code !== 'BracketRight')) return null;
  e.preventDefault();
  const input = e.currentTarget;
  const start = input.selectionStart ?? input.value.length;
  const end = input.selectionEnd ?? start;
  return { value: input.value.slice(0, start) + GROUP_SEPARATOR + input.value.slice(end), caret: start + 1 };
}
