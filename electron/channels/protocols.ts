import type { PROTOCOL_CHANNELS } from '../../shared/channels/protocols.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';
import { checkPointsAgainstSettings } from './pointChecks.ts';

/** Protocols: named selections of points, checked against the settings like a session's chart. */
export function protocolChannels(ctx: Pick<ChannelContext, 'store' | 'settings' | 'actor'>): ChannelHandlers<typeof PROTOCOL_CHANNELS> {
  return {
    listProtocols: ({ view }) => ctx.store().listProtocols(view),
    saveProtocol: (fields) => {
      checkPointsAgainstSettings(fields.points, ctx.settings());
      return ctx.store().saveProtocol(fields, ctx.actor());
    },
    deleteProtocol: ({ id }) => ctx.store().deleteProtocol(id, ctx.actor()),
  };
}
