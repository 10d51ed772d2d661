import { useTranslation } from 'react-i18next';
import { adverseEventOutcomeLabel, type AdverseEventOutcome } from '../../shared/adverseEvents.ts';
import { Badge, type BadgeTone } from '../components/Badge.tsx';

/** Open events stand out; resolved ones are done; sequelae and unknown outcomes stay visible but quiet. */
const TONE: Record<AdverseEventOutcome, BadgeTone> = {
  ongoing: 'warning',
  resolved: 'success',
  'resolved-with-sequelae': 'neutral',
  unknown: 'muted',
};

/** An adverse event's outcome as a status pill. */
export function OutcomeBadge({ outcome }: { outcome: AdverseEventOutcome }) {
  const { t } = useTranslation('adverseEvents');
  return <Badge tone={TONE[outcome]}>{adverseEventOutcomeLabel(t, outcome)}</Badge>;
}
