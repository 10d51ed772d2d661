import { crumbsFor, navigate, parentOf, useNavigationState } from '../navigation.ts';
import { useStatus } from '../status.ts';
import { requestLock, useAccessView } from '../access/accessStore.ts';
import { initials } from '../access/LockScreen.tsx';

/** App name, Back, the breadcrumb trail, and the status line of the last thing that happened. */
export function TopBar({ version }: { version: string | null }) {
  const { screen, patientNames, sessionLabels } = useNavigationState();
  const crumbs = crumbsFor(screen, patientNames, sessionLabels);
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
      <nav className="topbar__nav" aria-label="Breadcrumb">
        <button
          type="button"
          className="button button--ghost button--small topbar__back"
          onClick={() => parent && navigate(parent)}
          disabled={!parent}
          aria-keyshortcuts="Alt+ArrowLeft"
          title="Back (Alt+←)"
        >
          <span aria-hidden="true">←</span> Back
        </button>
        <ol className="breadcrumb">
          {crumbs.map((crumb, i) => (
            <li key={i} className="breadcrumb__item">
              {crumb.screen ? (
                <a
                  href="#"
                  className="breadcrumb__link"
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
            <span className="status__time"> · {status.at.toTimeString().slice(0, 5)}</span>
          </span>
        ) : (
          <span className="status status--idle">{version ? `Ready · ${/^\d/.test(version) ? `v${version}` : version}` : 'Ready'}</span>
        )}
      </div>
      {practitioner ? (
        <div className="topbar__who">
          <span className="topbar__practitioner" title={`Working as ${practitioner}`}>
            <span className="profile__avatar" aria-hidden="true">
              {initials(practitioner)}
            </span>
            <span>
              <span className="visually-hidden">Working as </span>
              {practitioner}
            </span>
          </span>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => navigate({ name: 'settings' })}
            aria-current={screen.name === 'settings' ? 'page' : undefined}
          >
            Settings
          </button>
          <button type="button" className="button button--small" onClick={() => requestLock('manual')} title="Lock MesoChart now (your work is saved first)">
            <LockIcon /> Lock now
          </button>
        </div>
      ) : null}
    </header>
  );
}

function LockIcon() {
  return (
    <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
      <rect x="1" y="6" width="10" height="7.5" rx="1.5" fill="currentColor" />
      <path d="M3.2 6V4.2a2.8 2.8 0 0 1 5.6 0V6" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
