import { describe, expect, it } from 'vitest';
import { NEEDLES } from '../../shared/needles.ts';
import { DEFAULT_SETTINGS, settingsPatchSchema, settingsProblem, settingsSchema } from '../../shared/settings.ts';

describe('a settings file written by an earlier version', () => {
  it('reads with the shipped catalogue, the default range 4–6 mm and a technique of today’s list', () => {
    const old = settingsSchema.parse({ depthRange: { min: 4, max: 6 }, defaults: { depthMm: 4, needle: '30G-4mm', technique: 'point' } });
    expect(old.needles.map((n) => n.id)).toEqual(NEEDLES.map((n) => n.id));
    expect(old.defaults.technique).toBe('point-by-point');
    expect(DEFAULT_SETTINGS.depthRange).toEqual({ min: 4, max: 6 });
    expect(DEFAULT_SETTINGS.defaults.technique).toBe('point-by-point');
  });

  it('maps the earlier "subcutaneous (IDP)" default to deep intradermal', () => {
    expect(settingsSchema.parse({ defaults: { depthMm: 4, needle: '30G-4mm', technique: 'subcutaneous' } }).defaults.technique).toBe('deep-intradermal');
  });

  it('brings depths the earlier bound allowed (up to 20 mm) to 13 mm rather than setting the file aside', () => {
    const old = settingsSchema.parse({ depthRange: { min: 4, max: 20 }, defaults: { depthMm: 15, needle: '30G-13mm', technique: 'nappage' } });
    expect(old.depthRange).toEqual({ min: 4, max: 13 });
    expect(old.defaults.depthMm).toBe(13);
  });

  it('still refuses what was never valid', () => {
    expect(settingsSchema.safeParse({ depthRange: { min: 4, max: 21 } }).success).toBe(false);
    expect(settingsSchema.safeParse({ depthRange: { min: 0.2, max: 6 } }).success).toBe(false);
  });

  it('a change from the screens is held to today’s bounds (no silent clamp)', () => {
    expect(settingsPatchSchema.safeParse({ depthRange: { min: 0.5, max: 13 } }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ depthRange: { min: 4, max: 15 } }).success).toBe(false);
    // A patch names what changes and nothing else: no group it leaves out comes back filled with defaults.
    expect(settingsPatchSchema.parse({ lock: { idleMinutes: 15 } })).toEqual({ lock: { idleMinutes: 15 } });
    expect(Object.keys(settingsPatchSchema.parse({ defaults: undefined, lock: { idleMinutes: 15 } }))).toEqual(['lock']);
    expect(settingsPatchSchema.safeParse({ defaults: { depthMm: 4, needle: '30G-4mm', technique: 'point' } }).success).toBe(false);
  });
});

describe('the defaults make a valid new point', () => {
  it('the default needle is in the catalogue and not retired', () => {
    const retired = NEEDLES.map((n) => ({ ...n, retired: n.id === '30G-4mm' }));
    expect(settingsProblem({ ...DEFAULT_SETTINGS, needles: retired })).toEqual({ field: 'defaults.needle', reason: 'needle-retired', params: { needle: '30G-4mm' } });
    expect(settingsProblem({ ...DEFAULT_SETTINGS, defaults: { ...DEFAULT_SETTINGS.defaults, needle: '33G-2mm' } })).toMatchObject({ field: 'defaults.needle', reason: 'not-in-catalogue' });
  });

  it('the default depth is no deeper than the default needle is long', () => {
    expect(settingsProblem({ ...DEFAULT_SETTINGS, defaults: { ...DEFAULT_SETTINGS.defaults, depthMm: 6 } })).toEqual({
      field: 'defaults.depthMm',
      reason: 'default-deeper-than-needle',
      params: { maximum: 4, unit: 'mm', needle: '30G-4mm' },
    });
    expect(settingsProblem({ ...DEFAULT_SETTINGS, defaults: { ...DEFAULT_SETTINGS.defaults, depthMm: 6, needle: '30G-6mm' } })).toBeNull();
    expect(settingsProblem(DEFAULT_SETTINGS)).toBeNull();
  });
});
