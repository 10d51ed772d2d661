import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../editor/keyboard.ts';

/** The keyboard shortcuts overlay (opened with ?): a modal dialog, closed by Escape, ? or its button. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['map']);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="map-help__backdrop" onPointerDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="map-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="map-help-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="map-help__head">
          <h2 id="map-help-title">{t('shortcuts.title')}</h2>
          <button ref={close} type="button" className="map-button" onClick={onClose}>
            {t('shortcuts.close')}
          </button>
        </div>
        <dl className="map-help__list">
          {SHORTCUTS.map((s) => (
            <div key={s} className="map-help__row">
              <dt>
                <kbd>{t(`shortcuts.${s}.keys`)}</kbd>
              </dt>
              <dd>{t(`shortcuts.${s}.what`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
