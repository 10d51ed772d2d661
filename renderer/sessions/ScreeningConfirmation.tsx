import { Trans, useTranslation } from 'react-i18next';
import { contraindicationLabel, unaskedContraindications } from '../../shared/contraindications.ts';
import { todayIso } from '../../shared/dates.ts';
import type { Patient } from '../../shared/patient.ts';
import { Field, FieldError, fieldErrorId } from '../components/Field.tsx';
import { Panel } from '../components/Panel.tsx';
import { useFormat } from '../i18n/locale.ts';
import { domIdFor } from '../patients/patientFormState.ts';
import { ScreeningFieldset } from '../patients/ScreeningFieldset.tsx';
import { chooseScreening, type ScreeningConfirmationState } from './screeningConfirmation.ts';

type Props = {
  patient: Patient;
  state: ScreeningConfirmationState;
  onChange: (update: (state: ScreeningConfirmationState) => ScreeningConfirmationState) => void;
  /** The message for a field path ("screening.choice", "screening.answers.pregnancy.present"), if refused there. */
  errorFor: (path: string) => string | null;
};

/**
 * Screening at every session: before a session starts, the practitioner says the screening is
 * unchanged since its date, or updates what changed (the whole list, the items a screening of the first
 * list never asked included, and the medication). The session keeps a copy of it as it stands today.
 */
export function ScreeningConfirmation({ patient, state, onChange, errorFor }: Props) {
  const { t } = useTranslation(['sessions', 'clinical', 'patients']);
  const format = useFormat();
  const today = todayIso();
  const screening = patient.screening;
  const unasked = screening ? unaskedContraindications(screening) : [];
  const choiceId = domIdFor('screening.choice');
  const choiceError = errorFor('screening.choice');
  return (
    <Panel
      title={t('screening.title')}
      className="screening-today"
      intro={
        screening ? (
          <Trans t={t} i18nKey="screening.intro" values={{ date: format.date(screening.screenedOn) }} components={{ strong: <strong /> }} />
        ) : (
          t('screening.introNone')
        )
      }
    >
      {screening ? (
        <div className="start-from" role="radiogroup" aria-label={t('screening.choice')} aria-describedby={choiceError ? fieldErrorId(choiceId) : undefined}>
          <label className="checkbox">
            <input type="radio" id={choiceId} name="screening-today" checked={state.choice === 'unchanged'} onChange={() => onChange((s) => chooseScreening(s, 'unchanged', today))} />
            {t('screening.unchanged', { date: format.date(screening.screenedOn) })}
          </label>
          <label className="checkbox">
            <input type="radio" name="screening-today" checked={state.choice === 'updated'} onChange={() => onChange((s) => chooseScreening(s, 'updated', today))} />
            {t('screening.changed')}
          </label>
        </div>
      ) : null}
      <FieldError id={choiceId} error={choiceError} />
      {screening && unasked.length > 0 ? (
        <p className="field__hint" role="note">
          {t('screening.notAsked', { date: format.date(screening.screenedOn), items: unasked.map((key) => contraindicationLabel(t, key)).join(', ') })}
        </p>
      ) : null}
      {state.choice === 'updated' ? (
        <>
          <ScreeningFieldset form={state.form} onChange={(update) => onChange((s) => ({ ...s, form: update(s.form) }))} errorFor={errorFor} today={today} />
          <Field id={domIdFor('medication')} label={t('screening.medication')} hint={t('screening.medicationHint')} error={errorFor('medication')}>
            {(c) => (
              <textarea
                {...c}
                className="input textarea"
                rows={2}
                value={state.form.medication}
                onChange={(e) => {
                  const value = e.target.value;
                  onChange((s) => ({ ...s, form: { ...s.form, medication: value } }));
                }}
              />
            )}
          </Field>
        </>
      ) : null}
    </Panel>
  );
}
