import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useAccessView } from '../access/accessStore.ts';
import { forgetSetAside, useSetAsideEdits, type SetAsideEdit } from '../editor/setAsideEdits.ts';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { navigate } from '../navigation.ts';

/**
 * Says, on every screen, that edits made before a lock were not saved because someone else unlocked:
 * their author may save or discard them; anyone else is told they are kept for their author (in this
 * window only: quitting MesoChart loses them, and the notice says so).
 */
export function SetAsideNotice() {
  const edits = useSetAsideEdits();
  const view = useAccessView();
  const currentId = view.phase === 'unlocked' ? view.current.id : null;
  if (edits.length === 0 || currentId === null) return null;
  return (
    <>
      {edits.map((edit) => (
        <SetAsideBanner key={edit.key} edit={edit} mine={edit.madeBy.id === currentId} />
      ))}
    </>
  );
}

function SetAsideBanner({ edit, mine }: { edit: SetAsideEdit; mine: boolean }) {
  const { t, i18n } = useTranslation(['sessions']);
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const values = { name: edit.madeBy.name, date: format.date(edit.sessionDate), time: format.time(edit.sessionTime) };
  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await api.saveSession(edit.input);
      forgetSetAside(edit.key);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="banner banner--warning" role="status" data-testid="set-aside-notice">
      <div className="banner__body">
        <p className="banner__title">{mine ? t('setAside.mineTitle') : t('setAside.othersTitle', values)}</p>
        <p className="banner__message">{mine ? t('setAside.mineMessage', values) : t('setAside.othersMessage', values)}</p>
        {failure ? <p className="banner__message">{errorText(i18n.t, failure)}</p> : null}
      </div>
      <div className="banner__actions">
        <button type="button" className="button button--small" onClick={() => navigate({ name: 'session', patientId: edit.patientId, sessionId: edit.sessionId })}>
          {t('setAside.open')}
        </button>
        {mine ? (
          <>
            <button type="button" className="button button--small" disabled={busy} onClick={() => void save()}>
              {t('setAside.save')}
            </button>
            <button type="button" className="button button--small" disabled={busy} onClick={() => forgetSetAside(edit.key)}>
              {t('setAside.discard')}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
