/**
 * The editor's keyboard shortcuts as data: what a key press means, independent of React and Konva, so
 * the help overlay lists exactly what the handler does and a unit test can check the mapping.
 */
export type EditorAction =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select-all' }
  | { type: 'clear-selection' }
  | { type: 'delete' }
  | { type: 'duplicate' }
  | { type: 'nudge'; direction: 'left' | 'right' | 'up' | 'down'; large: boolean }
  | { type: 'zoom-in' }
  | { type: 'zoom-out' }
  | { type: 'fit' }
  | { type: 'help' }
  | { type: 'place-at-cursor' }
  | { type: 'view'; index: number }
  | { type: 'tool'; tool: 'place' | 'select' };

export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

export function actionForKey(e: KeyLike): EditorAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === 'a') return { type: 'select-all' };
    if (key === 'd') return { type: 'duplicate' };
    return null;
  }
  if (e.altKey) return null;
  switch (key) {
    case 'Escape':
      return { type: 'clear-selection' };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case 'ArrowLeft':
      return { type: 'nudge', direction: 'left', large: e.shiftKey };
    case 'ArrowRight':
      return { type: 'nudge', direction: 'right', large: e.shiftKey };
    case 'ArrowUp':
      return { type: 'nudge', direction: 'up', large: e.shiftKey };
    case 'ArrowDown':
      return { type: 'nudge', direction: 'down', large: e.shiftKey };
    case '+':
    case '=':
      return { type: 'zoom-in' };
    case '-':
    case '_':
      return { type: 'zoom-out' };
    case '0':
      return { type: 'fit' };
    case '?':
      return { type: 'help' };
    case 'Enter':
      return { type: 'place-at-cursor' };
    case 'p':
      return { type: 'tool', tool: 'place' };
    case 'v':
      return { type: 'tool', tool: 'select' };
    case '1':
    case '2':
    case '3':
    case '4':
      return { type: 'view', index: Number(key) - 1 };
    default:
      return null;
  }
}

/** What the help overlay shows, in the order it shows it: each a key of `map:shortcuts` with its keys and what they do. */
export const SHORTCUTS = [
  'click',
  'shiftClick',
  'dragPoint',
  'dragEmpty',
  'pan',
  'zoom',
  'tools',
  'views',
  'arrows',
  'enter',
  'selectAll',
  'duplicate',
  'delete',
  'escape',
  'undo',
  'redo',
  'help',
] as const;
