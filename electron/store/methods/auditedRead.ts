import type { Actor, AuditEntry } from '../../../shared/repository.ts';
import type { StoreContext } from './context.ts';

/**
 * Writes the audit entry of a read made by a person (a patient, a photo, a consent opened; a lot
 * searched): one entry, with who and which record, and no clinical content beyond ids. A read without a
 * viewer (the store reading for itself, a printed record gathering its data) writes nothing, nor does a
 * store opened read-only (nothing can be written there).
 */
export function auditRead(
  { mutate, audit, readOnly }: Pick<StoreContext, 'mutate' | 'audit' | 'readOnly'>,
  viewer: Actor | undefined,
  read: { action: string; entity: AuditEntry['entity']; entityId: string; detail?: object },
): void {
  if (!viewer || readOnly) return;
  mutate(viewer, (at) => audit(at, viewer, read.action, read.entity, read.entityId, read.detail ?? {}));
}
