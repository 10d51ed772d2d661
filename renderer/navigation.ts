import type { TFunction } from 'i18next';
import type { Namespace } from '../shared/i18n/namespaces.ts';
import { create } from 'zustand';

/**
 * Which screen is showing. A small zustand store: screens call `navigate`, the App renders
 * whatever `useScreen` returns. No history stack: every screen has one parent (see `parentOf`),
 * which the breadcrumb and the Back button use.
 */
export type Screen =
  | { name: 'patients' }
  | { name: 'patient-form'; patientId: string | null }
  | { name: 'patient'; patientId: string }
  | { name: 'new-session'; patientId: string; /** Numbered within this course. */ courseId?: string }
  | { name: 'session'; patientId: string; sessionId: string }
  | { name: 'compare'; patientId: string; sessionIds: string[]; courseId: string | null; mode: CompareMode }
  | { name: 'lot-recall' }
  | { name: 'recalls' }
  | { name: 'recall'; recallId: string }
  | { name: 'products' }
  | { name: 'stock' }
  | { name: 'settings' };

/** Side by side, an earlier session as a ghost under a later one, or every session of a course on one map. */
export type CompareMode = 'side' | 'overlay' | 'course';

export type Crumb = { label: string; screen: Screen | null };

type State = {
  screen: Screen;
  /** Display names of patients seen so far, for the breadcrumb ("DUPONT, Marie"). */
  patientNames: Readonly<Record<string, string>>;
  /** Labels of sessions seen so far ("12 Mar 2025, 14:30"). */
  sessionLabels: Readonly<Record<string, string>>;
};

const useNavigation = create<State>(() => ({ screen: { name: 'patients' }, patientNames: {}, sessionLabels: {} }));

/** A screen with unsaved work may hold navigation back: it answers false and asks the user itself. */
export type LeaveGuard = (next: Screen) => boolean;
let leaveGuard: LeaveGuard | null = null;

export function setLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

/** Shows a screen, unless the current one holds navigation back (`force` skips the guard: after a save, or "Discard"). */
export function navigate(screen: Screen, options: { force?: boolean } = {}): void {
  if (!options.force && leaveGuard && !leaveGuard(screen)) return;
  leaveGuard = null;
  useNavigation.setState({ screen });
}

export function currentScreen(): Screen {
  return useNavigation.getState().screen;
}

export function rememberPatientName(id: string, name: string): void {
  const { patientNames } = useNavigation.getState();
  if (patientNames[id] === name) return;
  useNavigation.setState({ patientNames: { ...patientNames, [id]: name } });
}

export function rememberSessionLabel(id: string, label: string): void {
  const { sessionLabels } = useNavigation.getState();
  if (sessionLabels[id] === label) return;
  useNavigation.setState({ sessionLabels: { ...sessionLabels, [id]: label } });
}

export function useScreen(): Screen {
  return useNavigation((state) => state.screen);
}

export function useNavigationState(): State {
  return useNavigation();
}

/** The screen one level up, or null on the patient list. */
export function parentOf(screen: Screen): Screen | null {
  switch (screen.name) {
    case 'patients':
      return null;
    case 'settings':
      return { name: 'patients' };
    case 'patient-form':
      return screen.patientId ? { name: 'patient', patientId: screen.patientId } : { name: 'patients' };
    case 'patient':
      return { name: 'patients' };
    case 'new-session':
    case 'session':
    case 'compare':
      return { name: 'patient', patientId: screen.patientId };
    case 'lot-recall':
    case 'products':
      return { name: 'patients' };
    case 'recalls':
      return { name: 'lot-recall' };
    case 'recall':
      return { name: 'recalls' };
    case 'stock':
      return { name: 'products' };
  }
}

/** The breadcrumb trail, from the patient list to the current screen (whose crumb has no target). */
export function crumbsFor(
  t: TFunction<Namespace[]>,
  screen: Screen,
  names: Readonly<Record<string, string>>,
  sessionLabels: Readonly<Record<string, string>> = {},
): Crumb[] {
  const patients: Crumb = { label: t('common:crumbs.patients'), screen: { name: 'patients' } };
  const patient = (id: string): Crumb => ({ label: names[id] ?? t('common:crumbs.patient'), screen: { name: 'patient', patientId: id } });
  const here = (crumbs: Crumb[]): Crumb[] => {
    const last = crumbs[crumbs.length - 1];
    if (last) last.screen = null;
    return crumbs;
  };
  switch (screen.name) {
    case 'patients':
      return here([patients]);
    case 'settings':
      return here([patients, { label: t('common:crumbs.settings'), screen: null }]);
    case 'patient-form':
      return screen.patientId
        ? here([patients, patient(screen.patientId), { label: t('common:crumbs.edit'), screen: null }])
        : here([patients, { label: t('common:crumbs.newPatient'), screen: null }]);
    case 'patient':
      return here([patients, patient(screen.patientId)]);
    case 'new-session':
      return here([patients, patient(screen.patientId), { label: t('common:crumbs.newSession'), screen: null }]);
    case 'session':
      return here([patients, patient(screen.patientId), { label: sessionLabels[screen.sessionId] ?? t('common:crumbs.session'), screen: null }]);
    case 'compare':
      return here([patients, patient(screen.patientId), { label: screen.mode === 'course' ? t('common:crumbs.courseView') : t('common:crumbs.compare'), screen: null }]);
    case 'lot-recall':
      return here([patients, { label: t('common:crumbs.lotRecall'), screen: null }]);
    case 'recalls':
      return here([patients, { label: t('common:crumbs.lotRecall'), screen: { name: 'lot-recall' } }, { label: t('records:recalls.nav'), screen: null }]);
    case 'recall':
      return here([
        patients,
        { label: t('common:crumbs.lotRecall'), screen: { name: 'lot-recall' } },
        { label: t('records:recalls.nav'), screen: { name: 'recalls' } },
        { label: t('records:recalls.crumb'), screen: null },
      ]);
    case 'products':
      return here([patients, { label: t('common:crumbs.products'), screen: null }]);
    case 'stock':
      return here([patients, { label: t('common:crumbs.products'), screen: { name: 'products' } }, { label: t('common:crumbs.stock'), screen: null }]);
  }
}
