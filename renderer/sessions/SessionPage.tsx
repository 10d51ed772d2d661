import { indicationLabel } from '../../shared/indications.ts';
import { needleLabel } from '../../shared/needles.ts';
import type { Session } from '../../shared/session.ts';
import { TECHNIQUES } from '../../shared/techniques.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { formatDate, plural } from '../format.ts';
import { navigate, rememberSessionLabel } from '../navigation.ts';
import { useLoad } from '../useLoad.ts';
import { sessionLabel } from './sessionFormState.ts';

function techniqueLabel(id: Session['defaultTechnique']): string {
  return TECHNIQUES.find((t) => t.id === id)?.label ?? id;
}

function injectorLabel(injector: Session['injector']): string {
  return injector.kind === 'single' ? 'Single needle' : `Multi-injector, ${plural(injector.needleCount, 'needle')}`;
}

/**
 * A session as stored, read back from the main process. The chart (body, face and scalp maps with
 * the injection points) takes the marked place in a later issue.
 */
export function SessionPage({ patientId, sessionId }: { patientId: string; sessionId: string }) {
  const loaded = useLoad(async () => {
    const s = await api.getSession({ id: sessionId });
    rememberSessionLabel(s.id, sessionLabel(s));
    return s;
  }, [sessionId]);
  if (loaded.state === 'loading') return <Loading what="the session" />;
  if (loaded.state === 'error') {
    return (
      <div className="screen">
        <ScreenHeading>Session</ScreenHeading>
        <ErrorBanner title="The session could not be opened" message={loaded.error.message} onRetry={loaded.reload} autoFocus />
        <p>
          <button type="button" className="button" onClick={() => navigate({ name: 'patient', patientId })}>
            Back to the patient
          </button>
        </p>
      </div>
    );
  }
  const s = loaded.value;
  const signed = s.status === 'signed';
  return (
    <div className="screen screen--session">
      <div className="screen-header">
        <div>
          <ScreenHeading className="screen-title--with-badge">
            Session of {formatDate(s.date)}, {s.time}{' '}
            <Badge tone={signed ? 'success' : 'draft'}>{signed ? 'Signed' : 'Draft'}</Badge>
          </ScreenHeading>
          <p className="screen-subtitle">
            {indicationLabel(s.indication)} · {s.practitioner}
            {s.numberInCourse !== null ? ` · session ${s.numberInCourse} of its course` : ''}
          </p>
        </div>
      </div>

      <div className="session-layout">
        <section className="map-slot" aria-labelledby="map-slot-title">
          <h2 className="map-slot__title" id="map-slot-title">
            Injection chart
          </h2>
          <p className="map-slot__text">
            The map editor (body front and back, face, scalp) goes here: it arrives with the charting feature.
          </p>
          <p className="map-slot__text muted">
            This draft has {plural(s.points.length, 'charted point')}. Nothing is drawn here until the editor exists.
          </p>
        </section>

        <section className="panel session-details" aria-labelledby="session-details-title">
          <h2 className="panel__title" id="session-details-title">
            Details
          </h2>
          <dl className="details">
            <dt>Date</dt>
            <dd>{formatDate(s.date)}</dd>
            <dt>Time</dt>
            <dd>{s.time}</dd>
            <dt>Practitioner</dt>
            <dd>{s.practitioner}</dd>
            <dt>Indication</dt>
            <dd>{indicationLabel(s.indication)}</dd>
            <dt>Treated areas</dt>
            <dd>
              <ul className="tag-list">
                {s.treatedAreas.map((a) => (
                  <li key={a} className="tag">
                    {a}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Technique</dt>
            <dd>{techniqueLabel(s.defaultTechnique)}</dd>
            <dt>Needle</dt>
            <dd>{needleLabel(s.defaultNeedle)}</dd>
            <dt>Injector</dt>
            <dd>{injectorLabel(s.injector)}</dd>
            <dt>Products</dt>
            <dd>{s.products.length === 0 ? <span className="muted">None recorded yet</span> : s.products.map((p) => p.name).join(', ')}</dd>
            <dt>Status</dt>
            <dd>{signed ? `Signed${s.signedBy ? ` by ${s.signedBy}` : ''}` : 'Draft: can still be changed'}</dd>
            <dt>Notes</dt>
            <dd className="prewrap">{s.notes || <span className="muted">None</span>}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
