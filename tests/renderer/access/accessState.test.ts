import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Namespace } from '../../../shared/i18n/namespaces.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { defaultProfileChoice, lockMessage, newPassphraseProblems, viewOf } from '../../../renderer/access/accessState.ts';
import { IdleTimer } from '../../../renderer/access/idleTimer.ts';
import { initials } from '../../../renderer/access/LockScreen.tsx';

const p = (id: string, displayName: string, disabled = false) => ({ id, displayName, createdAt: '2026-01-01T00:00:00.000Z', disabled, language: null, registration: null, qualification: '' });

let t: TFunction<Namespace[]>;
let fr: TFunction<Namespace[]>;
beforeAll(async () => {
  t = (await createTranslator('en')).t;
  fr = (await createTranslator('fr')).t;
});

describe('what the window shows', () => {
  it('first run without profiles, unlocked with a current practitioner, locked otherwise', () => {
    expect(viewOf({ practitioners: [], current: null, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null }, 'start')).toEqual({ phase: 'first-run' });
    const a = p('a', 'Dr A');
    expect(viewOf({ practitioners: [a], current: a, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null }, 'start')).toMatchObject({ phase: 'unlocked', current: a, idleMinutes: 10, recoveryKey: null });
    expect(viewOf({ practitioners: [a], current: null, idleMinutes: 7, recoveryKeyToShow: null, sealingProblem: null }, 'idle')).toEqual({ phase: 'locked', practitioners: [a], reason: 'idle', idleMinutes: 7 });
  });

  it('says why it is locked', () => {
    expect(lockMessage(t, 'idle', 1)).toMatch(/after 1 minute without/);
    expect(lockMessage(t, 'idle', 10)).toMatch(/after 10 minutes without/);
    expect(lockMessage(t, 'manual', 10)).toMatch(/saved before locking/);
    expect(lockMessage(t, 'idle', null)).toMatch(/after some minutes without/);
    expect(lockMessage(fr, 'idle', 1)).toMatch(/après 1 minute d’inactivité/);
    expect(lockMessage(fr, 'idle', 10)).toMatch(/après 10 minutes d’inactivité/);
  });

  it('selects whoever was working, else the first enabled profile, never a disabled one', () => {
    const list = [p('a', 'Dr A', true), p('b', 'Dr B'), p('c', 'Dr C')];
    expect(defaultProfileChoice(list, 'c')).toBe('c');
    expect(defaultProfileChoice(list, 'a')).toBe('b');
    expect(defaultProfileChoice(list, null)).toBe('b');
    expect(defaultProfileChoice([p('a', 'Dr A', true)], null)).toBeNull();
  });

  it('checks a new passphrase: length, twice the same, not the name', () => {
    expect(newPassphraseProblems(t, { displayName: 'Dr A', passphrase: 'long enough passphrase', confirm: 'long enough passphrase' })).toEqual([]);
    expect(newPassphraseProblems(t, { displayName: ' ', passphrase: 'short', confirm: 'shorter' }).map((x) => x.field)).toEqual(['displayName', 'passphrase', 'confirm']);
    expect(newPassphraseProblems(t, { displayName: 'Dr Hélène Dubois', passphrase: 'dr hélène dubois', confirm: 'dr hélène dubois' })).toMatchObject([{ field: 'passphrase', message: expect.stringContaining('name') }]);
    expect(newPassphraseProblems(t, { passphrase: '123456789', confirm: '123456789' })[0]?.message).toMatch(/at least 10 characters \(9 so far\)/);
    expect(newPassphraseProblems(fr, { passphrase: '123456789', confirm: '123456789' })[0]?.message).toMatch(/au moins 10 caractères \(9 pour l’instant\)/);
  });

  it('makes initials without titles', () => {
    expect(initials('Dr Hélène Dubois')).toBe('HD');
    expect(initials('Dr Test')).toBe('T');
    expect(initials('Ólafur Arnalds')).toBe('ÓA');
  });
});

describe('idle timer (injected clock and scheduler)', () => {
  function harness(idleMs = 10_000, reportEveryMs = 3_000) {
    let now = 0;
    const timers: { at: number; run: () => void }[] = [];
    const events: string[] = [];
    const timer = new IdleTimer({
      idleMs,
      reportEveryMs,
      now: () => now,
      schedule: (run, ms) => {
        const t = { at: now + ms, run };
        timers.push(t);
        return t;
      },
      cancel: (t) => timers.splice(timers.indexOf(t as never), 1),
      onIdle: () => events.push(`idle@${now}`),
      onReport: () => events.push(`report@${now}`),
    });
    /** Moves the clock, firing due timers in order. */
    const advance = (ms: number) => {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        now = next.at;
        next.run();
      }
      now = end;
    };
    return { timer, events, advance, pending: () => timers.length };
  }

  it('fires once after the idle time without activity', () => {
    const { events, advance, pending } = harness();
    advance(9_999);
    expect(events).toEqual([]);
    advance(1);
    expect(events).toEqual(['idle@10000']);
    advance(60_000);
    expect(events).toEqual(['idle@10000']);
    expect(pending()).toBe(0);
  });

  it('counts from the last activity, and reports activity at most every reportEveryMs, the last of it too', () => {
    const { timer, events, advance } = harness();
    advance(2_000);
    timer.activity(); // 2 s: only 2 s since the start → reported when the interval ends, at 3 s
    advance(2_000);
    expect(events).toEqual(['report@3000']);
    timer.activity(); // 4 s: 1 s since that report → at 6 s
    advance(1_000);
    timer.activity(); // 5 s: already planned for 6 s
    advance(1_000);
    expect(events).toEqual(['report@3000', 'report@6000']);
    timer.activity(); // 6 s, 0 s after it → at 9 s
    advance(3_000);
    expect(events).toEqual(['report@3000', 'report@6000', 'report@9000']);
    advance(6_999);
    timer.activity(); // 15.999 s: more than 3 s since the last report → at once
    expect(events).toEqual(['report@3000', 'report@6000', 'report@9000', 'report@15999']);
    advance(9_999);
    expect(events.at(-1)).toBe('report@15999');
    advance(1);
    expect(events.at(-1)).toBe('idle@25999');
  });

  it('stops: no lock after stop, and activity is ignored', () => {
    const { timer, events, advance, pending } = harness();
    timer.stop();
    timer.activity();
    advance(60_000);
    expect(events).toEqual([]);
    expect(pending()).toBe(0);
  });
});
