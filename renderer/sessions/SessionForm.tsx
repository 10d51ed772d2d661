import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { sameValue } from '../../shared/amendments.ts';
import type { SessionFields } from '../../shared/session.ts';
import { SIDE_EFFECTS, sideEffectLabel, type SideEffectId } from '../../shared/sideEffects.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { Chip } from '../components/Chip.tsx';
import { Field, FieldError } from '../components/Field.tsx';
import { SelectField } from '../components/SelectField.tsx';
import type { ChartEditor } from '../editor/store.ts';
import { CocktailEditor } from './CocktailEditor.tsx';
import type { EditorMessage } from '../editor/types.ts';
import { useFormat } from '../i18n/locale.ts';
import { editorText } from '../map/editorText.ts';
import type { FieldProblem } from './cocktail.ts';
import { AFTERCARE_PHRASES, appendPhrase, checkField, fieldProblemText } from './fieldDrafts.ts';
import { INDICATION_OPTIONS, areaOptions, isAreaChosen, sessionDomId, toggleSideEffect, toggledAreas } from './sessionFormState.ts';
import { useChart } from '../editor/useChart.ts';
import { VasScale } from './VasScale.tsx';
import { PractitionerNameSelect } from './PractitionerSelect.tsx';
import { OutcomeMeasuresFields } from './OutcomeMeasuresFields.tsx';

export type Refusal = { path: string; text: string };

type TextFieldName = 'date' | 'time' | 'diagnosis' | 'aftercare' | 'notes';

/**
 * A session field typed as text: what is typed stays on screen; each change is checked with the shared
 * schema and, when valid, dispatched to the chart editor (one undo step per run of typing in a field).
 * An outside change (undo, redo) replaces what is shown.
 */
function useTextField(editor: ChartEditor, name: TextFieldName) {
  const { t } = useTranslation(['sessions']);
  const format = useFormat();
  const stored = useChart(editor, (s) => s.fields[name]);
  const [text, setText] = useState<string>(stored);
  const [problem, setError] = useState<{ field: FieldProblem } | { editor: EditorMessage } | null>(null);
  const typed = useRef(stored);
  useEffect(() => {
    const r = checkField(name, typed.current);
    if (r.ok && sameValue(r.value, stored)) return;
    typed.current = stored;
    setText(stored);
    setError(null);
  }, [stored, name]);
  const change = (value: string) => {
    typed.current = value;
    setText(value);
    const r = checkField(name, value);
    if (!r.ok) {
      setError({ field: r.problem });
      return;
    }
    const result = editor.setFields({ [name]: r.value } as Partial<SessionFields>, { coalesce: `field:${name}` });
    setError(result.ok ? null : { editor: result.problem.message });
  };
  const error = problem === null ? null : 'field' in problem ? fieldProblemText(t, problem.field) : editorText(t, format, problem.editor);
  return { text, error, change };
}

function dispatch(editor: ChartEditor, patch: Partial<SessionFields>, coalesce?: string): void {
  editor.setFields(patch, coalesce ? { coalesce } : {});
}

type Props = {
  editor: ChartEditor;
  /** The store's refusal of the last save, at the field it names. */
  refusal: Refusal | null;
  /** The patient's recorded allergies, flagged on the cocktail's products that match them. */
  allergies?: readonly string[];
};

/**
 * The session form beside the map: when, who, what for, where, the cocktail, pain scores, side effects,
 * aftercare and notes. Every change goes through the chart editor, so it is undoable and autosaved with
 * the points.
 */
