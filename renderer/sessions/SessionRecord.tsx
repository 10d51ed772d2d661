import type { Namespace, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Formatter } from '../../shared/format/formatter.ts';
import { CONTRAINDICATIONS, contraindicationLabel } from '../../shared/contraindications.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { Needle } from '../../shared/needles.ts';
import type { Session, SessionFields } from '../../shared/session.ts';
import { Badge } from '../components/Badge.tsx';
import { useFormat } from '../i18n/locale.ts';
import { sideEffectLabel } from '../../shared/sideEffects.ts';
import { amendedFieldNames, describeChanges } from './amendmentText.ts';
import { productFlags } from './cocktail.ts';
import { ProductFlagsNote } from './CocktailEditor.tsx';

const instant = (format: Formatter, iso: string | null | undefined): string => (iso ? format.instant(iso) : '—');

/** "Signed by Dr X on 7 Mar 2025, 14:30" (the instant in the clinic's time zone). */
export function signatureLine(t: TFunction<Namespace>, format: Formatter, session: Pick<Session, 'signedBy' | 'signedAt'>): string {
  return t('sessions:record.signatureLine', { by: session.signedBy ?? t('sessions:record.thePractitioner'), at: instant(format, session.signedAt) });
}

export function ackLine(t: TFunction<Namespace>, format: Formatter, session: Pick<Session, 'contraindicationAck'>): string | null {
  const ack = session.contraindicationAck;
  if (!ack) return null;
  return t('sessions:record.ackLine', { by: ack.by, at: instant(format, ack.at) });
}

/** Signature, acknowledgement and amendments: the record's trail, under the session details; needles named from `needles` (the clinic's catalogue). */
export function RecordTrail({ session, needles }: { session: Session; needles?: readonly Needle[] }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const ack = session.contraindicationAck;
  const ordered = [...session.amendments].sort((a, b) => a.seq - b.seq);
  return (
    <section className="record-trail" aria-labelledby="record-trail-title">
      <h3 className="record-trail__title" id="record-trail-title">
        {t('record.title')}
      </h3>
      <ul className="trail">
        {ack ? (
          <li className="trail__item">
            <span className="trail__dot trail__dot--warning" aria-hidden="true" />
            <div>
              <p>{ackLine(t, format, session)}</p>
              <p className="trail__detail">{CONTRAINDICATIONS.filter((c) => ack.items.includes(c.key)).map((c) => contraindicationLabel(t, c.key)).join('; ')}</p>
            </div>
          </li>
        ) : null}
        {session.status === 'signed' ? (
          <li className="trail__item">
            <span className="trail__dot trail__dot--success" aria-hidden="true" />
            <p>{signatureLine(t, format, session)}</p>
          </li>
        ) : (
          <li className="trail__item">
            <span className="trail__dot" aria-hidden="true" />
            <p className="muted">{t('record.notSignedYet')}</p>
          </li>
        )}
      </ul>
      {ordered.length > 0 ? (
        <>
          <h4 className="record-trail__subtitle">
            {t('record.amendments')} <span className="count">{format.integer(ordered.length)}</span>
          </h4>
          <ol className="amendments" aria-label={t('record.amendments')}>
            {ordered.map((a) => (
              <li key={a.id} className="amendment">
                <p className="amendment__head">
                  <strong>{t('record.amendment', { number: a.seq })}</strong> · {a.actor} · {instant(format, a.at)}
                </p>
                <p className="amendment__reason">
                  <span className="amendment__label">{t('record.reason')}</span> {a.reason}
                </p>
                <ul className="change-list">
                  {describeChanges(t, format, a.changes, needles).map((line) => (
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
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const s = sessionWithAmendments(session);
  const amended = amendedFieldNames(session.amendments);
  const mark = (name: keyof SessionFields) =>
    amended.has(name) ? (
      <>
        {' '}
        <Badge tone="warning" title={t('record.correctedBadgeTitle')}>
          {t('record.amended')}
        </Badge>
      </>
    ) : null;
  const pain = s.indication === 'pain';
  return (
    <div className="signed-view">
      {session.amendments.length > 0 ? (
        <p className="callout note-box" role="note">
          {t('record.shownWithAmendments', { count: session.amendments.length })}
        </p>
      ) : null}
      {pain || s.vasBefore !== null || s.vasAfter !== null ? (
        <div className={`vas-readout${pain ? ' vas-readout--pain' : ''}`} aria-label={t('record.painScore')} role="group">
          <div className="inset vas-readout__item">
            <span className="vas-readout__label">{t('fields.vasBefore')}{mark('vasBefore')}</span>
            <span className="vas-readout__value">{s.vasBefore ?? '—'}</span>
          </div>
          <div className="inset vas-readout__item">
            <span className="vas-readout__label">{t('fields.vasAfter')}{mark('vasAfter')}</span>
            <span className="vas-readout__value">{s.vasAfter ?? '—'}</span>
          </div>
        </div>
      ) : null}
      <dl className="details">
        <dt>{t('record.date')}</dt>
        <dd>
          {t('record.dateTime', { date: format.date(s.date), time: format.time(s.time) })}
          {mark('date')}
        </dd>
        <dt>{t('record.practitioner')}</dt>
        <dd>{s.practitioner}</dd>
        <dt>{t('record.indication')}</dt>
        <dd>{indicationLabel(t, s.indication)}</dd>
        <dt>{t('record.treatedAreas')}</dt>
        <dd>{s.treatedAreas.length ? s.treatedAreas.join('; ') : <span className="muted">{t('record.none')}</span>}</dd>
        <dt>
          {t('record.cocktail')}
          {mark('products')}
        </dt>
        <dd>
          {s.products.length === 0 ? (
            <span className="muted">{t('record.noProduct')}</span>
          ) : (
            <ol className="product-readout">
              {s.products.map((p, i) => (
                <li key={i}>
                  <strong>{p.name}</strong>
                  {[p.activeIngredients, p.concentration, p.dilution, p.volumeMl !== null ? format.volume(p.volumeMl) : ''].filter(Boolean).length > 0 ? (
                    <span className="muted"> · {[p.activeIngredients, p.concentration, p.dilution, p.volumeMl !== null ? format.volume(p.volumeMl) : ''].filter(Boolean).join(' · ')}</span>
                  ) : null}
                  <div className="product-readout__lot">{t('record.lotLine', { lot: p.lot || '—', expiry: p.expiry ? format.date(p.expiry) : '—' })}</div>
                  <ProductFlagsNote flags={productFlags(p, s.date)} expiry={p.expiry} sessionDate={s.date} id={`signed-product-${i}-flags`} />
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt>
          {t('record.sideEffects')}
          {mark('sideEffects')}
        </dt>
        <dd>{s.sideEffects.length ? s.sideEffects.map((id) => sideEffectLabel(t, id)).join(', ') : <span className="muted">{t('record.noneRecorded')}</span>}</dd>
        <dt>
          {t('record.aftercare')}
          {mark('aftercare')}
        </dt>
        <dd className="prewrap">{s.aftercare || <span className="muted">{t('record.noneRecorded')}</span>}</dd>
        <dt>
          {t('record.notes')}
          {mark('notes')}
        </dt>
        <dd className="prewrap">{s.notes || <span className="muted">{t('record.none')}</span>}</dd>
      </dl>
    </div>
  );
}
