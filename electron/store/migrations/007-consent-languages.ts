// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 7: consent in the patient's language. A template is written in one language (those of schema 5
 * are English); a signed consent records the language of the text that was read, protected with the other
 * signed fields (the update trigger is recreated to cover it). Consents signed before have language 'en'
 * and keep their hash: their hash did not cover the language (see shared/consent.ts, legacyConsentHashContent).
 * The starting templates ship in French, Italian, Spanish and Brazilian Portuguese too. Their texts are
 * copied here, frozen with the migration (never edited: a clinic edits them in the app as new versions).
 */
const SCHEMA_7 = `
ALTER TABLE consent_templates ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'it', 'es', 'pt-BR'));
DROP INDEX consent_templates_by_indication;
CREATE INDEX consent_templates_by_language ON consent_templates (language, indication, created_at);
ALTER TABLE consents ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'it', 'es', 'pt-BR'));
DROP TRIGGER consent_update_refused;
-- The only change a signed consent takes: its withdrawal, once, leaving everything signed (language included) as it was.
CREATE TRIGGER consent_update_refused BEFORE UPDATE ON consents
WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.template_id IS NOT OLD.template_id
  OR NEW.template_version IS NOT OLD.template_version OR NEW.indication IS NOT OLD.indication OR NEW.language IS NOT OLD.language
  OR NEW.title IS NOT OLD.title OR NEW.text IS NOT OLD.text OR NEW.screening IS NOT OLD.screening OR NEW.patient_signature IS NOT OLD.patient_signature
  OR NEW.practitioner_signature IS NOT OLD.practitioner_signature OR NEW.signed_at IS NOT OLD.signed_at OR NEW.hash IS NOT OLD.hash
BEGIN SELECT RAISE(ABORT, 'A signed consent cannot be changed; it can only be withdrawn, once'); END;
`;

type StartingTexts7 = {
  language: 'fr' | 'it' | 'es' | 'pt-BR';
  author: string;
  /** The sections every indication shares, in the order they are read. */
  procedure: string;
  course: string;
  sideEffects: string;
  contraindications: string;
  aftercare: string;
  dataProtection: string;
  declaration: string;
  /** Heading and opening words of the alternatives, then each indication's list, then the closing words. */
  alternatives: { heading: string; intro: string; outro: string };
  templates: { id: string; indication: string; title: string; purpose: string; specific: string; alternatives: string }[];
};

/*
 * Sources checked for the wording of each language (besides the English starting texts of schema 5);
 * docs/glossary/<language>.md lists them too, under "Consent":
 * - fr: Code de la santé publique, art. L. 1111-4 (consentement libre et éclairé), as summarised at
 *   https://www.perier-avocat.fr/lexique/consentement/ ; structure of French aesthetic-medicine consent
 *   forms (alternatives, contre-indications, effets secondaires), e.g. http://esthetique-tolbiac.paris/toxine-botulique-consentement-eclaire/ ;
 *   vocabulary of the Société Française de Mésothérapie (technique point par point, papules, nappage, IDS / IDP).
 * - it: Mammucari M. et al. (Società Italiana di Mesoterapia), "Role of the informed consent, from mesotherapy
 *   to opioid therapy", Eur Rev Med Pharmacol Sci 2014;18:566-574; Legge 22 dicembre 2017 n. 219 (consenso
 *   informato); Regolamento (UE) 2016/679; Italian biostimulation consent wording (pomfi, ecchimosi ed ematomi),
 *   https://studylibit.com/doc/722984/rischi-del-trattamento-di-biostimolazione
 * - es: Col·legi Oficial de Metges de Barcelona with the Sociedad Española de Mesoterapia, "Medicina estética y
 *   cosmética: optimización de resultados con mesoterapia" (DPCMEC núm. 1), https://issuu.com/comb/docs/dpcmec1_cast ;
 *   Ley 41/2002 básica reguladora de la autonomía del paciente; Ley Orgánica 3/2018 (LOPDGDD).
 * - pt-BR: Brazilian mesotherapy consent terms (Termo de consentimento para realização de mesoterapia,
 *   https://pt.scribd.com/document/716958895/Termo-de-Consentimento-em-Mesoterapia-cosme-tica); Lei nº 13.709/2018 (LGPD).
 */
