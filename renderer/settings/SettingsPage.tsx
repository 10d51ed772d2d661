import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { AuditPanel } from './AuditPanel.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { PractitionersPanel } from './PractitionersPanel.tsx';
import { PreferencesForm } from './PreferencesForm.tsx';
import './settings.css';

/** Settings & data: the clinic header, charting defaults, the lock, practitioners, backups, the audit trail. */
export function SettingsPage() {
  const loaded = useLoad(() => api.getSettings({}), []);
  return (
    <div className="screen settings">
      <div className="screen-header">
        <div>
          <ScreenHeading>Settings &amp; data</ScreenHeading>
          <p className="screen-subtitle">Preferences of this computer, practitioner profiles, backups of the records and the audit trail.</p>
        </div>
      </div>
      <nav className="settings__toc" aria-label="Sections">
        <a href="#settings-preferences">Clinic &amp; defaults</a>
        <a href="#settings-practitioners">Practitioners</a>
        <a href="#settings-backups">Backups</a>
        <a href="#settings-audit">Audit trail</a>
      </nav>
      {loaded.state === 'loading' ? <Loading what="the settings" /> : null}
      {loaded.state === 'error' ? <ErrorBanner title="The settings could not be loaded" message={loaded.error.message} onRetry={loaded.reload} /> : null}
      {loaded.state === 'ready' ? (
        <>
          <PreferencesForm settings={loaded.value} onSaved={loaded.reload} />
          <PractitionersPanel />
          <BackupsPanel keep={loaded.value.backups.keep} onRestored={loaded.reload} />
          <AuditPanel />
        </>
      ) : null}
    </div>
  );
}
