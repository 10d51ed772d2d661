import { useEffect, useRef, type RefObject } from 'react';
import { actionForKey, type EditorAction } from '../editor/keyboard.ts';

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/**
 * The map's keyboard handling: the editor's shortcuts (editor/keyboard.ts) anywhere on the page except
 * in text fields, the canvas-only ones (`fromCanvas`) with the map or nothing focused; and Space held
 * down, which turns a drag into a pan. `perform` answers whether it used the key (then the browser's
 * own action is prevented). Returns whether Space is down now.
 */
export function useMapKeyboard(box: RefObject<HTMLElement | null>, perform: (action: EditorAction, fromCanvas: boolean) => boolean): RefObject<boolean> {
  const space = useRef(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditable(e.target)) return;
      const fromCanvas = e.target === box.current || e.target === document.body;
      if (e.key === ' ' && fromCanvas) {
        space.current = true;
        e.preventDefault();
        return;
      }
      const action = actionForKey(e);
      if (!action) return;
      if (perform(action, fromCanvas)) e.preventDefault();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') space.current = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [box, perform]);
  return space;
}
