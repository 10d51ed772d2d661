import { useEffect, useState } from 'react';
import type { PhotoSize } from '../../shared/photo.ts';
import { api } from '../api.ts';

/**
 * Derived copies of photos as blob: URLs, fetched in one call (bytes over the API, never a file path
 * or an app:// URL) and revoked when no longer shown.
 */
/** Thumbnails per call: about two screens of the grid. */
const PAGE = 60;

/** Base64 to bytes: the native decoder where the browser has it (Chromium 140+), a loop otherwise. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function usePhotoImages(ids: readonly string[], size: PhotoSize): Record<string, string> {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const key = ids.join(',');
  useEffect(() => {
    if (ids.length === 0) {
      setUrls({});
      return;
    }
    let cancelled = false;
    const made: string[] = [];
    // In pages, first screen first: a grid of hundreds shows its top rows while the rest arrive.
    void (async () => {
      for (let start = 0; start < ids.length && !cancelled; start += PAGE) {
        let images;
        try {
          images = await api.getPhotoImages({ ids: ids.slice(start, start + PAGE), size });
        } catch {
          return;
        }
        if (cancelled) return;
        const next: Record<string, string> = {};
        for (const image of images) {
          const url = URL.createObjectURL(new Blob([bytesOf(image.data)], { type: image.mime }));
          made.push(url);
          next[image.id] = url;
        }
        setUrls((current) => (start === 0 ? next : { ...current, ...next }));
      }
    })();
    return () => {
      cancelled = true;
      for (const url of made) URL.revokeObjectURL(url);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, size]);
  return urls;
}
