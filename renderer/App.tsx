import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api.ts';
import { Loading } from './components/Loading.tsx';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary.tsx';
import { TopBar } from './components/TopBar.tsx';
import { currentScreen, navigate, parentOf, useScreen, type Screen } from './navigation.ts';
import { PatientList } from './patients/PatientList.tsx';
import { AccessGate } from './access/AccessGate.tsx';
import { SealingProblemNotice } from './access/SealingProblemNotice.tsx';
import { SetAsideNotice } from './sessions/SetAsideNotice.tsx';
import { lazyScreen } from './lazyScreen.ts';

// The patient list is the first screen; the others (the chart and its canvas above all) are read after
// it (usePreloadScreens) or when first opened, so that the first screen does not wait on their code
// (bench ui.first_screen_ms).
const PatientForm = lazyScreen(() => import('./patients/PatientForm.tsx').then((m) => ({ default: m.PatientForm })));
const PatientPage = lazyScreen(() => import('./patients/PatientPage.tsx').then((m) => ({ default: m.PatientPage })));
const NewSessionForm = lazyScreen(() => import('./sessions/NewSessionForm.tsx').then((m) => ({ default: m.NewSessionForm })));
const SessionPage = lazyScreen(() => import('./sessions/SessionPage.tsx').then((m) => ({ default: m.SessionPage })));
const SettingsPage = lazyScreen(() => import('./settings/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })));
const ComparePage = lazyScreen(() => import('./compare/ComparePage.tsx').then((m) => ({ default: m.ComparePage })));
const LotRecallPage = lazyScreen(() => import('./recall/LotRecallPage.tsx').then((m) => ({ default: m.LotRecallPage })));
const RecallsPage = lazyScreen(() => import('./recall/RecallsPage.tsx').then((m) => ({ default: m.RecallsPage })));
const RecallPage = lazyScreen(() => import('./recall/RecallPage.tsx').then((m) => ({ default: m.RecallPage })));
const ProductCataloguePage = lazyScreen(() => import('./products/ProductCataloguePage.tsx').then((m) => ({ default: m.ProductCataloguePage })));
const StockPage = lazyScreen(() => import('./stock/StockPage.tsx').then((m) => ({ default: m.StockPage })));
const LAZY_SCREENS = [PatientForm, PatientPage, NewSessionForm, SessionPage, SettingsPage, ComparePage, LotRecallPage, RecallsPage, RecallPage, ProductCataloguePage, StockPage];

/** Long enough for the first screen's own loads (bench ui.first_screen_ms, about 0.3 s) to be done. */
const PRELOAD_AFTER_MS = 1000;

/**
 * The other screens' code read while the practitioner unlocks or looks at the first screen, so that
 * opening one draws it at once (lazyScreen). A read that fails here is tried again when the screen opens.
 */
function usePreloadScreens(): void {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      for (const screen of LAZY_SCREENS) screen.preload().catch(() => undefined);
    }, PRELOAD_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
}

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen.name) {
    case 'patients':
      return <PatientList />;
    case 'patient-form':
      return <PatientForm patientId={screen.patientId} />;
    case 'patient':
      return <PatientPage patientId={screen.patientId} />;
    case 'new-session':
      return <NewSessionForm patientId={screen.patientId} {...(screen.courseId ? { courseId: screen.courseId } : {})} />;
    case 'session':
      return <SessionPage patientId={screen.patientId} sessionId={screen.sessionId} />;
    case 'settings':
      return <SettingsPage />;
    case 'compare':
      return <ComparePage patientId={screen.patientId} sessionIds={screen.sessionIds} courseId={screen.courseId} mode={screen.mode} />;
    case 'lot-recall':
      return <LotRecallPage />;
    case 'recalls':
      return <RecallsPage />;
    case 'recall':
      return <RecallPage recallId={screen.recallId} />;
    case 'products':
      return <ProductCataloguePage />;
    case 'stock':
      return <StockPage />;
  }
}

/** Shortcuts that work on every screen: Ctrl+N new patient, Alt+← back. */
function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        const screen = currentScreen();
        if (!(screen.name === 'patient-form' && screen.patientId === null)) navigate({ name: 'patient-form', patientId: null });
      } else if (e.altKey && e.key === 'ArrowLeft') {
        const parent = parentOf(currentScreen());
        if (parent) {
          e.preventDefault();
          navigate(parent);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  const { t } = useTranslation('common');
  const screen = useScreen();
  const [version, setVersion] = useState<string | null>(null);
  useGlobalShortcuts();
  usePreloadScreens();
  useEffect(() => {
    api.appInfo({}).then(
      (info) => setVersion(info.version),
      () => setVersion(null),
    );
  }, []);
  return (
    <AccessGate>
      <div className="app">
        <a
          className="skip-link"
          href="#main"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {t('shell.skipToContent')}
        </a>
        <TopBar version={version} />
        <main id="main" className="main" tabIndex={-1}>
          <SealingProblemNotice />
          <SetAsideNotice />
          <ScreenErrorBoundary key={JSON.stringify(screen)} onLeave={() => navigate(parentOf(screen) ?? { name: 'patients' }, { force: true })}>
            <Suspense fallback={<Loading />}>
              <ScreenView screen={screen} />
            </Suspense>
          </ScreenErrorBoundary>
        </main>
      </div>
    </AccessGate>
  );
}
