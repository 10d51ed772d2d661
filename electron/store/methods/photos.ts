import { randomUUID } from 'node:crypto';
import type { SqlDatabase } from '../sqlDatabase.ts';
import { ApiError, notFound } from '../../../shared/errors.ts';
import type { Photo, PhotoRef } from '../../../shared/photo.ts';
import { photoConsentRefusal } from '../../../shared/photoConsent.ts';
import type { Actor, PhotoStore } from '../../../shared/repository.ts';
import type { Amendment } from '../../../shared/session.ts';
import { insertAmendment, listAmendments } from '../amendments.ts';
import { listConsentsOfPatient } from '../consents.ts';
import { deletePhotoRow, findPhoto, insertPhoto, listPhotos, markPhotoRemoved } from '../photos.ts';
import type { SessionRecord } from '../sessions.ts';
import { amendmentContent, contentHash } from '../signedContent.ts';
import type { StoreContext, Synchronous } from './context.ts';
import { existingPatient, existingSession } from './lookups.ts';

/**
 * Clinical photos of a session. On a draft they come and go; on a signed session adding or removing one
 * is an amendment, with a reason.
 */
export function photoMethods({ db, mutate, read, audit }: StoreContext): Synchronous<PhotoStore> {
  return {
    addPhoto: (photo, reason, actor) =>
      mutate(actor, (at) => {
        const session = existingSession(db, photo.sessionId, 'sessionId');
        const refusal = photoConsentRefusal(listConsentsOfPatient(db, session.patientId, session.indication), session.indication, at.slice(0, 10));
        if (refusal) throw new ApiError(refusal);
        const amendReason = reasonForSigned(session, reason, 'add-photo');
        const row = { ...photo, id: randomUUID(), patientId: session.patientId, addedAt: at, addedBy: actor.name };
        insertPhoto(db, row);
        if (amendReason !== null) {
          const entry = photoAmendment(db, session, amendReason, at, actor, { added: [ref(row)], removed: [] });
          audit(at, actor, 'session.amend', 'session', session.id, { amendment: entry.seq, photos: { added: 1 }, contentHash: contentHash(amendmentContent(session.id, entry)) });
        } else {
          audit(at, actor, 'photo.add', 'photo', row.id, { sessionId: session.id, pose: photo.pose, hash: photo.hash, bytes: photo.bytes });
        }
        return findPhoto(db, row.id) as Photo;
      }),

    listPhotos: (query) =>
      read(() => {
        existingPatient(db, query.patientId);
        return listPhotos(db, query);
      }),

    getPhoto: (id) => read(() => findPhoto(db, id)),

    removePhoto: (id, reason, actor) =>
      mutate(actor, (at) => {
        const photo = findPhoto(db, id);
        if (!photo) throw notFound('photo', id);
        const session = existingSession(db, photo.sessionId, 'id');
        const amendReason = reasonForSigned(session, reason, 'remove-photo');
        if (amendReason === null) {
          // A draft's photo leaves the record; its file stays (content-addressed, maybe shared).
          deletePhotoRow(db, id);
          audit(at, actor, 'photo.remove', 'photo', id, { sessionId: session.id, hash: photo.hash });
        } else {
          markPhotoRemoved(db, id, at, actor.name);
          const entry = photoAmendment(db, session, amendReason, at, actor, { added: [], removed: [ref(photo)] });
          audit(at, actor, 'session.amend', 'session', session.id, { amendment: entry.seq, photos: { removed: 1 }, contentHash: contentHash(amendmentContent(session.id, entry)) });
        }
        return photo;
      }),
  };
}

function reasonForSigned(session: SessionRecord, reason: string | undefined, what: 'add-photo' | 'remove-photo'): string | null {
  if (session.status !== 'signed') return null;
  const r = reason?.trim() ?? '';
  if (r === '') throw new ApiError({ code: 'locked', field: 'reason', reason: 'amendment-reason-required', params: { action: what } });
  return r;
}

function photoAmendment(db: SqlDatabase, session: SessionRecord, reason: string, at: string, actor: Actor, photos: { added: PhotoRef[]; removed: PhotoRef[] }): Amendment {
  const entry: Amendment = { id: randomUUID(), seq: listAmendments(db, session.id).length + 1, at, actor: actor.name, reason, changes: { photos } };
  insertAmendment(db, session.id, entry);
  return entry;
}

const ref = (p: Pick<Photo, 'id' | 'pose' | 'caption' | 'hash'>): PhotoRef => ({ id: p.id, pose: p.pose, caption: p.caption, hash: p.hash });
