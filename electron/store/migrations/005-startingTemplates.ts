/**
 * The consent templates MesoChart ships (version 1 of each, written for this project). Clinics edit
 * them in the app; every saved edit becomes a new version and these stay readable as version 1.
 * Frozen once shipped: migration 5 inserts them, and a shipped migration is never edited (nor imports
 * anything live: `indication` is an indication id of that time, shared/indications.ts).
 */

const WHAT_IT_IS = `WHAT MESOTHERAPY IS
Mesotherapy is a series of very small injections into the skin and the layer just beneath it (the mesoderm), usually 4 to 6 mm deep, given with a fine single needle or with a multi-injector carrying several fine needles. The product is a small volume of one or more active substances diluted in sterile saline (the "cocktail"); it may include a local anaesthetic such as lidocaine. Each session lasts about 15 to 20 minutes.`;

const COURSE = `THE COURSE OF TREATMENT
A course usually consists of 8 to 15 sessions, most often once a week, followed where useful by maintenance sessions about once a month. Results are generally assessed from about the third session onwards. Results vary from person to person and cannot be guaranteed. You may stop the treatment at any time.`;

const SIDE_EFFECTS = `USUAL SIDE EFFECTS
Most reactions are mild and pass within hours to a few days:
- small raised wheals at the injection points;
- bruising (ecchymosis), more likely if you bruise easily or take medicines that thin the blood;
- a burning or stinging sensation during and shortly after the injections;
- redness and slight swelling of the treated area;
- tenderness of the treated area for one or two days.
Rarer complications include an allergic reaction to a product, infection at an injection point, small nodules, and temporary changes in skin colour. Tell the practitioner at once if you notice increasing pain, heat, pus, fever, a spreading rash, or difficulty breathing.`;

const CONTRAINDICATIONS = `WHEN MESOTHERAPY MUST NOT BE GIVEN
Before every session you will be asked again about the following. Tell the practitioner if any of them applies to you, or starts to apply during the course:
- pregnancy, or trying to become pregnant;
- breastfeeding;
- current or past cancer (oncological disease);
- oral anticoagulants or other medicines that thin the blood;
- a known allergy to any product of the cocktail (including lidocaine);
- any other condition your doctor has told you about, such as a skin infection in the area, a bleeding disorder, uncontrolled diabetes, or an autoimmune disease.`;

const AFTERCARE = `AFTERCARE
For 24 hours after each session: do not apply make-up or creams to the injection points; avoid hot baths, saunas, swimming pools and intense exercise; do not massage the area unless told to. For 48 hours avoid sun exposure and tanning beds on the treated area. Keep the area clean. Mild bruising or swelling may be cooled with a wrapped cold pack.`;

const DECLARATION = `DECLARATION
I have read this information, or it has been read to me. I have had the opportunity to ask questions and they have been answered to my satisfaction. I have answered the screening questions truthfully and confirm the answers shown with this form. I understand that I may withdraw my consent at any time without giving a reason, and that withdrawing does not affect the care I receive. I consent to a course of mesotherapy as described above, and to standardized photographs of the treated area being taken and kept in my record to follow the results.`;

function template(purpose: string, specific: string): string {
  return [purpose, WHAT_IT_IS, COURSE, specific, SIDE_EFFECTS, CONTRAINDICATIONS, AFTERCARE, DECLARATION].join('\n\n');
}

type StartingTemplate = { id: string; indication: string; title: string; body: string };

