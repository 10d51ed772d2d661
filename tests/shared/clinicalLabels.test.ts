import { describe, expect, it } from 'vitest';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { idKey } from '../../shared/clinicalText.ts';
import { CONTRAINDICATIONS, UNDER_18, contraindicationLabel } from '../../shared/contraindications.ts';
import { LANGUAGES, type Language } from '../../shared/i18n/languages.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { INDICATIONS, indicationLabel, SUGGESTED_AREAS, suggestedAreas } from '../../shared/indications.ts';
import { MAP_VIEWS, viewLabel, viewShort } from '../../shared/mapViews.ts';
import { NEEDLES, needleLabel } from '../../shared/needles.ts';
import { PHOTO_POSES, poseLabel } from '../../shared/photo.ts';
import { regionLabel, regionName } from '../../shared/regions.ts';
import { SIDE_EFFECTS, sideEffectLabel } from '../../shared/sideEffects.ts';
import { TECHNIQUE_IDS, techniqueLabel, techniqueShort } from '../../shared/techniques.ts';

/**
 * The clinical vocabulary: every id the records store has its words in every language, English reads as
 * it always did, and an id that no list knows (an old record's) prints as it is.
 */

const codes: readonly Language[] = LANGUAGES;
const translators = Object.fromEntries(await Promise.all(codes.map(async (lang) => [lang, (await createTranslator(lang)).t] as const)));
const en = translators.en!;
const fr = translators.fr!;
const it_ = translators.it!;

describe('English reads as it always did', () => {
  it('techniques, needles, side effects, indications, contraindications', () => {
    expect(techniqueLabel(en, 'point-by-point')).toBe('Point by point');
    expect(techniqueLabel(en, 'papule')).toBe('Papule');
    expect(techniqueLabel(en, 'deep-intradermal')).toBe('Deep intradermal (IDP)');
    expect(techniqueLabel(en, 'intradermal')).toBe('Superficial intradermal (IDS)');
    expect(techniqueLabel(en, 'linear-retrograde')).toBe('Linear retrograde');
    // The earlier list's ids read as what was chosen, marked as the earlier list.
    expect(techniqueLabel(en, 'point')).toBe('Point by point (papule), earlier list');
    expect(techniqueLabel(en, 'subcutaneous')).toBe('Subcutaneous (IDP), earlier list');
    expect(techniqueShort(en, 'deep-intradermal')).toBe('IDP');
    expect(needleLabel(en, '30G-13mm')).toBe('30G × 13 mm');
    expect(sideEffectLabel(en, 'ecchymosis')).toBe('Ecchymosis / bruising');
    expect(sideEffectLabel(en, 'allergic-reaction')).toBe('Allergic reaction');
    expect(indicationLabel(en, 'hair-loss')).toBe('Alopecia / hair loss');
    expect(contraindicationLabel(en, 'productAllergy')).toBe('Allergy to a product or to the anaesthetic');
    expect(contraindicationLabel(en, 'under18')).toBe('Age under 18');
    expect(suggestedAreas(en, 'rejuvenation')).toEqual(['Face', 'Neck', 'Décolleté', 'Backs of the hands']);
    expect(suggestedAreas(en, 'acne')).toEqual([]);
  });

  it('views, regions (left and right are the patient’s) and poses', () => {
    expect(viewLabel(en, 'body-back')).toBe('Body, back');
    expect(viewShort(en, 'body-back')).toBe('Back');
    expect(regionLabel(en, 'body-front', 'thigh-outer-left')).toBe('Left thigh, outer');
    expect(regionLabel(en, 'body-back', 'knee-right')).toBe('Right knee (popliteal)');
    expect(regionLabel(en, 'face', 'neck')).toBe('Neck');
    expect(regionLabel(en, 'body-front', 'neck')).toBe('Neck, front');
    expect(regionName(en, 'face', '')).toBe('Outside the named regions');
    expect(poseLabel(en, 'face-left')).toBe('Face, left');
  });
});

