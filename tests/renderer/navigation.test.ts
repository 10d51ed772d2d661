import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Namespace } from '../../shared/i18n/namespaces.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { crumbsFor, currentScreen, navigate, parentOf, setLeaveGuard, type Screen } from '../../renderer/navigation.ts';

const P = 'patient-1';
let t: TFunction<Namespace[]>;
let fr: TFunction<Namespace[]>;
beforeAll(async () => {
  t = (await createTranslator('en')).t;
  fr = (await createTranslator('fr')).t;
});

describe('navigation', () => {
  it('gives every screen but the list a parent', () => {
    expect(parentOf({ name: 'patients' })).toBeNull();
    expect(parentOf({ name: 'patient-form', patientId: null })).toEqual({ name: 'patients' });
    expect(parentOf({ name: 'patient-form', patientId: P })).toEqual({ name: 'patient', patientId: P });
    expect(parentOf({ name: 'session', patientId: P, sessionId: 's' })).toEqual({ name: 'patient', patientId: P });
    expect(parentOf({ name: 'new-session', patientId: P })).toEqual({ name: 'patient', patientId: P });
  });
  it('builds the breadcrumb with known names, the current screen without a target', () => {
    const crumbs = crumbsFor(t, { name: 'session', patientId: P, sessionId: 's' }, { [P]: 'DUPONT, Marie' }, { s: '7 Mar 2025, 14:30' });
    expect(crumbs.map((c) => c.label)).toEqual(['Patients', 'DUPONT, Marie', '7 Mar 2025, 14:30']);
    expect(crumbs.map((c) => c.screen?.name ?? null)).toEqual(['patients', 'patient', null]);
    expect(crumbsFor(t, { name: 'patients' }, {})).toEqual([{ label: 'Patients', screen: null }]);
  });
  it('puts the compare view under its patient and lot recall under the list', () => {
    const compare: Screen = { name: 'compare', patientId: P, sessionIds: ['a', 'b'], courseId: null, mode: 'side' };
    expect(parentOf(compare)).toEqual({ name: 'patient', patientId: P });
    expect(crumbsFor(t, compare, { [P]: 'DUPONT, Marie' }).map((c) => c.label)).toEqual(['Patients', 'DUPONT, Marie', 'Compare sessions']);
    expect(crumbsFor(t, { name: 'compare', patientId: P, sessionIds: [], courseId: 'c', mode: 'course' }, {}).map((c) => c.label)).toEqual(['Patients', 'Patient', 'Course view']);
    expect(parentOf({ name: 'lot-recall' })).toEqual({ name: 'patients' });
    expect(crumbsFor(t, { name: 'lot-recall' }, {}).map((c) => c.label)).toEqual(['Patients', 'Lot recall']);
    expect(crumbsFor(fr, { name: 'lot-recall' }, {}).map((c) => c.label)).toEqual(['Patients', 'Rappel de lot']);
    expect(parentOf({ name: 'new-session', patientId: P, courseId: 'c' })).toEqual({ name: 'patient', patientId: P });
  });
  it('switches the current screen', () => {
    navigate({ name: 'patient', patientId: P });
    expect(currentScreen()).toEqual({ name: 'patient', patientId: P });
  });
  it('lets a screen with unsaved work hold navigation back, unless forced', () => {
    navigate({ name: 'patient-form', patientId: null });
    const asked: string[] = [];
    const release = setLeaveGuard((next) => {
      asked.push(next.name);
      return false;
    });
    navigate({ name: 'patients' });
    expect(currentScreen()).toEqual({ name: 'patient-form', patientId: null });
    expect(asked).toEqual(['patients']);
    navigate({ name: 'patients' }, { force: true });
    expect(currentScreen()).toEqual({ name: 'patients' });
    release();
    navigate({ name: 'patient', patientId: P });
    expect(currentScreen()).toEqual({ name: 'patient', patientId: P });
  });
});
