import { useEffect, useState } from 'react';
import type { PhotoSize } from '../../shared/photo.ts';
import { api } from '../api.ts';

/**
 * Derived copies of photos as blob: URLs, fetched in one call (bytes over the API, never a file path
 * or an app:// URL) and revoked when no longer shown.
 */
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
    void api.getPhotoImages({ ids: [...ids], size }).then(
      (images) => {
        if (cancelled) return;
        const next: Record<string, string> = {};
        for (const image of images) {
          const binary = atob(image.data);
          const bytes = new Uint8Array(binary.length);
          for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
          const url = URL.createObjectURL(new Blob([bytes], { type: image.mime }));
          made.push(url);
          next[image.id] = url;
        }
        setUrls(next);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      for (const url of made) URL.revokeObjectURL(url);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, size]);
  return urls;
}
