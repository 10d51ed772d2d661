import type { Namespace, TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contraindicationLabel, positiveContraindications } from '../../shared/contraindications.ts';
import type { Formatter } from '../../shared/format/formatter.ts';
import { LANGUAGE_AUTONYM } from '../../shared/i18n/languages.ts';
import { patientDisplayName, type Patient } from '../../shared/patient.ts';
import type { FieldChange, PatientChange } from '../../shared/patientHistory.ts';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { Modal } from '../components/Modal.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { useLoad } from '../useLoad.ts';
import './patientHistory.css';

/** A change's two columns: the value before it, then after it. */
const SIDES = ['from', 'to'] as const;

/** The patient page's way into the history of the patient's details: a button, and the dialog it opens. */
export function PatientHistoryButton({ patient }: { patient: Patient }) {
  const { t } = useTranslation('patients');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('history.open')}
      </button>
      {open ? <PatientHistoryDialog patient={patient} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** Every change of the patient's details, newest first: who, when, and each field before and after. */
function PatientHistoryDialog({ patient, onClose }: { patient: Patient; onClose: () => void }) {
  const { t } = useTranslation(['patients', 'clinical', 'common']);
  const format = useFormat();
  const history = useLoad(() => api.listPatientHistory({ patientId: patient.id }), [patient.id]);
  return (
    <Modal
      title={t('history.title', { name: patientDisplayName(patient) })}
      onClose={onClose}
      size="wide"
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('common:close')}
        </button>
      }
    >
      <p className="muted">{t('history.intro')}</p>
      {history.state === 'loading' ? <Loading text={t('history.loading')} /> : null}
      {history.state === 'error' ? <ErrorBanner title={t('history.failed')} message={errorText(t, history.error)} onRetry={history.reload} /> : null}
      {history.state === 'ready' && history.value.length === 0 ? <p>{t('history.none')}</p> : null}
      {history.state === 'ready' && history.value.length > 0 ? (
        <ol className="patient-history" data-testid="patient-history">
          {[...history.value].reverse().map((change) => (
            <ChangeItem key={change.id} change={change} t={t} format={format} />
          ))}
        </ol>
      ) : null}
      <p className="muted patient-history__note">{t('history.before')}</p>
    </Modal>
  );
}

function ChangeItem({ change, t, format }: { change: PatientChange; t: TFunction<Namespace>; format: Formatter }) {
  return (
    <li className="patient-history__item">
      <h3 className="patient-history__title">{t(`patients:history.action.${change.action}`)}</h3>
      <p className="patient-history__when">{t('patients:history.when', { when: format.instant(change.at), name: change.actor })}</p>
      <DataTable
        className="table--history"
        caption={t('patients:history.caption')}
        columns={[{ label: t('patients:history.field') }, { label: t('patients:history.from') }, { label: t('patients:history.to') }]}
      >
        {change.changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{fieldLabel(t, c.field)}</th>
            {SIDES.map((side) => (
              <td key={side} className="prewrap">
                {valueText(t, format, c, side)}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </li>
  );
}

/** Each field by the label the patient form gives it (the screening's and the archive's have their own). */
const FIELD_LABELS = {
  firstName: 'patients:form.firstName',
  lastName: 'patients:form.lastName',
  dateOfBirth: 'patients:form.dateOfBirth',
  sex: 'patients:form.sex',
  phone: 'patients:form.phone',
  email: 'patients:form.email',
  address: 'patients:form.address',
  allergies: 'patients:form.allergies',
  notes: 'patients:form.notes',
  screening: 'patients:screening.title',
  medication: 'patients:form.medication',
  language: 'patients:form.language',
  archived: 'patients:history.archivedField',
} as const satisfies Record<FieldChange['field'], string>;

function fieldLabel(t: TFunction<Namespace>, field: FieldChange['field']): string {
  return t(FIELD_LABELS[field]);
}

/** A field's value as the patient page words it: dates and languages formatted, the screening summed up. */
function valueText(t: TFunction<Namespace>, format: Formatter, change: FieldChange, side: (typeof SIDES)[number]): string {
  const empty = t('patients:history.empty');
  switch (change.field) {
    case 'dateOfBirth':
      return format.date(change[side]);
    case 'sex':
      return t(`patients:sex.${change[side]}`);
    case 'language': {
      const language = change[side];
      return language ? LANGUAGE_AUTONYM[language] : t('patients:language.clinic');
    }
    case 'archived':
      return change[side] ? t('patients:history.archived') : t('patients:history.active');
    case 'screening': {
      const screening = change[side];
      if (!screening) return t('patients:page.notScreened');
      const items = positiveContraindications(screening).map((key) => {
        const note = screening.answers[key]?.note;
        return note ? `${contraindicationLabel(t, key)} (${note})` : contraindicationLabel(t, key);
      });
      return items.length === 0 ? t('patients:page.noneAt', { date: format.date(screening.screenedOn) }) : t('patients:history.screenedWith', { date: format.date(screening.screenedOn), items: items.join('; ') });
    }
    default:
      return change[side] || empty;
  }
}