const STARTING_TEXTS_7: readonly StartingTexts7[] = [
  {
    language: 'fr',
    author: 'MesoChart (modèle de départ)',
    procedure: `QU'EST-CE QUE LA MÉSOTHÉRAPIE\u00a0?
La mésothérapie consiste à injecter de très petites quantités de médicaments ou de substances actives dans la peau (le derme) et juste en dessous, au plus près de la zone à traiter, avec une aiguille très fine (4 ou 6 mm) ou un multi-injecteur portant plusieurs aiguilles. Selon l'indication, le médecin utilise la technique point par point, les papules, le nappage (injections très superficielles) ou les injections intradermiques superficielles (IDS) ou profondes (IDP). Le produit injecté est un faible volume d'une ou plusieurs substances diluées dans du sérum physiologique stérile (le «\u00a0mélange\u00a0»), parfois associées à un anesthésique local comme la lidocaïne. Le matériel est stérile et à usage unique\u00a0; la peau est désinfectée avant les injections. Une séance dure environ 15 à 20 minutes.`,
    course: `DÉROULEMENT DU TRAITEMENT
Un protocole comprend en général 8 à 15 séances, le plus souvent une par semaine, suivies si besoin de séances d'entretien environ une fois par mois. Les résultats s'apprécient habituellement à partir de la troisième séance. Ils varient d'une personne à l'autre et ne peuvent pas être garantis. Vous pouvez interrompre le traitement à tout moment.`,
    sideEffects: `EFFETS INDÉSIRABLES ET RISQUES
La plupart des réactions sont bénignes et disparaissent en quelques heures à quelques jours\u00a0:
- petites papules (surélévations de la peau) aux points d'injection\u00a0;
- ecchymoses (bleus), plus fréquentes si vous marquez facilement ou prenez un traitement qui fluidifie le sang\u00a0;
- sensation de brûlure ou de picotement pendant et juste après les injections\u00a0;
- rougeur (érythème) et léger gonflement (œdème) de la zone traitée\u00a0;
- sensibilité douloureuse de la zone pendant un ou deux jours.
Plus rarement peuvent survenir une réaction allergique à un produit, une infection à un point d'injection, de petits nodules ou une modification passagère de la couleur de la peau. Prévenez immédiatement le médecin en cas de douleur qui augmente, de chaleur, de pus, de fièvre, d'éruption qui s'étend ou de gêne respiratoire.`,
    contraindications: `CONTRE-INDICATIONS
Avant chaque séance, les questions suivantes vous seront reposées. Signalez au médecin toute situation qui vous concerne ou qui apparaît en cours de traitement\u00a0:
- grossesse ou projet de grossesse\u00a0;
- allaitement\u00a0;
- cancer en cours ou antécédent de cancer (maladie oncologique)\u00a0;
- traitement anticoagulant ou antiagrégant plaquettaire (par exemple l'aspirine), trouble de la coagulation\u00a0;
- allergie connue à l'un des produits du mélange (y compris la lidocaïne)\u00a0;
- infection de la peau dans la zone à traiter, diabète déséquilibré, maladie auto-immune, immunodépression, ou toute autre affection signalée par votre médecin.`,
    aftercare: `APRÈS LA SÉANCE
Pendant 24 heures\u00a0: pas de maquillage ni de crème sur les points d'injection\u00a0; évitez bains chauds, sauna, hammam, piscine et sport intense\u00a0; ne massez pas la zone sauf indication contraire. Pendant 48 heures, évitez le soleil et les cabines UV sur la zone traitée. Gardez la zone propre. Un bleu ou un léger gonflement peut être soulagé par une poche de froid enveloppée dans un linge.`,
    dataProtection: `PROTECTION DE VOS DONNÉES
Les informations recueillies (dossier médical, questionnaire de contre-indications, photographies, signatures) sont conservées dans votre dossier médical, couvertes par le secret médical et traitées conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, dans le seul but de votre prise en charge. Vous disposez d'un droit d'accès, de rectification et de limitation, que vous pouvez exercer auprès du cabinet. Les photographies servent uniquement au suivi médical et ne sont jamais publiées sans votre accord écrit distinct.`,
    declaration: `CONSENTEMENT
J'ai lu ce document, ou il m'a été lu. J'ai pu poser mes questions et j'ai reçu des réponses claires. J'ai répondu sincèrement au questionnaire de contre-indications et je confirme les réponses jointes à ce formulaire. J'ai compris que je peux retirer mon consentement à tout moment, sans avoir à me justifier, et que ce retrait ne modifie en rien la qualité des soins qui me sont dus. Je donne mon consentement libre et éclairé (article L. 1111-4 du Code de la santé publique) à un traitement par mésothérapie tel que décrit ci-dessus, ainsi qu'à la prise de photographies standardisées de la zone traitée, conservées dans mon dossier pour suivre les résultats.`,
    alternatives: {
      heading: 'AUTRES POSSIBILITÉS',
      intro: "D'autres prises en charge existent, seules ou associées\u00a0: ",
      outro: '. Vous pouvez aussi choisir de ne pas être traité(e).',
    },
    templates: [
      {
        id: 'c0a5e7a1-1001-4c01-8a01-000000000001',
        indication: 'cellulite',
        title: 'Consentement éclairé : mésothérapie de la cellulite',
        purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie de la cellulite (aspect capitonné, «\u00a0peau d'orange\u00a0», le plus souvent sur les cuisses, les fesses et l'abdomen), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
        specific: `MÉSOTHÉRAPIE DE LA CELLULITE\u00a0: EFFETS ATTENDUS
Le mélange vise le plus souvent à améliorer la microcirculation, le drainage lymphatique et la fermeté de la peau. La cellulite a de nombreuses causes (hormonales, génétiques, circulatoires, pondérales)\u00a0; la mésothérapie en améliore l'aspect chez beaucoup de patients mais ne la guérit pas, et le bénéfice dure plus longtemps avec une activité physique régulière, une alimentation équilibrée et des séances d'entretien. Les points sont en général répartis sur toute la zone, espacés de 1 à 2 cm.`,
        alternatives: 'activité physique et rééquilibrage alimentaire, drainage lymphatique manuel, palper-rouler mécanisé, radiofréquence, ondes de choc',
      },
      {
        id: 'c0a5e7a1-1002-4c02-8a02-000000000002',
        indication: 'localized-fat',
        title: 'Consentement éclairé : mésothérapie des surcharges graisseuses localisées',
        purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie des surcharges graisseuses localisées (par exemple abdomen, flancs, face interne des cuisses, bras ou double menton), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
        specific: `MÉSOTHÉRAPIE DES SURCHARGES GRAISSEUSES\u00a0: EFFETS ATTENDUS
Le mélange peut contenir des substances destinées à aider l'organisme à déstocker localement les graisses (lipolytiques). La mésothérapie n'est pas un traitement de l'excès de poids et ne remplace ni l'alimentation équilibrée ni l'activité physique\u00a0; elle s'adresse à de petits amas qui leur résistent. La zone traitée peut être plus gonflée et sensible qu'avec d'autres indications, pendant quelques jours, et de petites indurations peuvent être perçues pendant peu de temps.`,
        alternatives: 'activité physique et alimentation adaptée, cryolipolyse, radiofréquence, ultrasons focalisés, liposuccion (chirurgie)',
      },
      {
        id: 'c0a5e7a1-1003-4c03-8a03-000000000003',
        indication: 'rejuvenation',
        title: 'Consentement éclairé : mésothérapie de rajeunissement cutané',
        purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie du visage, du cou, du décolleté ou du dos des mains, destinée à améliorer l'hydratation, l'éclat et la texture de la peau, afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
        specific: `MÉSOTHÉRAPIE DU VISAGE (MÉSOLIFT)\u00a0: EFFETS ATTENDUS
Le mélange contient en général de l'acide hyaluronique non réticulé, des vitamines, des acides aminés et des antioxydants, injectés de façon très superficielle (nappage ou micropapules) en de nombreux points. Le but est une peau plus fraîche et mieux hydratée et des ridules atténuées\u00a0; la mésothérapie ne retend pas la peau et ne remplace ni les produits de comblement ni la chirurgie. Petites papules et rougeurs du visage sont fréquentes pendant quelques heures, et un bleu autour des yeux ou de la bouche peut mettre une semaine à disparaître\u00a0: prévoyez les séances à distance d'un événement important.`,
        alternatives: "soins cosmétiques et protection solaire, peelings, injections d'acide hyaluronique réticulé ou de toxine botulique, lasers et lumière pulsée",
      },
      {
        id: 'c0a5e7a1-1004-4c04-8a04-000000000004',
        indication: 'hair-loss',
        title: 'Consentement éclairé : mésothérapie du cuir chevelu (chute de cheveux)',
        purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie du cuir chevelu dans la chute de cheveux (alopécie), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
        specific: `MÉSOTHÉRAPIE DU CUIR CHEVELU\u00a0: EFFETS ATTENDUS
Le mélange contient en général des vitamines, des acides aminés et des substances favorisant la vascularisation des follicules pileux, injectés dans le cuir chevelu là où les cheveux s'éclaircissent. Il vise à freiner la chute et à renforcer les cheveux existants\u00a0; il ne crée pas de nouveaux follicules là où ils ont disparu, et certaines formes d'alopécie n'y répondent pas. Les cheveux poussent lentement\u00a0: les résultats s'apprécient sur plusieurs mois, avec des photographies du cuir chevelu prises de la même manière à intervalles réguliers. Le cuir chevelu peut rester sensible un jour\u00a0; ne lavez pas et ne colorez pas les cheveux dans les 24 heures qui suivent une séance.`,
        alternatives: 'traitements locaux (minoxidil) ou par voie orale prescrits par un médecin, plasma riche en plaquettes (PRP), greffe de cheveux',
      },
      {
        id: 'c0a5e7a1-1005-4c05-8a05-000000000005',
        indication: 'pain',
        title: 'Consentement éclairé : mésothérapie de la douleur',
        purpose: `OBJET DE CE DOCUMENT
Ce document vous informe sur la mésothérapie à visée antalgique (douleurs du dos, du cou, de l'épaule, du genou, du coude, du poignet ou de la hanche, tendinites et traumatismes sportifs), afin que vous puissiez décider en connaissance de cause de la réaliser ou non. Il complète l'information donnée oralement lors de la consultation.`,
        specific: `MÉSOTHÉRAPIE ANTALGIQUE\u00a0: EFFETS ATTENDUS
Le mélange contient en général un anesthésique local et des substances anti-inflammatoires ou décontracturantes, injectés dans la peau en regard de la zone douloureuse, pour que de faibles doses agissent là où elles sont utiles. Il vous sera demandé de coter votre douleur de 0 à 10 (EVA) avant et après chaque séance pour en suivre l'effet. La mésothérapie soulage les symptômes\u00a0; elle ne remplace ni le diagnostic de la cause de la douleur, ni la kinésithérapie, ni les autres traitements conseillés par votre médecin. Signalez au médecin toute douleur qui change de nature, s'étend ou s'accompagne d'engourdissement ou de faiblesse.`,
        alternatives: 'antalgiques et anti-inflammatoires par voie générale ou locale, kinésithérapie, infiltrations, orthèses, repos adapté',
      },
    ],
  },
  {
    language: 'it',
    author: 'MesoChart (modello iniziale)',
    procedure: `CHE COS'È LA MESOTERAPIA
La mesoterapia consiste in microiniezioni di piccole quantità di farmaci o sostanze attive nella cute (derma) e appena sotto, vicino alla zona da trattare, con un ago sottile (4 o 6 mm) o con un multiiniettore a più aghi. A seconda dell'indicazione il medico esegue la tecnica punto per punto, a pomfi, il nappage (iniezioni molto superficiali) o iniezioni intradermiche superficiali o profonde. Il prodotto è un piccolo volume di una o più sostanze diluite in soluzione fisiologica sterile (la «miscela»), talvolta con un anestetico locale come la lidocaina. Il materiale è sterile e monouso; la cute viene disinfettata prima delle iniezioni. Ogni seduta dura circa 15-20 minuti.`,
    course: `IL CICLO DI TRATTAMENTO
Un ciclo comprende di solito da 8 a 15 sedute, in genere una alla settimana, seguite se utile da sedute di mantenimento circa una volta al mese. I risultati si valutano di norma a partire dalla terza seduta. Variano da persona a persona e non possono essere garantiti. Lei può interrompere il trattamento in qualsiasi momento.`,
    sideEffects: `EFFETTI INDESIDERATI E RISCHI
La maggior parte delle reazioni è lieve e si risolve in poche ore o pochi giorni:
- piccoli pomfi nei punti di iniezione;
- ecchimosi (lividi), più probabili se Lei tende a fare lividi o assume farmaci che rendono il sangue più fluido;
- bruciore o pizzicore durante e subito dopo le iniezioni;
- arrossamento (eritema) e lieve gonfiore (edema) della zona trattata;
- dolenzia della zona trattata per uno o due giorni.
Più raramente possono verificarsi una reazione allergica a un prodotto, un'infezione in un punto di iniezione, piccoli noduli o alterazioni transitorie del colore della pelle. Avvisi subito il medico in caso di dolore in aumento, calore, pus, febbre, eruzione che si estende o difficoltà a respirare.`,
    contraindications: `CONTROINDICAZIONI
Prima di ogni seduta Le verranno riproposte le domande seguenti. Informi il medico se una di queste condizioni La riguarda o si presenta durante il ciclo:
- gravidanza o ricerca di una gravidanza;
- allattamento;
- tumore in atto o pregresso (malattia oncologica);
- terapia anticoagulante o antiaggregante (per esempio aspirina), disturbi della coagulazione;
- allergia nota a uno dei prodotti della miscela (compresa la lidocaina);
- infezione cutanea nella zona da trattare, diabete non compensato, malattia autoimmune, immunodepressione o altre condizioni segnalate dal Suo medico.`,
    aftercare: `DOPO LA SEDUTA
Per 24 ore non applichi trucco o creme sui punti di iniezione; eviti bagni caldi, sauna, piscina e attività fisica intensa; non massaggi la zona salvo diversa indicazione. Per 48 ore eviti il sole e le lampade abbronzanti sulla zona trattata. Mantenga la zona pulita. Un livido o un lieve gonfiore si possono alleviare con una borsa del ghiaccio avvolta in un panno.`,
    dataProtection: `TRATTAMENTO DEI DATI PERSONALI
I dati raccolti (cartella clinica, questionario sulle controindicazioni, fotografie, firme) sono conservati nella Sua cartella clinica, coperti dal segreto professionale e trattati ai sensi del Regolamento (UE) 2016/679 (GDPR) e del D.Lgs. 196/2003 al solo fine della Sua cura. Lei può esercitare i diritti di accesso, rettifica e limitazione rivolgendosi allo studio. Le fotografie servono solo a seguire il trattamento e non sono mai pubblicate senza un Suo consenso scritto separato.`,
    declaration: `DICHIARAZIONE DI CONSENSO
Ho letto questo documento, o mi è stato letto. Ho potuto fare domande e ho ricevuto risposte chiare. Ho risposto con sincerità al questionario sulle controindicazioni e confermo le risposte allegate a questo modulo. So che posso revocare il consenso in qualsiasi momento, senza dover dare spiegazioni, e che la revoca non modifica le cure che riceverò (Legge 22 dicembre 2017, n. 219). Acconsento liberamente a un ciclo di mesoterapia come sopra descritto e all'esecuzione di fotografie standardizzate della zona trattata, conservate nella mia cartella per seguire i risultati.`,
    alternatives: {
      heading: 'ALTERNATIVE TERAPEUTICHE',
      intro: 'Esistono altri trattamenti, da soli o associati: ',
      outro: '. Lei può anche scegliere di non sottoporsi ad alcun trattamento.',
    },
    templates: [
      {
        id: 'c0a5e7a1-2001-4c01-8a01-000000000001',
        indication: 'cellulite',
        title: 'Consenso informato: mesoterapia per la cellulite',
        purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia per la cellulite (pannicolopatia edemato-fibro-sclerotica: l'aspetto a «buccia d'arancia» della pelle, più spesso su cosce, glutei e addome), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
        specific: `MESOTERAPIA DELLA CELLULITE: EFFETTI ATTESI
La miscela mira di solito a migliorare il microcircolo, il drenaggio linfatico e la tonicità della pelle. La cellulite ha molte cause (ormonali, genetiche, circolatorie, di peso); la mesoterapia ne migliora l'aspetto in molte persone ma non la guarisce, e il beneficio dura di più con attività fisica regolare, alimentazione equilibrata e sedute di mantenimento. I punti sono distribuiti su tutta la zona, a 1-2 cm l'uno dall'altro.`,
        alternatives: 'attività fisica e alimentazione equilibrata, linfodrenaggio manuale, endermologia, radiofrequenza, onde d’urto',
      },
      {
        id: 'c0a5e7a1-2002-4c02-8a02-000000000002',
        indication: 'localized-fat',
        title: "Consenso informato: mesoterapia per l'adiposità localizzata",
        purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia per l'adiposità localizzata (per esempio addome, fianchi, interno cosce, braccia o sottomento), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
        specific: `MESOTERAPIA DELL'ADIPOSITÀ LOCALIZZATA: EFFETTI ATTESI
La miscela può contenere sostanze che aiutano l'organismo a smaltire localmente il grasso (lipolitici). La mesoterapia non è una cura del sovrappeso e non sostituisce dieta e attività fisica; è indicata per piccoli accumuli che vi resistono. La zona trattata può essere più gonfia e dolente che in altre indicazioni per alcuni giorni, e per breve tempo si possono palpare piccoli noduli duri.`,
        alternatives: 'attività fisica e alimentazione adeguata, criolipolisi, radiofrequenza, ultrasuoni focalizzati, liposuzione (chirurgia)',
      },
      {
        id: 'c0a5e7a1-2003-4c03-8a03-000000000003',
        indication: 'rejuvenation',
        title: 'Consenso informato: mesoterapia per il ringiovanimento cutaneo',
        purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia di viso, collo, décolleté o dorso delle mani per migliorare idratazione, luminosità e texture della pelle (biorivitalizzazione), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
        specific: `BIORIVITALIZZAZIONE: EFFETTI ATTESI
La miscela contiene di solito acido ialuronico non reticolato, vitamine, aminoacidi e antiossidanti, iniettati molto superficialmente (nappage o micropomfi) in numerosi punti. Lo scopo è una pelle più fresca e idratata e rughe sottili attenuate; non solleva la pelle e non sostituisce filler o chirurgia. Piccoli pomfi e arrossamento del viso sono frequenti per alcune ore, e un livido intorno agli occhi o alla bocca può impiegare una settimana a scomparire: programmi le sedute lontano da impegni importanti.`,
        alternatives: 'cosmetici e fotoprotezione, peeling, filler di acido ialuronico reticolato o tossina botulinica, laser e luce pulsata',
      },
      {
        id: 'c0a5e7a1-2004-4c04-8a04-000000000004',
        indication: 'hair-loss',
        title: 'Consenso informato: mesoterapia del cuoio capelluto per la caduta dei capelli',
        purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia del cuoio capelluto per la caduta dei capelli (alopecia), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
        specific: `MESOTERAPIA DEL CUOIO CAPELLUTO: EFFETTI ATTESI
La miscela contiene di solito vitamine, aminoacidi e sostanze che favoriscono l'irrorazione dei follicoli piliferi, iniettate nel cuoio capelluto dove i capelli si diradano. Mira a rallentare la caduta e a rinforzare i capelli esistenti; non crea nuovi follicoli dove sono andati perduti, e alcune forme di alopecia non rispondono. I capelli crescono lentamente: i risultati si valutano nell'arco di mesi, con fotografie del cuoio capelluto eseguite sempre allo stesso modo. Il cuoio capelluto può restare dolente per un giorno; non lavi né tinga i capelli nelle 24 ore successive alla seduta.`,
        alternatives: 'terapie locali (minoxidil) o per bocca prescritte dal medico, plasma ricco di piastrine (PRP), trapianto di capelli',
      },
      {
        id: 'c0a5e7a1-2005-4c05-8a05-000000000005',
        indication: 'pain',
        title: 'Consenso informato: mesoterapia antalgica',
        purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia per il dolore di schiena, collo, spalla, ginocchio, gomito, polso o anca, per le tendiniti e i traumi sportivi, perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
        specific: `MESOTERAPIA ANTALGICA: EFFETTI ATTESI
La miscela contiene di solito un anestetico locale e sostanze antinfiammatorie o miorilassanti, iniettate nella cute sopra la zona dolente, perché piccole dosi agiscano dove servono. Le sarà chiesto di indicare il dolore da 0 a 10 (scala VAS) prima e dopo ogni seduta per seguirne l'effetto. La mesoterapia allevia i sintomi; non sostituisce la diagnosi della causa del dolore, la fisioterapia o altre cure consigliate dal Suo medico. Avvisi il medico se il dolore cambia carattere, si estende o si accompagna a formicolio o debolezza.`,
        alternatives: 'analgesici e antinfiammatori per bocca o locali, fisioterapia, infiltrazioni, tutori, riposo adeguato',
      },
    ],
  },
  {
    language: 'es',
    author: 'MesoChart (plantilla inicial)',
    procedure: `QUÉ ES LA MESOTERAPIA
La mesoterapia consiste en microinyecciones de pequeñas cantidades de medicamentos o sustancias activas en la piel (dermis) y justo debajo, cerca de la zona que se va a tratar, con una aguja muy fina (de 4 o 6 mm) o con un multiinyector de varias agujas. Según la indicación, el médico utiliza la técnica punto a punto, pápulas, nappage (inyecciones muy superficiales) o inyecciones intradérmicas superficiales o profundas. El producto es un volumen pequeño de una o varias sustancias diluidas en suero fisiológico estéril (la «mezcla»), a veces con un anestésico local como la lidocaína. El material es estéril y de un solo uso; la piel se desinfecta antes de las inyecciones. Cada sesión dura unos 15 a 20 minutos.`,
    course: `EL TRATAMIENTO
Un ciclo consta habitualmente de 8 a 15 sesiones, en general una por semana, seguidas si conviene de sesiones de mantenimiento aproximadamente una vez al mes. Los resultados suelen valorarse a partir de la tercera sesión. Varían de una persona a otra y no pueden garantizarse. Puede interrumpir el tratamiento en cualquier momento.`,
    sideEffects: `EFECTOS ADVERSOS Y RIESGOS
La mayoría de las reacciones son leves y desaparecen en unas horas o pocos días:
- pequeñas pápulas (habones) en los puntos de inyección;
- hematomas (moratones), más probables si le salen con facilidad o toma medicamentos que hacen la sangre más fluida;
- sensación de ardor o escozor durante las inyecciones y poco después;
- enrojecimiento (eritema) e hinchazón leve (edema) de la zona tratada;
- dolor a la presión en la zona durante uno o dos días.
Con menos frecuencia pueden aparecer una reacción alérgica a un producto, una infección en un punto de inyección, pequeños nódulos o cambios pasajeros del color de la piel. Avise de inmediato al médico si nota dolor creciente, calor, pus, fiebre, una erupción que se extiende o dificultad para respirar.`,
    contraindications: `CONTRAINDICACIONES
Antes de cada sesión se le volverá a preguntar por lo siguiente. Informe al médico si alguna de estas situaciones le afecta o aparece durante el tratamiento:
- embarazo o búsqueda de embarazo;
- lactancia;
- cáncer actual o antecedente de cáncer (enfermedad oncológica);
- tratamiento anticoagulante o antiagregante (por ejemplo, aspirina), trastornos de la coagulación;
- alergia conocida a algún producto de la mezcla (incluida la lidocaína);
- infección de la piel en la zona que se va a tratar, diabetes no controlada, enfermedad autoinmune, inmunodepresión u otra afección que le haya indicado su médico.`,
    aftercare: `CUIDADOS POSTERIORES
Durante 24 horas no aplique maquillaje ni cremas en los puntos de inyección; evite baños calientes, sauna, piscina y ejercicio intenso; no masajee la zona salvo indicación. Durante 48 horas evite el sol y las cabinas de bronceado en la zona tratada. Mantenga la zona limpia. Un hematoma o una hinchazón leve pueden aliviarse con frío local envuelto en un paño.`,
    dataProtection: `PROTECCIÓN DE DATOS
Los datos recogidos (historia clínica, cuestionario de contraindicaciones, fotografías, firmas) se conservan en su historia clínica, sujetos al secreto profesional, y se tratan conforme al Reglamento General de Protección de Datos (RGPD) y a la Ley Orgánica 3/2018 de Protección de Datos Personales, con la única finalidad de su asistencia. Puede ejercer sus derechos de acceso, rectificación, supresión, limitación y oposición dirigiéndose a la consulta. Las fotografías solo se usan para el seguimiento del tratamiento y nunca se publican sin su autorización escrita aparte.`,
    declaration: `DECLARACIÓN DE CONSENTIMIENTO
He leído este documento, o me ha sido leído. He podido hacer preguntas y se me han respondido con claridad. He contestado con veracidad al cuestionario de contraindicaciones y confirmo las respuestas que acompañan a este documento. Sé que puedo revocar este consentimiento en cualquier momento, sin dar explicaciones, y que la revocación no afectará a la atención que reciba (Ley 41/2002, básica reguladora de la autonomía del paciente). Doy mi consentimiento libre y voluntario a un tratamiento de mesoterapia como el descrito y a la toma de fotografías estandarizadas de la zona tratada, que se conservarán en mi historia clínica para valorar los resultados.`,
    alternatives: {
      heading: 'ALTERNATIVAS',
      intro: 'Existen otros tratamientos, solos o combinados: ',
      outro: '. También puede decidir no tratarse.',
    },
    templates: [
      {
        id: 'c0a5e7a1-3001-4c01-8a01-000000000001',
        indication: 'cellulite',
        title: 'Consentimiento informado: mesoterapia para la celulitis',
        purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia para la celulitis (el aspecto de «piel de naranja», sobre todo en muslos, glúteos y abdomen), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
        specific: `MESOTERAPIA DE LA CELULITIS: EFECTOS ESPERADOS
La mezcla suele buscar mejorar la microcirculación, el drenaje linfático y la firmeza de la piel. La celulitis tiene muchas causas (hormonales, genéticas, circulatorias, de peso); la mesoterapia mejora su aspecto en muchas personas pero no la cura, y la mejoría dura más con ejercicio regular, una alimentación equilibrada y sesiones de mantenimiento. Los puntos se reparten por toda la zona, separados de 1 a 2 cm.`,
        alternatives: 'ejercicio y alimentación equilibrada, drenaje linfático manual, endermología, radiofrecuencia, ondas de choque',
      },
      {
        id: 'c0a5e7a1-3002-4c02-8a02-000000000002',
        indication: 'localized-fat',
        title: 'Consentimiento informado: mesoterapia para la adiposidad localizada',
        purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia para la adiposidad localizada (por ejemplo, abdomen, flancos, cara interna de los muslos, brazos o papada), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
        specific: `MESOTERAPIA DE LA ADIPOSIDAD LOCALIZADA: EFECTOS ESPERADOS
La mezcla puede contener sustancias destinadas a ayudar al organismo a movilizar la grasa localmente (lipolíticos). La mesoterapia no es un tratamiento para adelgazar ni sustituye a la dieta y el ejercicio; está pensada para pequeños acúmulos que se resisten a ellos. La zona tratada puede hincharse y doler más que en otras indicaciones durante algunos días, y durante poco tiempo pueden notarse pequeños bultos duros.`,
        alternatives: 'ejercicio y alimentación adecuada, criolipólisis, radiofrecuencia, ultrasonidos focalizados, liposucción (cirugía)',
      },
      {
        id: 'c0a5e7a1-3003-4c03-8a03-000000000003',
        indication: 'rejuvenation',
        title: 'Consentimiento informado: mesoterapia para el rejuvenecimiento cutáneo',
        purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia de la cara, el cuello, el escote o el dorso de las manos para mejorar la hidratación, la luminosidad y la textura de la piel, para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
        specific: `MESOTERAPIA FACIAL: EFECTOS ESPERADOS
La mezcla suele contener ácido hialurónico no reticulado, vitaminas, aminoácidos y antioxidantes, inyectados de forma muy superficial (nappage o micropápulas) en muchos puntos. El objetivo es una piel más fresca e hidratada y unas arrugas finas más suaves; no tensa la piel ni sustituye a los rellenos ni a la cirugía. Las pequeñas pápulas y el enrojecimiento de la cara son frecuentes durante unas horas, y un hematoma alrededor de los ojos o la boca puede tardar una semana en desaparecer: programe las sesiones lejos de compromisos importantes.`,
        alternatives: 'cosmética y fotoprotección, peelings, rellenos de ácido hialurónico reticulado o toxina botulínica, láser y luz pulsada',
      },
      {
        id: 'c0a5e7a1-3004-4c04-8a04-000000000004',
        indication: 'hair-loss',
        title: 'Consentimiento informado: mesoterapia capilar para la caída del cabello',
        purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia del cuero cabelludo para la caída del cabello (alopecia), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
        specific: `MESOTERAPIA CAPILAR: EFECTOS ESPERADOS
La mezcla suele contener vitaminas, aminoácidos y sustancias que favorecen el riego de los folículos pilosos, inyectados en el cuero cabelludo donde el cabello se aclara. Busca frenar la caída y fortalecer el cabello existente; no crea folículos nuevos donde se han perdido, y algunos tipos de alopecia no responden. El cabello crece despacio: los resultados se valoran a lo largo de meses, con fotografías del cuero cabelludo tomadas siempre de la misma manera. El cuero cabelludo puede estar sensible un día; no lave ni tiña el cabello en las 24 horas siguientes a una sesión.`,
        alternatives: 'tratamientos tópicos (minoxidil) u orales prescritos por un médico, plasma rico en plaquetas (PRP), trasplante capilar',
      },
      {
        id: 'c0a5e7a1-3005-4c05-8a05-000000000005',
        indication: 'pain',
        title: 'Consentimiento informado: mesoterapia para el dolor',
        purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia para el dolor de espalda, cuello, hombro, rodilla, codo, muñeca o cadera, las tendinitis y las lesiones deportivas, para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
        specific: `MESOTERAPIA DEL DOLOR: EFECTOS ESPERADOS
La mezcla suele contener un anestésico local y sustancias antiinflamatorias o relajantes musculares, inyectadas en la piel sobre la zona dolorosa, para que dosis pequeñas actúen donde se necesitan. Se le pedirá que puntúe su dolor de 0 a 10 (escala EVA) antes y después de cada sesión para seguir el efecto. La mesoterapia alivia los síntomas; no sustituye al diagnóstico de la causa del dolor, a la fisioterapia ni a otros tratamientos que le aconseje su médico. Avise al médico si el dolor cambia de carácter, se extiende o se acompaña de hormigueo o debilidad.`,
        alternatives: 'analgésicos y antiinflamatorios orales o tópicos, fisioterapia, infiltraciones, ortesis, reposo adecuado',
      },
    ],
  },
  {
    language: 'pt-BR',
    author: 'MesoChart (modelo inicial)',
    procedure: `O QUE É A MESOTERAPIA
A mesoterapia (intradermoterapia) consiste em microinjeções de pequenas quantidades de medicamentos ou substâncias ativas na pele (derme) e logo abaixo dela, perto da área a tratar, com uma agulha bem fina (de 4 ou 6 mm) ou com um multi-injetor de várias agulhas. Conforme a indicação, o profissional usa a técnica ponto a ponto, pápulas, nappage (aplicações bem superficiais) ou injeções intradérmicas superficiais ou profundas. O produto é um pequeno volume de uma ou mais substâncias diluídas em soro fisiológico estéril (a mistura, ou “blend”), às vezes com um anestésico local como a lidocaína. O material é estéril e descartável; a pele é desinfetada antes das aplicações. Cada sessão dura cerca de 15 a 20 minutos.`,
    course: `O TRATAMENTO
Um protocolo costuma ter de 8 a 15 sessões, em geral uma por semana, seguidas quando útil de sessões de manutenção cerca de uma vez por mês. Os resultados costumam ser avaliados a partir da terceira sessão. Eles variam de pessoa para pessoa e não podem ser garantidos. Você pode interromper o tratamento a qualquer momento.`,
    sideEffects: `EFEITOS ADVERSOS E RISCOS
A maioria das reações é leve e desaparece em algumas horas ou poucos dias:
- pequenas pápulas (elevações da pele) nos pontos de aplicação;
- hematomas (manchas roxas), mais prováveis se você tem tendência a hematomas ou usa medicamentos que afinam o sangue;
- sensação de ardor ou queimação durante e logo após as aplicações;
- vermelhidão (eritema) e leve inchaço (edema) da área tratada;
- sensibilidade dolorosa da área por um ou dois dias.
Mais raramente podem ocorrer reação alérgica a um produto, infecção em um ponto de aplicação, pequenos nódulos ou alteração passageira da cor da pele. Avise imediatamente o profissional se notar dor que aumenta, calor, pus, febre, manchas que se espalham ou falta de ar.`,
    contraindications: `CONTRAINDICAÇÕES
Antes de cada sessão, as perguntas abaixo serão repetidas. Informe o profissional se alguma delas se aplica a você ou passar a se aplicar durante o tratamento:
- gravidez ou intenção de engravidar;
- amamentação;
- câncer atual ou anterior (doença oncológica);
- uso de anticoagulantes ou antiagregantes plaquetários (por exemplo, AAS), distúrbios de coagulação;
- alergia conhecida a algum produto da mistura (inclusive a lidocaína);
- infecção de pele na área a tratar, diabetes descompensado, doença autoimune, imunossupressão ou outra condição informada pelo seu médico.`,
    aftercare: `CUIDADOS APÓS A SESSÃO
Por 24 horas não aplique maquiagem nem cremes nos pontos de aplicação; evite banhos quentes, sauna, piscina e exercícios intensos; não massageie a área, salvo orientação. Por 48 horas evite sol e bronzeamento artificial na área tratada. Mantenha a área limpa. Hematomas ou inchaço leve podem ser aliviados com compressa fria envolta em um pano.`,
    dataProtection: `PROTEÇÃO DE DADOS
Os dados coletados (prontuário, questionário de contraindicações, fotografias, assinaturas) ficam guardados no seu prontuário, sob sigilo profissional, e são tratados conforme a Lei Geral de Proteção de Dados (LGPD, Lei nº 13.709/2018), apenas para o seu atendimento. Você pode solicitar acesso, correção e os demais direitos do titular junto à clínica. As fotografias servem somente para acompanhar o tratamento e nunca são divulgadas sem a sua autorização por escrito em separado.`,
    declaration: `DECLARAÇÃO
Li este termo, ou ele foi lido para mim. Pude fazer perguntas e elas foram respondidas com clareza. Respondi com sinceridade ao questionário de contraindicações e confirmo as respostas anexas a este termo. Sei que posso retirar meu consentimento a qualquer momento, sem precisar justificar, e que isso não prejudica o atendimento que vou receber. Autorizo, de forma livre e esclarecida, a realização de mesoterapia conforme descrito acima e o registro de fotografias padronizadas da área tratada, guardadas no meu prontuário para acompanhar os resultados.`,
    alternatives: {
      heading: 'ALTERNATIVAS',
      intro: 'Existem outros tratamentos, isolados ou associados: ',
      outro: '. Você também pode optar por não tratar.',
    },
    templates: [
      {
        id: 'c0a5e7a1-4001-4c01-8a01-000000000001',
        indication: 'cellulite',
        title: 'Termo de consentimento: mesoterapia para celulite',
        purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para celulite (o aspecto de “casca de laranja” da pele, mais comum em coxas, glúteos e abdome), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
        specific: `MESOTERAPIA PARA CELULITE: RESULTADOS ESPERADOS
A mistura costuma ter como objetivo melhorar a microcirculação, a drenagem linfática e a firmeza da pele. A celulite tem muitas causas (hormonais, genéticas, circulatórias, de peso); a mesoterapia melhora seu aspecto em muitas pessoas, mas não a cura, e a melhora dura mais com atividade física regular, alimentação equilibrada e sessões de manutenção. Os pontos são distribuídos por toda a área, com 1 a 2 cm de distância entre si.`,
        alternatives: 'atividade física e reeducação alimentar, drenagem linfática manual, endermoterapia, radiofrequência, ondas de choque',
      },
      {
        id: 'c0a5e7a1-4002-4c02-8a02-000000000002',
        indication: 'localized-fat',
        title: 'Termo de consentimento: mesoterapia para gordura localizada',
        purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para gordura localizada (por exemplo, abdome, flancos, parte interna das coxas, braços ou papada), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
        specific: `MESOTERAPIA PARA GORDURA LOCALIZADA: RESULTADOS ESPERADOS
A mistura pode conter substâncias que ajudam o organismo a mobilizar a gordura no local (lipolíticos). A mesoterapia não é um tratamento para emagrecer e não substitui dieta e exercícios; destina-se a pequenos acúmulos que resistem a eles. A área tratada pode ficar mais inchada e dolorida do que em outras indicações por alguns dias, e pequenos nódulos endurecidos podem ser sentidos por pouco tempo.`,
        alternatives: 'atividade física e alimentação adequada, criolipólise, radiofrequência, ultrassom focalizado, lipoaspiração (cirurgia)',
      },
      {
        id: 'c0a5e7a1-4003-4c03-8a03-000000000003',
        indication: 'rejuvenation',
        title: 'Termo de consentimento: mesoterapia para rejuvenescimento da pele',
        purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia do rosto, pescoço, colo ou dorso das mãos para melhorar a hidratação, o viço e a textura da pele, para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
        specific: `MESOTERAPIA FACIAL: RESULTADOS ESPERADOS
A mistura costuma conter ácido hialurônico não reticulado, vitaminas, aminoácidos e antioxidantes, aplicados de forma bem superficial (nappage ou micropápulas) em muitos pontos. O objetivo é uma pele mais viçosa e hidratada e linhas finas suavizadas; não levanta a pele nem substitui preenchedores ou cirurgia. Pequenas pápulas e vermelhidão no rosto são comuns por algumas horas, e um hematoma ao redor dos olhos ou da boca pode levar uma semana para sumir: marque as sessões longe de compromissos importantes.`,
        alternatives: 'cosméticos e fotoproteção, peelings, preenchimento com ácido hialurônico reticulado ou toxina botulínica, laser e luz intensa pulsada',
      },
      {
        id: 'c0a5e7a1-4004-4c04-8a04-000000000004',
        indication: 'hair-loss',
        title: 'Termo de consentimento: mesoterapia capilar para queda de cabelo',
        purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia do couro cabeludo para queda de cabelo (alopecia), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
        specific: `MESOTERAPIA CAPILAR: RESULTADOS ESPERADOS
A mistura costuma conter vitaminas, aminoácidos e substâncias que favorecem a irrigação dos folículos capilares, aplicadas no couro cabeludo onde o cabelo está rareando. Ela busca reduzir a queda e fortalecer os fios existentes; não cria novos folículos onde eles se perderam, e alguns tipos de alopecia não respondem. O cabelo cresce devagar: os resultados são avaliados ao longo de meses, com fotografias do couro cabeludo feitas sempre da mesma forma. O couro cabeludo pode ficar sensível por um dia; não lave nem tinja o cabelo nas 24 horas após a sessão.`,
        alternatives: 'tratamentos tópicos (minoxidil) ou orais prescritos por médico, plasma rico em plaquetas (PRP), transplante capilar',
      },
      {
        id: 'c0a5e7a1-4005-4c05-8a05-000000000005',
        indication: 'pain',
        title: 'Termo de consentimento: mesoterapia para dor',
        purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para dor nas costas, pescoço, ombro, joelho, cotovelo, punho ou quadril, tendinites e lesões esportivas, para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
        specific: `MESOTERAPIA PARA DOR: RESULTADOS ESPERADOS
A mistura costuma conter um anestésico local e substâncias anti-inflamatórias ou relaxantes musculares, aplicadas na pele sobre a região dolorida, para que pequenas doses ajam onde são necessárias. Você dará uma nota de 0 a 10 para sua dor (escala EVA) antes e depois de cada sessão, para acompanhar o efeito. A mesoterapia alivia os sintomas; não substitui o diagnóstico da causa da dor, a fisioterapia ou outros tratamentos indicados pelo seu médico. Avise o profissional se a dor mudar de característica, se espalhar ou vier acompanhada de formigamento ou fraqueza.`,
        alternatives: 'analgésicos e anti-inflamatórios por via oral ou tópica, fisioterapia, infiltrações, órteses, repouso adequado',
      },
    ],
  },
];

