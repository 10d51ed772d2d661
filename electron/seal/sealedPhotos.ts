import type { PhotoCodec } from '../photos/photoCodec.ts';
import { PLAIN_PHOTOS } from '../photos/photoCodec.ts';
import type { RecordsVault } from './recordsVault.ts';
import { openSealedBytes, sealBytes } from './sealedBytes.ts';

/** Photos sealed with `key` (read at each use: the vault holds it only once the records are open). */
export function sealedPhotoCodec(key: () => Uint8Array): PhotoCodec {
  return {
    toStored: (plain) => sealBytes(key(), plain),
    fromStored: (stored, field) => openSealedBytes(key(), stored, field),
  };
}

/** The photo codec of the records folder in use: sealed once the folder is, plain before (and without a vault, in tests). */
export function photoCodecOf(vault: RecordsVault | undefined): PhotoCodec {
  if (!vault) return PLAIN_PHOTOS;
  const sealed = sealedPhotoCodec(() => vault.key());
  return {
    toStored: (plain) => (vault.isSealed() ? sealed.toStored(plain) : plain),
    fromStored: (stored, field) => (vault.isSealed() ? sealed.fromStored(stored, field) : stored),
  };
}
