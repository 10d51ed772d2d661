import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FieldError, fieldErrorId } from '../components/Field.tsx';
import { errorText } from '../i18n/errorText.ts';
import { AccessFrame } from './AccessFrame.tsx';
import { applyAccess } from './accessStore.ts';
import { spelledKey } from './recoveryKeyText.ts';

type Sheet = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved'; path: string } | { phase: 'cancelled' } | { phase: 'error'; message: string };

/**
 * The records' recovery key, the one time it is shown (the records were just sealed, or the key was
 * renewed): large, monospaced, selectable, grouped as the main process gives it; the recovery sheet to
 * print; and nothing else until the practitioner ticks that the key is printed or written down and kept
 * apart from the computer. No close button and no Escape: the only way on is Continue (or the lock).
 */
export function RecoveryKeyScreen({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation(['access', 'settings', 'common']);
  const id = useId();
  const [kept, setKept] = useState(false);
  const [keptError, setKeptError] = useState<string | null>(null);
  const [sheet, setSheet] = useState<Sheet>({ phase: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLInputElement>(null);

  const print = async () => {
    if (sheet.phase === 'saving') return;
    setSheet({ phase: 'saving' });
    try {
      const outcome = await api.exportRecoverySheet({});
      if (!outcome.saved) return setSheet({ phase: 'cancelled' });
      // Said in the live region below: the top bar's status line is not on this screen.
      setSheet({ phase: 'saved', path: outcome.path });
    } catch (caught) {
      setSheet({ phase: 'error', message: errorText(t, caught) });
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!kept) {
      setKeptError(t('recoveryKey.keptRequired'));
      box.current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await applyAccess(await api.confirmRecoveryKey({}));
    } catch (caught) {
      setFailure(errorText(t, caught));
      setBusy(false);
    }
  };

  return (
    <AccessFrame wide focusTitle title={t('recoveryKey.title')} message={t('recoveryKey.message')}>
      <form className="access__form" onSubmit={submit} aria-busy={busy || undefined} noValidate>
        {failure ? (
          <p className="banner banner--error" role="alert">
            {failure}
          </p>
        ) : null}
        <figure className="recovery-key" aria-labelledby={`${id}-label`}>
          <figcaption className="field__label" id={`${id}-label`}>
            {t('recoveryKey.keyLabel')}
          </figcaption>
          {/* Shown once for the eye and for copying; read to a screen reader symbol by symbol below. */}
          <p className="recovery-key__text" aria-hidden="true" translate="no" data-testid="recovery-key">
            {recoveryKey}
          </p>
          <p className="visually-hidden">{spelledKey(recoveryKey)}</p>
          <p className="recovery-key__reading">{t('recoveryKey.reading')}</p>
        </figure>
        <ul className="recovery-key__advice">
          <li>{t('recoveryKey.keepApart')}</li>
          <li>{t('recoveryKey.anyoneWithIt')}</li>
          <li>{t('recoveryKey.renewVoids', { place: `${t('settings:page.title')} › ${t('practitioners.title')}` })}</li>
        </ul>
        <div className="recovery-key__sheet">
          <button type="button" className="button" onClick={() => void print()} disabled={sheet.phase === 'saving' || busy}>
            {sheet.phase === 'saving' ? t('recoveryKey.printing') : t('recoveryKey.print')}
          </button>
          <div aria-live="polite">
            {sheet.phase === 'saved' ? (
              <p className="recovery-key__saved">
                <span>
                  {t('recoveryKey.sheetSaved')} <span className="recovery-key__path">{sheet.path}</span>
                </span>
                <span>{t('recoveryKey.sheetDelete')}</span>
              </p>
            ) : null}
            {sheet.phase === 'cancelled' ? <p className="muted">{t('recoveryKey.sheetCancelled')}</p> : null}
          </div>
          {sheet.phase === 'error' ? (
            <p className="banner banner--error" role="alert">
              {t('recoveryKey.sheetFailed', { reason: sheet.message })}
            </p>
          ) : null}
        </div>
        <div className={keptError ? 'field field--invalid' : 'field'}>
          <label className="checkbox access__understand">
            <input
              ref={box}
              type="checkbox"
              id={`${id}-kept`}
              required
              checked={kept}
              aria-invalid={keptError ? true : undefined}
              aria-describedby={keptError ? fieldErrorId(`${id}-kept`) : undefined}
              onChange={(e) => (setKept(e.target.checked), setKeptError(null))}
            />
            <span>{t('recoveryKey.kept')}</span>
          </label>
          <FieldError id={`${id}-kept`} error={keptError} />
        </div>
        <button type="submit" className="button button--primary access__submit" disabled={busy}>
          {busy ? t('recoveryKey.continuing') : t('recoveryKey.continue')}
        </button>
      </form>
    </AccessFrame>
  );
}
