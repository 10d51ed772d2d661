import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import {
  CSS_ITEMS,
  cssItemLabel,
  cssSeverity,
  cssTotal,
  emptyEntry,
  measureLabel,
  measureScaleText,
  measuresFor,
  outcomeEntryLabel,
  outcomeMeasure,
  outcomePlace,
  stageLabel,
  type OutcomeEntry,
  type RecordedMeasureId,
} from '../../shared/outcomeMeasures.ts';
import { clinicalText } from '../../shared/clinicalText.ts';
import { Field, FieldError } from '../components/Field.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { useFormat } from '../i18n/locale.ts';
import { checkField, fieldProblemText } from './fieldDrafts.ts';
import { addableMeasures, entryOf, parseMeasureNumber, shownMeasures, withEntry, withoutEntry } from './outcomeEdit.ts';

type Change = (next: OutcomeEntry[], coalesce?: string) => void;

type Props = {
  indication: string;
  outcomes: readonly OutcomeEntry[];
  onChange: Change;
  /** The DOM id of a part of the section: "outcome-girth-site". */
  domId: (name: string) => string;
  /** The store's refusal of the last save, when it concerns the outcome measures. */
  error: string | null;
};

const SCORES = Array.from({ length: 11 }, (_, n) => String(n));
const CSS_GRADES = ['0', '1', '2', '3'];

/**
 * The outcome measures of a session: those its indication follows (the cellulite grade, girths, the
 * hair loss stage...), any other the practitioner adds, each on its own scale; a measure left "not
 * recorded" is not in the record. Controlled: the session form binds it to the chart editor.
 */
export function OutcomeMeasuresFields({ indication, outcomes, onChange, domId, error }: Props) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const [added, setAdded] = useState<RecordedMeasureId[]>([]);
  const shown = shownMeasures(indication, outcomes, added);
  const addable = addableMeasures(shown);
  const vasFollowed = measuresFor(indication).includes('vas');
  return (
    <div className="outcomes">
      {vasFollowed ? <p className="field__hint">{t('outcomes.vasElsewhere')}</p> : null}
      {shown.map((measure) => (
        <MeasureFields key={measure} measure={measure} outcomes={outcomes} onChange={onChange} domId={domId} />
      ))}
      {addable.length > 0 ? (
        <SelectField
          id={domId('outcome-add')}
          label={t('outcomes.addOther')}
          value=""
          compact
          placeholder={{ label: t('outcomes.chooseMeasure'), disabled: true }}
          options={addable.map((m) => ({ value: m, label: measureLabel(t, m) }))}
          onChange={(m) => m && setAdded((list) => [...list, m as RecordedMeasureId])}
        />
      ) : null}
      <FieldError id={domId('outcomes')} error={error} />
    </div>
  );
}

function MeasureFields({ measure, outcomes, onChange, domId }: { measure: RecordedMeasureId; outcomes: readonly OutcomeEntry[]; onChange: Change; domId: (name: string) => string }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const scale = outcomeMeasure(measure).scale;
  const id = domId(`outcome-${measure}`);
  const hint = measureScaleText(t, measure);
  if (outcomeMeasure(measure).sited) return <SitedMeasure measure={measure as 'girth' | 'hair-count'} outcomes={outcomes} onChange={onChange} domId={domId} />;
  if (measure === 'cellulite-severity') return <SeverityScale outcomes={outcomes} onChange={onChange} domId={domId} />;
  const entry = entryOf(outcomes, measure);
  const current = entry === undefined ? '' : entry.measure === 'satisfaction' ? String(entry.score) : 'grade' in entry ? entry.grade : 'stage' in entry ? entry.stage : '';
  const values = scale.kind === 'stages' ? scale.stages : SCORES;
  const choose = (value: string) => {
    if (value === '') return onChange(withoutEntry(outcomes, measure));
    const next: OutcomeEntry =
      measure === 'satisfaction' ? { measure, score: Number(value) } : measure === 'cellulite-grade' ? { measure, grade: value as '0' } : { measure: measure as 'norwood', stage: value as 'I' };
    onChange(withEntry(outcomes, next));
  };
  return (
    <SelectField
      id={id}
      label={measureLabel(t, measure)}
      hint={hint}
      value={current}
      onChange={choose}
      placeholder={{ label: t('outcomes.notRecorded') }}
      options={values.map((v) => ({ value: v, label: scale.kind === 'stages' ? stageLabel(v) : v }))}
    />
  );
}

/** The Cellulite Severity Scale: its five items, each 0–3, and the total they make. */
function SeverityScale({ outcomes, onChange, domId }: { outcomes: readonly OutcomeEntry[]; onChange: Change; domId: (name: string) => string }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const entry = entryOf(outcomes, 'cellulite-severity');
  const items = entry?.measure === 'cellulite-severity' ? entry.items : null;
  const total = items ? cssTotal(items) : 0;
  return (
    <fieldset className="outcomes__group">
      <legend className="field__label">{measureLabel(t, 'cellulite-severity')}</legend>
      <p className="field__hint">{measureScaleText(t, 'cellulite-severity')}</p>
      {items ? (
        <>
          <div className="outcomes__items">
            {CSS_ITEMS.map((item) => (
              <SelectField
                key={item}
                id={domId(`outcome-css-${item}`)}
                label={cssItemLabel(t, item)}
                compact
                value={String(items[item])}
                options={CSS_GRADES.map((g) => ({ value: g, label: g }))}
                onChange={(g) => onChange(withEntry(outcomes, { measure: 'cellulite-severity', items: { ...items, [item]: Number(g) } }))}
              />
            ))}
          </div>
          <p className="outcomes__total">
            {t('outcomes.total', { total: format.integer(total), severity: clinicalText(t, `outcome.cssSeverity.${cssSeverity(total)}`) })}{' '}
            <button type="button" className="button button--small button--ghost" onClick={() => onChange(withoutEntry(outcomes, 'cellulite-severity'))}>
              {t('outcomes.remove')}
            </button>
          </p>
        </>
      ) : (
        <button type="button" className="button button--small" onClick={() => onChange(withEntry(outcomes, emptyEntry('cellulite-severity')))}>
          {t('outcomes.record')}
        </button>
      )}
    </fieldset>
  );
}

