import type { ADVERSE_EVENT_CHANNELS } from '../../shared/channels/adverseEvents.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/** Adverse events: the store checks them against their session and audits each change. */
export function adverseEventChannels(ctx: Pick<ChannelContext, 'store' | 'actor'>): ChannelHandlers<typeof ADVERSE_EVENT_CHANNELS> {
  return {
    listAdverseEvents: (query) => ctx.store().listAdverseEvents(query),
    addAdverseEvent: ({ sessionId, ...fields }) => ctx.store().addAdverseEvent(sessionId, fields, ctx.actor()),
    updateAdverseEvent: ({ id, ...fields }) => ctx.store().updateAdverseEvent(id, fields, ctx.actor()),
  };
}
