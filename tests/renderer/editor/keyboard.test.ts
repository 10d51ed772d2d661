import { describe, expect, it } from 'vitest';
import { actionForKey } from '../../../renderer/editor/keyboard.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('maps undo and both redos', () => {
    expect(actionForKey(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(actionForKey(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(actionForKey(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(actionForKey(key('z', { metaKey: true }))).toEqual({ type: 'undo' });
  });
  it('maps selection, nudges and the rest', () => {
    expect(actionForKey(key('a', { ctrlKey: true }))).toEqual({ type: 'select-all' });
    expect(actionForKey(key('Escape'))).toEqual({ type: 'clear-selection' });
    expect(actionForKey(key('ArrowLeft', { shiftKey: true }))).toEqual({ type: 'nudge', direction: 'left', large: true });
    expect(actionForKey(key('Delete'))).toEqual({ type: 'delete' });
    expect(actionForKey(key('?', { shiftKey: true }))).toEqual({ type: 'help' });
    expect(actionForKey(key('3'))).toEqual({ type: 'view', index: 2 });
    expect(actionForKey(key('x'))).toBeNull();
  });
});
