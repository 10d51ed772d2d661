// Frozen with migration 8: shipped migrations are never edited, and import nothing but node: modules and
// the frozen helpers beside them (tests/electron/store/migrations.test.ts).
import type { TemplateTexts8 } from './008-templateTexts.ts';

/** The second edition of the starting consent templates in fr (see 009-templateTexts.ts); sources in docs/clinical-sources.md, "Consent content and risks". */
export const TEXTS_8_FR: TemplateTexts8 = {
  language: 'fr',
  author: 'MesoChart (modèle de départ, 2e édition)',
  procedure: `QU'EST-CE QUE LA MÉSOTHÉRAPIE\u00a0?
La mésothérapie consiste à injecter de très petites quantités de médicaments ou de substances actives dans la peau (le derme) et, pour certaines techniques, juste en dessous, au plus près de la zone à traiter, avec une aiguille très fine ou un multi-injecteur portant plusieurs aiguilles. La profondeur dépend de la technique\u00a0: moins de 1 mm pour les plus superficielles (intra-épidermique, nappage), quelques millimètres pour les papules, l'intradermique superficielle (IDS) ou profonde (IDP) et le point par point, davantage seulement pour les points profonds. Le produit injecté est un faible volume d'une ou plusieurs substances diluées dans du sérum physiologique stérile (le «\u00a0mélange\u00a0»), parfois associées à un anesthésique local comme la lidocaïne. Le matériel est stérile et à usage unique\u00a0; la peau est désinfectée avant les injections. Une séance dure environ 15 à 20 minutes.`,
  course: `DÉROULEMENT DU TRAITEMENT
{plan} Les résultats s'apprécient habituellement à partir de la troisième séance\u00a0; ils varient d'une personne à l'autre et ne peuvent pas être garantis. L'effet s'atténuant avec le temps, un nouveau cycle peut vous être proposé environ six mois après le précédent. Vous pouvez interrompre le traitement à tout moment.`,
  offLabel: {
    usual: `MÉDICAMENTS UTILISÉS EN DEHORS DE LEUR AUTORISATION («\u00a0HORS AMM\u00a0»)
La plupart des médicaments d'un mélange de mésothérapie pour cette indication (par exemple anti-inflammatoires, décontracturants, substances vasoactives ou lipolytiques, vitamines, lidocaïne) sont autorisés pour une autre voie d'administration ou un autre usage, et non pour une injection dans la peau dans cette indication. Cet usage est permis sous la responsabilité du médecin, mais il est «\u00a0hors autorisation de mise sur le marché (AMM)\u00a0»\u00a0: ce que l'on en sait vient de l'expérience clinique et des études publiées, non de l'autorisation du produit, et la notice du fabricant ne le couvre pas. Le médecin vous indique quels produits sont utilisés, pourquoi, et ce que l'on en sait (article L. 5121-12-1 du Code de la santé publique)\u00a0; chaque produit et son numéro de lot sont notés dans votre dossier.`,
    possible: `MÉDICAMENTS UTILISÉS EN DEHORS DE LEUR AUTORISATION («\u00a0HORS AMM\u00a0»)
Les produits habituellement injectés dans cette indication (comme l'acide hyaluronique non réticulé) sont des dispositifs médicaux destinés à l'injection dans la peau. Si le médecin ajoute un médicament au mélange (par exemple une vitamine ou la lidocaïne), celui-ci est le plus souvent autorisé pour une autre voie d'administration et non pour cet usage\u00a0: il est alors utilisé «\u00a0hors AMM\u00a0», ce qui est permis sous la responsabilité du médecin, sur la base de l'expérience clinique et des études publiées plutôt que de l'autorisation du produit. Le médecin vous dit si c'est le cas, quels produits sont utilisés et pourquoi\u00a0; chaque produit et son numéro de lot sont notés dans votre dossier.`,
  },
  risks: `EFFETS INDÉSIRABLES ET RISQUES
La plupart des réactions sont bénignes et disparaissent en quelques heures à quelques jours\u00a0:
- petites papules (surélévations de la peau) aux points d'injection\u00a0;
- ecchymoses (bleus) ou, plus rarement, hématome, plus fréquents si vous marquez facilement ou prenez un traitement qui fluidifie le sang\u00a0;
- sensation de brûlure ou de picotement pendant et juste après les injections\u00a0;
- rougeur (érythème), léger gonflement (œdème) et démangeaisons de la zone traitée\u00a0;
- sensibilité douloureuse de la zone pendant un ou deux jours.
Complications moins fréquentes ou rares\u00a0:
- malaise ou perte de connaissance pendant ou juste après les injections (malaise vagal)\u00a0: vous êtes traité(e) allongé(e) ou assis(e) et surveillé(e) jusqu'à ce que vous vous sentiez bien\u00a0;
- réaction allergique à un produit, d'une éruption locale à, très rarement, une réaction générale (urticaire, gonflement du visage, gêne respiratoire) qui nécessite un traitement d'urgence\u00a0;
- réaction à la lidocaïne, lorsqu'elle est utilisée\u00a0: allergie ou, à dose plus élevée, vertiges, fourmillements autour de la bouche, goût métallique, palpitations et, très rarement, troubles du rythme cardiaque ou convulsions\u00a0;
- infection à un point d'injection, y compris une infection à mycobactéries atypiques\u00a0: nodules rouges et douloureux ou petits abcès pouvant apparaître des semaines à des mois après une séance, qui demandent un long traitement antibiotique, parfois un drainage\u00a0;
- petits nodules fermes ou granulomes sous la peau, pouvant persister plusieurs semaines\u00a0;
- modification durable de la couleur de la peau (taches plus foncées ou plus claires)\u00a0;
- nécrose cutanée (mort d'une petite zone de peau), très rare, qui cicatrise lentement et peut laisser une cicatrice\u00a0;
- cicatrices aux points d'injection et, chez les personnes qui y sont sujettes, cicatrices épaisses (hypertrophiques ou chéloïdes).
Prévenez immédiatement le médecin en cas de douleur qui augmente, de chaleur, de pus, de fièvre, d'éruption qui s'étend, de grosseur qui grossit ou apparaît des semaines plus tard, de tache de peau sombre ou bulleuse, ou de gêne respiratoire.`,
  alternatives: { heading: 'AUTRES POSSIBILITÉS', intro: `D'autres prises en charge existent, seules ou associées\u00a0: `, outro: `. Vous pouvez aussi choisir de ne pas être traité(e).` },
  contraindications: `CONTRE-INDICATIONS ET PRÉCAUTIONS
Avant chaque séance, les questions suivantes vous seront reposées. Signalez au médecin toute situation qui vous concerne ou qui apparaît en cours de traitement\u00a0:
- grossesse ou projet de grossesse\u00a0; allaitement\u00a0;
- cancer en cours ou antécédent de cancer\u00a0;
- traitement anticoagulant oral, antiagrégant plaquettaire (par exemple aspirine ou clopidogrel) ou injections d'héparine\u00a0; trouble de la coagulation\u00a0;
- allergie connue à l'un des produits du mélange ou à un anesthésique local (comme la lidocaïne)\u00a0;
- infection ou inflammation de la peau dans la zone à traiter\u00a0; pour le visage, bouton de fièvre (herpès)\u00a0;
- diabète déséquilibré, maladie auto-immune, immunodépression (y compris due à un traitement)\u00a0;
- maladie cardiaque, lorsque la lidocaïne doit être utilisée\u00a0;
- tendance aux cicatrices épaisses ou chéloïdes\u00a0;
- âge inférieur à 18 ans.
Signalez aussi au médecin tous les médicaments que vous prenez, y compris ceux achetés sans ordonnance et les produits à base de plantes.`,
  aftercare: `APRÈS LA SÉANCE
Pendant 24 heures\u00a0: pas de maquillage ni de crème sur les points d'injection\u00a0; évitez sauna, hammam, bains chauds, piscine, effort intense et sport\u00a0; ne massez pas la zone traitée. Pendant 48 heures, évitez le soleil et les cabines UV sur la zone traitée. Gardez la zone propre. Un bleu ou un léger gonflement peut être soulagé par une poche de froid enveloppée dans un linge. Appelez le cabinet si une rougeur ou un gonflement persiste au-delà de 48 heures, et immédiatement devant l'un des signes décrits dans les effets indésirables et risques.`,
  photographs: `PHOTOGRAPHIES
Des photographies standardisées de la zone traitée aident à suivre les résultats. Elles ne sont prises qu'avec votre accord\u00a0: la question vous est posée séparément et votre réponse est enregistrée avec ce consentement. Vous pouvez refuser, ou retirer votre accord plus tard, sans aucune conséquence sur votre traitement. Les photographies sont conservées dans votre dossier médical et ne sont jamais publiées ni montrées à des tiers sans votre accord écrit distinct.`,
  dataProtection: `PROTECTION DE VOS DONNÉES
Les informations recueillies (dossier médical, questionnaire de contre-indications, photographies si vous les acceptez, signatures) sont conservées dans votre dossier médical, couvertes par le secret médical et traitées conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, dans le seul but de votre prise en charge. Vous disposez d'un droit d'accès, de rectification et de limitation, que vous pouvez exercer auprès du cabinet.`,
  declaration: `CONSENTEMENT
J'ai lu ce document, ou il m'a été lu. J'ai pu poser mes questions et j'ai reçu des réponses claires. J'ai été informé(e) des autres possibilités, de l'utilisation de médicaments hors AMM lorsqu'elle s'applique et des risques décrits ci-dessus. J'ai répondu sincèrement au questionnaire de contre-indications et je confirme les réponses jointes à ce formulaire. J'ai compris que je peux retirer mon consentement à tout moment, sans avoir à me justifier, et que ce retrait ne modifie en rien la qualité des soins qui me sont dus. Je donne mon consentement libre et éclairé (article L. 1111-4 du Code de la santé publique) à un traitement par mésothérapie tel que décrit ci-dessus.`,
  templates: [
    {
      id: 'c0a5e7a1-1001-4c01-8a01-000000000001',
      besideId: 'c0a5e7a1-b101-4c01-8a01-000000000901',
      indication: 'cellulite',
      title: 'Consentement éclairé : mésothérapie de la cellulite',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie de la cellulite (aspect capitonné, «\u00a0peau d'orange\u00a0», le plus souvent sur les cuisses, les fesses et l'abdomen), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 10 à 15 séances, une par semaine, suivies de séances d'entretien environ une fois par mois.`,
      specific: `MÉSOTHÉRAPIE DE LA CELLULITE\u00a0: EFFETS ATTENDUS
Le mélange vise le plus souvent à améliorer la microcirculation, le drainage lymphatique et la fermeté de la peau. La cellulite a de nombreuses causes (hormonales, génétiques, circulatoires, pondérales)\u00a0; la mésothérapie en améliore l'aspect chez beaucoup de patients mais ne la guérit pas, et le bénéfice dure plus longtemps avec une activité physique régulière, une alimentation équilibrée et des séances d'entretien. Les points sont en général répartis sur toute la zone, espacés de 1 à 2 cm.`,
      alternatives: `activité physique et rééquilibrage alimentaire, drainage lymphatique manuel, palper-rouler mécanisé, radiofréquence, ondes de choc`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-1002-4c02-8a02-000000000002',
      besideId: 'c0a5e7a1-b102-4c02-8a02-000000000902',
      indication: 'localized-fat',
      title: 'Consentement éclairé : mésothérapie des surcharges graisseuses localisées',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie des surcharges graisseuses localisées (par exemple abdomen, flancs, face interne des cuisses, bras ou double menton), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 6 à 10 séances, une par semaine, suivies si besoin de séances d'entretien environ une fois par mois.`,
      specific: `MÉSOTHÉRAPIE DES SURCHARGES GRAISSEUSES\u00a0: EFFETS ATTENDUS
Le mélange peut contenir des substances destinées à aider l'organisme à déstocker localement les graisses (lipolytiques). La mésothérapie n'est pas un traitement de l'excès de poids et ne remplace ni l'alimentation équilibrée ni l'activité physique\u00a0; elle s'adresse à de petits amas qui leur résistent. La zone traitée peut être plus gonflée et sensible qu'avec d'autres indications, pendant quelques jours, et de petites indurations peuvent être perçues pendant peu de temps. En France, le décret n° 2011-382 du 11 avril 2011 interdit la lyse adipocytaire à visée esthétique par injection (solutions hypo-osmolaires, produits lipolytiques, mélanges mésothérapeutiques)\u00a0: le médecin ne traite que dans les limites de ce que la loi du pays autorise.`,
      alternatives: `activité physique et alimentation adaptée, cryolipolyse, radiofréquence, ultrasons focalisés, liposuccion (chirurgie)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-1003-4c03-8a03-000000000003',
      besideId: 'c0a5e7a1-b103-4c03-8a03-000000000903',
      indication: 'rejuvenation',
      title: 'Consentement éclairé : mésothérapie de rajeunissement cutané',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie du visage, du cou, du décolleté ou du dos des mains, destinée à améliorer l'hydratation, l'éclat et la texture de la peau, afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 3 à 6 séances, toutes les deux semaines, suivies de séances d'entretien tous les un à deux mois.`,
      specific: `MÉSOTHÉRAPIE DU VISAGE (MÉSOLIFT)\u00a0: EFFETS ATTENDUS
Le mélange contient en général de l'acide hyaluronique non réticulé, des vitamines, des acides aminés et des antioxydants, injectés de façon très superficielle (nappage ou micropapules) en de nombreux points. Le but est une peau plus fraîche et mieux hydratée et des ridules atténuées\u00a0; la mésothérapie ne retend pas la peau et ne remplace ni les produits de comblement ni la chirurgie. Petites papules et rougeurs du visage sont fréquentes pendant quelques heures, et un bleu autour des yeux ou de la bouche peut mettre une semaine à disparaître\u00a0: prévoyez les séances à distance d'un événement important.`,
      alternatives: `soins cosmétiques et protection solaire, peelings, injections d'acide hyaluronique réticulé ou de toxine botulique, lasers et lumière pulsée`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-1004-4c04-8a04-000000000004',
      besideId: 'c0a5e7a1-b104-4c04-8a04-000000000904',
      indication: 'hair-loss',
      title: 'Consentement éclairé : mésothérapie du cuir chevelu (chute de cheveux)',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie du cuir chevelu dans la chute de cheveux (alopécie), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 8 à 12 séances, toutes les deux semaines, suivies de séances d'entretien environ une fois par mois.`,
      specific: `MÉSOTHÉRAPIE DU CUIR CHEVELU\u00a0: EFFETS ATTENDUS
Le mélange contient en général des vitamines, des acides aminés et des substances favorisant la vascularisation des follicules pileux, injectés dans le cuir chevelu là où les cheveux s'éclaircissent. Il vise à freiner la chute et à renforcer les cheveux existants\u00a0; il ne crée pas de nouveaux follicules là où ils ont disparu, et certaines formes d'alopécie n'y répondent pas. Les cheveux poussent lentement\u00a0: les résultats s'apprécient sur plusieurs mois, avec des photographies du cuir chevelu prises de la même manière à intervalles réguliers. Le cuir chevelu peut rester sensible un jour\u00a0; ne lavez pas et ne colorez pas les cheveux dans les 24 heures qui suivent une séance.`,
      alternatives: `traitements locaux (minoxidil) ou par voie orale prescrits par un médecin, plasma riche en plaquettes (PRP), greffe de cheveux`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-1005-4c05-8a05-000000000005',
      besideId: 'c0a5e7a1-b105-4c05-8a05-000000000905',
      indication: 'pain',
      title: 'Consentement éclairé : mésothérapie de la douleur',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie des douleurs du dos, du cou, de l'épaule, du genou, du coude, du poignet ou de la hanche (la traumatologie du sport et les tendinopathies ont leur propre document), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 4 à 8 séances, une par semaine\u00a0; des séances d'entretien, environ une fois par mois, ne sont faites que si la douleur revient.`,
      specific: `MÉSOTHÉRAPIE ANTALGIQUE\u00a0: EFFETS ATTENDUS
Le mélange contient en général un anesthésique local et des substances anti-inflammatoires ou décontracturantes, injectés dans la peau en regard de la zone douloureuse, pour que de faibles doses agissent là où elles sont utiles. Il vous sera demandé de coter votre douleur de 0 à 10 (EVA) avant et après chaque séance pour en suivre l'effet. La mésothérapie soulage les symptômes\u00a0; elle ne remplace ni le diagnostic de la cause de la douleur, ni la kinésithérapie, ni les autres traitements conseillés par votre médecin. Signalez au médecin toute douleur qui change de nature, s'étend ou s'accompagne d'engourdissement ou de faiblesse.`,
      alternatives: `antalgiques et anti-inflammatoires par voie générale ou locale, kinésithérapie, infiltrations, orthèses, repos adapté`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9106-4c06-8a06-000000000006',
      besideId: null,
      indication: 'wrinkles',
      title: 'Consentement éclairé : mésothérapie des rides',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie des ridules et des rides du visage et du cou (par exemple du front, du contour des yeux, des sillons nasogéniens ou du contour de la bouche), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 3 à 6 séances, toutes les deux semaines, suivies de séances d'entretien tous les un à deux mois.`,
      specific: `MÉSOTHÉRAPIE DES RIDES\u00a0: EFFETS ATTENDUS
Le mélange contient en général de l'acide hyaluronique non réticulé, parfois associé à des vitamines, des acides aminés et des antioxydants, injectés de façon très superficielle (papules ou nappage) le long des rides et autour. Le but est une peau mieux hydratée et plus ferme, où les ridules sont atténuées\u00a0; les sillons profonds et les rides d'expression répondent peu, et la mésothérapie ne remplace ni les produits de comblement, ni la toxine botulique, ni la chirurgie. Petites papules et rougeurs sont fréquentes pendant quelques heures, et un bleu autour des yeux ou de la bouche peut mettre une semaine à disparaître\u00a0: prévoyez les séances à distance d'un événement important.`,
      alternatives: `soins cosmétiques et protection solaire, peelings, injections d'acide hyaluronique réticulé, toxine botulique, lasers et lumière pulsée`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9107-4c07-8a07-000000000007',
      besideId: null,
      indication: 'stretch-marks',
      title: 'Consentement éclairé : mésothérapie des vergetures',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie des vergetures, par exemple sur l'abdomen, les cuisses, les fesses, les seins ou les flancs, afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 5 à 10 séances, toutes les deux semaines, suivies si besoin de séances d'entretien tous les un à deux mois.`,
      specific: `MÉSOTHÉRAPIE DES VERGETURES\u00a0: EFFETS ATTENDUS
Le mélange contient en général de l'acide hyaluronique non réticulé, des vitamines et des acides aminés, injectés dans les vergetures et le long de celles-ci. Les vergetures récentes, rouges ou violacées, répondent mieux que les anciennes, blanches (nacrées). La mésothérapie peut les rendre moins visibles et améliorer la texture de la peau, mais ne les efface pas. Évitez le soleil sur les vergetures traitées pendant le protocole\u00a0: il peut les foncer.`,
      alternatives: `crèmes prescrites par un médecin (certaines sont interdites pendant la grossesse), microneedling, peelings, lasers fractionnés, radiofréquence`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9108-4c08-8a08-000000000008',
      besideId: null,
      indication: 'venous-lymphatic',
      title: 'Consentement éclairé : mésothérapie de l’insuffisance veineuse et lymphatique',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie des jambes lourdes et gonflées dues à une insuffisance veineuse ou lymphatique (œdème), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Un médecin doit d'abord avoir examiné vos veines, souvent par écho-doppler, pour écarter une phlébite ou une autre cause du gonflement (cœur, reins, médicaments). Ce document complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 8 à 10 séances, une par semaine, suivies de séances d'entretien environ une fois par mois.`,
      specific: `MÉSOTHÉRAPIE DE L'INSUFFISANCE VEINEUSE ET LYMPHATIQUE\u00a0: EFFETS ATTENDUS
Le mélange contient en général des substances vasoactives et drainantes (par exemple extraits de plantes, vitamines ou produits agissant sur les petits vaisseaux), injectées dans la peau des jambes le long des trajets veineux et lymphatiques. Le but est de soulager la sensation de lourdeur, le gonflement et l'inconfort\u00a0; la mésothérapie ne traite pas les varices elles-mêmes et ne remplace ni la contention, ni la marche, ni le traitement conseillé par votre médecin. Prévenez immédiatement le médecin, ou appelez le 15, si une jambe devient brutalement douloureuse, chaude et gonflée, ou si vous êtes essoufflé(e)\u00a0: ce peuvent être les signes d'une phlébite.`,
      alternatives: `bas de contention, marche et surélévation des jambes, drainage lymphatique manuel, médicaments veinotoniques, traitement des varices (sclérothérapie, traitement endoveineux ou chirurgical)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9109-4c09-8a09-000000000009',
      besideId: null,
      indication: 'scars',
      title: 'Consentement éclairé : mésothérapie des cicatrices',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie destinée à améliorer l'aspect et la souplesse des cicatrices (par exemple après une chirurgie, une blessure ou de l'acné), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 3 à 6 séances, toutes les trois semaines, suivies si besoin d'une séance tous les deux mois.`,
      specific: `MÉSOTHÉRAPIE DES CICATRICES\u00a0: EFFETS ATTENDUS
Le mélange contient en général de l'acide hyaluronique non réticulé, des vitamines et des substances qui favorisent la réparation de la peau, injectés dans la cicatrice et autour. Une cicatrice est traitée une fois la plaie fermée et la cicatrice mature, en général plusieurs mois après. Le but est une cicatrice plus souple, plus plane et moins visible\u00a0; une cicatrice ne disparaît jamais complètement, et le résultat dépend de son ancienneté, de son type et de sa localisation. Chez les personnes sujettes aux chéloïdes, les injections elles-mêmes peuvent provoquer une cicatrice épaisse\u00a0: signalez au médecin toute tendance de ce type.`,
      alternatives: `gels ou plaques de silicone, massages, vêtements compressifs, injections de corticoïdes, lasers, microneedling, reprise chirurgicale`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9110-4c10-8a10-000000000010',
      besideId: null,
      indication: 'sports-injuries',
      title: 'Consentement éclairé : mésothérapie en traumatologie du sport et des tendinopathies',
      purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie des blessures du sport et des atteintes des tendons (tendinopathies), par exemple du tendon d'Achille, du genou, de l'épaule ou du coude, afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
      plan: `Un protocole comprend en général 3 à 6 séances, une par semaine, et s'arrête dès que la douleur et la fonction sont rétablies.`,
      specific: `MÉSOTHÉRAPIE EN TRAUMATOLOGIE DU SPORT\u00a0: EFFETS ATTENDUS
Le mélange contient en général un anesthésique local et des substances anti-inflammatoires ou décontracturantes, injectés dans la peau en regard du tendon ou du muscle douloureux, jamais dans le tendon lui-même, pour que de faibles doses agissent là où il le faut. Il vous sera demandé de noter votre douleur de 0 à 10 (échelle EVA) avant et après chaque séance. La mésothérapie soulage la douleur et peut aider la reprise du sport\u00a0; elle ne remplace ni le diagnostic de la lésion, ni la mise au repos de ce qui déclenche la douleur, ni la rééducation et la kinésithérapie. Prévenez le médecin si la douleur change de caractère, ou si vous ressentez un claquement brutal ou une perte de force.`,
      alternatives: `repos relatif et entraînement adapté, kinésithérapie et exercices excentriques, antalgiques et anti-inflammatoires, ondes de choc, injections (par exemple de plasma riche en plaquettes), orthèses, et chirurgie dans certains cas`,
      offLabel: 'usual',
    },
  ],
};