describe('French and Italian, as practitioners say them', () => {
  it('French', () => {
    expect(techniqueLabel(fr, 'point-by-point')).toBe('Point par point');
    expect(techniqueLabel(fr, 'papule')).toBe('Papule');
    expect(techniqueLabel(fr, 'epidermal')).toBe('Intraépidermique (IED)');
    expect(techniqueLabel(fr, 'intradermal')).toBe('Intradermique superficielle (IDS)');
    expect(techniqueLabel(fr, 'mesoperfusion')).toBe('Mésoperfusion');
    expect(techniqueLabel(fr, 'point')).toBe('Point par point (papule), ancienne liste');
    expect(techniqueShort(fr, 'deep-intradermal')).toBe('IDP');
    expect(techniqueLabel(fr, 'nappage')).toBe('Nappage');
    expect(sideEffectLabel(fr, 'redness')).toBe('Érythème');
    expect(indicationLabel(fr, 'stretch-marks')).toBe('Vergetures');
    expect(contraindicationLabel(fr, 'breastfeeding')).toBe('Allaitement');
    expect(regionLabel(fr, 'body-front', 'thigh-outer-left')).toBe('Cuisse gauche, face latérale');
    expect(regionLabel(fr, 'face', 'nasolabial-right')).toBe('Sillon nasogénien droit');
    expect(regionLabel(fr, 'body-back', 'buttock-right')).toBe('Fesse droite');
    expect(viewLabel(fr, 'scalp')).toBe('Cuir chevelu');
    expect(poseLabel(fr, 'left')).toBe('Profil gauche');
    expect(needleLabel(fr, '32G-4mm')).toBe('32G × 4 mm');
    expect(suggestedAreas(fr, 'wrinkles')).toContain('Sillons nasogéniens');
  });

  it('Italian', () => {
    expect(techniqueLabel(it_, 'point-by-point')).toBe('Punto per punto');
    expect(techniqueLabel(it_, 'papule')).toBe('Pomfo');
    expect(techniqueLabel(it_, 'deep-intradermal')).toBe('Intradermica profonda (IDP)');
    expect(techniqueLabel(it_, 'subcutaneous')).toBe('Intradermica profonda (IDP), elenco precedente');
    expect(sideEffectLabel(it_, 'wheals')).toBe('Pomfi persistenti');
    expect(indicationLabel(it_, 'localized-fat')).toBe('Adiposità localizzata');
    expect(regionLabel(it_, 'face', 'cheek-left')).toBe('Guancia sinistra');
    expect(regionLabel(it_, 'body-back', 'calf-right')).toBe('Polpaccio destro');
    expect(viewLabel(it_, 'face')).toBe('Viso');
    expect(regionName(it_, 'scalp', '')).toBe('Fuori dalle regioni indicate');
  });
});

describe('an id no list knows (an old record’s) prints as it is', () => {
  it.each(codes)('%s', (lang) => {
    const t = translators[lang]!;
    expect(techniqueLabel(t, 'mesolift-2009')).toBe('mesolift-2009');
    expect(techniqueShort(t, 'mesolift-2009')).toBe('mesolift-2009');
    expect(needleLabel(t, '33G-2mm')).toBe('33G-2mm');
    expect(sideEffectLabel(t, 'unknown')).toBe('unknown');
    expect(indicationLabel(t, 'acne')).toBe('acne');
    expect(contraindicationLabel(t, 'epilepsy')).toBe('epilepsy');
    expect(viewLabel(t, 'hand')).toBe('hand');
    expect(viewShort(t, 'hand')).toBe('hand');
    expect(poseLabel(t, 'three-quarter')).toBe('three-quarter');
    expect(regionLabel(t, 'scalp', 'thigh-outer-left')).toBeNull();
    expect(regionName(t, 'scalp', 'thigh-outer-left')).toBe('thigh-outer-left');
    // Ids that would read as key paths or namespaces are never looked up.
    expect(techniqueLabel(t, 'clinical:technique.point')).toBe('clinical:technique.point');
    expect(regionName(t, 'face', 'a.b')).toBe('a.b');
  });
});

