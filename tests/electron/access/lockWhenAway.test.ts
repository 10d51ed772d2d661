import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { lockWhenAway } from '../../../electron/access/lockWhenAway.ts';
import { testAccess } from './fixtures.ts';

describe('locking when the practitioner is away', () => {
  it.each(['lock-screen', 'suspend'])('locks on %s', (event) => {
    const monitor = new EventEmitter();
    const access = testAccess({ name: 'Dr Hélène Dubois' });
    lockWhenAway(monitor, () => access.lock());
    expect(access.current()).not.toBeNull();
    monitor.emit(event);
    expect(access.current()).toBeNull();
  });

  it('ignores the other power events, and stops listening when asked', () => {
    const monitor = new EventEmitter();
    let locks = 0;
    const stop = lockWhenAway(monitor, () => (locks += 1));
    for (const event of ['resume', 'unlock-screen', 'on-ac', 'on-battery', 'user-did-become-active']) monitor.emit(event);
    expect(locks).toBe(0);
    monitor.emit('suspend');
    expect(locks).toBe(1);
    stop();
    monitor.emit('suspend');
    monitor.emit('lock-screen');
    expect(locks).toBe(1);
    expect(monitor.listenerCount('suspend') + monitor.listenerCount('lock-screen')).toBe(0);
  });
});
