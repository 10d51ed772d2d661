import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../shared/dates.ts';
import { CONTACT_METHODS, contactMethodLabel, type ContactMethod, type Recall, type RecallPatient } from '../../shared/recall.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { errorText } from '../i18n/errorText.ts';

type Done = (recall: Recall) => void;

/** What a dialog's save is doing: idle, saving, or refused with the channel's words. */
function useSaving() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return { busy, error, setError, setBusy };
}

function Footer({ busy, submit, label, busyLabel, requestClose }: { busy: boolean; submit: string; label: string; busyLabel: string; requestClose: () => void }) {
  const { t } = useTranslation('records');
  return (
    <>
      <button type="button" className="button" onClick={requestClose} disabled={busy}>
        {t('recalls.cancel')}
      </button>
      <button type="submit" form={submit} className="button button--primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </>
  );
}

/** Opens a recall for the search shown: its reason and the notice's reference; the patients are those found now. */
export function OpenRecallDialog({ lot, product, what, patients, onClose, onOpened }: { lot: string; product: string; what: string; patients: number; onClose: () => void; onOpened: Done }) {
  const { t } = useTranslation(['records', 'errors']);
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  const { busy, error, setError, setBusy } = useSaving();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onOpened(await api.openRecall({ lot, product, reason, reference }));
    } catch (caught) {
      setError(errorText(t, caught));
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t('recalls.open.title')}
      onClose={busy ? null : onClose}
      dirty={reason !== '' || reference !== ''}
      describedBy="open-recall-intro"
      footer={(requestClose) => <Footer busy={busy} submit="open-recall-form" label={t('recalls.open.submit')} busyLabel={t('recalls.open.opening')} requestClose={requestClose} />}
    >
      <form id="open-recall-form" onSubmit={(e) => void submit(e)} noValidate>
        <p id="open-recall-intro">{t('recalls.open.intro', { count: patients, what })}</p>
        {error ? <ErrorBanner title={t('recalls.open.failed')} message={error} /> : null}
        <Field id="recall-reason" label={t('recalls.open.reason')} hint={t('recalls.open.reasonHint')} required>
          {(c) => <textarea {...c} className="input" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <Field id="recall-reference" label={t('recalls.open.reference')}>
          {(c) => <input {...c} className="input" type="text" autoComplete="off" value={reference} onChange={(e) => setReference(e.target.value)} />}
        </Field>
      </form>
    </Modal>
  );
}

/** Marks a patient contacted (date, how, by whom, note), or corrects the mark. */
export function MarkContactDialog({ recallId, patient, defaultBy, onClose, onSaved }: { recallId: string; patient: RecallPatient; defaultBy: string; onClose: () => void; onSaved: Done }) {
  const { t } = useTranslation(['records', 'errors']);
  const start = patient.contact ?? { date: todayIso(), method: 'phone' as ContactMethod, by: defaultBy, note: '' };
  const [date, setDate] = useState(start.date);
  const [method, setMethod] = useState<ContactMethod>(start.method);
  const [by, setBy] = useState(start.by);
  const [note, setNote] = useState(start.note);
  const { busy, error, setError, setBusy } = useSaving();
  const name = `${patient.lastName.toLocaleUpperCase()}, ${patient.firstName}`;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.markRecallContact({ recallId, patientId: patient.patientId, date, method, by, note }));
    } catch (caught) {
      setError(errorText(t, caught));
      setBusy(false);
    }
  };
  const dirty = date !== start.date || method !== start.method || by !== start.by || note !== start.note;
  return (
    <Modal
      title={patient.contact ? t('recalls.correctTitle', { name }) : t('recalls.markTitle', { name })}
      onClose={busy ? null : onClose}
      dirty={dirty}
      footer={(requestClose) => <Footer busy={busy} submit="mark-contact-form" label={t('recalls.save')} busyLabel={t('recalls.saving')} requestClose={requestClose} />}
    >
      <form id="mark-contact-form" onSubmit={(e) => void submit(e)} noValidate>
        {error ? <ErrorBanner title={t('recalls.page.actionFailed')} message={error} /> : null}
        <Field id="contact-date" label={t('recalls.field.date')} required>
          {(c) => <input {...c} className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field id="contact-method" label={t('recalls.field.method')} required>
          {(c) => (
            <select {...c} className="select" value={method} onChange={(e) => setMethod(e.target.value as ContactMethod)}>
              {CONTACT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {contactMethodLabel(t, m)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="contact-by" label={t('recalls.field.by')} required>
          {(c) => <input {...c} className="input" type="text" autoComplete="off" value={by} onChange={(e) => setBy(e.target.value)} />}
        </Field>
        <Field id="contact-note" label={t('recalls.field.note')}>
          {(c) => <textarea {...c} className="input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </form>
    </Modal>
  );
}

/** Closes a recall with a note; says how many patients are still not marked contacted. */
export function CloseRecallDialog({ recall, onClose, onClosed }: { recall: Recall; onClose: () => void; onClosed: Done }) {
  const { t } = useTranslation(['records', 'errors']);
  const [note, setNote] = useState('');
  const { busy, error, setError, setBusy } = useSaving();
  const remaining = recall.patientCount - recall.contactedCount;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onClosed(await api.closeRecall({ id: recall.id, note }));
    } catch (caught) {
      setError(errorText(t, caught));
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t('recalls.close.title')}
      tone={remaining > 0 ? 'warning' : 'default'}
      onClose={busy ? null : onClose}
      dirty={note !== ''}
      describedBy="close-recall-intro"
      footer={(requestClose) => <Footer busy={busy} submit="close-recall-form" label={t('recalls.close.submit')} busyLabel={t('recalls.close.closing')} requestClose={requestClose} />}
    >
      <form id="close-recall-form" onSubmit={(e) => void submit(e)} noValidate>
        <p id="close-recall-intro">
          {t('recalls.close.intro')} {remaining > 0 ? <strong>{t('recalls.close.remaining', { count: remaining })}</strong> : null}
        </p>
        <Field id="close-note" label={t('recalls.close.note')} error={error}>
          {(c) => <textarea {...c} className="input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </form>
    </Modal>
  );
}