describe('every id has its words in every language', () => {
  const cases = [
    ...TECHNIQUE_IDS.flatMap((id) => [
      ['technique', id, (t: typeof en) => techniqueLabel(t, id)],
      ['techniqueShort', id, (t: typeof en) => techniqueShort(t, id)],
    ]),
    ...NEEDLES.map((x) => ['needle', x.id, (t: typeof en) => needleLabel(t, x.id)]),
    ...SIDE_EFFECTS.map((x) => ['sideEffect', x.id, (t: typeof en) => sideEffectLabel(t, x.id)]),
    ...INDICATIONS.map((x) => ['indication', x.id, (t: typeof en) => indicationLabel(t, x.id)]),
    ...[...CONTRAINDICATIONS.map((x) => x.key), UNDER_18].map((key) => ['contraindication', key, (t: typeof en) => contraindicationLabel(t, key)]),
    ...MAP_VIEWS.flatMap((x) => [
      ['view', x.id, (t: typeof en) => viewLabel(t, x.id)],
      ['viewShort', x.id, (t: typeof en) => viewShort(t, x.id)],
    ]),
    ...PHOTO_POSES.map((x) => ['pose', x.id, (t: typeof en) => poseLabel(t, x.id)]),
    ...INDICATIONS.flatMap((i) => SUGGESTED_AREAS[i.id].map((a, n) => [`area of ${i.id}`, a, (t: typeof en) => suggestedAreas(t, i.id)[n] ?? ''])),    ...MAP_VIEWS.flatMap((v) => MAP_ARTWORK[v.id].regions.map((r) => [`region ${v.id}`, r.id, (t: typeof en) => regionLabel(t, v.id, r.id) ?? ''])),
  ] as [string, string, (t: typeof en) => string][];

  it.each(codes)('%s: a word for each, never the key', (lang) => {
    const t = translators[lang]!;
    const missing = cases
      .map(([what, id, word]) => [what, id, word(t)] as const)
      .filter(([, id, text]) => text.trim() === '' || text === id || text.startsWith('clinical:') || /^(technique|sideEffect|indication|contraindication|view|pose|region)\b.*\./.test(text));
    expect(missing).toEqual([]);
  });

  it('every region of a view has a name of its own, in every language', () => {
    for (const lang of codes) {
      const t = translators[lang]!;
      for (const v of MAP_VIEWS) {
        const names = MAP_ARTWORK[v.id].regions.map((r) => regionLabel(t, v.id, r.id));
        expect(new Set(names).size, `${lang} ${v.id}`).toBe(names.length);
      }
    }
  });

  it('a sided region names the side it is on, as the patient’s', () => {
    const side: Record<Language, [RegExp, RegExp]> = {
      // 'L4–L5, left paravertebral': the level first, the side within
      en: [/\b[Ll]eft\b/, /\b[Rr]ight\b/],
      fr: [/\bgauche\b/, /\bdroite?\b/],
      it: [/\bsinistr[oa]\b/, /\bdestr[oa]\b/],
      es: [/\bizquierd[oa]\b/, /\bderech[oa]\b/],
      'pt-BR': [/\besquerd[oa]\b/, /\bdireit[oa]\b/],
    };
    for (const lang of codes) {
      const t = translators[lang]!;
      const [left, right] = side[lang];
      for (const v of MAP_VIEWS)
        for (const r of MAP_ARTWORK[v.id].regions) {
          const name = regionLabel(t, v.id, r.id) ?? '';
          // The side may stand inside the id too: 'paravertebral-left-l4-l5'.
          if (/-left(-|$)/.test(r.id)) expect(name, `${lang} ${v.id} ${r.id}`).toMatch(left);
          if (/-right(-|$)/.test(r.id)) expect(name, `${lang} ${v.id} ${r.id}`).toMatch(right);
          if (!/-(left|right)(-|$)/.test(r.id)) expect(name, `${lang} ${v.id} ${r.id}`).not.toMatch(left);
        }
    }
  });

  it('keys are the ids in camelCase', () => {
    expect(idKey('thigh-outer-left')).toBe('thighOuterLeft');
    expect(idKey('body-front')).toBe('bodyFront');
    expect(idKey('point')).toBe('point');
  });
});