export function SessionForm({ editor, refusal, allergies = [] }: Props) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const readOnly = useChart(editor, (s) => s.readOnly);
  const indication = useChart(editor, (s) => s.fields.indication);
  const vasBefore = useChart(editor, (s) => s.fields.vasBefore);
  const vasAfter = useChart(editor, (s) => s.fields.vasAfter);
  const outcomes = useChart(editor, (s) => s.fields.outcomes);
  const date = useTextField(editor, 'date');
  const time = useTextField(editor, 'time');
  const practitioner = useChart(editor, (s) => s.fields.practitioner);
  const aftercare = useTextField(editor, 'aftercare');
  const notes = useTextField(editor, 'notes');
  const diagnosis = useTextField(editor, 'diagnosis');
  const treatedAreas = useChart(editor, (s) => s.fields.treatedAreas);
  // The stored (valid) date and time, for the folded section's summary; what is typed may be half done.
  const when = { date: useChart(editor, (s) => s.fields.date), time: useChart(editor, (s) => s.fields.time) };
  const format = useFormat();
  const id = sessionDomId;
  const refusalAt = (path: string) => (refusal && refusal.path === path ? refusal.text : null);
  const pain = indication === 'pain';

  const vas = (
    <Section title={pain ? t('form.painScore') : t('form.painScoreIfAssessed')} className={pain ? 'session-form__section--pain' : ''}>
      {pain ? <p className="session-form__intro">{t('form.painIntro')}</p> : null}
      <VasScale name={id('vasBefore')} label={t('form.vasBefore')} value={vasBefore} prominent={pain} error={refusalAt('vasBefore')} onChange={(v) => dispatch(editor, { vasBefore: v })} />
      <VasScale name={id('vasAfter')} label={t('form.vasAfter')} value={vasAfter} prominent={pain} error={refusalAt('vasAfter')} onChange={(v) => dispatch(editor, { vasAfter: v })} />
      {pain && vasBefore !== null && vasAfter !== null ? (
        <p className="vas__delta">
          {t('form.vasChange')} <strong>{vasAfter - vasBefore > 0 ? `+${vasAfter - vasBefore}` : vasAfter - vasBefore}</strong> ({vasBefore} → {vasAfter})
        </p>
      ) : null}
    </Section>
  );

  return (
    <form className="session-form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t('form.label')}>
      <fieldset className="session-form__all" disabled={readOnly}>
        {pain ? vas : null}

        <Section
          title={t('form.whenAndWho')}
          folded
          summary={[`${format.date(when.date)}, ${format.time(when.time)}`, practitioner].filter(Boolean).join(' · ')}
          mustOpen={['date', 'time', 'practitioner'].some((path) => refusalAt(path) !== null) || date.error !== null || time.error !== null}
        >
          <div className="session-form__row">
            <TextInput id={id('date')} label={t('form.date')} type="date" field={date} required error={refusalAt('date')} />
            <TextInput id={id('time')} label={t('form.time')} type="time" field={time} required error={refusalAt('time')} />
          </div>
          <PractitionerNameSelect id={id('practitioner')} label={t('form.practitioner')} value={practitioner} onChange={(name) => dispatch(editor, { practitioner: name })} error={refusalAt('practitioner')} />
        </Section>

        <Section
          title={t('form.treatment')}
          folded
          summary={[indicationLabel(t, indication), treatedAreas.join(', ')].filter(Boolean).join(' · ')}
          mustOpen={['indication', 'diagnosis', 'treatedAreas'].some((path) => refusalAt(path) !== null) || diagnosis.error !== null}
        >
          <SelectField
            id={id('indication')}
            label={t('form.indication')}
            value={indication}
            onChange={(chosen) => dispatch(editor, { indication: chosen })}
            options={INDICATION_OPTIONS.map((i) => ({ value: i.id, label: indicationLabel(t, i.id) }))}
          />
          <TextArea id={id('diagnosis')} label={t('fields.diagnosis')} field={diagnosis} rows={2} error={refusalAt('diagnosis')} />
          <TreatedAreas editor={editor} error={refusalAt('treatedAreas')} />
        </Section>

        <Section title={t('form.cocktail')} aside={t('form.cocktailAside')}>
          <CocktailEditor editor={editor} refusal={refusal} disabled={readOnly} allergies={allergies} />
        </Section>

        {pain ? null : vas}

        <Section title={t('outcomes.title')} aside={t('outcomes.aside')}>
          <OutcomeMeasuresFields indication={indication} outcomes={outcomes} domId={id} error={refusalAt('outcomes')} onChange={(next, coalesce) => dispatch(editor, { outcomes: next }, coalesce)} />
        </Section>

        <Section title={t('form.sideEffects')}>
          <SideEffects editor={editor} error={refusalAt('sideEffects')} />
        </Section>

        <Section title={t('form.aftercare')}>
          <div className="phrases" role="group" aria-label={t('form.aftercarePhrases')}>
            {AFTERCARE_PHRASES.map((key) => {
              const phrase = t(`aftercare.${key}`);
              const present = aftercare.text.includes(phrase);
              return (
                <button
                  key={phrase}
                  type="button"
                  className={`phrase${present ? ' phrase--on' : ''}`}
                  aria-pressed={present}
                  onClick={() => !present && aftercare.change(appendPhrase(aftercare.text, phrase))}
                >
                  <span aria-hidden="true">{present ? '✓' : '+'}</span> {phrase}
                </button>
              );
            })}
          </div>
          <TextArea id={id('aftercare')} label={t('form.aftercareGiven')} field={aftercare} rows={3} error={refusalAt('aftercare')} />
        </Section>

        <Section title={t('form.notes')}>
          <TextArea id={id('notes')} label={t('form.sessionNotes')} field={notes} rows={4} error={refusalAt('notes')} />
        </Section>
      </fieldset>
    </form>
  );
}

