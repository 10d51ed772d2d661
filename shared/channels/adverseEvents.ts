import {
  addAdverseEventSchema,
  adverseEventListQuerySchema,
  updateAdverseEventSchema,
  type AdverseEvent,
} from '../adverseEvents.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Adverse events: recorded on a session (signed or not) and followed up; each change audited. */
export const ADVERSE_EVENT_CHANNELS = {
  /** A patient's events (onset order, newest first), or one session's. */
  listAdverseEvents: { input: adverseEventListQuerySchema, output: returns<AdverseEvent[]>() },
  /** Refused, naming the field, when the onset is before the session or a point is not the session's. */
  addAdverseEvent: { input: addAdverseEventSchema, output: returns<AdverseEvent>() },
  /** A follow-up: the event's fields as they are now (outcome, follow-up date, report...). */
  updateAdverseEvent: { input: updateAdverseEventSchema, output: returns<AdverseEvent>() },
} as const satisfies Record<string, ChannelContract>;
