/**
 * How a photo's bytes are kept on disk: sealed with the records' data key in a sealed records folder
 * (electron/seal/sealedPhotos.ts), as they are in a plaintext one (tests, and backups from before
 * sealing). Every reader and writer of photo files goes through one, so that no code path can write a
 * photo in clear into a sealed folder by forgetting to seal it.
 */
export type PhotoCodec = {
  /** The bytes to write for a photo's (or a derived copy's) plain bytes. */
  toStored(plain: Uint8Array): Uint8Array;
  /** The plain bytes of a stored file; `field` names it in a refusal (a damaged or foreign sealed file). */
  fromStored(stored: Uint8Array, field: string): Uint8Array;
};

/** Bytes kept as they are. */
export const PLAIN_PHOTOS: PhotoCodec = {
  toStored: (plain) => plain,
  fromStored: (stored) => stored,
};