type SectionProps = {
  title: string;
  aside?: string;
  children: ReactNode;
  className?: string;
  /**
   * A section that folds, closed to begin with (what was settled when the session started: when, who,
   * what for), so that the cocktail and the pain scores are in sight beside the map without a long
   * scroll; folded, its title says what it holds (`summary`). `mustOpen`: a problem inside is shown.
   */
  folded?: boolean;
  summary?: string;
  mustOpen?: boolean;
};

function Section({ title, aside, children, className, folded, summary, mustOpen }: SectionProps) {
  const [open, setOpen] = useState(!folded);
  const shown = open || mustOpen === true;
  const body = (
    <fieldset className={['session-form__section', folded ? 'session-form__section--folding' : '', className ?? ''].filter(Boolean).join(' ')}>
      <legend className={folded ? 'visually-hidden' : 'session-form__title'}>
        {title}
        {aside ? <span className="session-form__aside"> · {aside}</span> : null}
      </legend>
      <div className="session-form__content">{children}</div>
    </fieldset>
  );
  if (!folded) return body;
  return (
    <details className="session-form__fold" open={shown} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="session-form__summary">
        <span className="session-form__title">{title}</span>
        {!shown && summary ? <span className="session-form__aside">{summary}</span> : null}
      </summary>
      {body}
    </details>
  );
}

type FieldState = ReturnType<typeof useTextField>;


function TextInput({ id, label, field, type = 'text', required, error }: { id: string; label: string; field: FieldState; type?: string; required?: boolean; error: string | null }) {
  return (
    <Field id={id} label={label} required={required} error={field.error ?? error}>
      {(c) => <input {...c} type={type} className="input" value={field.text} onChange={(e) => field.change(e.target.value)} />}
    </Field>
  );
}

function TextArea({ id, label, field, rows, error }: { id: string; label: string; field: FieldState; rows: number; error: string | null }) {
  return (
    <Field id={id} label={label} error={field.error ?? error}>
      {(c) => <textarea {...c} className="input textarea" rows={rows} value={field.text} onChange={(e) => field.change(e.target.value)} />}
    </Field>
  );
}

function TreatedAreas({ editor, error }: { editor: ChartEditor; error: string | null }) {
  const { t } = useTranslation(['sessions', 'clinical', 'common']);
  const indication = useChart(editor, (s) => s.fields.indication);
  const areas = useChart(editor, (s) => s.fields.treatedAreas);
  const [typed, setTyped] = useState('');
  const [typedProblem, setTypedError] = useState<FieldProblem | null>(null);
  const typedError = typedProblem ? fieldProblemText(t, typedProblem) : null;
  const state = { indication, areas };
  const id = sessionDomId('treatedAreas');
  const toggle = (area: string) => dispatch(editor, { treatedAreas: toggledAreas(areas, area) });
  const add = () => {
    const area = typed.trim().replace(/\s+/g, ' ');
    if (area === '') return;
    if (!isAreaChosen(state, area)) {
      const r = checkField('treatedAreas', [...areas, area]);
      if (!r.ok) {
        setTypedError(r.problem);
        return;
      }
      dispatch(editor, { treatedAreas: r.value });
    }
    setTypedError(null);
    setTyped('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  const shown = typedError ?? error;
  return (
    <fieldset className="areas areas--compact">
      <legend className="field__label">{t('form.treatedAreas')}</legend>
      <div className="chips">
        {areaOptions(t, state).map((area) => (
          <Chip key={area} small label={area} checked={isAreaChosen(state, area)} onChange={() => toggle(area)} />
        ))}
      </div>
      <Field id={id} label={t('form.addArea')} labelHidden error={shown}>
        {(c) => (
          <div className="add-area__row">
            <input {...c} type="text" className="input input--compact" placeholder={t('form.addAreaPlaceholder')} value={typed} onChange={(e) => setTyped(e.target.value)} onKeyDown={onKey} />
            <button type="button" className="button button--small" onClick={add} disabled={typed.trim() === ''}>
              {t('common:add')}
            </button>
          </div>
        )}
      </Field>
    </fieldset>
  );
}

function SideEffects({ editor, error }: { editor: ChartEditor; error: string | null }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const chosen = useChart(editor, (s) => s.fields.sideEffects);
  const toggle = (id: SideEffectId) => dispatch(editor, { sideEffects: toggleSideEffect(chosen, id) });
  return (
    <div className="side-effects">
      <div className="chips" role="group" aria-label={t('form.sideEffectsObserved')} id={sessionDomId('sideEffects')}>
        {SIDE_EFFECTS.map((s) => (
          <Chip key={s.id} small label={sideEffectLabel(t, s.id)} checked={chosen.includes(s.id)} onChange={() => toggle(s.id)} />
        ))}
      </div>
      <p className="field__hint">{chosen.length === 0 ? t('form.sideEffectsNone') : t('form.sideEffectsCount', { count: chosen.length })}</p>
      <FieldError id={sessionDomId('sideEffects')} error={error} />
    </div>
  );
}
