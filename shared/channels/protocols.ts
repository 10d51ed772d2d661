import { protocolIdSchema, protocolInputSchema, protocolListQuerySchema, type Protocol } from '../protocols.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Protocols: named selections of points, stamped onto sessions. */
export const PROTOCOL_CHANNELS = {
  listProtocols: { input: protocolListQuerySchema, output: returns<Protocol[]>() },
  saveProtocol: { input: protocolInputSchema, output: returns<Protocol>() },
  /** Answers the protocol as it was before deletion. */
  deleteProtocol: { input: protocolIdSchema, output: returns<Protocol>() },
} as const satisfies Record<string, ChannelContract>;
