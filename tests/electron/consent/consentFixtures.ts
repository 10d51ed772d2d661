import { emptyScreening } from '../../../shared/contraindications.ts';
import { actor, openTestStore, patientFields } from '../store/fixtures.ts';

/** A 1×1 transparent PNG: a drawn signature as it is stored. */
export const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A signature drawn by `name`. */
export const drawn = (name: string) => ({ kind: 'drawn' as const, name, png: PNG });

/** A store with one patient, screened on 2025-01-02 (nothing positive), its clock at `now` when given. */
export function setUp(now?: () => Date) {
  const { store, path } = openTestStore(undefined, now ? { now } : {});
  const patient = store.createPatient(patientFields({ screening: emptyScreening('2025-01-02') }), actor);
  return { store, path, patient };
}
