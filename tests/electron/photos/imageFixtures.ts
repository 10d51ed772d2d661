import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/**
 * Image files made here, not checked in: a camera-like JPEG (EXIF orientation 6 and a GPS position),
 * a PNG, a text file under a photo's name, a JPEG cut short, and headers that claim 20,000 × 20,000
 * pixels without the pixels (a few hundred bytes each).
 */

/** A 120 × 60 JPEG stored sideways (orientation 6: shown 60 × 120), with the camera's make and a GPS position. */
export async function cameraJpeg(width = 120, height = 60): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#d9a38a' } })
    .composite([{ input: { create: { width: Math.round(width / 4), height, channels: 3, background: '#1f6f78' } }, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'MesoCam', Model: 'Clinic 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 0/1' } })
    .toBuffer();
}

export async function plainPng(width = 80, height = 50): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 40, g: 90, b: 120, alpha: 0.8 } } }).png().toBuffer();
}

export const renamedText = (): Buffer => Buffer.from('Patient notes, not a photo.\nSaved as photo.jpg by mistake.\n', 'utf8');

export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

/** Whether an image file carries an EXIF GPS pointer (tag 0x8825, either byte order). */
export function hasGpsTag(file: Buffer): boolean {
  return file.includes(Buffer.from([0x88, 0x25])) || file.includes(Buffer.from([0x25, 0x88]));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A well-formed PNG header claiming width × height, followed by a tiny IDAT: no pixels allocated. */
export function hugePngHeader(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.alloc(64))), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A small real JPEG whose frame header (SOF0) is rewritten to claim width × height. */
export async function hugeJpegHeader(width = 20_000, height = 20_000): Promise<Buffer> {
  const jpeg = Buffer.from(await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } }).jpeg({ mozjpeg: false }).toBuffer());
  for (let i = 2; i < jpeg.length - 9; i++) {
    if (jpeg[i] === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2)) {
      jpeg.writeUInt16BE(height, i + 5);
      jpeg.writeUInt16BE(width, i + 7);
      return jpeg;
    }
  }
  throw new Error('no SOF marker');
}
