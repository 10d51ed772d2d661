import { useTranslation } from 'react-i18next';
import { crumbsFor, navigate, parentOf, useNavigationState } from '../navigation.ts';
import { useStatus } from '../status.ts';
import { requestLock, useAccessView } from '../access/accessStore.ts';
import { initials } from '../access/LockScreen.tsx';
import { useFormat } from '../i18n/locale.ts';

/**
 * App name, Back, the breadcrumb trail, and the status line of the last thing that happened. The status
 * line has only the room the breadcrumb leaves (styles.css: .topbar__status): it gives way first.
 */
export function TopBar({ version }: { version: string | null }) {
  const { t } = useTranslation('common');
  const format = useFormat();
  const { screen, patientNames, sessionLabels } = useNavigationState();
  const crumbs = crumbsFor(t, screen, patientNames, sessionLabels);
  const parent = parentOf(screen);
  const status = useStatus();
  const access = useAccessView();
  const practitioner = access.phase === 'unlocked' ? access.current.displayName : null;
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true" />
        <span className="topbar__name">MesoChart</span>
      </div>
      <nav className="topbar__nav" aria-label={t('shell.breadcrumb')}>
        <button
          type="button"
          className="button button--ghost button--small topbar__back"
          onClick={() => parent && navigate(parent)}
          disabled={!parent}
          aria-keyshortcuts="Alt+ArrowLeft"
          title={t('shell.backTitle')}
        >
          <span aria-hidden="true">←</span> {t('back')}
        </button>
        <ol className="breadcrumb">
          {crumbs.map((crumb, i) => (
            <li key={i} className="breadcrumb__item">
              {crumb.screen ? (
                <a
                  href="#"
                  className="breadcrumb__link"
                  // A long patient name may be cut with an ellipsis to leave the others their room: whole here.
                  title={crumb.label}
                  onClick={(e) => {
                    e.preventDefault();
                    if (crumb.screen) navigate(crumb.screen);
                  }}
                >
                  {crumb.label}
                </a>
              ) : (
                <span aria-current="page" className="breadcrumb__current">
                  {crumb.label}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="topbar__status" role="status" aria-live="polite">
        {status ? (
          <span className={`status status--${status.tone}`}>
            <span className="status__dot" aria-hidden="true" />
            {status.text}
            <span className="status__time"> · {format.time(status.at.toTimeString().slice(0, 5))}</span>
          </span>
        ) : (
          <span className="status status--idle">{version ? t('shell.readyVersion', { version: /^\d/.test(version) ? `v${version}` : version }) : t('shell.ready')}</span>
        )}
      </div>
      {practitioner ? (
        <div className="topbar__who">
          <span className="topbar__practitioner" title={t('shell.workingAs', { name: practitioner })}>
            <span className="profile__avatar" aria-hidden="true">
              {initials(practitioner)}
            </span>
            <span>
              <span className="visually-hidden">{t('shell.workingAsHidden')}</span>
              {practitioner}
            </span>
          </span>
          {SHELL_SCREENS.map((link) => (
            <button
              key={link.screen}
              type="button"
              className="button button--ghost button--small"
              onClick={() => navigate({ name: link.screen })}
              aria-current={screen.name === link.screen || (link.also as readonly string[]).includes(screen.name) ? 'page' : undefined}
              title={link.title ? t(link.title) : undefined}
              data-screen={link.screen}
            >
              {t(link.label)}
            </button>
          ))}
          <button type="button" className="button button--small" onClick={() => requestLock('manual')} title={t('shell.lockNowTitle')} data-testid="lock-now">
            <LockIcon /> {t('shell.lockNow')}
          </button>
        </div>
      ) : null}
    </header>
  );
}

/**
 * The screens the top bar opens, in its order, each with the screens it stands for (the stock is opened from
 * the products: a narrow window keeps its breadcrumb whole).
 */
const SHELL_SCREENS = [
  { screen: 'products', also: ['stock'], label: 'shell.products', title: 'shell.productsTitle' },
  { screen: 'settings', also: [], label: 'shell.settings', title: null },
] as const;

function LockIcon() {
  return (
    <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
      <rect x="1" y="6" width="10" height="7.5" rx="1.5" fill="currentColor" />
      <path d="M3.2 6V4.2a2.8 2.8 0 0 1 5.6 0V6" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
