import { CONTRAINDICATIONS } from '../../shared/contraindications.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { Session, SessionFields } from '../../shared/session.ts';
import { Badge } from '../components/Badge.tsx';
import { formatDate, plural } from '../format.ts';
import { sideEffectLabel } from '../../shared/sideEffects.ts';
import { amendedFieldNames, describeChanges } from './amendmentText.ts';
import { productFlags } from './cocktail.ts';
import { ProductFlagsNote } from './CocktailEditor.tsx';
import { formatInstant } from './fieldDrafts.ts';

/** "Signed by Dr X on 7 Mar 2025 at 14:30". */
export function signatureLine(session: Pick<Session, 'signedBy' | 'signedAt'>): string {
  return `Signed by ${session.signedBy ?? 'the practitioner'} on ${formatInstant(session.signedAt)}`;
}

export function ackLine(session: Pick<Session, 'contraindicationAck'>): string | null {
  const ack = session.contraindicationAck;
  if (!ack) return null;
  return `Contraindications acknowledged by ${ack.by} on ${formatInstant(ack.at)}`;
}

/** Signature, acknowledgement and amendments: the record's trail, under the session details. */
export function RecordTrail({ session }: { session: Session }) {
  const ack = session.contraindicationAck;
  const ordered = [...session.amendments].sort((a, b) => a.seq - b.seq);
  return (
    <section className="record-trail" aria-labelledby="record-trail-title">
      <h3 className="record-trail__title" id="record-trail-title">
        Record
      </h3>
      <ul className="trail">
        {ack ? (
          <li className="trail__item">
            <span className="trail__dot trail__dot--warning" aria-hidden="true" />
            <div>
              <p>{ackLine(session)}</p>
              <p className="trail__detail">{CONTRAINDICATIONS.filter((c) => ack.items.includes(c.key)).map((c) => c.label).join('; ')}</p>
            </div>
          </li>
        ) : null}
        {session.status === 'signed' ? (
          <li className="trail__item">
            <span className="trail__dot trail__dot--success" aria-hidden="true" />
            <p>{signatureLine(session)}</p>
          </li>
        ) : (
          <li className="trail__item">
            <span className="trail__dot" aria-hidden="true" />
            <p className="muted">Draft: not signed yet.</p>
          </li>
        )}
      </ul>
      {ordered.length > 0 ? (
        <>
          <h4 className="record-trail__subtitle">
            Amendments <span className="count">{ordered.length}</span>
          </h4>
          <ol className="amendments" aria-label="Amendments">
            {ordered.map((a) => (
              <li key={a.id} className="amendment">
                <p className="amendment__head">
                  <strong>Amendment {a.seq}</strong> · {a.actor} · {formatInstant(a.at)}
                </p>
                <p className="amendment__reason">
                  <span className="amendment__label">Reason:</span> {a.reason}
                </p>
                <ul className="change-list">
                  {describeChanges(a.changes).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** A signed session as corrected by its amendments, read-only. */
export function SignedSessionView({ session }: { session: Session }) {
  const s = sessionWithAmendments(session);
  const amended = amendedFieldNames(session.amendments);
  const mark = (name: keyof SessionFields) =>
    amended.has(name) ? (
      <>
        {' '}
        <Badge tone="warning" title="Corrected by an amendment">
          Amended
        </Badge>
      </>
    ) : null;
  const pain = s.indication === 'pain';
  return (
    <div className="signed-view">
      {session.amendments.length > 0 ? (
        <p className="note-box" role="note">
          Shown with {plural(session.amendments.length, 'amendment')} applied. The signed record itself is unchanged: it and every amendment are kept.
        </p>
      ) : null}
      {pain || s.vasBefore !== null || s.vasAfter !== null ? (
        <div className={`vas-readout${pain ? ' vas-readout--pain' : ''}`} aria-label="Pain score (VAS)" role="group">
          <div className="vas-readout__item">
            <span className="vas-readout__label">VAS before{mark('vasBefore')}</span>
            <span className="vas-readout__value">{s.vasBefore ?? '—'}</span>
          </div>
          <div className="vas-readout__item">
            <span className="vas-readout__label">VAS after{mark('vasAfter')}</span>
            <span className="vas-readout__value">{s.vasAfter ?? '—'}</span>
          </div>
        </div>
      ) : null}
      <dl className="details">
        <dt>Date</dt>
        <dd>
          {formatDate(s.date)}, {s.time}
          {mark('date')}
        </dd>
        <dt>Practitioner</dt>
        <dd>{s.practitioner}</dd>
        <dt>Indication</dt>
        <dd>{indicationLabel(s.indication)}</dd>
        <dt>Treated areas</dt>
        <dd>{s.treatedAreas.length ? s.treatedAreas.join('; ') : <span className="muted">None</span>}</dd>
        <dt>Cocktail{mark('products')}</dt>
        <dd>
          {s.products.length === 0 ? (
            <span className="muted">No product recorded</span>
          ) : (
            <ol className="product-readout">
              {s.products.map((p, i) => (
                <li key={i}>
                  <strong>{p.name}</strong>
                  {[p.activeIngredients, p.concentration, p.dilution, p.volumeMl !== null ? `${p.volumeMl} ml` : ''].filter(Boolean).length > 0 ? (
                    <span className="muted"> · {[p.activeIngredients, p.concentration, p.dilution, p.volumeMl !== null ? `${p.volumeMl} ml` : ''].filter(Boolean).join(' · ')}</span>
                  ) : null}
                  <div className="product-readout__lot">
                    Lot {p.lot || '—'} · expiry {p.expiry ? formatDate(p.expiry) : '—'}
                  </div>
                  <ProductFlagsNote flags={productFlags(p, s.date)} expiry={p.expiry} sessionDate={s.date} id={`signed-product-${i}-flags`} />
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt>Side effects{mark('sideEffects')}</dt>
        <dd>{s.sideEffects.length ? s.sideEffects.map(sideEffectLabel).join(', ') : <span className="muted">None recorded</span>}</dd>
        <dt>Aftercare{mark('aftercare')}</dt>
        <dd className="prewrap">{s.aftercare || <span className="muted">None recorded</span>}</dd>
        <dt>Notes{mark('notes')}</dt>
        <dd className="prewrap">{s.notes || <span className="muted">None</span>}</dd>
      </dl>
    </div>
  );
}
