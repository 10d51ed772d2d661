import { ApiError, type ErrorParams, type RecordKind } from '../../shared/errors.ts';

/**
 * The one way a record that already exists is refused: a 'conflict' naming the field at fault, the
 * reason the screen words, and what is in the way. The store checks inside its transaction; a channel
 * that checks first (to spare slow work, or files written for nothing) refuses with the same error.
 */
function alreadyExists(field: string | null, reason: string, params: ErrorParams = {}): ApiError {
  return new ApiError({ code: 'conflict', field, reason, params });
}

/** The first-run screen adds the first profile only: once there is one, profiles are added by a practitioner. */
export const profileExists = () => alreadyExists(null, 'profile-exists');

/** Profile names are unique regardless of case and spacing (practitionerNameKey). */
export const practitionerNameTaken = (name: string) => alreadyExists('displayName', 'practitioner-name-taken', { name });

/** Protocol names are unique regardless of case and spacing (protocolNameKey); `name` is the existing one's. */
export const protocolNameTaken = (name: string) => alreadyExists('name', 'protocol-name-taken', { name });

/** Names of the catalogue's products offered are unique regardless of case and spacing (catalogueNameKey); `name` is the existing one's. */
export const catalogueNameTaken = (name: string) => alreadyExists('name', 'catalogue-name-taken', { name });

/** A GTIN names one product: the `index`th GTIN given is already another product's (`name`, retired or not). */
export const gtinTaken = (index: number, gtin: string, name: string) => alreadyExists(`gtins.${index}`, 'gtin-taken', { gtin, name });

/** An imported patient whose id is already in the records. */
export const patientAlreadyImported = (patient: { firstName: string; lastName: string }) =>
  alreadyExists('document.patient.id', 'patient-already-imported', { firstName: patient.firstName, lastName: patient.lastName });

/** A record of an imported document whose id is already taken; `field` is its place in the document. */
export const recordAlreadyPresent = (field: string, record: RecordKind, id: string) => alreadyExists(field, 'record-already-present', { record, id });
