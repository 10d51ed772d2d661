import type { CATALOGUE_CHANNELS } from '../../shared/channels/catalogue.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/** The clinic's product catalogue. */
export function catalogueChannels(ctx: Pick<ChannelContext, 'store' | 'actor'>): ChannelHandlers<typeof CATALOGUE_CHANNELS> {
  return {
    listCatalogue: ({ includeRetired }) => ctx.store().listCatalogue(includeRetired),
    saveCatalogueProduct: (fields) => ctx.store().saveCatalogueProduct(fields, ctx.actor()),
    setProductRetired: ({ id, retired }) => ctx.store().setProductRetired(id, retired, ctx.actor()),
    findCatalogueProductByGtin: ({ gtin }) => ctx.store().findCatalogueProductByGtin(gtin),
  };
}
