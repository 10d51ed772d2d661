import { Trans, useTranslation } from 'react-i18next';
import { CONTRAINDICATIONS, contraindicationLabel } from '../../shared/contraindications.ts';
import { Field } from '../components/Field.tsx';
import {
  domIdFor,
  screeningStarted,
  setAnswer,
  setAnswerNote,
  type PatientFormState,
  type YesNo,
} from './patientFormState.ts';

type Props = {
  form: PatientFormState;
  onChange: (update: (form: PatientFormState) => PatientFormState) => void;
  /** The error message for a field path, if the last save was refused there. */
  errorFor: (path: string) => string | null;
  today: string;
};

/**
 * The contraindication screening: a date, and every contraindication answered by an explicit yes or
 * no (nothing pre-ticked), each with a note. Left untouched, the patient is recorded as not screened.
 */
export function ScreeningFieldset({ form, onChange, errorFor, today }: Props) {
  const { t } = useTranslation(['patients', 'clinical', 'common']);
  const answered = CONTRAINDICATIONS.filter((c) => form.answers[c.key].present !== '').length;
  const started = screeningStarted(form);
  const dateId = domIdFor('screening.screenedOn');
  return (
    <fieldset className="form-section screening">
      <legend className="form-section__title">{t('screening.title')}</legend>
      <p className="form-section__intro">
        <Trans t={t} i18nKey="screening.intro" components={{ strong: <strong /> }} />
      </p>
      <p className={`screening__progress${started && answered < CONTRAINDICATIONS.length ? ' screening__progress--partial' : ''}`}>
        {started ? t('screening.progress', { answered, total: CONTRAINDICATIONS.length }) : t('screening.notStarted')}
      </p>

      <Field
        id={dateId}
        label={t('screening.date')}
        hint={t('screening.dateHint')}
        error={errorFor('screening.screenedOn')}
        className="field--date"
      >
        {(control) => (
          <input
            {...control}
            type="date"
            className="input"
            value={form.screenedOn}
            max="2100-01-01"
            onChange={(e) => {
              const value = e.target.value;
              onChange((f) => ({ ...f, screenedOn: value }));
            }}
          />
        )}
      </Field>

      <div className="screening__grid">
        <div className="screening__head" aria-hidden="true">
          <span>{t('screening.contraindication')}</span>
          <span>{t('screening.present')}</span>
          <span>{t('screening.note')}</span>
        </div>
        {CONTRAINDICATIONS.map((c) => {
          const answer = form.answers[c.key];
          const presentPath = `screening.answers.${c.key}.present`;
          const notePath = `screening.answers.${c.key}.note`;
          const presentError = errorFor(presentPath);
          const noteError = errorFor(notePath);
          const yesId = domIdFor(presentPath);
          const noteId = domIdFor(notePath);
          const errorId = `${yesId}-error`;
          const choose = (value: YesNo) => onChange((f) => setAnswer(f, c.key, value, today));
          return (
            <div
              key={c.key}
              className={[
                'screening__row',
                answer.present === 'yes' ? 'screening__row--positive' : '',
                presentError || noteError ? 'screening__row--invalid' : '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <fieldset className="screening__answer" aria-describedby={presentError ? errorId : undefined}>
                <legend className="screening__label">{contraindicationLabel(t, c.key)}</legend>
                <div className="yesno">
                  <label className="yesno__option yesno__option--yes">
                    <input
                      type="radio"
                      id={yesId}
                      name={`screening-${c.key}`}
                      value="yes"
                      checked={answer.present === 'yes'}
                      aria-invalid={presentError ? true : undefined}
                      aria-describedby={presentError ? errorId : undefined}
                      onChange={() => choose('yes')}
                    />
                    <span>{t('common:yes')}</span>
                  </label>
                  <label className="yesno__option yesno__option--no">
                    <input
                      type="radio"
                      id={`${yesId}-no`}
                      name={`screening-${c.key}`}
                      value="no"
                      checked={answer.present === 'no'}
                      aria-invalid={presentError ? true : undefined}
                      aria-describedby={presentError ? errorId : undefined}
                      onChange={() => choose('no')}
                    />
                    <span>{t('common:no')}</span>
                  </label>
                </div>
              </fieldset>
              <div className="screening__note">
                <label htmlFor={noteId} className="visually-hidden">
                  {t('screening.noteOn', { item: contraindicationLabel(t, c.key).toLocaleLowerCase() })}
                </label>
                <input
                  id={noteId}
                  type="text"
                  className="input"
                  value={answer.note}
                  placeholder={answer.present === 'yes' ? t('screening.notePlaceholderYes') : t('screening.notePlaceholder')}
                  aria-invalid={noteError ? true : undefined}
                  aria-describedby={noteError ? `${noteId}-error` : undefined}
                  onChange={(e) => {
                    const value = e.target.value;
                    onChange((f) => setAnswerNote(f, c.key, value));
                  }}
                />
              </div>
              {presentError ? (
                <p className="field__error screening__error" id={errorId}>
                  <span aria-hidden="true" className="field__error-icon">
                    !
                  </span>
                  {presentError}
                </p>
              ) : null}
              {noteError ? (
                <p className="field__error screening__error" id={`${noteId}-error`}>
                  <span aria-hidden="true" className="field__error-icon">
                    !
                  </span>
                  {noteError}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