/** A measure taken at named places (girths at sites, hair counts in marked areas): one row per place, and a row to add one. */
function SitedMeasure({ measure, outcomes, onChange, domId }: { measure: 'girth' | 'hair-count'; outcomes: readonly OutcomeEntry[]; onChange: Change; domId: (name: string) => string }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const entries = outcomes.filter((e) => e.measure === measure);
  const placeWord = measure === 'girth' ? t('outcomes.site') : t('outcomes.area');
  const unitWord = measure === 'girth' ? t('outcomes.cm') : t('outcomes.perCm2');
  const [place, setPlace] = useState('');
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const entryWith = (where: string, value: number): OutcomeEntry => (measure === 'girth' ? { measure, site: where, cm: value } : { measure, area: where, perCm2: value });
  const add = () => {
    const value = parseMeasureNumber(amount);
    if (value === null) return setProblem(t('outcomes.notNumber'));
    const checked = checkField('outcomes', withEntry(outcomes, entryWith(place, value)));
    if (!checked.ok) return setProblem(fieldProblemText(t, checked.problem));
    onChange(checked.value);
    setPlace('');
    setAmount('');
    setProblem(null);
  };
  const addId = domId(`outcome-${measure}-new`);
  return (
    <fieldset className="outcomes__group">
      <legend className="field__label">{measureLabel(t, measure)}</legend>
      <p className="field__hint">{measureScaleText(t, measure)}</p>
      {entries.length === 0 ? <p className="muted">{t('outcomes.noPlaces')}</p> : null}
      {entries.map((entry) => (
        <PlacedValue key={outcomePlace(entry)} entry={entry} outcomes={outcomes} onChange={onChange} domId={domId} unitWord={unitWord} />
      ))}
      <div className="session-form__row outcomes__add">
        <Field id={`${addId}-place`} label={placeWord} layout="compact">
          {(c) => <input {...c} type="text" className="input input--compact" placeholder={measure === 'girth' ? t('outcomes.sitePlaceholder') : t('outcomes.areaPlaceholder')} value={place} onChange={(e) => setPlace(e.target.value)} />}
        </Field>
        <Field id={`${addId}-value`} label={unitWord} layout="compact" error={problem}>
          {(c) => <input {...c} type="text" inputMode="decimal" className="input input--compact outcomes__number" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <button type="button" className="button button--small outcomes__add-button" onClick={add} disabled={place.trim() === '' || amount.trim() === ''}>
          {t('outcomes.add')}
        </button>
      </div>
    </fieldset>
  );
}

/** One place's value, typed: each valid change is saved (one undo step per run of typing). */
function PlacedValue({ entry, outcomes, onChange, domId, unitWord }: { entry: OutcomeEntry; outcomes: readonly OutcomeEntry[]; onChange: Change; domId: (name: string) => string; unitWord: string }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const stored = entry.measure === 'girth' ? entry.cm : entry.measure === 'hair-count' ? entry.perCm2 : 0;
  const [text, setText] = useState(format.number(stored, 1));
  const [problem, setProblem] = useState<string | null>(null);
  const typed = useRef(text);
  const place = outcomePlace(entry);
  useEffect(() => {
    // An outside change (undo, redo) replaces what is shown, unless it is what is typed.
    if (parseMeasureNumber(typed.current) === stored) return;
    typed.current = format.number(stored, 1);
    setText(typed.current);
    setProblem(null);
  }, [stored, format]);
  const change = (value: string) => {
    typed.current = value;
    setText(value);
    const n = parseMeasureNumber(value);
    if (n === null) return setProblem(t('outcomes.notNumber'));
    const next: OutcomeEntry = entry.measure === 'girth' ? { ...entry, cm: n } : entry.measure === 'hair-count' ? { ...entry, perCm2: n } : entry;
    const checked = checkField('outcomes', withEntry(outcomes, next));
    if (!checked.ok) return setProblem(fieldProblemText(t, checked.problem));
    setProblem(null);
    onChange(checked.value, `outcome:${entry.measure}:${place}`);
  };
  const id = domId(`outcome-${entry.measure}-${place.replace(/\s+/g, '-')}`);
  const label = outcomeEntryLabel(t, entry);
  return (
    <div className="session-form__row outcomes__place">
      <Field id={id} label={t('outcomes.placeValue', { place, unit: unitWord })} layout="compact" error={problem}>
        {(c) => <input {...c} type="text" inputMode="decimal" className="input input--compact outcomes__number" value={text} onChange={(e) => change(e.target.value)} />}
      </Field>
      <button type="button" className="button button--small button--ghost" aria-label={t('outcomes.removeEntry', { label })} onClick={() => onChange(withoutEntry(outcomes, entry.measure as RecordedMeasureId, place))}>
        {t('outcomes.remove')}
      </button>
    </div>
  );
}
