import { ErrorBanner } from './ErrorBanner.tsx';
import { ScreenHeading } from './ScreenHeading.tsx';

type Props = {
  /** The screen's heading, so that the failure is announced where the screen would have been. */
  heading: string;
  title: string;
  message: string;
  onRetry: () => void;
  /** A way out when retrying does not help (back to the patient). */
  back?: { label: string; onClick: () => void } | undefined;
};

/** A screen whose content could not be loaded: its heading, the failure (focused) with a retry, and a way back. */
export function ScreenLoadFailed({ heading, title, message, onRetry, back }: Props) {
  return (
    <div className="screen">
      <ScreenHeading>{heading}</ScreenHeading>
      <ErrorBanner title={title} message={message} onRetry={onRetry} autoFocus />
      {back ? (
        <p>
          <button type="button" className="button" onClick={back.onClick}>
            {back.label}
          </button>
        </p>
      ) : null}
    </div>
  );
}
