import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { CourseConsentGate } from '../consent/CourseConsentGate.tsx';
import { CONTRAINDICATIONS, contraindicationLabel, positiveContraindications } from '../../shared/contraindications.ts';
import { domIdFor, type FieldError as ScreeningFieldError } from '../patients/patientFormState.ts';
import { ScreeningConfirmation } from './ScreeningConfirmation.tsx';
import { PractitionerSelect, useUnlockedPractitionerId } from './PractitionerSelect.tsx';
import { startScreeningConfirmation, toScreeningConfirmation, type ScreeningConfirmationState } from './screeningConfirmation.ts';
import { useFormat } from '../i18n/locale.ts';
import { errorText } from '../i18n/errorText.ts';
import { patientDisplayName, type Patient } from '../../shared/patient.ts';
import type { SessionSummary } from '../../shared/session.ts';
import { CopyExplanation, SourceField } from './CopySource.tsx';
import { courseOfSource, courseOptionLabel, diagnosisForCourse, initialCourseId, openCourses, withCourse } from './courseChoice.ts';
import type { Course } from '../../shared/course.ts';
import { sessionOfCourseLabel, type CourseTimeline } from '../../shared/courseSchedule.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { restrictionsFor } from '../../shared/countryRestrictions.ts';
import { CountryRestrictionNotice } from '../courses/CountryRestrictionNotice.tsx';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Chip } from '../components/Chip.tsx';
import { Field, FieldError, fieldErrorId } from '../components/Field.tsx';
import { Panel } from '../components/Panel.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { Loading } from '../components/Loading.tsx';
import { UnsavedChangesPrompt, useUnsavedChangesGuard } from '../components/UnsavedChanges.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { ScreenLoadFailed } from '../components/ScreenLoadFailed.tsx';
import { navigate, rememberPatientName, rememberSessionLabel } from '../navigation.ts';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import {
  INDICATION_OPTIONS,
  addTypedArea,
  areaOptions,
  defaultSessionForm,
  isAreaChosen,
  normalizeSessionField,
  sessionDomId,
  sessionErrorText,
  sessionLabel,
  sortSessionsNewestFirst,
  toSessionDraftInput,
  toggleArea,
  type SessionFieldError,
  type SessionFormState,
} from './sessionFormState.ts';

/** Starts a draft session for a patient: when, who, what for and where; the chart comes next. */
export function NewSessionForm({ patientId, courseId }: { patientId: string; courseId?: string }) {
  const { t, i18n } = useTranslation(['sessions']);
  const loaded = useLoad(async () => {
    const [patient, settings, sessions, courses] = await Promise.all([
      api.getPatient({ id: patientId }),
      api.getSettings({}),
      api.listSessions({ patientId }),
      api.listCourses({ patientId }),
    ]);
    rememberPatientName(patient.id, patientDisplayName(patient));
    return { patient, country: settings.country ?? null, sessions, courses: openCourses(courses) };
  }, [patientId]);
  if (loaded.state === 'loading') return <Loading what={t('new.loading')} />;
  if (loaded.state === 'error') {
    return <ScreenLoadFailed heading={t('new.title')} title={t('new.openFailed')} message={errorText(i18n.t, loaded.error)} onRetry={loaded.reload} />;
  }
  const { patient, country, sessions, courses } = loaded.value;
  return <NewSessionFormBody patient={patient} country={country} sessions={sessions} courses={courses} askedCourseId={courseId} />;
}

type ShownError = { path: string | null; text: string };

type BodyProps = { patient: Patient; country: string | null; sessions: SessionSummary[]; courses: Course[]; askedCourseId: string | undefined };

