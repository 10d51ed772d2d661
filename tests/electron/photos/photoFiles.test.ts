import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { derivedImage, derivedPath, inspectImage, originalPath, sniffFormat, storeImage } from '../../../electron/photos/photoFiles.ts';
import { tempDir } from '../store/fixtures.ts';
import { cameraJpeg, hasGpsTag, hugeJpegHeader, hugePngHeader, plainPng, renamedText, truncatedJpeg } from './imageFixtures.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

const refusal = async (bytes: Uint8Array, dir = tempDir()) => {
  const error = await storeImage(dir, bytes, PLAIN_PHOTOS).then(
    () => null,
    (e: unknown) => e as { code: string; field: string; message: string },
  );
  return { error, files: readdirSync(dir) };
};

describe('image validation', () => {
  it('stores a camera JPEG unmodified under its SHA-256, with a thumbnail that is upright and has no GPS', async () => {
    const dir = tempDir();
    const jpeg = await cameraJpeg(1200, 600);
    expect(hasGpsTag(jpeg)).toBe(true);
    const stored = await storeImage(dir, jpeg, PLAIN_PHOTOS);
    const hash = createHash('sha256').update(jpeg).digest('hex');
    // Orientation 6: the 1200 × 600 frame is shown 600 × 1200.
    expect(stored).toEqual({ format: 'jpeg', width: 600, height: 1200, hash, bytes: jpeg.length });
    const original = originalPath(dir, hash, 'jpeg');
    expect(original).toBe(join(dir, hash.slice(0, 2), `${hash}.jpg`));
    expect(readFileSync(original).equals(jpeg)).toBe(true);
    const thumb = readFileSync(derivedPath(dir, hash, 'thumb'));
    const meta = await sharp(thumb).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 160, height: 320 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(hasGpsTag(thumb)).toBe(false);
    const display = await derivedImage(dir, hash, 'jpeg', 'display', PLAIN_PHOTOS);
    expect(hasGpsTag(display.data)).toBe(false);
    expect([display.width, display.height]).toEqual([600, 1200]);
    // The left quarter of the sideways frame (teal) ends up on top once turned upright.
    const { data } = await sharp(display.data).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]! < 100 && data[1]! > 80).toBe(true);
  });

  it('stores the same file once however often it is imported', async () => {
    const dir = tempDir();
    const png = await plainPng();
    const a = await storeImage(dir, png, PLAIN_PHOTOS);
    const b = await storeImage(dir, png, PLAIN_PHOTOS);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ format: 'png', width: 80, height: 50 });
    expect(readdirSync(join(dir, a.hash.slice(0, 2)))).toEqual([`${a.hash}.png`]);
  });

  it('refuses a text file named like a photo, by its content, writing nothing', async () => {
    expect(sniffFormat(renamedText())).toBeNull();
    const { error, files } = await refusal(renamedText());
    expect(error).toMatchObject({ code: 'invalid-input', field: 'data' });
    expect(error).toMatchObject({ reason: 'photo-not-an-image' });
    expect(files).toEqual([]);
  });

  it('refuses a JPEG that was cut short, writing nothing', async () => {
    const { error, files } = await refusal(await truncatedJpeg());
    expect(error).toMatchObject({ reason: 'photo-truncated', params: { format: 'JPEG' } });
    expect(files).toEqual([]);
  });

  it('refuses 20,000 × 20,000 pixels from the header alone (PNG and JPEG), before decoding', async () => {
    const png = hugePngHeader();
    expect(png.length).toBeLessThan(200);
    await expect(inspectImage(png)).rejects.toMatchObject({ reason: 'photo-too-many-pixels', params: { width: 20_000, height: 20_000, maxSide: 12_000, maxMegapixels: 50 } });
    const jpeg = await hugeJpegHeader();
    await expect(inspectImage(jpeg)).rejects.toMatchObject({ reason: 'photo-too-many-pixels', params: { width: 20_000, height: 20_000 } });
    for (const bytes of [png, jpeg]) expect((await refusal(bytes)).files).toEqual([]);
    // Within each side but over 50 megapixels.
    await expect(inspectImage(hugePngHeader(10_000, 8_000))).rejects.toMatchObject({ reason: 'photo-too-many-pixels', params: { maxMegapixels: 50 } });
  });

  it('refuses empty, tiny and damaged headers', async () => {
    await expect(inspectImage(new Uint8Array())).rejects.toMatchObject({ reason: 'photo-empty' });
    await expect(inspectImage(await plainPng(8, 8))).rejects.toMatchObject({ reason: 'photo-too-small', params: { width: 8, height: 8 } });
    const broken = Buffer.from(await plainPng());
    broken.fill(0, 8, 40);
    await expect(inspectImage(broken)).rejects.toMatchObject({ reason: expect.stringMatching(/^photo-(header-damaged|unreadable|truncated)$/) });
  });

  it('makes a missing derived copy again from the original', async () => {
    const dir = tempDir();
    const stored = await storeImage(dir, await plainPng(900, 600), PLAIN_PHOTOS);
    const file = derivedPath(dir, stored.hash, 'display');
    expect(existsSync(file)).toBe(false);
    const copy = await derivedImage(dir, stored.hash, 'png', 'display', PLAIN_PHOTOS);
    expect([copy.width, copy.height]).toEqual([900, 600]);
    expect(existsSync(file)).toBe(true);
  });
});
