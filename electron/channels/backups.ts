import type { BACKUP_CHANNELS } from '../../shared/channels/backups.ts';
import { ApiError } from '../../shared/errors.ts';
import type { BackupPort } from '../backup/backupService.ts';
import { verifyPassphrase } from '../access/passphrase.ts';
import { backupCreatedAudit } from '../securityAudit.ts';
import { relockUnlessKnown } from './access.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

const notAvailable = () => new ApiError({ code: 'conflict', field: null, reason: 'backups-unavailable' });

/** Backups of the whole records, and the restore of one, which replaces the store in its holder. */
export function backupChannels(ctx: Pick<ChannelContext, 'store' | 'stores' | 'access' | 'actor' | 'backups' | 'sealed'>): ChannelHandlers<typeof BACKUP_CHANNELS> {
  const backups = (): BackupPort => {
    if (!ctx.backups) throw notAvailable();
    return ctx.backups;
  };
  return {
    listBackups: () => backups().list(),
    getBackupProgress: () => ({ running: ctx.backups?.progress() ?? null }),
    createBackupNow: async ({ passphrase }) => {
      const requestedBy = ctx.actor();
      const info = await backups().createNow({ passphrase, kind: 'manual' });
      await ctx.store().auditRecordOutput(backupCreatedAudit(info), requestedBy);
      return info;
    },
    restoreBackup: async ({ file, passphrase }) => {
      const port = backups();
      if (!ctx.stores.canReopen) throw notAvailable();
      const restoredBy = ctx.actor();
      try {
        const result = await port.restore(file, { passphrase, beforeReplace: () => ctx.stores.closeForRestore() });
        ctx.stores.reopenIfClosed();
        // The restored records say who brought them back, from which backup, and what was kept aside.
        await ctx.store().auditRecordOutput(
          { action: 'backup.restore', entity: 'backup', entityId: file, detail: { keptAside: result.keptAside, photosRestored: result.photos?.restored ?? 0, photoProblems: result.photos?.problems.length ?? 0 } },
          restoredBy,
        );
        if (passphrase) await keepRestoredPractitionersOnKeyring(ctx, passphrase);
        await relockUnlessKnown(ctx);
        return result;
      } finally {
        // Whether the file was replaced or the replacement failed half-way, the store opens what is there.
        if (ctx.stores.reopenIfClosed()) await relockUnlessKnown(ctx);
      }
    },
  };
}

/**
 * The restored records bring their own practitioners (another clinic's backup, or an older one): those
 * whose passphrase was the one given to open the backup open these records cold from now on too
 * (electron/seal/). The others are added at their first unlock while the records are open.
 */
async function keepRestoredPractitionersOnKeyring(ctx: Pick<ChannelContext, 'store' | 'sealed'>, passphrase: string): Promise<void> {
  const vault = ctx.sealed?.vault;
  if (!vault?.isSealed()) return;
  for (const summary of await ctx.store().listPractitioners()) {
    if (summary.disabled || vault.hasPractitioner(summary.id)) continue;
    const profile = await ctx.store().findPractitioner(summary.id);
    if (profile?.credential && (await verifyPassphrase(passphrase, profile.credential))) {
      await vault.rememberPractitioner({ id: profile.id, displayName: profile.displayName, passphrase, language: profile.language });
    }
  }
}
