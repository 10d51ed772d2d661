import { Trans, useTranslation } from 'react-i18next';
import { CONTRAINDICATIONS, contraindicationLabel } from '../../shared/contraindications.ts';
import { Field, FieldError, fieldErrorId } from '../components/Field.tsx';
import { Panel } from '../components/Panel.tsx';
import {
  answerNoneOfThese,
  anyYes,
  domIdFor,
  screeningStarted,
  setAnswer,
  setAnswerNote,
  type PatientFormState,
  type YesNo,
} from './patientFormState.ts';

/** The two answers, yes first, as the form shows them. */
const YES_NO: readonly Exclude<YesNo, ''>[] = ['yes', 'no'];

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
    <Panel title={t('screening.title')} intro={<Trans t={t} i18nKey="screening.intro" components={{ strong: <strong /> }} />} className="screening">
      <p className={`screening__progress${started && answered < CONTRAINDICATIONS.length ? ' screening__progress--partial' : ''}`}>
        {started ? t('screening.progress', { answered, total: CONTRAINDICATIONS.length }) : t('screening.notStarted')}
      </p>
      {/* The usual answer in one click; never over a yes (a yes is changed item by item). */}
      <button
        type="button"
        className="button button--small screening__none"
        onClick={() => onChange((f) => answerNoneOfThese(f, today))}
        disabled={anyYes(form)}
        title={anyYes(form) ? t('screening.noneOfTheseDisabled') : undefined}
      >
        {t('screening.noneOfThese')}
      </button>

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
          const errorId = fieldErrorId(yesId);
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
                  {YES_NO.map((value) => (
                    <label key={value} className={`yesno__option yesno__option--${value}`}>
                      <input
                        type="radio"
                        id={value === 'yes' ? yesId : `${yesId}-no`}
                        name={`screening-${c.key}`}
                        value={value}
                        checked={answer.present === value}
                        aria-invalid={presentError ? true : undefined}
                        aria-describedby={presentError ? errorId : undefined}
                        onChange={() => choose(value)}
                      />
                      <span>{value === 'yes' ? t('common:yes') : t('common:no')}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <Field id={noteId} label={t('screening.noteOn', { item: contraindicationLabel(t, c.key).toLocaleLowerCase() })} labelHidden error={noteError} className="screening__note">
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    className="input"
                    value={answer.note}
                    placeholder={answer.present === 'yes' ? t('screening.notePlaceholderYes') : t('screening.notePlaceholder')}
                    onChange={(e) => {
                      const value = e.target.value;
                      onChange((f) => setAnswerNote(f, c.key, value));
                    }}
                  />
                )}
              </Field>
              <FieldError id={yesId} error={presentError} className="screening__error" />
            </div>
          );
        })}
      </div>
    </Panel>
  );
}
