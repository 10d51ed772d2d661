import type { TRANSFER_CHANNELS } from '../../shared/channels/transfer.ts';
import { exportPatientWithPhotos, importPatientWithPhotos } from '../backup/patientTransfer.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/** A patient's whole record with its photo files, out of these records and into others. */
export function transferChannels(ctx: Pick<ChannelContext, 'store' | 'actor' | 'photoDir'>): ChannelHandlers<typeof TRANSFER_CHANNELS> {
  return {
    exportPatient: ({ id }) => exportPatientWithPhotos(ctx.store(), ctx.photoDir, id, ctx.actor()),
    importPatient: ({ document }) => importPatientWithPhotos(ctx.store(), ctx.photoDir, document, ctx.actor()),
  };
}
