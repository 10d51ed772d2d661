// The keys the code builds at run time (t(`save.${state}`), clinicalText(t, `technique.${idKey(id)}`)):
// the type system cannot check them and a text search cannot see them, so each prefix is declared here
// with the list its members come from. catalogue.test.ts then checks both ways: every member of the list
// has its key in English (and so, by parity, in every language), and every key under the prefix is a
// member (a key left behind by a removed id is unused). A template key in the code whose prefix is not
// declared here fails the test.
//
// To add one: { prefix: 'ns:group.', members: <the ids, as catalogue keys>, where: <the code that builds it> }.
import { idKey } from '../../../shared/clinicalText.ts';
import { CONTRAINDICATIONS } from '../../../shared/contraindications.ts';
import { INDICATIONS } from '../../../shared/indications.ts';
import { MAP_VIEWS } from '../../../shared/mapViews.ts';
import { PHOTO_POSES } from '../../../shared/photo.ts';
import { regionsOf } from '../../../shared/regions.ts';
import { SIDE_EFFECTS } from '../../../shared/sideEffects.ts';
import { TECHNIQUES } from '../../../shared/techniques.ts';
import { SHORTCUTS } from '../../../renderer/editor/keyboard.ts';
import type { SaveState } from '../../../renderer/editor/autosave.ts';

export type DynamicKeys = {
  /** "ns:group." — the static start of the key as the code writes it. */
  prefix: string;
  /** The rest of each key the code can build (the plural base for a plural key). */
  members: readonly string[];
  /** The code that builds these keys. */
  where: string;
};

const SAVE_STATES = ['saved', 'saving', 'unsaved', 'error'] as const satisfies readonly SaveState[];
// Every state of the autosave has its words (a new state must be added above).
const everySaveState: Record<SaveState, true> = { saved: true, saving: true, unsaved: true, error: true };
void everySaveState;

const views = MAP_VIEWS.map((v) => idKey(v.id));

export const DYNAMIC_KEYS: DynamicKeys[] = [
  { prefix: 'clinical:technique.', members: TECHNIQUES.map((x) => idKey(x.id)), where: 'shared/techniques.ts techniqueLabel' },
  { prefix: 'clinical:techniqueShort.', members: TECHNIQUES.map((x) => idKey(x.id)), where: 'shared/techniques.ts techniqueShort' },
  { prefix: 'clinical:sideEffect.', members: SIDE_EFFECTS.map((x) => idKey(x.id)), where: 'shared/sideEffects.ts sideEffectLabel' },
  { prefix: 'clinical:indication.', members: INDICATIONS.map((x) => idKey(x.id)), where: 'shared/indications.ts indicationLabel' },
  { prefix: 'clinical:contraindication.', members: CONTRAINDICATIONS.map((x) => idKey(x.key)), where: 'shared/contraindications.ts contraindicationLabel' },
  { prefix: 'clinical:view.', members: views, where: 'shared/mapViews.ts viewLabel' },
  { prefix: 'clinical:viewShort.', members: views, where: 'shared/mapViews.ts viewShort' },
  { prefix: 'clinical:pose.', members: PHOTO_POSES.map((x) => idKey(x.id)), where: 'shared/photo.ts poseLabel' },
  {
    prefix: 'clinical:region.',
    members: MAP_VIEWS.flatMap((v) => regionsOf(v.id).map((r) => `${idKey(v.id)}.${idKey(r.id)}`)),
    where: 'shared/regions.ts regionLabel',
  },
  { prefix: 'map:shortcuts.', members: SHORTCUTS.flatMap((s) => [`${s}.keys`, `${s}.what`]), where: 'renderer/map/ShortcutsHelp.tsx' },
  { prefix: 'map:save.', members: SAVE_STATES, where: 'renderer/map/SaveStatusView.tsx' },
];
