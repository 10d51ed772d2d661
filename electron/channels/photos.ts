import { basename } from 'node:path';
import type { PHOTO_CHANNELS } from '../../shared/channels/photos.ts';
import { ApiError, notFound } from '../../shared/errors.ts';
import type { ImportPhotosOutcome, Photo, PhotoPose, PhotoSize } from '../../shared/photo.ts';
import { derivedImage, readChosenFile, storeImage } from '../photos/photoFiles.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/**
 * Clinical photos: bytes dropped on the window or files chosen in main's dialog (the FilePort), stored
 * under their hash in the photo folder (a path), served as derived copies.
 */
export function photoChannels(ctx: Pick<ChannelContext, 'store' | 'actor' | 'files' | 'photoDir' | 'photoCodec' | 'backups'>): ChannelHandlers<typeof PHOTO_CHANNELS> {
  const photoDir = (): string => {
    if (!ctx.photoDir) throw new ApiError({ code: 'conflict', field: null, reason: 'photos-unavailable' });
    return ctx.photoDir;
  };

  async function addBytes(input: { sessionId: string; pose: PhotoPose; caption: string; fileName: string; reason?: string | undefined }, bytes: Uint8Array): Promise<Photo> {
    const store = ctx.store();
    // The session is looked up before any file is written: a photo for no session leaves nothing behind.
    const session = await store.getSession(input.sessionId);
    if (!session) throw notFound('session', input.sessionId, 'sessionId');
    if (session.status === 'signed' && !input.reason?.trim()) {
      throw new ApiError({ code: 'locked', field: 'reason', reason: 'amendment-reason-required', params: { action: 'add-photo' } });
    }
    const stored = await storeImage(photoDir(), bytes, ctx.photoCodec);
    return store.addPhoto(
      { sessionId: input.sessionId, pose: input.pose, caption: input.caption, fileName: input.fileName, hash: stored.hash, format: stored.format, width: stored.width, height: stored.height, bytes: stored.bytes },
      input.reason,
      ctx.actor(),
    );
  }

  /**
   * A derived copy; when its original is found damaged or missing (its seal or hash does not check), the
   * original is put back from a backup that has it, and the copy made again. Otherwise the refusal stands.
   */
  async function derivedImageOrRepaired(dir: string, photo: { hash: string; format: 'jpeg' | 'png' }, size: PhotoSize) {
    try {
      return await derivedImage(dir, photo.hash, photo.format, size, ctx.photoCodec);
    } catch (error) {
      if (!(await ctx.backups?.repairPhoto?.(photo))) throw error;
      return derivedImage(dir, photo.hash, photo.format, size, ctx.photoCodec);
    }
  }

  return {
    addPhoto: (input) =>
      addBytes(input, Buffer.from(input.data, 'base64')),
    importPhotos: async (input) => {
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
    listPhotos: (query) => ctx.store().listPhotos(query),
    getPhotoImages: async ({ ids, size }) => {
      const store = ctx.store();
      const dir = photoDir();
      const photos = [];
      for (const id of ids) {
        const photo = await store.getPhoto(id);
        if (!photo) throw notFound('photo', id, 'ids');
        photos.push(photo);
      }
      // Derived copies are read (or made) in parallel: libvips works on its own threads.
      const images = await Promise.all(
        photos.map(async (photo) => {
          const image = await derivedImageOrRepaired(dir, photo, size);
          return { id: photo.id, size, mime: 'image/jpeg' as const, width: image.width, height: image.height, data: image.data.toString('base64') };
        }),
      );
      // A display copy is a photo opened to be looked at: one entry each, once it is answered. Thumbnails
      // belong to the page that shows them, whose opening is audited.
      if (size === 'display') {
        const viewer = ctx.actor();
        for (const photo of photos) {
          await store.auditRecordOutput({ action: 'photo.view', entity: 'photo', entityId: photo.id, detail: { sessionId: photo.sessionId } }, viewer);
        }
      }
      return images;
    },
    removePhoto: ({ id, reason }) => ctx.store().removePhoto(id, reason, ctx.actor()),
  };
}
