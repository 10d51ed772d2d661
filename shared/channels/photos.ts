import {
  addPhotoSchema,
  importPhotosSchema,
  photoImagesQuerySchema,
  photoListQuerySchema,
  removePhotoSchema,
  type ImportPhotosOutcome,
  type Photo,
  type PhotoImage,
} from '../photo.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Clinical photos (shared/photo.ts): files in the data folder under their hash; bytes, never paths, cross. */
export const PHOTO_CHANNELS = {
  /** A photo dropped on the window (its bytes, base64): checked, stored, thumbnail made. */
  addPhoto: { input: addPhotoSchema, output: returns<Photo>() },
  /** Photos chosen in main's file dialog; each refused file is reported, the others are added. */
  importPhotos: { input: importPhotosSchema, output: returns<ImportPhotosOutcome>() },
  listPhotos: { input: photoListQuerySchema, output: returns<Photo[]>() },
  /** Thumbnails or display copies as JPEG bytes (orientation applied, no metadata). */
  getPhotoImages: { input: photoImagesQuerySchema, output: returns<PhotoImage[]>() },
  /** From a draft: removed; from a signed session: an amendment (reason required). The file stays. */
  removePhoto: { input: removePhotoSchema, output: returns<Photo>() },
} as const satisfies Record<string, ChannelContract>;
