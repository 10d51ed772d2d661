import { z } from 'zod';

/**
 * What checking the audit trail's hash chain found (electron/store/auditChain.ts): every entry intact,
 * or the first one that is not and why.
 */
export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** The newest link of the chain: its entry number and hash (a backup's manifest and a printed record's footer keep it). */
export type AuditHead = { entry: number; hash: string };

/** What a backup recorded of the chain when it was taken: compared with the chain as it is now. */
export type AuditAnchor = { file: string; createdAt: string; head: AuditHead };

/**
 * A backup naming a link the chain no longer has: 'missing' when the chain now ends before that entry
 * (entries removed from its newest end), 'different' when the entry is there with another hash (the
 * trail rewritten since). `restoredSince`: a restore of the records after that backup was taken, which
 * replaces the newest entries by those of the backup restored, and so explains the finding.
 */
export type BackupAuditFinding = {
  file: string;
  createdAt: string;
  head: AuditHead;
  problem: 'missing' | 'different';
  /** The newest entry of the chain now (0 for an empty trail). */
  chainEnd: number;
  restoredSince: { entry: number; at: string } | null;
};

/** The chain's own check, and its comparison with the backups found. */
export type AuditCheck = AuditVerification & { backups: { checked: number; findings: BackupAuditFinding[] } };

/** What an audit entry can be about. */
export const AUDIT_ENTITIES = ['patient', 'course', 'session', 'protocol', 'lot', 'practitioner', 'consent', 'consent-template', 'photo', 'backup', 'adverse-event', 'catalogue-product', 'stock-lot', 'recall', 'settings'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The kinds the audit screen filters by. */
export const AUDIT_KINDS = ['change', 'view', 'signature', 'output', 'backup', 'security'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/**
 * Every action the application writes, with its kind. An action not listed here (an older build's, or
 * one added without its label) reads as a change, and the screen shows its code.
 */
export const AUDIT_ACTIONS = {
  'patient.create': 'change',
  'patient.update': 'change',
  'patient.archive': 'change',
  'patient.unarchive': 'change',
  'course.create': 'change',
  'session.create': 'change',
  'session.save': 'change',
  'session.acknowledge-contraindications': 'change',
  'protocol.create': 'change',
  'protocol.delete': 'change',
  'consent.withdraw': 'change',
  'consent-template.create': 'change',
  'consent-template.version': 'change',
  'photo.add': 'change',
  'photo.remove': 'change',
  'adverse-event.create': 'change',
  'adverse-event.update': 'change',
  'catalogue-product.create': 'change',
  'catalogue-product.update': 'change',
  'catalogue-product.retire': 'change',
  'catalogue-product.restore': 'change',
  'stock.receive': 'change',
  'stock.adjust': 'change',
  'recall.open': 'change',
  'recall.contact': 'change',
  'recall.contact-correct': 'change',
  'recall.close': 'change',
  'session.sign': 'signature',
  'session.amend': 'signature',
  'consent.sign': 'signature',
  'patient.view': 'view',
  'session.view': 'view',
  'photo.view': 'view',
  'consent.view': 'view',
  'lot.search': 'view',
  'session.print': 'output',
  'course.export': 'output',
  'consent.print': 'output',
  'adverse-event.print': 'output',
  'lot.recall-export': 'output',
  'stock.export': 'output',
  'recall.export': 'output',
  'recall.print': 'output',
  'patient.export': 'output',
  'backup.create': 'backup',
  'backup.restore': 'backup',
  'patient.import': 'backup',
  'practitioner.create': 'security',
  'practitioner.unlock': 'security',
  'practitioner.unlock-failed': 'security',
  'practitioner.lock': 'security',
  'practitioner.passphrase-change': 'security',
  'practitioner.disable': 'security',
  'practitioner.enable': 'security',
  'practitioner.language': 'security',
  'practitioner.registration': 'security',
  'settings.update': 'security',
  'recovery-key.renew': 'security',
  'recovery-key.confirm': 'security',
  'recovery-sheet.print': 'security',
} as const satisfies Record<string, AuditKind>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isKnownAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

export function auditKindOf(action: string): AuditKind {
  return isKnownAuditAction(action) ? AUDIT_ACTIONS[action] : 'change';
}

/** The actions of a kind; 'change' also takes in every action not listed (see AUDIT_ACTIONS). */
export function actionsOfKind(kind: AuditKind): AuditAction[] {
  return (Object.keys(AUDIT_ACTIONS) as AuditAction[]).filter((action) => AUDIT_ACTIONS[action] === kind);
}

/** The catalogue key of an action's label: dots are the catalogue's separators. */
export type AuditActionKey = AuditAction extends infer A ? (A extends `${infer E}.${infer V}` ? `${E}-${V}` : never) : never;
export function auditActionKey(action: AuditAction): AuditActionKey {
  return action.replace('.', '-') as AuditActionKey;
}

/** Who writes what nobody asked for at that moment (an automatic backup): the application itself. */
export const SYSTEM_ACTOR = { name: 'MesoChart', id: 'system' } as const;

/** A page of the audit trail, newest first: of one kind or all, older than entry `before` when paging on. */
export const auditListQuerySchema = z
  .object({
    kind: z.enum(AUDIT_KINDS).nullable().default(null),
    before: z.int().min(1).nullable().default(null),
    limit: z.int().min(1).max(200).default(50),
  })
  .strict();
export type AuditListQuery = z.output<typeof auditListQuerySchema>;