function NewSessionFormBody({ patient, country, sessions, courses, askedCourseId }: BodyProps) {
  const { t } = useTranslation(['sessions', 'clinical', 'common']);
  const format = useFormat();
  const practitioner = useUnlockedPractitionerId();
  /** The course the session is numbered in ('' for none): the one asked for by the course panel's shortcut, to start with. */
  const [courseId, setCourseId] = useState(() => initialCourseId(courses, askedCourseId));
  const course = courses.find((c) => c.id === courseId);
  const timeline = useCourseTimeline(courseId);
  // Within a course: its indication and area to start with, and the session numbered in it.
  const [start] = useState<SessionFormState>(() => {
    const blank = defaultSessionForm(new Date(), practitioner);
    return course ? withCourse(blank, course) : blank;
  });
  const [form, setForm] = useState<SessionFormState>(start);
  /** Starting the session without a consent in force for its indication: the reason (see CourseConsentGate). */
  const [consentOverride, setConsentOverride] = useState('');
  /** The screening re-confirmed (or updated) for this session; the session keeps a copy. */
  const [screening, setScreening] = useState<ScreeningConfirmationState>(() => startScreeningConfirmation(patient));
  const [screeningError, setScreeningError] = useState<ScreeningFieldError | null>(null);
  /** The practitioner's diagnosis; a session of a course starts with the course's. */
  const [diagnosis, setDiagnosis] = useState(course?.diagnosis ?? '');
  /** The previous session the draft starts from ('' for a blank chart). */
  const [copyFrom, setCopyFrom] = useState('');
  const newest = sortSessionsNewestFirst(sessions);
  const source = newest.find((s) => s.id === copyFrom);
  const chooseCourse = (id: string) => {
    const next = courses.find((c) => c.id === id);
    setCourseId(id);
    setDiagnosis((d) => diagnosisForCourse(d, course, next));
    if (next) setForm((f) => withCourse(f, next));
  };
  const chooseSource = (id: string) => {
    setCopyFrom(id);
    const chosen = newest.find((s) => s.id === id);
    // The copy brings its indication and areas, and continues its course; shown here so that they can still be changed.
    if (chosen) {
      setForm((f) => ({ ...f, indication: chosen.indication, areas: [...chosen.treatedAreas] }));
      const implied = courseOfSource(courses, chosen);
      setCourseId(implied);
      setDiagnosis((d) => diagnosisForCourse(d, course, courses.find((c) => c.id === implied)));
    }
  };
  const [error, setError] = useState<ShownError | null>(null);
  const [errorSerial, setErrorSerial] = useState(0);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = sessionDomId;
  const leave = useUnsavedChangesGuard(JSON.stringify(form) !== JSON.stringify(start));

  useEffect(() => {
    if (!error) return;
    const target = error.path ? document.getElementById(id(error.path)) : null;
    if (target) target.focus();
    else formRef.current?.querySelector<HTMLElement>('.banner--error')?.focus();
  }, [error, errorSerial, id]);

  const show = (e: SessionFieldError) => {
    setError({ path: normalizeSessionField(e.field), text: sessionErrorText(t, e) });
    setErrorSerial((n) => n + 1);
  };
  const errorFor = (path: string) => (error && error.path === path ? error.text : null);
  const set = <K extends keyof SessionFormState>(key: K, value: SessionFormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (saving) return;
    const confirmed = toScreeningConfirmation(screening, t);
    if (!confirmed.ok) {
      setScreeningError(confirmed.error);
      setError(null);
      announce(t('new.notCreatedAnnounce'), 'error');
      const field = confirmed.error.field ?? 'screening.choice';
      requestAnimationFrame(() => document.getElementById(domIdFor(field))?.focus());
      return;
    }
    setScreeningError(null);
    const mapped = toSessionDraftInput(form, patient.id);
    if (!mapped.ok) {
      show(mapped.error);
      return;
    }
    setForm((f) => addTypedArea(f));
    setSaving(true);
    try {
      const started = { ...mapped.input, screening: confirmed.value, diagnosis: diagnosis.trim(), ...(consentOverride.trim() ? { consentOverride: consentOverride.trim() } : {}) };
      const input = { ...started, courseId: courseId || null };
      const session = await api.createSession(copyFrom ? { ...input, copyFromSessionId: copyFrom } : input);
      rememberSessionLabel(session.id, sessionLabel(t, format, session));
      announce(t('new.started', { session: sessionLabel(t, format, session) }), 'success');
      navigate({ name: 'session', patientId: patient.id, sessionId: session.id }, { force: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      setSaving(false);
      show({ field: apiError.field, error: apiError });
      announce(t('new.notCreatedAnnounce'), 'error');
    }
  };

  const onAreaKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      setForm((f) => addTypedArea(f));
    }
  };

  const onFormKey = (e: KeyboardEvent<HTMLFormElement>) => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'Enter')) {
      e.preventDefault();
      void submit();
    }
  };

  const options = areaOptions(t, form);
  const areasError = errorFor('treatedAreas');
  const positives = positiveContraindications(patient.screening);

  return (
    <div className="screen screen--form">
      <div className="screen-header">
        <div>
          <ScreenHeading>{t('new.title')}</ScreenHeading>
          <p className="screen-subtitle">
            {course && timeline && timeline.nextNumber !== null ? (
              <Trans
                t={t}
                i18nKey="new.subtitleCourse"
                values={{
                  patient: patientDisplayName(patient),
                  session: sessionOfCourseLabel(t, timeline.nextNumber, course.plannedSessions),
                  course: `${indicationLabel(t, course.indication)} · ${course.area}`,
                }}
                components={{ strong: <strong /> }}
              />
            ) : (
              <Trans t={t} i18nKey="new.subtitle" values={{ patient: patientDisplayName(patient) }} components={{ strong: <strong /> }} />
            )}
          </p>
        </div>
      </div>

      <PreTreatmentChecks patient={patient} positives={positives} />
      {/* Every session needs a consent in force for its indication, or an override with a reason. */}
      {form.indication ? <CourseConsentGate key={form.indication} patientId={patient.id} indication={form.indication} date={form.date} onOverride={setConsentOverride} /> : null}

      <form ref={formRef} className="form" noValidate onSubmit={submit} onKeyDown={onFormKey} aria-busy={saving}>
        {error ? (
          <ErrorBanner
            title={t('new.notCreated')}
            message={error.text}
            onGoToField={error.path ? () => document.getElementById(id(error.path as string))?.focus() : undefined}
          />
        ) : null}

        {newest.length > 0 ? (
          <Panel title={t('new.startFrom')}>
            <div className="start-from" role="radiogroup" aria-label={t('new.startFrom')}>
              <label className="checkbox">
                <input type="radio" name="start-from" checked={copyFrom === ''} onChange={() => setCopyFrom('')} />
                {t('new.blankChart')}
              </label>
              <label className="checkbox">
                <input type="radio" name="start-from" checked={copyFrom !== ''} onChange={() => chooseSource(newest[0]?.id ?? '')} />
                {t('new.fromPrevious')}
              </label>
            </div>
            {copyFrom ? (
              <div className="copy-from copy-from--form">
                <SourceField id={id('copyFrom')} label={t('new.previousSession')} sessions={newest} value={copyFrom} onChange={chooseSource} />
                <CopyExplanation source={source} />
              </div>
            ) : null}
          </Panel>
        ) : null}

        <ScreeningConfirmation
          patient={patient}
          state={screening}
          onChange={(update) => setScreening(update)}
          errorFor={(path) => (screeningError && (screeningError.field === path || (path === 'screening.choice' && screeningError.field === null)) ? (screeningError.fieldMessage ?? screeningError.message) : null)}
        />

        <Panel title={t('new.whenAndWho')}>
          <div className="form-grid form-grid--3">
            <Field id={id('date')} label={t('new.date')} required error={errorFor('date')}>
              {(c) => <input {...c} type="date" className="input" value={form.date} onChange={(e) => set('date', e.target.value)} />}
            </Field>
            <Field id={id('time')} label={t('new.time')} required error={errorFor('time')}>
              {(c) => <input {...c} type="time" className="input" value={form.time} onChange={(e) => set('time', e.target.value)} />}
            </Field>
            <PractitionerSelect id={id('practitionerId')} value={form.practitionerId} onChange={(v) => set('practitionerId', v)} error={errorFor('practitionerId')} />
          </div>
        </Panel>

        <Panel title={t('new.treatment')}>
          {courses.length > 0 ? (
            <SelectField
              id={id('courseId')}
              label={t('new.course')}
              hint={t('new.courseHint')}
              error={errorFor('courseId')}
              value={courseId}
              onChange={chooseCourse}
              placeholder={{ label: t('new.noCourse') }}
              options={courses.map((c) => ({ value: c.id, label: courseOptionLabel(t, format, c) }))}
            />
          ) : null}
          <div className="form-grid">
            <SelectField
              id={id('indication')}
              label={t('new.indication')}
              required
              error={errorFor('indication')}
              value={form.indication}
              onChange={(chosen) => set('indication', chosen)}
              placeholder={{ label: t('new.choose'), disabled: true }}
              options={INDICATION_OPTIONS.map((i) => ({ value: i.id, label: indicationLabel(t, i.id) }))}
            />
          </div>
          <Field id={id('diagnosis')} label={t('new.diagnosis')} hint={t('new.diagnosisHint')} error={errorFor('diagnosis')}>
            {(c) => <textarea {...c} className="input textarea" rows={2} value={diagnosis} onChange={(e) => setDiagnosis(e.target.value)} />}
          </Field>
          {/* What the law of the clinic's country says about the indication (a notice, not a refusal). */}
          {restrictionsFor(country, form.indication).map((r) => (
            <CountryRestrictionNotice key={r.id} restriction={r} />
          ))}

          <fieldset
            className={`areas${areasError ? ' areas--invalid' : ''}`}
            aria-describedby={[areasError ? fieldErrorId(id('treatedAreas')) : '', 'sf-treatedAreas-hint'].filter(Boolean).join(' ')}
          >
            <legend className="field__label">
              {t('new.treatedAreas')}
              <span className="field__required" aria-hidden="true"> *</span>
            </legend>
            <p className="field__hint" id="sf-treatedAreas-hint">
              {form.indication
                ? t('new.areasHint')
                : t('new.areasHintNoIndication')}
            </p>
            {options.length > 0 ? (
              <div className="chips">
                {options.map((area) => (
                  <Chip key={area} label={area} checked={isAreaChosen(form, area)} onChange={() => setForm((f) => toggleArea(f, area))} />
                ))}
              </div>
            ) : null}
            {/* The areas' error is the group's (shown under it, for the chips too); the typed area points to it. */}
            <Field
              layout="compact"
              id={id('treatedAreas')}
              label={t('new.addArea')}
              className="add-area"
              describedBy={areasError ? fieldErrorId(id('treatedAreas')) : undefined}
              invalid={Boolean(areasError)}
            >
              {(c) => (
                <div className="add-area__row">
                  <input {...c} type="text" className="input" value={form.newArea} placeholder={t('new.areaPlaceholder')} onChange={(e) => set('newArea', e.target.value)} onKeyDown={onAreaKey} />
                  <button type="button" className="button" onClick={() => setForm((f) => addTypedArea(f))} disabled={form.newArea.trim() === ''}>
                    {t('common:add')}
                  </button>
                </div>
              )}
            </Field>
            <FieldError id={id('treatedAreas')} error={areasError} />
            <p className="areas__summary" aria-live="polite">
              {form.areas.length === 0 ? t('new.noArea') : t('new.chosen', { areas: form.areas.join('; ') })}
            </p>
          </fieldset>
        </Panel>

        <Panel title={t('new.notes')}>
          <Field id={id('notes')} label={t('new.sessionNotes')} error={errorFor('notes')}>
            {(c) => <textarea {...c} className="input textarea" rows={3} value={form.notes} onChange={(e) => set('notes', e.target.value)} />}
          </Field>
        </Panel>

        <div className="form-actions">
          {leave.pending ? <UnsavedChangesPrompt what={t('new.unsavedWhat')} onDiscard={leave.discard} onKeep={leave.keep} /> : null}
          <button type="submit" className="button button--primary" disabled={saving} aria-keyshortcuts="Control+S">
            {saving ? t('new.starting') : t('new.start')}
          </button>
          <button type="button" className="button" onClick={() => navigate({ name: 'patient', patientId: patient.id })}>
            {t('common:cancel')}
          </button>
          <span className="form-actions__hint">
            <Trans t={t} i18nKey="new.shortcut" components={{ kbd: <kbd className="kbd" /> }} />
          </span>
        </div>
      </form>
    </div>
  );
}

