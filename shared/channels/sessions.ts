import {
  contraindicationAckInputSchema,
  patientSessionsQuerySchema,
  sessionAmendSchema,
  sessionDraftInputSchema,
  sessionIdSchema,
  sessionSaveSchema,
  type Session,
  type SessionSummary,
} from '../session.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Sessions: drafts, signing, amendments of signed ones, the acknowledgement of contraindications. */
export const SESSION_CHANNELS = {
  listSessions: { input: patientSessionsQuerySchema, output: returns<SessionSummary[]>() },
  getSession: { input: sessionIdSchema, output: returns<Session>() },
  createSession: { input: sessionDraftInputSchema, output: returns<Session>() },
  saveSession: { input: sessionSaveSchema, output: returns<Session>() },
  /** Signs a draft as the practitioner of the settings; refused ('conflict') while contraindications await acknowledgement. */
  signSession: { input: sessionIdSchema, output: returns<Session>() },
  /** Appends a correction (reason, new field values, the whole corrected chart) to a signed session. */
  amendSession: { input: sessionAmendSchema, output: returns<Session>() },
  /** Records that the practitioner saw the patient's positive contraindications for this draft. */
  acknowledgeContraindications: { input: contraindicationAckInputSchema, output: returns<Session>() },
} as const satisfies Record<string, ChannelContract>;
