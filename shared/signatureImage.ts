/**
 * A drawn signature's image: at most 2,000 × 800 pixels (a signature pad at a high pixel ratio stays
 * well inside; anything larger is not a signature but a payload). The main process checks every image
 * against this and re-encodes it before it is stored (electron/consent/signatureImage.ts), and the pad
 * draws at a pixel ratio that keeps inside it.
 */
export const SIGNATURE_IMAGE_LIMITS = { maxWidth: 2_000, maxHeight: 800 } as const;

/** The pixel ratio a pad of `width` × `height` CSS pixels draws at: the device's, lowered to stay within the limits. */
export function signaturePadRatio(devicePixelRatio: number, width: number, height: number): number {
  const device = Math.max(1, devicePixelRatio || 1);
  const fits = Math.min(width > 0 ? SIGNATURE_IMAGE_LIMITS.maxWidth / width : device, height > 0 ? SIGNATURE_IMAGE_LIMITS.maxHeight / height : device);
  return Math.min(device, fits);
}
