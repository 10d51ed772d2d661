import { useSyncExternalStore } from 'react';
import type { Autosave } from '../editor/autosave.ts';

const TEXT = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', error: 'Not saved' } as const;

/** The autosave state beside the map tools: saved / saving / unsaved / error with the reason and Retry. */
export function SaveStatusView({ autosave }: { autosave: Autosave }) {
  const status = useSyncExternalStore(
    (l) => autosave.subscribe(l),
    () => autosave.status,
  );
  return (
    <div className={`save-status save-status--${status.state}`} role="status" aria-live="polite" data-testid="save-status" data-state={status.state}>
      <span className="save-status__dot" aria-hidden="true" />
      <span>{TEXT[status.state]}</span>
      {status.state === 'error' ? (
        <>
          <span className="save-status__message">{status.message}</span>
          {status.code !== 'locked' ? (
            <button type="button" className="map-button map-button--small" onClick={() => void autosave.retry()}>
              Retry
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
