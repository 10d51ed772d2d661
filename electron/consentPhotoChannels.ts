import { basename } from 'node:path';
import type { Language } from '../shared/i18n/languages.ts';
import type { Consent, ConsentTemplate, SessionConsent, SignatureInput } from '../shared/consent.ts';
import { ApiError, notFound } from '../shared/errors.ts';
import type { IndicationId } from '../shared/indications.ts';
import type { ImportPhotosOutcome, Photo, PhotoImage, PhotoListQuery, PhotoPose, PhotoSize } from '../shared/photo.ts';
import type { Actor, RecordStore } from '../shared/repository.ts';
import type { Settings } from '../shared/settings.ts';
import { derivedImage, readChosenFile, storeImage } from './photos/photoFiles.ts';
import type { FilePort } from './recordOutputs.ts';

/**
 * The channels of informed consent and clinical photos. Plain Node: the file dialogs come in as the
 * FilePort (Electron's dialogs in the app, a folder in tests), the photo folder as a path.
 */

export type ConsentPhotoContext = {
  store: () => RecordStore;
  settings: () => Settings;
  actor: () => Actor;
  files?: FilePort | undefined;
  /** The data folder's photos/ (owner-only); without it the photo channels say photos are not available. */
  photoDir?: string | undefined;
};

export function createConsentPhotoChannels(ctx: ConsentPhotoContext) {
  const photoDir = (): string => {
    if (!ctx.photoDir) throw new ApiError({ code: 'conflict', field: null, reason: 'photos-unavailable' });
    return ctx.photoDir;
  };

  const typedAllowed = (signature: SignatureInput, field: string) => {
    if (signature.kind === 'typed' && !ctx.settings().consent.allowTypedSignature) {
      throw new ApiError({ code: 'invalid-input', field, reason: 'signature-must-be-drawn' });
    }
  };

  async function addBytes(input: { sessionId: string; pose: PhotoPose; caption: string; fileName: string; reason?: string | undefined }, bytes: Uint8Array): Promise<Photo> {
    const store = ctx.store();
    // The session is looked up before any file is written: a photo for no session leaves nothing behind.
    const session = await store.getSession(input.sessionId);
    if (!session) throw notFound('session', input.sessionId, 'sessionId');
    if (session.status === 'signed' && !input.reason?.trim()) {
      throw new ApiError({ code: 'locked', field: 'reason', reason: 'amendment-reason-required', params: { action: 'add-photo' } });
    }
    const stored = await storeImage(photoDir(), bytes);
    return store.addPhoto(
      { sessionId: input.sessionId, pose: input.pose, caption: input.caption, fileName: input.fileName, hash: stored.hash, format: stored.format, width: stored.width, height: stored.height, bytes: stored.bytes },
      input.reason,
      ctx.actor(),
    );
  }

  return {
    listConsentTemplates: ({ indication, language }: { indication?: IndicationId | undefined; language?: Language | undefined }): Promise<ConsentTemplate[]> | ConsentTemplate[] =>
      ctx.store().listConsentTemplates(indication, language),
    getConsentTemplate: async ({ templateId, version }: { templateId: string; version?: number | undefined }): Promise<ConsentTemplate> => {
      const found = await ctx.store().getConsentTemplate(templateId, version);
      if (!found) throw new ApiError({ code: 'not-found', field: version === undefined ? 'templateId' : 'version', reason: 'no-such-template-version' });
      return found;
    },
    saveConsentTemplate: (input: { templateId?: string | undefined; indication: IndicationId; language?: Language | undefined; title: string; body: string }) => ctx.store().saveConsentTemplate(input, ctx.actor()),
    signConsent: (input: { patientId: string; templateId: string; templateVersion: number; patientSignature: SignatureInput; practitionerSignature: SignatureInput }): Promise<Consent> | Consent => {
      typedAllowed(input.patientSignature, 'patientSignature');
      typedAllowed(input.practitionerSignature, 'practitionerSignature');
      return ctx.store().signConsent(input, ctx.actor());
    },
    withdrawConsent: ({ id, date, reason }: { id: string; date: string; reason: string }) => ctx.store().withdrawConsent(id, { date, reason }, ctx.actor()),
    listConsents: ({ patientId }: { patientId: string }) => ctx.store().listConsents(patientId),
    getSessionConsent: async ({ sessionId }: { sessionId: string }): Promise<SessionConsent> => {
      const found = await ctx.store().getSessionConsent(sessionId);
      if (!found) throw notFound('session', sessionId);
      return found;
    },

    addPhoto: (input: { sessionId: string; pose: PhotoPose; caption: string; fileName: string; data: string; reason?: string | undefined }) =>
      addBytes(input, Buffer.from(input.data, 'base64')),
    importPhotos: async (input: { sessionId: string; pose: PhotoPose; caption: string; reason?: string | undefined }): Promise<ImportPhotosOutcome> => {
      const store = ctx.store();
      if (!(await store.getSession(input.sessionId))) throw notFound('session', input.sessionId, 'sessionId');
      photoDir();
      const chooser = ctx.files?.chooseOpenFiles;
      if (!chooser) throw new ApiError({ code: 'conflict', field: null, reason: 'file-chooser-unavailable' });
      const paths = await chooser({ purpose: 'photos' });
      if (paths === null) return { added: [], refused: [], cancelled: true };
      const outcome: ImportPhotosOutcome = { added: [], refused: [], cancelled: false };
      for (const path of paths) {
        const fileName = basename(path).slice(0, 255);
        try {
          outcome.added.push(await addBytes({ ...input, fileName }, await readChosenFile(path)));
        } catch (error) {
          if (error instanceof ApiError && error.code !== 'invalid-input') throw error;
          // A file that is no usable photo (or cannot be read) is refused as data, worded by the screen.
          const refusal = error instanceof ApiError ? error : new ApiError({ code: 'invalid-input', field: 'data', reason: 'unreadable-file' }, { cause: error });
          outcome.refused.push({ fileName, error: refusal.toPayload() });
        }
      }
      return outcome;
    },
    listPhotos: (query: PhotoListQuery) => ctx.store().listPhotos(query),
    getPhotoImages: async ({ ids, size }: { ids: string[]; size: PhotoSize }): Promise<PhotoImage[]> => {
      const store = ctx.store();
      const dir = photoDir();
      const photos = [];
      for (const id of ids) {
        const photo = await store.getPhoto(id);
        if (!photo) throw notFound('photo', id, 'ids');
        photos.push(photo);
      }
      // Derived copies are read (or made) in parallel: libvips works on its own threads.
      return Promise.all(
        photos.map(async (photo) => {
          const image = await derivedImage(dir, photo.hash, photo.format, size);
          return { id: photo.id, size, mime: 'image/jpeg' as const, width: image.width, height: image.height, data: image.data.toString('base64') };
        }),
      );
    },
    removePhoto: ({ id, reason }: { id: string; reason?: string | undefined }) => ctx.store().removePhoto(id, reason, ctx.actor()),
  };
}
