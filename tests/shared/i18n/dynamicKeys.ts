// The keys the code builds at run time (t(`save.${state}`), clinicalText(t, `technique.${idKey(id)}`)):
// the type system cannot check them and a text search cannot see them, so each prefix is declared here
// with the list its members come from. catalogue.test.ts then checks both ways: every member of the list
// has its key in English (and so, by parity, in every language), and every key under the prefix is a
// member (a key left behind by a removed id is unused). A template key in the code whose prefix is not
// declared here fails the test.
//
// To add one: { prefix: 'ns:group.', members: <the ids, as catalogue keys>, where: <the code that builds it> }.
import { idKey } from '../../../shared/clinicalText.ts';
import { CONTRAINDICATIONS, UNDER_18 } from '../../../shared/contraindications.ts';
import { COUNTRY_RESTRICTIONS } from '../../../shared/countryRestrictions.ts';
import { INDICATIONS, SUGGESTED_AREA_IDS } from '../../../shared/indications.ts';
import { SEXES } from '../../../shared/patient.ts';
import { CSS_ITEMS, OUTCOME_MEASURE_IDS } from '../../../shared/outcomeMeasures.ts';
import { PRODUCT_FIELDS } from '../../../shared/product.ts';
import { SESSION_FIELD_LABELS } from '../../../shared/session.ts';
import en from '../../../shared/i18n/locales/en/index.ts';
import { MAP_VIEWS } from '../../../shared/mapViews.ts';
import { PHOTO_POSES } from '../../../shared/photo.ts';
import { regionsOf } from '../../../shared/regions.ts';
import { SIDE_EFFECTS } from '../../../shared/sideEffects.ts';
import { ADVERSE_EVENT_OUTCOMES, ADVERSE_EVENT_SEVERITIES, ADVERSE_EVENT_TYPES } from '../../../shared/adverseEvents.ts';
import { TECHNIQUE_IDS } from '../../../shared/techniques.ts';
import { SKIN_LAYERS } from '../../../shared/markerPalette.ts';
import { SHORTCUTS } from '../../../renderer/editor/keyboard.ts';
import type { SaveState } from '../../../renderer/editor/autosave.ts';
import type { EditorMessageKey } from '../../../renderer/editor/types.ts';
import { AFTERCARE_PHRASES } from '../../../renderer/sessions/fieldDrafts.ts';
import { bases } from './catalogueKeys.ts';
import { REGISTERS } from '../../../shared/registration.ts';
import { PRESENTATION_FORMS, PRODUCT_KINDS } from '../../../shared/productCatalogue.ts';
import { ADJUST_REASONS } from '../../../shared/stock.ts';
import { STOCK_SORT_KEYS, STOCK_STATES } from '../../../shared/stockStates.ts';
import { GS1_REFUSALS } from '../../../shared/gs1.ts';
import { CONTACT_METHODS } from '../../../shared/recall.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_KINDS, auditActionKey, type AuditAction } from '../../../shared/audit.ts';

export type DynamicKeys = {
  /** "ns:group." — the static start of the key as the code writes it. */
  prefix: string;
  /** The rest of each key the code can build (the plural base for a plural key). */
  members: readonly string[];
  /** The code that builds these keys. */
  where: string;
  /** Declares a generic helper's own template (`clinical:${key}`): only that exact prefix, its callers are checked. */
  exact?: boolean;
};

const SAVE_STATES = ['saved', 'saving', 'unsaved', 'error'] as const satisfies readonly SaveState[];
// Every state of the autosave has its words (a new state must be added above).
const everySaveState: Record<SaveState, true> = { saved: true, saving: true, unsaved: true, error: true };
void everySaveState;

const views = MAP_VIEWS.map((v) => idKey(v.id));

// The map editor's messages (renderer/editor/types.ts): a key added there must be added here (type error).
const EDITOR_MESSAGES: Record<EditorMessageKey, true> = {
  signed: true, signedBy: true, locked: true, otherPractitioner: true, checkingScreening: true, awaitingAck: true, emptyProtocol: true, depthNotNumber: true,
  depthOutOfRange: true, depthOffGrid: true, needle: true, technique: true, needleCount: true, deeperThanNeedle: true, noProducts: true, product: true,
  volume: true, note: true, field: true,
};

/**
 * The errors namespace is worded from what the main process answers (reason, field, unit...), which
 * renderer/i18n/errorText.ts looks up by name in the English catalogue's own groups: every key of these
 * groups is reachable by construction, so each group's members are its keys.
 */
const errorGroup = (group: keyof typeof en.errors): DynamicKeys => ({
  prefix: `errors:${group}.`,
  members: [...bases(Object.keys(flat(en.errors[group] as Record<string, unknown>))).keys()],
  where: `renderer/i18n/errorText.ts (errors:${group}.<name> from the main process's answer)`,
});

