import type { SuggestedAreaId } from '../indications.ts';
import type { MapViewId } from '../mapViews.ts';
import { MAP_GEOMETRY } from './index.ts';
import type { MapRegion } from './viewGeometry.ts';

/**
 * Which named regions of which map views each suggested treated area (shared/indications.ts) covers,
 * so that a session with no points yet can open framed on what it treats. Region ids as prefixes: 'knee'
 * is 'knee-left' and 'knee-right'; 'thigh' every part of both thighs.
 */
const AREA_REGIONS: Record<SuggestedAreaId, Partial<Record<MapViewId, readonly string[]>>> = {
  'thighs-outer': { 'body-front': ['thigh-outer'], 'body-back': ['thigh-outer'] },
  'thighs-posterior': { 'body-back': ['thigh-posterior'] },
  buttocks: { 'body-back': ['buttock'] },
  abdomen: { 'body-front': ['abdomen-upper', 'periumbilical', 'abdomen-lower'] },
  flanks: { 'body-front': ['flank'], 'body-back': ['flank'] },
  'abdomen-lower': { 'body-front': ['abdomen-lower'] },
  'abdomen-upper': { 'body-front': ['abdomen-upper'] },
  'thighs-inner': { 'body-front': ['thigh-inner'], 'body-back': ['thigh-inner'] },
  arms: { 'body-front': ['arm'], 'body-back': ['arm'] },
  chin: { face: ['chin', 'jawline'] },
  face: { face: ['forehead', 'glabella', 'nose', 'perioral', 'chin', 'temple', 'periorbital', 'nasolabial', 'cheek', 'jawline'] },
  neck: { 'body-front': ['neck'], face: ['neck'] },
  decollete: { 'body-front': ['decollete'], face: ['decollete'] },
  'hands-back': { 'body-back': ['hand-back'] },
  forehead: { face: ['forehead'] },
  glabella: { face: ['glabella'] },
  periorbital: { face: ['periorbital'] },
  'nasolabial-folds': { face: ['nasolabial'] },
  perioral: { face: ['perioral'] },
  thighs: { 'body-front': ['thigh'], 'body-back': ['thigh'] },
  breasts: { 'body-front': ['chest'] },
  'scalp-frontal': { scalp: ['frontal'] },
  'scalp-vertex': { scalp: ['vertex'] },
  'scalp-parietal': { scalp: ['parietal'] },
  'scalp-occipital': { scalp: ['occipital'] },
  'lumbar-spine': { 'body-back': ['lumbar'] },
  'cervical-spine': { 'body-back': ['cervical'] },
  shoulder: { 'body-front': ['shoulder'], 'body-back': ['shoulder'] },
  knee: { 'body-front': ['knee'], 'body-back': ['knee'] },
  elbow: { 'body-front': ['elbow'], 'body-back': ['elbow'] },
  wrist: { 'body-front': ['wrist'], 'body-back': ['wrist'] },
  hip: { 'body-front': ['hip'], 'body-back': ['hip'] },
  legs: { 'body-front': ['thigh', 'knee', 'shin', 'ankle'], 'body-back': ['thigh', 'knee', 'calf', 'ankle'] },
  calves: { 'body-front': ['shin'], 'body-back': ['calf'] },
  ankles: { 'body-front': ['ankle'], 'body-back': ['ankle'] },
  chest: { 'body-front': ['chest'] },
  back: { 'body-back': ['upper-back', 'lower-back', 'dorsal', 'lumbar'] },
  'achilles-tendon': { 'body-back': ['ankle'] },
  'patellar-tendon': { 'body-front': ['knee'] },
  hamstrings: { 'body-back': ['thigh-posterior'] },
};

/** The regions of `view` a suggested area covers (none when the area is not drawn on that view). */
export function areaRegions(area: SuggestedAreaId, view: MapViewId): MapRegion[] {
  const prefixes = AREA_REGIONS[area][view] ?? [];
  return MAP_GEOMETRY[view].regions.filter((r) => prefixes.some((p) => r.id === p || r.id.startsWith(`${p}-`)));
}
