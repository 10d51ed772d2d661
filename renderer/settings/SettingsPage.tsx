import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useLoad } from '../useLoad.ts';
import { AuditPanel } from './AuditPanel.tsx';
import { AuditLogPanel } from './AuditLogPanel.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { PractitionersPanel } from './PractitionersPanel.tsx';
import { PreferencesForm } from './PreferencesForm.tsx';
import { NeedleCataloguePanel } from './NeedleCataloguePanel.tsx';
import './settings.css';

/** Settings & data: the clinic header, language and time zone, charting defaults, the lock, practitioners, backups, the audit trail. */
export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const loaded = useLoad(() => api.getSettings({}), []);
  return (
    <div className="screen settings">
      <div className="screen-header">
        <div>
          <ScreenHeading>{t('page.title')}</ScreenHeading>
          <p className="screen-subtitle">{t('page.subtitle')}</p>
        </div>
      </div>
      <nav className="settings__toc" aria-label={t('page.sections')}>
        <a href="#settings-preferences">{t('page.tocPreferences')}</a>
        <a href="#settings-practitioners">{t('page.tocPractitioners')}</a>
        <a href="#settings-backups">{t('page.tocBackups')}</a>
        <a href="#settings-audit">{t('page.tocAudit')}</a>
      </nav>
      {loaded.state === 'loading' ? <Loading text={t('page.loading')} /> : null}
      {loaded.state === 'error' ? <ErrorBanner title={t('page.loadFailed')} message={errorText(t, loaded.error)} onRetry={loaded.reload} /> : null}
      {loaded.state === 'ready' ? (
        <>
          <PreferencesForm settings={loaded.value} onSaved={loaded.reload} />
          <NeedleCataloguePanel settings={loaded.value} onSaved={loaded.reload} />
          <PractitionersPanel />
          <BackupsPanel keep={loaded.value.backups.keep} onRestored={loaded.reload} />
          <AuditPanel />
          <AuditLogPanel />
        </>
      ) : null}
    </div>
  );
}