function flat(tree: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tree)) {
    if (v !== null && typeof v === 'object') Object.assign(out, flat(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

export const DYNAMIC_KEYS: DynamicKeys[] = [
  { prefix: 'clinical:technique.', members: TECHNIQUE_IDS.map((x) => idKey(x)), where: 'shared/techniques.ts techniqueLabel (legacy ids included)' },
  { prefix: 'clinical:techniqueShort.', members: TECHNIQUE_IDS.map((x) => idKey(x)), where: 'shared/techniques.ts techniqueShort (legacy ids included)' },
  { prefix: 'clinical:sideEffect.', members: SIDE_EFFECTS.map((x) => idKey(x.id)), where: 'shared/sideEffects.ts sideEffectLabel' },
  { prefix: 'clinical:indication.', members: INDICATIONS.map((x) => idKey(x.id)), where: 'shared/indications.ts indicationLabel' },
  { prefix: 'clinical:contraindication.', members: [...CONTRAINDICATIONS.map((x) => idKey(x.key)), UNDER_18], where: 'shared/contraindications.ts contraindicationLabel' },
  { prefix: 'clinical:view.', members: views, where: 'shared/mapViews.ts viewLabel' },
  {
    prefix: 'clinical:outcome.',
    members: [
      ...OUTCOME_MEASURE_IDS.flatMap((id) => ['name', 'scale', 'axis'].map((part) => `${idKey(id)}.${part}`)),
      ...CSS_ITEMS.map((item) => `cssItem.${item}`),
      ...['none', 'mild', 'moderate', 'severe'].map((s) => `cssSeverity.${s}`),
      'unit.cm',
      'unit.perCm2',
      'cssValue',
      'atPlace',
      'entry',
    ],
    where: 'shared/outcomeMeasures.ts (measureLabel, measureScaleText, outcomeText...), renderer/compare/OutcomeCharts.tsx, electron/pdf/courseOutcomes.ts (axis)',
  },
  { prefix: 'clinical:viewShort.', members: views, where: 'shared/mapViews.ts viewShort' },
  { prefix: 'clinical:panelSide.', members: ['left', 'right'], where: 'electron/pdf/mapDrawing.ts (a frame on one side of a detail view)' },
  { prefix: 'clinical:viewGroup.', members: [...new Set(MAP_VIEWS.map((v) => idKey(v.group)))], where: 'shared/mapViews.ts viewGroupLabel' },
  { prefix: 'clinical:area.', members: SUGGESTED_AREA_IDS.map((x) => idKey(x)), where: 'shared/indications.ts suggestedAreas' },
  { prefix: 'clinical:pose.', members: PHOTO_POSES.map((x) => idKey(x.id)), where: 'shared/photo.ts poseLabel' },
  { prefix: 'clinical:skinLayer.', members: SKIN_LAYERS.map((x) => idKey(x.layer)), where: 'shared/depthLegendText.ts skinLayerText' },
  {
    prefix: 'clinical:restriction.',
    members: COUNTRY_RESTRICTIONS.flatMap((r) => [`${idKey(r.id)}.title`, `${idKey(r.id)}.text`]),
    where: 'shared/countryRestrictions.ts restrictionText',
  },
  {
    prefix: 'clinical:region.',
    members: MAP_VIEWS.flatMap((v) => regionsOf(v.id).map((r) => `${idKey(v.id)}.${idKey(r.id)}`)),
    where: 'shared/regions.ts regionLabel',
  },
  { prefix: 'map:shortcuts.', members: SHORTCUTS.flatMap((s) => [`${s}.keys`, `${s}.what`]), where: 'renderer/map/ShortcutsHelp.tsx' },
  { prefix: 'map:save.', members: SAVE_STATES, where: 'renderer/map/SaveStatusView.tsx' },
  { prefix: 'map:problems.', members: Object.keys(EDITOR_MESSAGES), where: 'renderer/map/editorText.ts' },
  { prefix: 'clinical:area.', members: SUGGESTED_AREA_IDS.map(idKey), where: 'shared/indications.ts suggestedAreas' },
  { prefix: 'clinical:', members: [], where: 'shared/clinicalText.ts clinicalText (its callers are checked)', exact: true },
  { prefix: 'main:menu.', members: ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'], where: 'electron/menu.ts editItem' },
  { prefix: 'sessions:product.fields.', members: PRODUCT_FIELDS, where: 'shared/product.ts productFieldLabel' },
  { prefix: 'sessions:product.changeFields.', members: PRODUCT_FIELDS, where: 'shared/amendmentText.ts productChangeLines' },
  { prefix: 'sessions:fields.', members: Object.keys(SESSION_FIELD_LABELS), where: 'shared/amendmentText.ts describeAmendment' },
  { prefix: 'sessions:aftercare.', members: AFTERCARE_PHRASES, where: 'renderer/sessions/SessionForm.tsx (AFTERCARE_PHRASES)' },
  { prefix: 'sessions:cocktail.', members: ['volumeNotNumber'], where: 'renderer/sessions/fieldDrafts.ts fieldProblemText (FieldProblem keys)' },
  { prefix: 'settings:bytes.', members: ['kb', 'mb', 'gb', 'tb'], where: 'renderer/settings/backupFormat.ts (UNITS)' },
  { prefix: 'patients:sex.', members: SEXES, where: 'renderer/patients/PatientPage.tsx, PatientForm.tsx' },
  { prefix: 'patients:history.action.', members: ['update', 'archive', 'unarchive'], where: 'renderer/patients/PatientHistoryDialog.tsx (PatientChange action)' },
  { prefix: 'settings:audit.action.', members: (Object.keys(AUDIT_ACTIONS) as AuditAction[]).map(auditActionKey), where: 'renderer/settings/AuditLogPanel.tsx auditActionLabel' },
  { prefix: 'settings:audit.entity.', members: AUDIT_ENTITIES, where: 'renderer/settings/AuditLogPanel.tsx auditRecordText' },
  { prefix: 'settings:audit.kind.', members: AUDIT_KINDS, where: 'renderer/settings/AuditLogPanel.tsx kind filter' },
  { prefix: 'access:registration.line.', members: REGISTERS, where: 'shared/registration.ts registrationText' },
  { prefix: 'access:registration.register.', members: REGISTERS, where: 'shared/registration.ts registerLabel' },
  { prefix: 'access:registration.hint.', members: REGISTERS, where: 'renderer/settings/MyRegistrationForm.tsx (the number\'s hint per register)' },
  { prefix: 'adverseEvents:type.', members: ADVERSE_EVENT_TYPES.map(idKey), where: 'shared/adverseEvents.ts adverseEventTypeLabel' },
  { prefix: 'adverseEvents:severity.', members: ADVERSE_EVENT_SEVERITIES.map(idKey), where: 'shared/adverseEvents.ts adverseEventSeverityLabel' },
  { prefix: 'adverseEvents:outcome.', members: ADVERSE_EVENT_OUTCOMES.map(idKey), where: 'shared/adverseEvents.ts adverseEventOutcomeLabel' },
  { prefix: 'products:kind.', members: PRODUCT_KINDS, where: 'shared/productCatalogue.ts productKindLabel' },
  { prefix: 'products:form.', members: PRESENTATION_FORMS, where: 'shared/productCatalogue.ts presentationFormLabel' },
  { prefix: 'stock:column.', members: STOCK_SORT_KEYS, where: 'renderer/stock/StockTable.tsx headings' },
  { prefix: 'stock:state.', members: ['ok', ...STOCK_STATES], where: 'renderer/stock/StockTable.tsx, shared/stockCsv.ts stockStatesText' },
  { prefix: 'stock:reason.', members: ADJUST_REASONS, where: 'renderer/stock/AdjustLotDialog.tsx reasons' },
  { prefix: 'records:recalls.method.', members: CONTACT_METHODS, where: 'shared/recall.ts contactMethodLabel' },
  { prefix: 'products:scan.refusal.', members: GS1_REFUSALS, where: 'renderer/products/scanRefusal.ts scanRefusalText' },
  { prefix: 'products:scan.field.', members: ['gtin', 'lot', 'productionDate', 'expiry', 'serial', 'other'], where: 'renderer/products/scanRefusal.ts aiFieldName' },
  { prefix: 'pdf:cocktail.kindValue.', members: PRODUCT_KINDS, where: 'electron/pdf/sessionRecord.ts cocktail table' },
  {
    prefix: 'records:export.',
    members: ['session', 'course'].flatMap((kind) => ['savedAs', 'failed', 'choosing', 'exporting', 'running', 'saved'].map((step) => `${kind}.${step}`)),
    where: 'renderer/records/RecordExport.tsx (target.kind)',
  },
  { prefix: 'errors:', members: [], where: 'renderer/i18n/errorText.ts (errors:noSuchRecord / recordAlreadyPresent by record kind)', exact: true },
  // errors:noSuchRecord.<kind> / recordAlreadyPresent.<kind> exist for the kinds that can be missing or
  // present twice (a subset of RECORD_KINDS); errorText falls back on a general sentence for the others.
  ...(['field', 'item', 'amount', 'units', 'problem', 'reason', 'code', 'noSuchRecord', 'recordAlreadyPresent'] as const).map(errorGroup),
];
