/**
 * The names of the IPC channels, apart from their schemas so that the preload (which must stay
 * small and CommonJS) can list them without bundling the validation library. `api.ts` checks that
 * its contract table has exactly these keys.
 */
export const CHANNEL_NAMES = [
  'appInfo',
  'getSettings',
  'updateSettings',
  'listPatients',
  'getPatient',
  'createPatient',
  'updatePatient',
  'setPatientArchived',
  'listCourses',
  'createCourse',
  'listSessions',
  'getSession',
  'createSession',
  'saveSession',
  'signSession',
  'amendSession',
  'acknowledgeContraindications',
  'listProtocols',
  'saveProtocol',
  'deleteProtocol',
  'exportPatient',
  'importPatient',
  'listBackups',
  'createBackupNow',
  'restoreBackup',
  'verifyAudit',
  'getCourseTimeline',
  'compareSessions',
  'exportSessionPdf',
  'exportCoursePdf',
  'getExportProgress',
  'getBackupProgress',
  'findProductUses',
  'exportLotRecallCsv',
  'listPractitioners',
  'createFirstPractitioner',
  'unlock',
  'lock',
  'reportActivity',
  'addPractitioner',
  'changePassphrase',
  'setPractitionerDisabled',
  'setPractitionerLanguage',
  'setPractitionerRegistration',
  'listConsentTemplates',
  'getConsentTemplate',
  'saveConsentTemplate',
  'signConsent',
  'withdrawConsent',
  'listConsents',
  'getSessionConsent',
  'exportConsentPdf',
  'addPhoto',
  'importPhotos',
  'listPhotos',
  'getPhotoImages',
  'removePhoto',
  'listAdverseEvents',
  'addAdverseEvent',
  'updateAdverseEvent',
  'exportAdverseEventPdf',
  'listCatalogue',
  'saveCatalogueProduct',
  'setProductRetired',
  'findCatalogueProductByGtin',
  'listStock',
  'listStockMovements',
  'receiveLot',
  'adjustLot',
  'exportStockCsv',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The renderer finds the API at window.mesochart. */
export const API_GLOBAL = 'mesochart';
/** IPC channel names are prefixed so they cannot collide with Electron's or a library's. */
export const IPC_PREFIX = 'mesochart:';

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}