export const STARTING_TEMPLATES: readonly StartingTemplate[] = [
  {
    id: 'c0a5e7a1-0001-4c01-8a01-000000000001',
    indication: 'cellulite',
    title: 'Informed consent: mesotherapy for cellulite',
    body: template(
      `PURPOSE\nThis form explains mesotherapy for cellulite (the dimpled, "orange peel" appearance of the skin, most often on the thighs, buttocks and abdomen), so that you can decide whether to go ahead.`,
      `ABOUT TREATING CELLULITE\nThe cocktail usually aims to improve local circulation and lymphatic drainage and the firmness of the skin. Cellulite has many causes (hormones, genetics, circulation, weight); mesotherapy improves its appearance in many people but does not cure it, and the improvement lasts longer with regular exercise, a balanced diet and maintenance sessions. Points are usually spread over the whole area in a grid about 1 to 2 cm apart.`,
    ),
  },
  {
    id: 'c0a5e7a1-0002-4c02-8a02-000000000002',
    indication: 'localized-fat',
    title: 'Informed consent: mesotherapy for localized fat',
    body: template(
      `PURPOSE\nThis form explains mesotherapy for localized fat deposits (for example on the abdomen, flanks, inner thighs, arms or under the chin), so that you can decide whether to go ahead.`,
      `ABOUT TREATING LOCALIZED FAT\nThe cocktail may contain substances intended to help the body break down fat locally (lipolytic agents). Mesotherapy is not a weight-loss treatment and does not replace diet and exercise; it is meant for small deposits that resist them. The treated area may be more swollen and tender than with other indications, for up to a few days, and small firm lumps can be felt for a short time.`,
    ),
  },
  {
    id: 'c0a5e7a1-0003-4c03-8a03-000000000003',
    indication: 'rejuvenation',
    title: 'Informed consent: mesotherapy for skin rejuvenation',
    body: template(
      `PURPOSE\nThis form explains mesotherapy of the face, neck, décolleté or backs of the hands to improve the hydration, radiance and texture of the skin, so that you can decide whether to go ahead.`,
      `ABOUT SKIN REJUVENATION\nThe cocktail usually contains non-cross-linked hyaluronic acid, vitamins, amino acids and antioxidants, injected very superficially in many small points. The aim is a fresher, better hydrated skin and softer fine lines; it does not lift the skin or replace fillers or surgery. Small bumps and redness of the face are common for a few hours, and bruising around the eyes or mouth may take a week to fade: plan sessions away from important events.`,
    ),
  },
  {
    id: 'c0a5e7a1-0004-4c04-8a04-000000000004',
    indication: 'hair-loss',
    title: 'Informed consent: mesotherapy of the scalp for hair loss',
    body: template(
      `PURPOSE\nThis form explains mesotherapy of the scalp for hair loss (alopecia), so that you can decide whether to go ahead.`,
      `ABOUT TREATING HAIR LOSS\nThe cocktail usually contains vitamins, amino acids and substances that support the blood supply of the hair follicles, injected into the scalp where the hair is thinning. It aims to slow hair loss and strengthen existing hair; it does not create new follicles where they have been lost, and some types of hair loss do not respond. Hair grows slowly, so results are judged over months, with photographs of the scalp taken in the same way at intervals. The scalp may be tender for a day; do not wash or dye the hair for 24 hours after a session.`,
    ),
  },
  {
    id: 'c0a5e7a1-0005-4c05-8a05-000000000005',
    indication: 'pain',
    title: 'Informed consent: mesotherapy for pain',
    body: template(
      `PURPOSE\nThis form explains mesotherapy for pain of the back, neck, shoulder, knee, elbow, wrist or hip, tendinitis and sports injuries, so that you can decide whether to go ahead.`,
      `ABOUT TREATING PAIN\nThe cocktail usually contains a local anaesthetic and anti-inflammatory or muscle-relaxing substances, injected into the skin over the painful area, so that small doses act where they are needed. You will be asked to score your pain from 0 to 10 before and after each session to follow the effect. Mesotherapy relieves symptoms; it does not replace the diagnosis of the cause of the pain, physiotherapy, or other treatment your doctor advises. Tell the practitioner if the pain changes in nature, spreads, or comes with numbness or weakness.`,
    ),
  },
];

/** Who created the shipped templates, as the template list shows it. */
export const STARTING_TEMPLATE_AUTHOR = 'MesoChart (starting template)';
