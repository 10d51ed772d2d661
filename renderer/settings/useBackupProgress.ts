import { useEffect, useState } from 'react';
import type { BackupProgress } from '../../shared/backups.ts';
import { api } from '../api.ts';

const POLL_MS = 200;

/** While `active`, polls the backup or restore in progress (getBackupProgress) for a determinate bar. */
export function useBackupProgress(active: boolean): BackupProgress | null {
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    let alive = true;
    const poll = async () => {
      while (alive) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        if (!alive) return;
        try {
          const { running } = await api.getBackupProgress({});
          if (alive) setProgress(running);
        } catch {
          // Progress is a nicety: the operation's own answer says how it ended.
        }
      }
    };
    void poll();
    return () => {
      alive = false;
    };
  }, [active]);
  return progress;
}
