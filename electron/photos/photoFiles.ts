import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { ApiError, type ErrorParams } from '../../shared/errors.ts';
import { PHOTO_LIMITS, PHOTO_SIZE_PX, type PhotoSize } from '../../shared/photo.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import type { PhotoCodec } from './photoCodec.ts';

/**
 * The photo files in the data folder, plain Node (no Electron): originals stored unmodified under
 * their SHA-256, `photos/ab/abcdef….jpg`, and derived copies (thumbnail, display) made once and
 * cached under `photos/derived/`. A file is checked by content before anything is kept: JPEG or PNG
 * by its signature, dimensions read from the header and bounded before any pixel is decoded, then
 * decoded in full once (making the thumbnail), which refuses truncated and corrupt files. Derived
 * copies honour the camera's orientation and carry no metadata (no EXIF, so no GPS location).
 */

export type ImageFormat = 'jpeg' | 'png';
export type InspectedImage = { format: ImageFormat; width: number; height: number };
export type StoredImage = InspectedImage & { hash: string; bytes: number };

/** A file refused as a photo: the reason and its params, worded by the screen (errors namespace, reason "photo…"). */
const refuse = (reason: string, params: ErrorParams = {}) => new ApiError({ code: 'invalid-input', field: 'data', reason, params });
const MAX_MEGABYTES = PHOTO_LIMITS.maxBytes / 1024 / 1024;

/** JPEG starts FF D8 FF; PNG with its 8-byte signature. Names and extensions are not trusted. */
export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'png';
  return null;
}

/** Options for every decode: at most the allowed pixels, and a truncated or corrupt file is an error. */
const DECODE = { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: 'warning' as const, sequentialRead: true };

/** Reads the header only and checks what the file claims; nothing is decoded yet. */
export async function inspectImage(bytes: Uint8Array): Promise<InspectedImage> {
  if (bytes.length === 0) throw refuse('photo-empty');
  if (bytes.length > PHOTO_LIMITS.maxBytes) throw refuse('photo-too-large', { maximum: MAX_MEGABYTES });
  const sniffed = sniffFormat(bytes);
  if (!sniffed) throw refuse('photo-not-an-image');
  let meta: Metadata;
  try {
    // limitInputPixels: false here, so that an oversized header is reported by the check below, in words.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse('photo-header-damaged', { format: sniffed.toUpperCase() });
  }
  if (meta.format !== sniffed) throw refuse('photo-unreadable', { format: sniffed.toUpperCase() });
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  if (w < PHOTO_LIMITS.minSide || h < PHOTO_LIMITS.minSide) throw refuse('photo-too-small', { width: w, height: h });
  if (w > PHOTO_LIMITS.maxSide || h > PHOTO_LIMITS.maxSide || w * h > PHOTO_LIMITS.maxPixels) {
    throw refuse('photo-too-many-pixels', { width: w, height: h, maxSide: PHOTO_LIMITS.maxSide, maxMegapixels: PHOTO_LIMITS.maxPixels / 1_000_000 });
  }
  // EXIF orientations 5 to 8 turn the picture a quarter: width and height as shown are swapped.
  const turned = (meta.orientation ?? 1) >= 5;
  return { format: sniffed, width: turned ? h : w, height: turned ? w : h };
}

export function originalPath(photoDir: string, hash: string, format: ImageFormat): string {
  return join(photoDir, hash.slice(0, 2), `${hash}.${format === 'jpeg' ? 'jpg' : 'png'}`);
}

export function derivedPath(photoDir: string, hash: string, size: PhotoSize): string {
  return join(photoDir, 'derived', hash.slice(0, 2), `${hash}-${PHOTO_SIZE_PX[size]}.jpg`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Through the atomic writer: a crash leaves no half file under a hash name. Owner-only. */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path, data);
}

/** A JPEG copy at most `px` a side: orientation applied, no metadata (sharp writes none unless asked). */
async function renderCopy(original: Uint8Array, px: number): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(original, DECODE)
    .rotate()
    .resize(px, px, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: px <= 400 ? 78 : 85, mozjpeg: false })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Checks a file and keeps it: the original under its hash (untouched; stored once even if imported
 * twice) and its thumbnail, whose making is the full decode that proves the file whole.
 */
export async function storeImage(photoDir: string, bytes: Uint8Array, codec: PhotoCodec): Promise<StoredImage> {
  const inspected = await inspectImage(bytes);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const thumbFile = derivedPath(photoDir, hash, 'thumb');
  if (!(await exists(thumbFile))) {
    let thumb: Buffer;
    try {
      thumb = (await renderCopy(bytes, PHOTO_SIZE_PX.thumb)).data;
    } catch {
      throw refuse('photo-truncated', { format: inspected.format.toUpperCase() });
    }
    await writeAtomically(thumbFile, codec.toStored(thumb));
  }
  const original = originalPath(photoDir, hash, inspected.format);
  if (!(await exists(original))) await writeAtomically(original, codec.toStored(bytes));
  return { ...inspected, hash, bytes: bytes.length };
}

/** A derived copy (made once, then read from the cache), as JPEG bytes with its dimensions. */
export async function derivedImage(photoDir: string, hash: string, format: ImageFormat, size: PhotoSize, codec: PhotoCodec): Promise<{ data: Buffer; width: number; height: number }> {
  const file = derivedPath(photoDir, hash, size);
  try {
    const data = Buffer.from(codec.fromStored(await readFile(file), file));
    const meta = await sharp(data).metadata();
    return { data, width: meta.width ?? 0, height: meta.height ?? 0 };
  } catch {
    const original = await readOriginal(photoDir, hash, format, codec);
    const copy = await renderCopy(original, PHOTO_SIZE_PX[size]);
    await writeAtomically(file, codec.toStored(copy.data)).catch(() => undefined);
    return copy;
  }
}

/** A photo original's plain bytes (opened if sealed). */
export async function readOriginal(photoDir: string, hash: string, format: ImageFormat, codec: PhotoCodec): Promise<Buffer> {
  const file = originalPath(photoDir, hash, format);
  return Buffer.from(codec.fromStored(await readFile(file), `photos.${hash}`));
}

/** Reads a file chosen in main's dialog, refusing an oversized one before reading it. */
export async function readChosenFile(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw refuse('not-a-file');
  if (info.size > PHOTO_LIMITS.maxBytes) throw refuse('photo-too-large', { maximum: MAX_MEGABYTES });
  return readFile(path);
}
