// Frozen with migration 8: shipped migrations are never edited, and import nothing but node: modules and
// the frozen helpers beside them (tests/electron/store/migrations.test.ts).
import type { TemplateTexts8 } from './008-templateTexts.ts';

/** The second edition of the starting consent templates in it (see 009-templateTexts.ts); sources in docs/clinical-sources.md, "Consent content and risks". */
export const TEXTS_8_IT: TemplateTexts8 = {
  language: 'it',
  author: 'MesoChart (modello iniziale, 2ª edizione)',
  procedure: `CHE COS'È LA MESOTERAPIA
La mesoterapia consiste nell'iniettare piccolissime quantità di farmaci o sostanze attive nella pelle (il derma) e, per alcune tecniche, appena sotto, vicino alla zona da trattare, con un ago molto sottile o con un multiiniettore a più aghi. La profondità dipende dalla tecnica: meno di 1 mm per le più superficiali (intraepidermica, nappage), pochi millimetri per pomfi, intradermica superficiale (IDS) o profonda (IDP) e punto per punto, di più solo per i punti profondi. Il prodotto è un piccolo volume di una o più sostanze diluite in soluzione fisiologica sterile (la «miscela»), talvolta con un anestetico locale come la lidocaina. Il materiale è sterile e monouso; la pelle viene disinfettata prima delle iniezioni. Una seduta dura circa 15-20 minuti.`,
  course: `IL CICLO DI TRATTAMENTO
{plan} I risultati si valutano di solito a partire dalla terza seduta; variano da persona a persona e non possono essere garantiti. Poiché l'effetto si attenua nel tempo, un nuovo ciclo può esserLe proposto circa sei mesi dopo il precedente. Lei può interrompere il trattamento in qualsiasi momento.`,
  offLabel: {
    usual: `FARMACI USATI AL DI FUORI DELLE INDICAZIONI AUTORIZZATE («OFF-LABEL»)
La maggior parte dei farmaci di una miscela mesoterapica per questa indicazione (per esempio antinfiammatori, miorilassanti, sostanze vasoattive o lipolitiche, vitamine, lidocaina) è autorizzata per altre vie di somministrazione o altri usi, non per l'iniezione nella cute in questa indicazione. Questo impiego è consentito sotto la responsabilità del medico e con il Suo consenso (Legge 8 aprile 1998, n. 94, art. 3), ma è «off-label»: ciò che se ne sa deriva dall'esperienza clinica e dagli studi pubblicati, non dall'autorizzazione del prodotto, e il foglietto illustrativo non lo prevede. Il medico Le indica quali prodotti usa, perché e che cosa se ne sa; ogni prodotto e il suo numero di lotto sono registrati nella Sua cartella.`,
    possible: `FARMACI USATI AL DI FUORI DELLE INDICAZIONI AUTORIZZATE («OFF-LABEL»)
I prodotti iniettati di solito in questa indicazione (come l'acido ialuronico non reticolato) sono dispositivi medici destinati all'iniezione nella cute. Se il medico aggiunge alla miscela un farmaco (per esempio una vitamina o la lidocaina), questo è di solito autorizzato per altre vie di somministrazione e non per questo uso: viene allora impiegato «off-label», il che è consentito sotto la responsabilità del medico e con il Suo consenso, sulla base dell'esperienza clinica e degli studi pubblicati più che dell'autorizzazione del prodotto. Il medico Le dice se è il caso, quali prodotti usa e perché; ogni prodotto e il suo numero di lotto sono registrati nella Sua cartella.`,
  },
  risks: `EFFETTI INDESIDERATI E RISCHI
La maggior parte delle reazioni è lieve e scompare in poche ore o pochi giorni:
- piccoli pomfi nei punti di iniezione;
- ecchimosi (lividi) o, più raramente, un ematoma, più probabili se Lei tende a fare lividi o assume farmaci che rendono il sangue più fluido;
- bruciore o pizzicore durante e subito dopo le iniezioni;
- arrossamento (eritema), lieve gonfiore (edema) e prurito della zona trattata;
- dolenzia della zona trattata per uno o due giorni.
Complicanze meno frequenti o rare:
- sensazione di svenimento o svenimento durante o subito dopo le iniezioni (reazione vasovagale): Lei viene trattato/a sdraiato/a o seduto/a e sorvegliato/a finché non si sente bene;
- reazione allergica a un prodotto, da un'eruzione locale fino, molto raramente, a una reazione generale (orticaria, gonfiore del viso, difficoltà a respirare) che richiede un trattamento d'urgenza;
- reazione alla lidocaina, quando è usata: allergia oppure, a dosi più alte, capogiri, formicolio intorno alla bocca, sapore metallico, palpitazioni e, molto raramente, disturbi del ritmo cardiaco o convulsioni;
- infezione in un punto di iniezione, compresa un'infezione da micobatteri atipici: noduli rossi e dolenti o piccoli ascessi che possono comparire settimane o mesi dopo una seduta e richiedono una lunga terapia antibiotica, talvolta un drenaggio;
- piccoli noduli duri o granulomi sotto la pelle, che possono durare alcune settimane;
- alterazione duratura del colore della pelle (macchie più scure o più chiare);
- necrosi cutanea (morte di una piccola zona di pelle), molto rara, che guarisce lentamente e può lasciare una cicatrice;
- cicatrici nei punti di iniezione e, nelle persone predisposte, cicatrici spesse (ipertrofiche o cheloidi).
Avvisi subito il medico in caso di dolore in aumento, calore, pus, febbre, eruzione che si estende, un nodulo che cresce o compare settimane dopo, una macchia di pelle scura o con bolle, o difficoltà a respirare.`,
  alternatives: { heading: 'ALTERNATIVE TERAPEUTICHE', intro: `Esistono altri trattamenti, da soli o associati: `, outro: `. Lei può anche scegliere di non sottoporsi ad alcun trattamento.` },
  contraindications: `CONTROINDICAZIONI E PRECAUZIONI
Prima di ogni seduta Le verranno riproposte le domande seguenti. Informi il medico se una di queste condizioni La riguarda o si presenta durante il ciclo:
- gravidanza o ricerca di una gravidanza; allattamento;
- tumore in atto o pregresso;
- anticoagulanti orali, antiaggreganti piastrinici (per esempio aspirina o clopidogrel) o iniezioni di eparina; disturbi della coagulazione;
- allergia nota a uno dei prodotti della miscela o a un anestetico locale (come la lidocaina);
- infezione o infiammazione della pelle nella zona da trattare; per il viso, herpes labiale;
- diabete non compensato, malattia autoimmune, immunodepressione (anche da farmaci);
- malattia cardiaca, quando si prevede di usare la lidocaina;
- tendenza a cicatrici spesse o cheloidi;
- età inferiore a 18 anni.
Informi il medico anche di tutti i farmaci che assume, compresi quelli da banco e i prodotti erboristici.`,
  aftercare: `DOPO LA SEDUTA
Per 24 ore: non applichi trucco o creme sui punti di iniezione; eviti sauna, bagni caldi, piscina, attività fisica intensa e sport; non massaggi la zona trattata. Per 48 ore eviti il sole e le lampade abbronzanti sulla zona trattata. Mantenga la zona pulita. Un livido o un lieve gonfiore si possono alleviare con una borsa del ghiaccio avvolta in un panno. Chiami lo studio se arrossamento o gonfiore durano oltre 48 ore, e subito in presenza di uno dei segni descritti tra gli effetti indesiderati e i rischi.`,
  photographs: `FOTOGRAFIE
Fotografie standardizzate della zona trattata aiutano a seguire i risultati. Sono eseguite solo con il Suo consenso: la domanda Le viene posta a parte e la Sua risposta è registrata insieme a questo consenso. Lei può rifiutare, o revocare il consenso in seguito, senza alcuna conseguenza sul trattamento. Le fotografie sono conservate nella Sua cartella clinica e non sono mai pubblicate né mostrate ad altri senza un Suo consenso scritto separato.`,
  dataProtection: `TRATTAMENTO DEI DATI PERSONALI
I dati raccolti (cartella clinica, questionario sulle controindicazioni, fotografie se le accetta, firme) sono conservati nella Sua cartella clinica, coperti dal segreto professionale e trattati ai sensi del Regolamento (UE) 2016/679 (GDPR) e del D.Lgs. 196/2003 al solo fine della Sua cura. Lei può esercitare i diritti di accesso, rettifica e limitazione rivolgendosi allo studio.`,
  declaration: `DICHIARAZIONE DI CONSENSO
Ho letto questo documento, o mi è stato letto. Ho potuto fare domande e ho ricevuto risposte chiare. Sono stato/a informato/a delle alternative, dell'uso di farmaci off-label quando previsto e dei rischi sopra descritti. Ho risposto con sincerità al questionario sulle controindicazioni e confermo le risposte allegate a questo modulo. So che posso revocare il consenso in qualsiasi momento, senza dover dare spiegazioni, e che la revoca non modifica le cure che riceverò (Legge 22 dicembre 2017, n. 219). Acconsento liberamente a un ciclo di mesoterapia come sopra descritto.`,
  templates: [
    {
      id: 'c0a5e7a1-2001-4c01-8a01-000000000001',
      besideId: 'c0a5e7a1-b201-4c01-8a01-000000000901',
      indication: 'cellulite',
      title: 'Consenso informato: mesoterapia per la cellulite',
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia per la cellulite (pannicolopatia edemato-fibro-sclerotica: l'aspetto a «buccia d'arancia» della pelle, più spesso su cosce, glutei e addome), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 10 a 15 sedute, una alla settimana, seguite da sedute di mantenimento circa una volta al mese.`,
      specific: `MESOTERAPIA DELLA CELLULITE: EFFETTI ATTESI
La miscela mira di solito a migliorare il microcircolo, il drenaggio linfatico e la tonicità della pelle. La cellulite ha molte cause (ormonali, genetiche, circolatorie, di peso); la mesoterapia ne migliora l'aspetto in molte persone ma non la guarisce, e il beneficio dura di più con attività fisica regolare, alimentazione equilibrata e sedute di mantenimento. I punti sono distribuiti su tutta la zona, a 1-2 cm l'uno dall'altro.`,
      alternatives: `attività fisica e alimentazione equilibrata, linfodrenaggio manuale, endermologia, radiofrequenza, onde d’urto`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-2002-4c02-8a02-000000000002',
      besideId: 'c0a5e7a1-b202-4c02-8a02-000000000902',
      indication: 'localized-fat',
      title: "Consenso informato: mesoterapia per l'adiposità localizzata",
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia per l'adiposità localizzata (per esempio addome, fianchi, interno cosce, braccia o sottomento), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 6 a 10 sedute, una alla settimana, seguite se utile da sedute di mantenimento circa una volta al mese.`,
      specific: `MESOTERAPIA DELL'ADIPOSITÀ LOCALIZZATA: EFFETTI ATTESI
La miscela può contenere sostanze che aiutano l'organismo a smaltire localmente il grasso (lipolitici). La mesoterapia non è una cura del sovrappeso e non sostituisce dieta e attività fisica; è indicata per piccoli accumuli che vi resistono. La zona trattata può essere più gonfia e dolente che in altre indicazioni per alcuni giorni, e per breve tempo si possono palpare piccoli noduli duri. In alcuni Paesi la legge limita queste iniezioni (in Francia il décret n° 2011-382 dell'11 aprile 2011 vieta la lisi adipocitaria a scopo estetico mediante iniezione): il medico tratta solo entro quanto la legge del Paese consente.`,
      alternatives: `attività fisica e alimentazione adeguata, criolipolisi, radiofrequenza, ultrasuoni focalizzati, liposuzione (chirurgia)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-2003-4c03-8a03-000000000003',
      besideId: 'c0a5e7a1-b203-4c03-8a03-000000000903',
      indication: 'rejuvenation',
      title: 'Consenso informato: mesoterapia per il ringiovanimento cutaneo',
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia di viso, collo, décolleté o dorso delle mani per migliorare idratazione, luminosità e texture della pelle (biorivitalizzazione), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 3 a 6 sedute, ogni due settimane, seguite da sedute di mantenimento ogni uno-due mesi.`,
      specific: `BIORIVITALIZZAZIONE: EFFETTI ATTESI
La miscela contiene di solito acido ialuronico non reticolato, vitamine, aminoacidi e antiossidanti, iniettati molto superficialmente (nappage o micropomfi) in numerosi punti. Lo scopo è una pelle più fresca e idratata e rughe sottili attenuate; non solleva la pelle e non sostituisce filler o chirurgia. Piccoli pomfi e arrossamento del viso sono frequenti per alcune ore, e un livido intorno agli occhi o alla bocca può impiegare una settimana a scomparire: programmi le sedute lontano da impegni importanti.`,
      alternatives: `cosmetici e fotoprotezione, peeling, filler di acido ialuronico reticolato o tossina botulinica, laser e luce pulsata`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-2004-4c04-8a04-000000000004',
      besideId: 'c0a5e7a1-b204-4c04-8a04-000000000904',
      indication: 'hair-loss',
      title: 'Consenso informato: mesoterapia del cuoio capelluto per la caduta dei capelli',
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia del cuoio capelluto per la caduta dei capelli (alopecia), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 8 a 12 sedute, ogni due settimane, seguite da sedute di mantenimento circa una volta al mese.`,
      specific: `MESOTERAPIA DEL CUOIO CAPELLUTO: EFFETTI ATTESI
La miscela contiene di solito vitamine, aminoacidi e sostanze che favoriscono l'irrorazione dei follicoli piliferi, iniettate nel cuoio capelluto dove i capelli si diradano. Mira a rallentare la caduta e a rinforzare i capelli esistenti; non crea nuovi follicoli dove sono andati perduti, e alcune forme di alopecia non rispondono. I capelli crescono lentamente: i risultati si valutano nell'arco di mesi, con fotografie del cuoio capelluto eseguite sempre allo stesso modo. Il cuoio capelluto può restare dolente per un giorno; non lavi né tinga i capelli nelle 24 ore successive alla seduta.`,
      alternatives: `terapie locali (minoxidil) o per bocca prescritte dal medico, plasma ricco di piastrine (PRP), trapianto di capelli`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-2005-4c05-8a05-000000000005',
      besideId: 'c0a5e7a1-b205-4c05-8a05-000000000905',
      indication: 'pain',
      title: 'Consenso informato: mesoterapia antalgica',
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia per il dolore di schiena, collo, spalla, ginocchio, gomito, polso o anca (i traumi sportivi e le tendinopatie hanno un modulo a parte), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 4 a 8 sedute, una alla settimana; sedute di mantenimento, circa una volta al mese, si fanno solo se il dolore ritorna.`,
      specific: `MESOTERAPIA ANTALGICA: EFFETTI ATTESI
La miscela contiene di solito un anestetico locale e sostanze antinfiammatorie o miorilassanti, iniettate nella cute sopra la zona dolente, perché piccole dosi agiscano dove servono. Le sarà chiesto di indicare il dolore da 0 a 10 (scala VAS) prima e dopo ogni seduta per seguirne l'effetto. La mesoterapia allevia i sintomi; non sostituisce la diagnosi della causa del dolore, la fisioterapia o altre cure consigliate dal Suo medico. Avvisi il medico se il dolore cambia carattere, si estende o si accompagna a formicolio o debolezza.`,
      alternatives: `analgesici e antinfiammatori per bocca o locali, fisioterapia, infiltrazioni, tutori, riposo adeguato`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9206-4c06-8a06-000000000006',
      besideId: null,
      indication: 'wrinkles',
      title: 'Consenso informato: mesoterapia delle rughe',
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia delle rughe sottili e delle rughe di viso e collo (per esempio della fronte, del contorno occhi, dei solchi nasogenieni o del contorno labbra), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 3 a 6 sedute, ogni due settimane, seguite da sedute di mantenimento ogni uno-due mesi.`,
      specific: `MESOTERAPIA DELLE RUGHE: EFFETTI ATTESI
La miscela contiene di solito acido ialuronico non reticolato, talvolta con vitamine, aminoacidi e antiossidanti, iniettati molto superficialmente (pomfi o nappage) lungo le rughe e intorno. Lo scopo è una pelle più idratata e tonica, in cui le rughe sottili si attenuano; i solchi profondi e le rughe d'espressione rispondono poco, e la mesoterapia non sostituisce filler, tossina botulinica o chirurgia. Piccoli pomfi e arrossamento sono frequenti per alcune ore, e un livido intorno agli occhi o alla bocca può impiegare una settimana a scomparire: programmi le sedute lontano da impegni importanti.`,
      alternatives: `cosmetici e fotoprotezione, peeling, filler di acido ialuronico reticolato, tossina botulinica, laser e luce pulsata`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9207-4c07-8a07-000000000007',
      besideId: null,
      indication: 'stretch-marks',
      title: 'Consenso informato: mesoterapia delle smagliature',
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia delle smagliature (strie distensae), per esempio su addome, cosce, glutei, seno o fianchi, perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 5 a 10 sedute, ogni due settimane, seguite se utile da sedute di mantenimento ogni uno-due mesi.`,
      specific: `MESOTERAPIA DELLE SMAGLIATURE: EFFETTI ATTESI
La miscela contiene di solito acido ialuronico non reticolato, vitamine e aminoacidi, iniettati nelle smagliature e lungo il loro decorso. Le smagliature recenti, rosse o violacee (strie rubrae), rispondono meglio di quelle vecchie e bianche (strie albae). La mesoterapia può renderle meno visibili e migliorare la texture della pelle, ma non le elimina. Eviti il sole sulle smagliature trattate durante il ciclo: può scurirle.`,
      alternatives: `creme prescritte dal medico (alcune sono vietate in gravidanza), microneedling, peeling, laser frazionati, radiofrequenza`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9208-4c08-8a08-000000000008',
      besideId: null,
      indication: 'venous-lymphatic',
      title: "Consenso informato: mesoterapia dell'insufficienza venosa e linfatica",
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia delle gambe pesanti e gonfie dovute a insufficienza venosa o linfatica (edema), perché Lei possa decidere liberamente se sottoporvisi. Un medico deve prima aver esaminato le vene, spesso con un ecocolordoppler, per escludere una trombosi o un'altra causa del gonfiore (cuore, reni, farmaci). Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 8 a 10 sedute, una alla settimana, seguite da sedute di mantenimento circa una volta al mese.`,
      specific: `MESOTERAPIA DELL'INSUFFICIENZA VENOSA E LINFATICA: EFFETTI ATTESI
La miscela contiene di solito sostanze vasoattive e drenanti (per esempio estratti vegetali, vitamine o prodotti che agiscono sui piccoli vasi), iniettate nella cute delle gambe lungo il decorso di vene e linfatici. Lo scopo è alleviare la pesantezza, il gonfiore e il fastidio; la mesoterapia non cura le varici e non sostituisce le calze elastiche, il camminare o la terapia consigliata dal Suo medico. Avvisi subito il medico, o chiami il 112, se una gamba diventa improvvisamente dolente, calda e gonfia, o se le manca il respiro: possono essere segni di una trombosi.`,
      alternatives: `calze a compressione graduata, cammino e gambe sollevate, linfodrenaggio manuale, farmaci flebotonici, trattamento delle varici (scleroterapia, trattamento endovenoso o chirurgico)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9209-4c09-8a09-000000000009',
      besideId: null,
      indication: 'scars',
      title: 'Consenso informato: mesoterapia delle cicatrici',
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia per migliorare l'aspetto e l'elasticità delle cicatrici (per esempio dopo un intervento chirurgico, una ferita o l'acne), perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 3 a 6 sedute, ogni tre settimane, seguite se utile da una seduta ogni due mesi.`,
      specific: `MESOTERAPIA DELLE CICATRICI: EFFETTI ATTESI
La miscela contiene di solito acido ialuronico non reticolato, vitamine e sostanze che favoriscono la riparazione della pelle, iniettati nella cicatrice e intorno. Una cicatrice si tratta quando la ferita è guarita e la cicatrice è matura, di solito alcuni mesi dopo. Lo scopo è una cicatrice più morbida, più piatta e meno visibile; una cicatrice non scompare mai del tutto, e il risultato dipende dalla sua età, dal tipo e dalla sede. Nelle persone predisposte ai cheloidi, le iniezioni stesse possono causare una cicatrice spessa: informi il medico di ogni tendenza di questo tipo.`,
      alternatives: `gel o lamine di silicone, massaggi, indumenti compressivi, infiltrazioni di corticosteroidi, laser, microneedling, revisione chirurgica`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9210-4c10-8a10-000000000010',
      besideId: null,
      indication: 'sports-injuries',
      title: 'Consenso informato: mesoterapia dei traumi sportivi e delle tendinopatie',
      purpose: `SCOPO DEL DOCUMENTO
Questo documento illustra la mesoterapia dei traumi sportivi e delle tendinopatie, per esempio del tendine d'Achille, del ginocchio, della spalla o del gomito, perché Lei possa decidere liberamente se sottoporvisi. Integra le informazioni ricevute a voce durante la visita.`,
      plan: `Un ciclo comprende di solito da 3 a 6 sedute, una alla settimana, e si interrompe appena dolore e funzione sono recuperati.`,
      specific: `MESOTERAPIA DEI TRAUMI SPORTIVI: EFFETTI ATTESI
La miscela contiene di solito un anestetico locale e sostanze antinfiammatorie o miorilassanti, iniettate nella cute sopra il tendine o il muscolo dolente, mai nel tendine stesso, perché piccole dosi agiscano dove servono. Le sarà chiesto di indicare il dolore da 0 a 10 (scala VAS) prima e dopo ogni seduta. La mesoterapia allevia il dolore e può aiutare il ritorno allo sport; non sostituisce la diagnosi della lesione, il riposo da ciò che provoca dolore, la riabilitazione o la fisioterapia. Avvisi il medico se il dolore cambia carattere, o se avverte uno schiocco improvviso o una perdita di forza.`,
      alternatives: `riposo relativo e allenamento adattato, fisioterapia ed esercizi eccentrici, analgesici e antinfiammatori, onde d'urto, infiltrazioni (per esempio di plasma ricco di piastrine), tutori, e chirurgia in alcuni casi`,
      offLabel: 'usual',
    },
  ],
};
