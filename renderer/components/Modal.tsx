import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesPrompt } from './UnsavedChanges.tsx';

type Props = {
  title: ReactNode;
  /** Escape and the close button call this; null for a dialog that must be answered with its own buttons. */
  onClose: (() => void) | null;
  children: ReactNode;
  /**
   * The action row at the bottom; as a function it is given the guarded close, for a Cancel button that
   * must ask too when something would be lost.
   */
  footer: ReactNode | ((requestClose: () => void) => ReactNode);
  /**
   * Something entered would be lost on closing (a drawn signature, a typed amendment, a course, a form
   * with changes): Escape, the close button and the guarded close ask first (issue 12).
   */
  dirty?: boolean;
  /** The whole worded question, from the caller's namespace; "Close and discard what you entered?" otherwise. */
  discardQuestion?: string;
  tone?: 'default' | 'warning';
  size?: 'medium' | 'wide';
  /** The element to focus when the dialog opens (a selector inside the dialog); the first field otherwise. */
  initialFocus?: string;
  /** Called on Escape when onClose is null (e.g. "Go back"). */
  onEscape?: () => void;
  describedBy?: string;
};

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
/** The same within the dialog's body: each alternative scoped, or only the first would be (the header's close button matched the rest). */
const FOCUSABLE_IN_BODY = FOCUSABLE.split(', ')
  .map((s) => `.modal__body ${s}`)
  .join(', ');

/**
 * A modal dialog: the native <dialog> shown modally (the page behind is inert), labelled by its title,
 * Tab kept inside, Escape closes (or does what `onEscape` says), focus returned to where it was. A
 * dialog holding changes (`dirty`) asks before Escape or the close button discards them; a click on
 * the backdrop never closes it.
 */
export function Modal({ title, onClose, children, footer, dirty = false, discardQuestion, tone = 'default', size = 'medium', initialFocus, onEscape, describedBy }: Props) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [asking, setAsking] = useState(false);
  // Closing never discards what was entered without asking: with changes, the question takes the footer.
  const guardedClose = onClose ? () => (dirty ? setAsking(true) : onClose()) : null;
  const closeRef = useRef(guardedClose);
  closeRef.current = guardedClose;
  const keep = () => {
    setAsking(false);
    requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>(FOCUSABLE_IN_BODY)?.focus());
  };
  const escapeRef = useRef(onEscape);
  escapeRef.current = onEscape;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const target = (initialFocus ? dialog.querySelector<HTMLElement>(initialFocus) : null) ?? dialog.querySelector<HTMLElement>(FOCUSABLE_IN_BODY) ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (before && document.contains(before)) before.focus();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      // Escape on the question answers it the safe way: keep editing.
      if (asking) keep();
      else if (closeRef.current) closeRef.current();
      else escapeRef.current?.();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter((el) => el.offsetParent !== null || el === document.activeElement);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`modal modal--${tone} modal--${size}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(e) => e.preventDefault()}
    >
      <div className="modal__header">
        <h2 className="modal__title" id={titleId}>
          {title}
        </h2>
        {guardedClose ? (
          <button type="button" className="button button--ghost button--small modal__close" onClick={guardedClose} aria-label={t('modal.close')}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </div>
      <div className="modal__body">{children}</div>
      <div className="modal__footer">
        {asking && onClose ? (
          <UnsavedChangesPrompt question={discardQuestion ?? t('unsaved.discardDialog')} onDiscard={onClose} onKeep={keep} />
        ) : typeof footer === 'function' ? (
          footer(guardedClose ?? (() => undefined))
        ) : (
          footer
        )}
      </div>
    </dialog>
  );
}
