import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { tempDir } from './fixtures.ts';

describe('the store holder', () => {
  it('opens the store again on its file after it was closed for a restore, and only then', () => {
    const path = join(tempDir(), 'records.sqlite');
    const first = openRecordStore(path);
    const holder = holdStore(first, () => openRecordStore(path));
    expect(holder.canReopen).toBe(true);
    expect(holder.reopenIfClosed()).toBe(false);
    expect(holder.current()).toBe(first);
    holder.closeForRestore();
    expect(() => first.listPractitioners()).toThrow();
    expect(holder.reopenIfClosed()).toBe(true);
    expect(holder.current()).not.toBe(first);
    expect(holder.current().listPractitioners()).toEqual([]);
    expect(holder.reopenIfClosed()).toBe(false);
    holder.current().close();
  });

  it('says restores are not available when it cannot reopen', () => {
    const store = openRecordStore(':memory:');
    const holder = holdStore(store);
    expect(holder.canReopen).toBe(false);
    holder.closeForRestore();
    expect(holder.reopenIfClosed()).toBe(false);
  });
});
