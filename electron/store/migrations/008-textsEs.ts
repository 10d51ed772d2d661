// Frozen with migration 8: shipped migrations are never edited, and import nothing but node: modules and
// the frozen helpers beside them (tests/electron/store/migrations.test.ts).
import type { TemplateTexts8 } from './008-templateTexts.ts';

/** The second edition of the starting consent templates in es (see 009-templateTexts.ts); sources in docs/clinical-sources.md, "Consent content and risks". */
export const TEXTS_8_ES: TemplateTexts8 = {
  language: 'es',
  author: 'MesoChart (plantilla inicial, 2.ª edición)',
  procedure: `QUÉ ES LA MESOTERAPIA
La mesoterapia consiste en microinyecciones de pequeñas cantidades de medicamentos o sustancias activas en la piel (dermis) y, en algunas técnicas, justo debajo, cerca de la zona que se va a tratar, con una aguja muy fina o con un multiinyector de varias agujas. La profundidad depende de la técnica: menos de 1 mm en las más superficiales (intraepidérmica, nappage), pocos milímetros en las pápulas, la intradérmica superficial o profunda y el punto a punto, y más solo en los puntos profundos. El producto es un volumen pequeño de una o varias sustancias diluidas en suero fisiológico estéril (la «mezcla»), a veces con un anestésico local como la lidocaína. El material es estéril y de un solo uso; la piel se desinfecta antes de las inyecciones. Cada sesión dura unos 15 a 20 minutos.`,
  course: `EL TRATAMIENTO
{plan} Los resultados suelen valorarse a partir de la tercera sesión; varían de una persona a otra y no pueden garantizarse. Como el efecto disminuye con el tiempo, puede proponérsele un nuevo ciclo unos seis meses después del anterior. Puede interrumpir el tratamiento en cualquier momento.`,
  offLabel: {
    usual: `MEDICAMENTOS USADOS FUERA DE SU AUTORIZACIÓN («FUERA DE FICHA TÉCNICA»)
La mayoría de los medicamentos de una mezcla de mesoterapia para esta indicación (por ejemplo antiinflamatorios, relajantes musculares, sustancias vasoactivas o lipolíticas, vitaminas, lidocaína) están autorizados para otra vía de administración u otro uso, no para inyectarse en la piel en esta indicación. Este uso está permitido bajo la responsabilidad del médico, pero es un uso en condiciones distintas de las autorizadas (Real Decreto 1015/2009): lo que se sabe de él procede de la experiencia clínica y de los estudios publicados, no de la autorización del producto, y el prospecto no lo contempla. El médico le indica qué productos usa, por qué y qué se sabe de ellos; cada producto y su número de lote quedan anotados en su historia clínica.`,
    possible: `MEDICAMENTOS USADOS FUERA DE SU AUTORIZACIÓN («FUERA DE FICHA TÉCNICA»)
Los productos que suelen inyectarse en esta indicación (como el ácido hialurónico no reticulado) son productos sanitarios destinados a inyectarse en la piel. Si el médico añade a la mezcla un medicamento (por ejemplo una vitamina o lidocaína), este suele estar autorizado para otra vía de administración y no para este uso: se usa entonces fuera de ficha técnica, lo que está permitido bajo la responsabilidad del médico, con base en la experiencia clínica y los estudios publicados más que en la autorización del producto. El médico le dice si es el caso, qué productos usa y por qué; cada producto y su número de lote quedan anotados en su historia clínica.`,
  },
  risks: `EFECTOS ADVERSOS Y RIESGOS
La mayoría de las reacciones son leves y desaparecen en unas horas o pocos días:
- pequeñas pápulas (habones) en los puntos de inyección;
- hematomas (moratones), más probables si le salen con facilidad o toma medicamentos que hacen la sangre más fluida;
- sensación de ardor o escozor durante las inyecciones y poco después;
- enrojecimiento (eritema), hinchazón leve (edema) y picor de la zona tratada;
- dolor a la presión en la zona durante uno o dos días.
Complicaciones menos frecuentes o raras:
- mareo o desmayo durante las inyecciones o justo después (reacción vasovagal): se le trata tumbado/a o sentado/a y se le vigila hasta que se encuentre bien;
- reacción alérgica a un producto, desde una erupción local hasta, muy raramente, una reacción general (urticaria, hinchazón de la cara, dificultad para respirar) que requiere tratamiento urgente;
- reacción a la lidocaína, cuando se usa: alergia o, a dosis más altas, mareo, hormigueo alrededor de la boca, sabor metálico, palpitaciones y, muy raramente, alteraciones del ritmo cardiaco o convulsiones;
- infección en un punto de inyección, incluida la infección por micobacterias atípicas: bultos rojos y dolorosos o pequeños abscesos que pueden aparecer semanas o meses después de una sesión y requieren un tratamiento antibiótico prolongado, a veces drenaje;
- pequeños nódulos firmes o granulomas bajo la piel, que pueden durar varias semanas;
- un cambio duradero del color de la piel (manchas más oscuras o más claras);
- necrosis cutánea (muerte de una pequeña zona de piel), muy rara, que cicatriza despacio y puede dejar cicatriz;
- cicatrices en los puntos de inyección y, en personas propensas, cicatrices gruesas (hipertróficas o queloides).
Avise de inmediato al médico si nota dolor creciente, calor, pus, fiebre, una erupción que se extiende, un bulto que crece o aparece semanas después, una mancha de piel oscura o con ampollas, o dificultad para respirar.`,
  alternatives: { heading: 'ALTERNATIVAS', intro: `Existen otros tratamientos, solos o combinados: `, outro: `. También puede elegir no tratarse.` },
  contraindications: `CONTRAINDICACIONES Y PRECAUCIONES
Antes de cada sesión se le volverá a preguntar por lo siguiente. Informe al médico si alguna de estas situaciones le afecta o aparece durante el tratamiento:
- embarazo o búsqueda de embarazo; lactancia;
- cáncer actual o antecedente de cáncer;
- anticoagulantes orales, antiagregantes plaquetarios (por ejemplo aspirina o clopidogrel) o inyecciones de heparina; trastornos de la coagulación;
- alergia conocida a algún producto de la mezcla o a un anestésico local (como la lidocaína);
- infección o inflamación de la piel en la zona que se va a tratar; en la cara, calenturas (herpes labial);
- diabetes no controlada, enfermedad autoinmune, inmunodepresión (también por medicamentos);
- enfermedad cardiaca, si se va a usar lidocaína;
- tendencia a cicatrices gruesas o queloides;
- edad inferior a 18 años.
Informe también al médico de todos los medicamentos que toma, incluidos los de venta sin receta y los productos de herbolario.`,
  aftercare: `CUIDADOS POSTERIORES
Durante 24 horas: no se aplique maquillaje ni cremas en los puntos de inyección; evite sauna, baños calientes, piscina, ejercicio intenso y deporte; no masajee la zona tratada. Durante 48 horas evite el sol y las cabinas de bronceado en la zona tratada. Mantenga la zona limpia. Un hematoma o una hinchazón leve pueden aliviarse con una bolsa de frío envuelta en un paño. Llame a la consulta si el enrojecimiento o la hinchazón duran más de 48 horas, y de inmediato ante cualquiera de los signos descritos en efectos adversos y riesgos.`,
  photographs: `FOTOGRAFÍAS
Las fotografías estandarizadas de la zona tratada ayudan a seguir los resultados. Solo se toman si usted está de acuerdo: se le pregunta aparte, y su respuesta queda registrada con este consentimiento. Puede negarse, o retirar su autorización más adelante, sin ninguna consecuencia para su tratamiento. Las fotografías se guardan en su historia clínica y nunca se publican ni se muestran a terceros sin su consentimiento escrito aparte.`,
  dataProtection: `PROTECCIÓN DE DATOS
Los datos recogidos (historia clínica, cuestionario de contraindicaciones, fotografías si las autoriza, firmas) se conservan en su historia clínica, protegidos por el secreto profesional y tratados conforme al Reglamento General de Protección de Datos (RGPD) y la Ley Orgánica 3/2018, con el único fin de su asistencia. Puede ejercer sus derechos de acceso, rectificación y limitación ante la consulta.`,
  declaration: `DECLARACIÓN
He leído este documento, o me ha sido leído. He podido hacer preguntas y he recibido respuestas claras. Se me ha informado de las alternativas, del uso de medicamentos fuera de ficha técnica cuando corresponde y de los riesgos descritos. He respondido con sinceridad al cuestionario de contraindicaciones y confirmo las respuestas adjuntas a este documento. Sé que puedo revocar este consentimiento en cualquier momento, sin dar explicaciones, y que ello no afecta a la asistencia que recibo (Ley 41/2002). Doy mi consentimiento libre e informado a un tratamiento de mesoterapia tal como se describe.`,
  templates: [
    {
      id: 'c0a5e7a1-3001-4c01-8a01-000000000001',
      besideId: 'c0a5e7a1-b301-4c01-8a01-000000000901',
      indication: 'cellulite',
      title: 'Consentimiento informado: mesoterapia para la celulitis',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia para la celulitis (el aspecto de «piel de naranja», sobre todo en muslos, glúteos y abdomen), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 10 a 15 sesiones, una por semana, seguidas de sesiones de mantenimiento aproximadamente una vez al mes.`,
      specific: `MESOTERAPIA DE LA CELULITIS: EFECTOS ESPERADOS
La mezcla suele buscar mejorar la microcirculación, el drenaje linfático y la firmeza de la piel. La celulitis tiene muchas causas (hormonales, genéticas, circulatorias, de peso); la mesoterapia mejora su aspecto en muchas personas pero no la cura, y la mejoría dura más con ejercicio regular, una alimentación equilibrada y sesiones de mantenimiento. Los puntos se reparten por toda la zona, separados de 1 a 2 cm.`,
      alternatives: `ejercicio y alimentación equilibrada, drenaje linfático manual, endermología, radiofrecuencia, ondas de choque`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-3002-4c02-8a02-000000000002',
      besideId: 'c0a5e7a1-b302-4c02-8a02-000000000902',
      indication: 'localized-fat',
      title: 'Consentimiento informado: mesoterapia para la adiposidad localizada',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia para la adiposidad localizada (por ejemplo, abdomen, flancos, cara interna de los muslos, brazos o papada), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 6 a 10 sesiones, una por semana, seguidas si conviene de sesiones de mantenimiento aproximadamente una vez al mes.`,
      specific: `MESOTERAPIA DE LA ADIPOSIDAD LOCALIZADA: EFECTOS ESPERADOS
La mezcla puede contener sustancias destinadas a ayudar al organismo a movilizar la grasa localmente (lipolíticos). La mesoterapia no es un tratamiento para adelgazar ni sustituye a la dieta y el ejercicio; está pensada para pequeños acúmulos que se resisten a ellos. La zona tratada puede hincharse y doler más que en otras indicaciones durante algunos días, y durante poco tiempo pueden notarse pequeños bultos duros. En algunos países la ley limita estas inyecciones (en Francia, el décret n° 2011-382 de 11 de abril de 2011 prohíbe la lisis adipocitaria con fines estéticos mediante inyección): el médico solo trata dentro de lo que permite la ley del país.`,
      alternatives: `ejercicio y alimentación adecuada, criolipólisis, radiofrecuencia, ultrasonidos focalizados, liposucción (cirugía)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-3003-4c03-8a03-000000000003',
      besideId: 'c0a5e7a1-b303-4c03-8a03-000000000903',
      indication: 'rejuvenation',
      title: 'Consentimiento informado: mesoterapia para el rejuvenecimiento cutáneo',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia de la cara, el cuello, el escote o el dorso de las manos para mejorar la hidratación, la luminosidad y la textura de la piel, para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 3 a 6 sesiones, cada dos semanas, seguidas de sesiones de mantenimiento cada uno o dos meses.`,
      specific: `MESOTERAPIA FACIAL: EFECTOS ESPERADOS
La mezcla suele contener ácido hialurónico no reticulado, vitaminas, aminoácidos y antioxidantes, inyectados de forma muy superficial (nappage o micropápulas) en muchos puntos. El objetivo es una piel más fresca e hidratada y unas arrugas finas más suaves; no tensa la piel ni sustituye a los rellenos ni a la cirugía. Las pequeñas pápulas y el enrojecimiento de la cara son frecuentes durante unas horas, y un hematoma alrededor de los ojos o la boca puede tardar una semana en desaparecer: programe las sesiones lejos de compromisos importantes.`,
      alternatives: `cosmética y fotoprotección, peelings, rellenos de ácido hialurónico reticulado o toxina botulínica, láser y luz pulsada`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-3004-4c04-8a04-000000000004',
      besideId: 'c0a5e7a1-b304-4c04-8a04-000000000904',
      indication: 'hair-loss',
      title: 'Consentimiento informado: mesoterapia capilar para la caída del cabello',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia del cuero cabelludo para la caída del cabello (alopecia), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 8 a 12 sesiones, cada dos semanas, seguidas de sesiones de mantenimiento aproximadamente una vez al mes.`,
      specific: `MESOTERAPIA CAPILAR: EFECTOS ESPERADOS
La mezcla suele contener vitaminas, aminoácidos y sustancias que favorecen el riego de los folículos pilosos, inyectados en el cuero cabelludo donde el cabello se aclara. Busca frenar la caída y fortalecer el cabello existente; no crea folículos nuevos donde se han perdido, y algunos tipos de alopecia no responden. El cabello crece despacio: los resultados se valoran a lo largo de meses, con fotografías del cuero cabelludo tomadas siempre de la misma manera. El cuero cabelludo puede estar sensible un día; no lave ni tiña el cabello en las 24 horas siguientes a una sesión.`,
      alternatives: `tratamientos tópicos (minoxidil) u orales prescritos por un médico, plasma rico en plaquetas (PRP), trasplante capilar`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-3005-4c05-8a05-000000000005',
      besideId: 'c0a5e7a1-b305-4c05-8a05-000000000905',
      indication: 'pain',
      title: 'Consentimiento informado: mesoterapia para el dolor',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia para el dolor de espalda, cuello, hombro, rodilla, codo, muñeca o cadera (las lesiones deportivas y las tendinopatías tienen su propio documento), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 4 a 8 sesiones, una por semana; solo si el dolor vuelve se hacen sesiones de mantenimiento, aproximadamente una vez al mes.`,
      specific: `MESOTERAPIA DEL DOLOR: EFECTOS ESPERADOS
La mezcla suele contener un anestésico local y sustancias antiinflamatorias o relajantes musculares, inyectadas en la piel sobre la zona dolorosa, para que dosis pequeñas actúen donde se necesitan. Se le pedirá que puntúe su dolor de 0 a 10 (escala EVA) antes y después de cada sesión para seguir el efecto. La mesoterapia alivia los síntomas; no sustituye al diagnóstico de la causa del dolor, a la fisioterapia ni a otros tratamientos que le aconseje su médico. Avise al médico si el dolor cambia de carácter, se extiende o se acompaña de hormigueo o debilidad.`,
      alternatives: `analgésicos y antiinflamatorios orales o tópicos, fisioterapia, infiltraciones, ortesis, reposo adecuado`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9306-4c06-8a06-000000000006',
      besideId: null,
      indication: 'wrinkles',
      title: 'Consentimiento informado: mesoterapia de las arrugas',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia de las líneas finas y arrugas de la cara y el cuello (por ejemplo de la frente, el contorno de los ojos, los surcos nasogenianos o el contorno de la boca), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 3 a 6 sesiones, cada dos semanas, seguidas de sesiones de mantenimiento cada uno o dos meses.`,
      specific: `MESOTERAPIA DE LAS ARRUGAS: EFECTOS ESPERADOS
La mezcla suele contener ácido hialurónico no reticulado, a veces con vitaminas, aminoácidos y antioxidantes, inyectados de forma muy superficial (pápulas o nappage) a lo largo de las arrugas y a su alrededor. El objetivo es una piel más hidratada y firme en la que las líneas finas se suavizan; los surcos profundos y las arrugas de expresión responden poco, y la mesoterapia no sustituye a los rellenos, la toxina botulínica ni la cirugía. Las pequeñas pápulas y el enrojecimiento son frecuentes durante unas horas, y un hematoma alrededor de los ojos o la boca puede tardar una semana en desaparecer: programe las sesiones lejos de compromisos importantes.`,
      alternatives: `cosmética y fotoprotección, peelings, rellenos de ácido hialurónico reticulado, toxina botulínica, láser y luz pulsada`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9307-4c07-8a07-000000000007',
      besideId: null,
      indication: 'stretch-marks',
      title: 'Consentimiento informado: mesoterapia de las estrías',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia de las estrías, por ejemplo en el abdomen, los muslos, los glúteos, las mamas o los flancos, para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 5 a 10 sesiones, cada dos semanas, seguidas si conviene de sesiones de mantenimiento cada uno o dos meses.`,
      specific: `MESOTERAPIA DE LAS ESTRÍAS: EFECTOS ESPERADOS
La mezcla suele contener ácido hialurónico no reticulado, vitaminas y aminoácidos, inyectados en las estrías y a lo largo de ellas. Las estrías recientes, rojas o violáceas, responden mejor que las antiguas y blancas. La mesoterapia puede hacerlas menos visibles y mejorar la textura de la piel, pero no las elimina. Evite el sol sobre las estrías tratadas durante el ciclo: puede oscurecerlas.`,
      alternatives: `cremas prescritas por un médico (algunas están contraindicadas en el embarazo), microneedling, peelings, láser fraccionado, radiofrecuencia`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9308-4c08-8a08-000000000008',
      besideId: null,
      indication: 'venous-lymphatic',
      title: 'Consentimiento informado: mesoterapia de la insuficiencia venosa y linfática',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia de las piernas pesadas e hinchadas por insuficiencia venosa o linfática (edema), para que pueda decidir libremente si desea realizarla. Antes, un médico debe haber explorado sus venas, a menudo con una ecografía Doppler, para descartar una trombosis u otra causa de la hinchazón (corazón, riñones, medicamentos). Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 8 a 10 sesiones, una por semana, seguidas de sesiones de mantenimiento aproximadamente una vez al mes.`,
      specific: `MESOTERAPIA DE LA INSUFICIENCIA VENOSA Y LINFÁTICA: EFECTOS ESPERADOS
La mezcla suele contener sustancias vasoactivas y drenantes (por ejemplo extractos vegetales, vitaminas o productos que actúan sobre los pequeños vasos), inyectadas en la piel de las piernas a lo largo del trayecto de venas y linfáticos. El objetivo es aliviar la pesadez, la hinchazón y las molestias; la mesoterapia no trata las varices en sí y no sustituye a las medias de compresión, a caminar ni al tratamiento que le indique su médico. Avise de inmediato al médico, o llame al 112, si una pierna se vuelve de repente dolorosa, caliente e hinchada, o si le falta el aire: pueden ser signos de una trombosis.`,
      alternatives: `medias de compresión, caminar y elevar las piernas, drenaje linfático manual, medicamentos venotónicos, tratamiento de las varices (escleroterapia, tratamiento endovenoso o quirúrgico)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9309-4c09-8a09-000000000009',
      besideId: null,
      indication: 'scars',
      title: 'Consentimiento informado: mesoterapia de las cicatrices',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia para mejorar el aspecto y la flexibilidad de las cicatrices (por ejemplo tras una cirugía, una herida o el acné), para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 3 a 6 sesiones, cada tres semanas, seguidas si conviene de una sesión cada dos meses.`,
      specific: `MESOTERAPIA DE LAS CICATRICES: EFECTOS ESPERADOS
La mezcla suele contener ácido hialurónico no reticulado, vitaminas y sustancias que favorecen la reparación de la piel, inyectados en la cicatriz y a su alrededor. Una cicatriz se trata cuando la herida está cerrada y la cicatriz es madura, habitualmente varios meses después. El objetivo es una cicatriz más flexible, más plana y menos visible; una cicatriz nunca desaparece del todo, y el resultado depende de su antigüedad, su tipo y su localización. En personas propensas a los queloides, las propias inyecciones pueden causar una cicatriz gruesa: informe al médico de cualquier tendencia de este tipo.`,
      alternatives: `geles o láminas de silicona, masaje, prendas de presoterapia, infiltraciones de corticoides, láser, microneedling, revisión quirúrgica`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9310-4c10-8a10-000000000010',
      besideId: null,
      indication: 'sports-injuries',
      title: 'Consentimiento informado: mesoterapia de las lesiones deportivas y tendinopatías',
      purpose: `OBJETO DE ESTE DOCUMENTO
Este documento le informa sobre la mesoterapia de las lesiones deportivas y de los tendones (tendinopatías), por ejemplo del tendón de Aquiles, la rodilla, el hombro o el codo, para que pueda decidir libremente si desea realizarla. Completa la información que se le ha dado verbalmente en la consulta.`,
      plan: `Un ciclo consta habitualmente de 3 a 6 sesiones, una por semana, y se detiene en cuanto se recuperan el dolor y la función.`,
      specific: `MESOTERAPIA DE LAS LESIONES DEPORTIVAS: EFECTOS ESPERADOS
La mezcla suele contener un anestésico local y sustancias antiinflamatorias o relajantes musculares, inyectadas en la piel sobre el tendón o el músculo doloroso, nunca dentro del tendón, para que dosis pequeñas actúen donde se necesitan. Se le pedirá que puntúe su dolor de 0 a 10 (escala EVA) antes y después de cada sesión. La mesoterapia alivia el dolor y puede ayudar a volver al deporte; no sustituye al diagnóstico de la lesión, al reposo de lo que provoca el dolor, a la rehabilitación ni a la fisioterapia. Avise al médico si el dolor cambia de carácter, o si nota un chasquido brusco o pérdida de fuerza.`,
      alternatives: `reposo relativo y entrenamiento adaptado, fisioterapia y ejercicios excéntricos, analgésicos y antiinflamatorios, ondas de choque, infiltraciones (por ejemplo de plasma rico en plaquetas), ortesis y, en algunos casos, cirugía`,
      offLabel: 'usual',
    },
  ],
};