/** The template ids and texts migration 7 ships, in the order a patient reads their sections. */
function startingTemplatesOfMigration7(): { id: string; indication: string; language: string; title: string; body: string; author: string }[] {
  return STARTING_TEXTS_7.flatMap((lang) =>
    lang.templates.map((t) => ({
      id: t.id,
      indication: t.indication,
      language: lang.language,
      title: t.title,
      author: lang.author,
      body: [
        t.purpose,
        lang.procedure,
        lang.course,
        t.specific,
        lang.sideEffects,
        `${lang.alternatives.heading}\n${lang.alternatives.intro}${t.alternatives}${lang.alternatives.outro}`,
        lang.contraindications,
        lang.aftercare,
        lang.dataProtection,
        lang.declaration,
      ].join('\n\n'),
    })),
  );
}

function migrateToConsentLanguages(db: SqlDatabase): void {
  db.exec(SCHEMA_7);
  const at = '2026-11-01T00:00:00.000Z';
  const template = db.prepare('INSERT INTO consent_templates (id, indication, language, created_at) VALUES (?, ?, ?, ?)');
  const version = db.prepare('INSERT INTO consent_template_versions (template_id, version, title, body, created_at, created_by) VALUES (?, 1, ?, ?, ?, ?)');
  for (const t of startingTemplatesOfMigration7()) {
    template.run(t.id, t.indication, t.language, at);
    version.run(t.id, t.title, t.body, at, t.author);
  }
}

export const MIGRATION_7 = {
  version: 7,
  description: "consent in the patient's language: templates per language (starting templates in fr, it, es, pt-BR), the language of a signed consent kept and protected",
  up: migrateToConsentLanguages,
};
