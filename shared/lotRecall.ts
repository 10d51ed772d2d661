import type { SessionStatus } from './session.ts';

/** One use of a product lot: the session, its patient and date, and the product as it was recorded. */
export type LotUse = {
  sessionId: string;
  patientId: string;
  patientFirstName: string;
  patientLastName: string;
  date: string;
  time: string;
  status: SessionStatus;
  productName: string;
  lot: string;
  expiry: string;
};
