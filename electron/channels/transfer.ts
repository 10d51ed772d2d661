import type { TRANSFER_CHANNELS } from '../../shared/channels/transfer.ts';
import { exportPatientWithPhotos, importPatientFile } from '../backup/patientTransfer.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/** A patient's whole record with its photo files, out of these records and into others. */
export function transferChannels(ctx: Pick<ChannelContext, 'store' | 'actor' | 'photoDir' | 'photoCodec'>): ChannelHandlers<typeof TRANSFER_CHANNELS> {
  return {
    exportPatient: ({ id }) => exportPatientWithPhotos(ctx.store(), ctx.photoDir, ctx.photoCodec, id, ctx.actor()),
    importPatient: (file) => importPatientFile(ctx.store(), ctx.photoDir, ctx.photoCodec, file, ctx.actor()),
    getPatientImport: ({ patientId }) => ctx.store().getPatientImport(patientId),
  };
}
