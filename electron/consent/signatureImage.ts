import sharp, { type Metadata } from 'sharp';
import type { Signature } from '../../shared/consent.ts';
import { ApiError } from '../../shared/errors.ts';
import { SIGNATURE_IMAGE_LIMITS } from '../../shared/signatureImage.ts';

/**
 * A drawn signature's image before it is stored (signing, or a consent arriving in an imported file):
 * a PNG, at most 2,000 × 800 pixels by its header (read before any pixel is decoded), decoded in full
 * and re-encoded as a fresh PNG. The stored image is then one sharp wrote: pixels only, no text chunks,
 * no profile, nothing a later reader (the screen, the PDF) could trip on. sharp's PNG encoder is
 * deterministic, so an image it wrote re-encodes to the same bytes: a signature signed here and
 * imported elsewhere keeps its consent's hash.
 */

const PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_PIXELS = SIGNATURE_IMAGE_LIMITS.maxWidth * SIGNATURE_IMAGE_LIMITS.maxHeight;

/** `field`: the path of the signature ("patientSignature", "document.consents.2.patientSignature"). */
const refuse = (field: string, reason: string, params: Record<string, number> = {}) => new ApiError({ code: 'invalid-input', field, reason, params });

function pngBytes(dataUrl: string, field: string): Buffer {
  const bytes = dataUrl.startsWith(PREFIX) ? Buffer.from(dataUrl.slice(PREFIX.length), 'base64') : Buffer.alloc(0);
  if (bytes.length < PNG_MAGIC.length || !PNG_MAGIC.every((b, i) => bytes[i] === b)) throw refuse(field, 'signature-not-png');
  return bytes;
}

async function header(bytes: Buffer, field: string): Promise<Metadata> {
  try {
    // No pixel limit here: an oversized header is refused below, with its size in the words.
    return await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse(field, 'signature-unreadable');
  }
}

/** The image of a drawn signature (a PNG data URL), checked and re-encoded; refused naming `field`. */
export async function cleanSignaturePng(dataUrl: string, field: string): Promise<string> {
  const bytes = pngBytes(dataUrl, field);
  const meta = await header(bytes, field);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (meta.format !== 'png') throw refuse(field, 'signature-not-png');
  if (width > SIGNATURE_IMAGE_LIMITS.maxWidth || height > SIGNATURE_IMAGE_LIMITS.maxHeight) {
    throw refuse(field, 'signature-too-large', { width, height, maxWidth: SIGNATURE_IMAGE_LIMITS.maxWidth, maxHeight: SIGNATURE_IMAGE_LIMITS.maxHeight });
  }
  try {
    const png = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).png().toBuffer();
    return `${PREFIX}${png.toString('base64')}`;
  } catch {
    throw refuse(field, 'signature-unreadable');
  }
}

/** A signature as it will be stored: a drawn one's image cleaned, a typed one as it is. */
export async function cleanSignature<S extends Signature>(signature: S, field: string): Promise<S> {
  if (signature.kind !== 'drawn') return signature;
  return { ...signature, png: await cleanSignaturePng(signature.png, field) };
}