/** The chosen course's timeline (its next session's number), or null while none is chosen or it loads. */
function useCourseTimeline(courseId: string): CourseTimeline | null {
  const loaded = useLoad(() => (courseId ? api.getCourseTimeline({ courseId }).then((c) => c.timeline) : Promise.resolve(null)), [courseId]);
  return loaded.state === 'ready' ? loaded.value : null;
}

/** What the practitioner must have in mind before treating: contraindications, missing screening, allergies. */
function PreTreatmentChecks({ patient, positives }: { patient: Patient; positives: string[] }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const screening = patient.screening;
  const items: { key: string; text: ReactNode }[] = [];
  if (!screening) items.push({ key: 'unscreened', text: <>{t('new.notScreened')}</> });
  else
    for (const c of CONTRAINDICATIONS)
      if (positives.includes(c.key))
        items.push({
          key: c.key,
          text: (
            <>
              <strong>{contraindicationLabel(t, c.key)}</strong>
              {screening.answers[c.key]?.note ? `: ${screening.answers[c.key]?.note}` : ''}
            </>
          ),
        });
  if (patient.allergies) items.push({ key: 'allergies', text: <><strong>{t('new.allergies')}</strong>: {patient.allergies}</> });
  if (items.length === 0) return null;
  return (
    <div className="banner banner--warning" role="note" aria-label={t('new.beforeTreating')}>
      <div className="banner__body">
        <p className="banner__title">
          <span aria-hidden="true">⚠ </span>
          {t('new.beforeTreating')}
          {screening ? <span className="banner__aside">{t('new.screeningOf', { date: format.date(screening.screenedOn) })}</span> : null}
        </p>
        <ul className="banner__list">
          {items.map((i) => (
            <li key={i.key}>{i.text}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
