import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';
import type { ApiErrorPayload } from './errors.ts';
import { entityId, note, requiredLine } from './text.ts';

/**
 * Clinical photos: before / after images attached to a session, stored under their content hash and
 * never modified, with the pose they show and a caption. The renderer receives thumbnails and display
 * copies (EXIF orientation applied, metadata such as GPS location stripped) as bytes, never a path.
 */

/** The poses a photo shows; worded from `clinical:pose.<id>`. */
export const PHOTO_POSES = [
  { id: 'front' },
  { id: 'back' },
  { id: 'left' },
  { id: 'right' },
  { id: 'face-front' },
  { id: 'face-left' },
  { id: 'face-right' },
  { id: 'scalp' },
] as const;
export type PhotoPose = (typeof PHOTO_POSES)[number]['id'];
export const photoPoseSchema = z.enum(PHOTO_POSES.map((p) => p.id) as [PhotoPose, ...PhotoPose[]]);

/** "Left side"; an unknown pose as it is. */
export function poseLabel(t: TFunction<Namespace>, pose: string): string {
  return PHOTO_POSES.some((p) => p.id === pose) ? clinicalText(t, `pose.${idKey(pose)}`) : pose;
}

/** What an imported file may be: checked by content, not by its name. */
export const PHOTO_LIMITS = {
  /** Bytes of one file as dropped or chosen. */
  maxBytes: 40 * 1024 * 1024,
  maxPixels: 50_000_000,
  maxSide: 12_000,
  minSide: 16,
} as const;

/** Base64 of at most maxBytes: 4 characters per 3 bytes. */
const BASE64_MAX = Math.ceil(PHOTO_LIMITS.maxBytes / 3) * 4;

const photoMeta = {
  pose: photoPoseSchema,
  caption: note(300).default(''),
};

/** A photo dropped on the window: the renderer read the file's bytes (base64); no path crosses. */
export const addPhotoSchema = z.object({
  sessionId: entityId,
  ...photoMeta,
  fileName: note(255).default(''),
  data: z
    .string()
    .min(8)
    .max(BASE64_MAX)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  /** Required when the session is signed: adding to a signed record is an amendment. */
  reason: requiredLine(1000).optional(),
});

/** Photos chosen in main's file dialog (JPEG or PNG, several at once). */
export const importPhotosSchema = z.object({ sessionId: entityId, ...photoMeta, reason: requiredLine(1000).optional() });

export const removePhotoSchema = z.object({ id: entityId, reason: requiredLine(1000).optional() });

export const photoListQuerySchema = z.object({
  patientId: entityId,
  pose: photoPoseSchema.optional(),
  courseId: entityId.optional(),
  sessionId: entityId.optional(),
});
export type PhotoListQuery = z.input<typeof photoListQuerySchema>;

const PHOTO_SIZES = ['thumb', 'display'] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];
/** Longest side of each derived copy, in pixels. */
export const PHOTO_SIZE_PX: Record<PhotoSize, number> = { thumb: 320, display: 2048 };

export const photoImagesQuerySchema = z.object({
  ids: z.array(entityId).min(1).max(300),
  size: z.enum(PHOTO_SIZES).default('thumb'),
});

export type Photo = {
  id: string;
  patientId: string;
  sessionId: string;
  /** The session's course and date, for the grid's filters and labels. */
  courseId: string | null;
  sessionDate: string;
  /** SHA-256 of the original file, as stored under photos/ab/abcdef… */
  hash: string;
  format: 'jpeg' | 'png';
  /** As shown: after the camera's orientation is applied. */
  width: number;
  height: number;
  bytes: number;
  pose: PhotoPose;
  caption: string;
  fileName: string;
  addedAt: string;
  addedBy: string;
};

/** A derived copy as bytes (base64 JPEG): the renderer makes a blob: URL of it. */
export type PhotoImage = { id: string; size: PhotoSize; mime: 'image/jpeg'; width: number; height: number; data: string };

/** A refused file is named with its error as data (code, reason, params), worded by the screen. */
export type ImportPhotosOutcome = { added: Photo[]; refused: { fileName: string; error: ApiErrorPayload }[]; cancelled: boolean };

/** A photo as an amendment names it (added to or removed from a signed session). */
export type PhotoRef = { id: string; pose: PhotoPose; caption: string; hash: string };
export const photoRefSchema = z.object({ id: entityId, pose: photoPoseSchema, caption: z.string().max(300), hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

/** A validated image about to join the record (electron/photos/photoFiles.ts made it). */
export type NewPhoto = {
  sessionId: string;
  pose: PhotoPose;
  caption: string;
  fileName: string;
  hash: string;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  bytes: number;
};
