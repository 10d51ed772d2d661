import type { Namespace, TFunction } from 'i18next';
import { PHOTO_POSES, poseLabel, type PhotoPose } from '../../shared/photo.ts';
import type { SelectOption } from '../components/SelectField.tsx';

/** The poses as a picker lists them, in the order they are shot. */
export function poseOptions(t: TFunction<Namespace>): SelectOption<PhotoPose>[] {
  return PHOTO_POSES.map((p) => ({ value: p.id, label: poseLabel(t, p.id) }));
}
