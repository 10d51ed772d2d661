import { crumbsFor, navigate, parentOf, useNavigationState } from '../navigation.ts';
import { useStatus } from '../status.ts';

/** App name, Back, the breadcrumb trail, and the status line of the last thing that happened. */
export function TopBar({ version }: { version: string | null }) {
  const { screen, patientNames, sessionLabels } = useNavigationState();
  const crumbs = crumbsFor(screen, patientNames, sessionLabels);
  const parent = parentOf(screen);
  const status = useStatus();
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
    </header>
  );
}
