import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api.ts';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary.tsx';
import { TopBar } from './components/TopBar.tsx';
import { currentScreen, navigate, parentOf, useScreen, type Screen } from './navigation.ts';
import { PatientForm } from './patients/PatientForm.tsx';
import { PatientList } from './patients/PatientList.tsx';
import { PatientPage } from './patients/PatientPage.tsx';
import { NewSessionForm } from './sessions/NewSessionForm.tsx';
import { SessionPage } from './sessions/SessionPage.tsx';
import { AccessGate } from './access/AccessGate.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import { ComparePage } from './compare/ComparePage.tsx';
import { LotRecallPage } from './recall/LotRecallPage.tsx';

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
          <ScreenErrorBoundary key={JSON.stringify(screen)} onLeave={() => navigate(parentOf(screen) ?? { name: 'patients' }, { force: true })}>
            <ScreenView screen={screen} />
          </ScreenErrorBoundary>
        </main>
      </div>
    </AccessGate>
  );
}
