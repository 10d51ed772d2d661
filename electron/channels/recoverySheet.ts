import type { PdfExportOutcome } from '../../shared/recordOutputs.ts';
import { ApiError } from '../../shared/errors.ts';
import { todayIso } from '../../shared/dates.ts';
import { recoverySheetData } from '../pdf/recoverySheetData.ts';
import { unlockedActor, type ChannelContext } from './context.ts';
import { writePdfExport } from './pdfExport.ts';

/**
 * The recovery sheet of the key shown now (AccessState.recoveryKeyToShow), saved where the practitioner
 * chooses: while a key waits to be confirmed, and only then, since the key is never kept in clear.
 */
export function recoverySheetChannel(ctx: Pick<ChannelContext, 'access' | 'sealed' | 'settings' | 'files' | 'pdf' | 'store'>): () => Promise<PdfExportOutcome> {
  return async () => {
    const by = unlockedActor(ctx.access);
    const recoveryKey = ctx.sealed?.vault.isSealed() ? await ctx.sealed.vault.recoveryKeyToShow() : null;
    if (!recoveryKey) throw new ApiError({ code: 'conflict', field: null, reason: 'no-recovery-key-to-show' });
    if (!ctx.files) throw new ApiError({ code: 'conflict', field: null, reason: 'saving-unavailable' });
    const practitioner = await ctx.store().findPractitioner(by.id);
    const data = recoverySheetData({ settings: ctx.settings(), practitioner: { displayName: by.name, language: practitioner?.language ?? null }, recoveryKey });
    const path = await ctx.files.chooseSavePath({ purpose: 'recovery-sheet', defaultName: `MesoChart-recovery-sheet-${todayIso()}.pdf` });
    if (path === null) return { saved: false };
    return writePdfExport(ctx, data, path, true, () => ctx.store().auditRecordOutput({ action: 'recovery-sheet.print', entity: 'practitioner', entityId: by.id, detail: {} }, by));
  };
}
