// Frozen with migration 8: shipped migrations are never edited, and import nothing but node: modules and
// the frozen helpers beside them (tests/electron/store/migrations.test.ts).
import type { TemplateTexts8 } from './008-templateTexts.ts';

/** The second edition of the starting consent templates in en (see 009-templateTexts.ts); sources in docs/clinical-sources.md, "Consent content and risks". */
export const TEXTS_8_EN: TemplateTexts8 = {
  language: 'en',
  author: 'MesoChart (starting template, 2nd edition)',
  procedure: `WHAT MESOTHERAPY IS
Mesotherapy is a series of very small injections into the skin (the dermis) and, for some techniques, the layer just beneath it, close to the area to be treated. They are given with a fine single needle or with a multi-injector carrying several fine needles, at a depth that depends on the technique: less than 1 mm for the most superficial (epidermal injections, nappage), a few millimetres for papules, intradermal injections and point by point, deeper only for deep points. The product is a small volume of one or more active substances diluted in sterile saline (the "cocktail"); it may include a local anaesthetic such as lidocaine. The equipment is sterile and single-use, and the skin is disinfected before the injections. A session lasts about 15 to 20 minutes.`,
  course: `THE COURSE OF TREATMENT
{plan} Results are generally assessed from about the third session onwards; they vary from person to person and cannot be guaranteed. As the effect fades with time, a new cycle may be proposed about six months after the last one. You may stop the treatment at any time.`,
  offLabel: {
    usual: `MEDICINAL PRODUCTS USED OUTSIDE THEIR LICENCE ("OFF-LABEL")
Most medicinal products in a mesotherapy cocktail for this indication (for example anti-inflammatories, muscle relaxants, vasoactive or lipolytic substances, vitamins, lidocaine) are licensed for other routes or other uses, not for injection into the skin for this indication. Using them in this way is lawful under the doctor's responsibility, but it is "off-label": what is known of it comes from clinical experience and published studies rather than from the product's licence, and the manufacturer's information does not cover it. The practitioner tells you which products are used, why, and what is known about them; each product and its batch number are recorded in your file.`,
    possible: `MEDICINAL PRODUCTS USED OUTSIDE THEIR LICENCE ("OFF-LABEL")
The products usually injected for this indication (such as non-cross-linked hyaluronic acid) are medical devices intended for injection into the skin. If the practitioner adds a medicinal product to the cocktail (for example a vitamin or lidocaine), it is usually licensed for other routes and not for this use: it is then used "off-label", lawfully under the doctor's responsibility, on the basis of clinical experience and published studies rather than of the product's licence. The practitioner tells you whether this applies, which products are used and why; each product and its batch number are recorded in your file.`,
  },
  risks: `SIDE EFFECTS AND RISKS
Most reactions are mild and pass within hours to a few days:
- small raised wheals (papules) at the injection points;
- bruising (ecchymosis) or, more rarely, a haematoma, more likely if you bruise easily or take medicines that thin the blood;
- a burning or stinging sensation during and shortly after the injections;
- redness (erythema), slight swelling (oedema) and itching of the treated area;
- tenderness of the treated area for one or two days.
Less common or rare complications:
- feeling faint or fainting during or just after the injections (vasovagal reaction): you are treated lying or sitting and watched until you feel well;
- an allergic reaction to a product, from a local rash to, very rarely, a general reaction (hives, swelling of the face, difficulty breathing) that needs emergency treatment;
- a reaction to lidocaine, when it is used: an allergy or, at higher doses, dizziness, tingling around the mouth, a metallic taste, palpitations and, very rarely, heart rhythm disturbances or seizures;
- infection at an injection point, including infection with atypical mycobacteria: painful red lumps or small abscesses that may appear weeks to months after a session and need long antibiotic treatment, sometimes drainage;
- small firm nodules or granulomas under the skin, which may last several weeks;
- a lasting change in skin colour (darker or lighter patches);
- skin necrosis (death of a small area of skin), very rare, which heals slowly and may leave a scar;
- scars at injection points and, in people prone to them, thick (hypertrophic or keloid) scars.
Tell the practitioner at once if you notice increasing pain, heat, pus, fever, a spreading rash, a lump that grows or appears weeks later, a dark or blistering patch of skin, or difficulty breathing.`,
  alternatives: { heading: 'ALTERNATIVES', intro: `Other treatments exist, alone or combined: `, outro: `. You may also choose to have no treatment.` },
  contraindications: `WHEN MESOTHERAPY MUST NOT BE GIVEN, OR NEEDS CARE
Before every session you will be asked again about the following. Tell the practitioner if any of them applies to you, or starts to apply during the course:
- pregnancy, or trying to become pregnant; breastfeeding;
- current or past cancer;
- oral anticoagulants, antiplatelet medicines (such as aspirin or clopidogrel) or heparin injections; a bleeding disorder;
- a known allergy to any product of the cocktail or to a local anaesthetic (such as lidocaine);
- a skin infection or inflammation in the area to be treated; for the face, cold sores (herpes);
- uncontrolled diabetes, an autoimmune disease, a weakened immune system (including medicines that suppress it);
- heart disease, when lidocaine is to be used;
- a tendency to thick or keloid scars;
- age under 18.
Also tell the practitioner about every medicine you take, including those bought without a prescription and herbal remedies.`,
  aftercare: `AFTERCARE
For 24 hours after each session: do not apply make-up or creams to the injection points; avoid saunas, hot baths, swimming pools, intense exercise and sport; do not massage the treated area. For 48 hours avoid sun exposure and tanning beds on the treated area. Keep the area clean. Mild bruising or swelling may be cooled with a wrapped cold pack. Call the practice if redness or swelling persists beyond 48 hours, and at once for any of the signs listed under side effects and risks.`,
  photographs: `PHOTOGRAPHS
Standardized photographs of the treated area help to follow the results. They are taken only if you agree: you are asked separately, and your answer is recorded with this consent. You may refuse, or withdraw your agreement later, without any effect on your treatment. Photographs are kept in your medical record and are never published or shown to others without your separate written consent.`,
  dataProtection: `YOUR DATA
The information collected (medical record, screening answers, photographs if you agree to them, signatures) is kept in your medical record, covered by medical confidentiality and used only for your care, under the data protection law that applies (in the European Union, the General Data Protection Regulation). You may ask the practice to see it, to correct it or to restrict its use.`,
  declaration: `DECLARATION
I have read this information, or it has been read to me. I have had the opportunity to ask questions and they have been answered to my satisfaction. I have been told about the alternatives, about the use of medicinal products outside their licence where it applies, and about the risks listed above. I have answered the screening questions truthfully and confirm the answers shown with this form. I understand that I may withdraw my consent at any time without giving a reason, and that withdrawing does not affect the care I receive. I consent to a course of mesotherapy as described above.`,
  templates: [
    {
      id: 'c0a5e7a1-0001-4c01-8a01-000000000001',
      besideId: 'c0a5e7a1-b001-4c01-8a01-000000000901',
      indication: 'cellulite',
      title: 'Informed consent: mesotherapy for cellulite',
      purpose: `PURPOSE
This form explains mesotherapy for cellulite (the dimpled, "orange peel" appearance of the skin, most often on the thighs, buttocks and abdomen), so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 10 to 15 sessions, once a week, followed by maintenance sessions about once a month.`,
      specific: `ABOUT TREATING CELLULITE
The cocktail usually aims to improve local circulation and lymphatic drainage and the firmness of the skin. Cellulite has many causes (hormones, genetics, circulation, weight); mesotherapy improves its appearance in many people but does not cure it, and the improvement lasts longer with regular exercise, a balanced diet and maintenance sessions. Points are usually spread over the whole area in a grid about 1 to 2 cm apart.`,
      alternatives: `exercise and a balanced diet, manual lymphatic drainage, mechanical massage (endermology), radiofrequency, shock wave therapy`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-0002-4c02-8a02-000000000002',
      besideId: 'c0a5e7a1-b002-4c02-8a02-000000000902',
      indication: 'localized-fat',
      title: 'Informed consent: mesotherapy for localized fat',
      purpose: `PURPOSE
This form explains mesotherapy for localized fat deposits (for example on the abdomen, flanks, inner thighs, arms or under the chin), so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 6 to 10 sessions, once a week, followed where useful by maintenance sessions about once a month.`,
      specific: `ABOUT TREATING LOCALIZED FAT
The cocktail may contain substances intended to help the body break down fat locally (lipolytic agents). Mesotherapy is not a weight-loss treatment and does not replace diet and exercise; it is meant for small deposits that resist them. The treated area may be more swollen and tender than with other indications, for up to a few days, and small firm lumps can be felt for a short time. In some countries the law restricts these injections (in France, décret n° 2011-382 of 11 April 2011 bans aesthetic fat lysis by injection): the practitioner treats only within what the law of the country allows.`,
      alternatives: `exercise and an adapted diet, cryolipolysis, radiofrequency, focused ultrasound, liposuction (surgery)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-0003-4c03-8a03-000000000003',
      besideId: 'c0a5e7a1-b003-4c03-8a03-000000000903',
      indication: 'rejuvenation',
      title: 'Informed consent: mesotherapy for skin rejuvenation',
      purpose: `PURPOSE
This form explains mesotherapy of the face, neck, décolleté or backs of the hands to improve the hydration, radiance and texture of the skin, so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 3 to 6 sessions, every two weeks, followed by maintenance sessions every one to two months.`,
      specific: `ABOUT SKIN REJUVENATION
The cocktail usually contains non-cross-linked hyaluronic acid, vitamins, amino acids and antioxidants, injected very superficially in many small points. The aim is a fresher, better hydrated skin and softer fine lines; it does not lift the skin or replace fillers or surgery. Small bumps and redness of the face are common for a few hours, and bruising around the eyes or mouth may take a week to fade: plan sessions away from important events.`,
      alternatives: `skin care and sun protection, peels, cross-linked hyaluronic acid fillers or botulinum toxin, lasers and intense pulsed light`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-0004-4c04-8a04-000000000004',
      besideId: 'c0a5e7a1-b004-4c04-8a04-000000000904',
      indication: 'hair-loss',
      title: 'Informed consent: mesotherapy of the scalp for hair loss',
      purpose: `PURPOSE
This form explains mesotherapy of the scalp for hair loss (alopecia), so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 8 to 12 sessions, every two weeks, followed by maintenance sessions about once a month.`,
      specific: `ABOUT TREATING HAIR LOSS
The cocktail usually contains vitamins, amino acids and substances that support the blood supply of the hair follicles, injected into the scalp where the hair is thinning. It aims to slow hair loss and strengthen existing hair; it does not create new follicles where they have been lost, and some types of hair loss do not respond. Hair grows slowly, so results are judged over months, with photographs of the scalp taken in the same way at intervals. The scalp may be tender for a day; do not wash or dye the hair for 24 hours after a session.`,
      alternatives: `topical (minoxidil) or oral treatments prescribed by a doctor, platelet-rich plasma (PRP), hair transplant`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-0005-4c05-8a05-000000000005',
      besideId: 'c0a5e7a1-b005-4c05-8a05-000000000905',
      indication: 'pain',
      title: 'Informed consent: mesotherapy for pain',
      purpose: `PURPOSE
This form explains mesotherapy for pain of the back, neck, shoulder, knee, elbow, wrist or hip (sports injuries and tendinopathies have a form of their own), so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 4 to 8 sessions, once a week; maintenance sessions, about once a month, are given only if the pain returns.`,
      specific: `ABOUT TREATING PAIN
The cocktail usually contains a local anaesthetic and anti-inflammatory or muscle-relaxing substances, injected into the skin over the painful area, so that small doses act where they are needed. You will be asked to score your pain from 0 to 10 before and after each session to follow the effect. Mesotherapy relieves symptoms; it does not replace the diagnosis of the cause of the pain, physiotherapy, or other treatment your doctor advises. Tell the practitioner if the pain changes in nature, spreads, or comes with numbness or weakness.`,
      alternatives: `oral or topical pain-relieving and anti-inflammatory medicines, physiotherapy, injections (infiltrations), orthoses, appropriate rest`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9006-4c06-8a06-000000000006',
      besideId: null,
      indication: 'wrinkles',
      title: 'Informed consent: mesotherapy for wrinkles',
      purpose: `PURPOSE
This form explains mesotherapy for fine lines and wrinkles of the face and neck (for example of the forehead, around the eyes, the nasolabial folds or around the mouth), so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 3 to 6 sessions, every two weeks, followed by maintenance sessions every one to two months.`,
      specific: `ABOUT TREATING WRINKLES
The cocktail usually contains non-cross-linked hyaluronic acid, sometimes with vitamins, amino acids and antioxidants, injected very superficially (papules or nappage) along and around the lines. The aim is a better hydrated, firmer skin in which fine lines look softer; deep folds and the wrinkles of facial expression respond little, and mesotherapy does not replace fillers, botulinum toxin or surgery. Small bumps and redness are common for a few hours, and bruising around the eyes or mouth may take a week to fade: plan sessions away from important events.`,
      alternatives: `skin care and sun protection, peels, cross-linked hyaluronic acid fillers, botulinum toxin, lasers and intense pulsed light`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9007-4c07-8a07-000000000007',
      besideId: null,
      indication: 'stretch-marks',
      title: 'Informed consent: mesotherapy for stretch marks',
      purpose: `PURPOSE
This form explains mesotherapy for stretch marks (striae), for example on the abdomen, thighs, buttocks, breasts or flanks, so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 5 to 10 sessions, every two weeks, followed where useful by maintenance sessions every one to two months.`,
      specific: `ABOUT TREATING STRETCH MARKS
The cocktail usually contains non-cross-linked hyaluronic acid, vitamins and amino acids, injected into and along the stretch marks. Recent, red or purple stretch marks respond better than old, white ones. Mesotherapy can make them less visible and improve the texture of the skin, but does not remove them. Avoid sun on the treated stretch marks during the course: it may darken them.`,
      alternatives: `creams prescribed by a doctor (some are not allowed in pregnancy), microneedling, peels, fractional lasers, radiofrequency`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9008-4c08-8a08-000000000008',
      besideId: null,
      indication: 'venous-lymphatic',
      title: 'Informed consent: mesotherapy for venous and lymphatic insufficiency',
      purpose: `PURPOSE
This form explains mesotherapy for heavy, swollen legs due to venous or lymphatic insufficiency (oedema), so that you can decide whether to go ahead. A doctor should have examined the veins first, often with a Doppler ultrasound scan, to rule out a blood clot or another cause of the swelling (heart, kidneys, medicines).`,
      plan: `A course usually consists of 8 to 10 sessions, once a week, followed by maintenance sessions about once a month.`,
      specific: `ABOUT TREATING VENOUS AND LYMPHATIC INSUFFICIENCY
The cocktail usually contains vasoactive and draining substances (for example plant extracts, vitamins or products that act on the small vessels), injected into the skin of the legs along the veins and lymphatics. The aim is to relieve heaviness, swelling and discomfort; mesotherapy does not treat the varicose veins themselves and does not replace compression stockings, walking, or the treatment your doctor advises. Tell the practitioner at once, or call emergency services, if one leg suddenly becomes painful, hot and swollen, or if you become short of breath: these may be signs of a blood clot.`,
      alternatives: `compression stockings, walking and leg elevation, manual lymphatic drainage, venoactive medicines, treatment of varicose veins (sclerotherapy, endovenous or surgical treatment)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9009-4c09-8a09-000000000009',
      besideId: null,
      indication: 'scars',
      title: 'Informed consent: mesotherapy for scars',
      purpose: `PURPOSE
This form explains mesotherapy to improve the appearance and suppleness of scars (for example after surgery, an injury or acne), so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 3 to 6 sessions, every three weeks, followed where useful by a session every two months.`,
      specific: `ABOUT TREATING SCARS
The cocktail usually contains non-cross-linked hyaluronic acid, vitamins and substances that support the repair of the skin, injected into and around the scar. A scar is treated once the wound has healed and the scar has matured, usually several months later. The aim is a softer, flatter and less visible scar; a scar never disappears completely, and results vary with its age, type and site. In people prone to keloids, the injections themselves can cause a thick scar: tell the practitioner about any such tendency.`,
      alternatives: `silicone gels or sheets, massage, pressure garments, corticosteroid injections, lasers, microneedling, surgical revision`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9010-4c10-8a10-000000000010',
      besideId: null,
      indication: 'sports-injuries',
      title: 'Informed consent: mesotherapy for sports injuries and tendinopathies',
      purpose: `PURPOSE
This form explains mesotherapy for sports injuries and tendon disorders (tendinopathies), for example of the Achilles tendon, the knee, the shoulder or the elbow, so that you can decide whether to go ahead.`,
      plan: `A course usually consists of 3 to 6 sessions, once a week, and stops as soon as pain and function have recovered.`,
      specific: `ABOUT TREATING SPORTS INJURIES AND TENDINOPATHIES
The cocktail usually contains a local anaesthetic and anti-inflammatory or muscle-relaxing substances, injected into the skin over the painful tendon or muscle, never into the tendon itself, so that small doses act where they are needed. You will be asked to score your pain from 0 to 10 before and after each session. Mesotherapy relieves pain and may help the return to sport; it does not replace the diagnosis of the injury, rest from what causes the pain, rehabilitation exercises or physiotherapy. Tell the practitioner if the pain changes in nature, or if you feel a sudden snap or lose strength.`,
      alternatives: `relative rest and adapted training, physiotherapy and eccentric exercises, pain-relieving and anti-inflammatory medicines, shock wave therapy, injections (for example platelet-rich plasma), orthoses, and surgery in some cases`,
      offLabel: 'usual',
    },
  ],
};
