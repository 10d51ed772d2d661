// Frozen with migration 8: shipped migrations are never edited, and import nothing but node: modules and
// the frozen helpers beside them (tests/electron/store/migrations.test.ts).
import type { TemplateTexts8 } from './008-templateTexts.ts';

/** The second edition of the starting consent templates in pt-BR (see 009-templateTexts.ts); sources in docs/clinical-sources.md, "Consent content and risks". */
export const TEXTS_8_PTBR: TemplateTexts8 = {
  language: 'pt-BR',
  author: 'MesoChart (modelo inicial, 2ª edição)',
  procedure: `O QUE É A MESOTERAPIA
A mesoterapia (intradermoterapia) consiste em microinjeções de pequenas quantidades de medicamentos ou substâncias ativas na pele (derme) e, em algumas técnicas, logo abaixo dela, perto da área a tratar, com uma agulha bem fina ou com um multi-injetor de várias agulhas. A profundidade depende da técnica: menos de 1 mm nas mais superficiais (intraepidérmica, nappage), poucos milímetros nas pápulas, nas injeções intradérmicas superficiais ou profundas e no ponto a ponto, e mais apenas nos pontos profundos. O produto é um pequeno volume de uma ou mais substâncias diluídas em soro fisiológico estéril (a mistura, ou “blend”), às vezes com um anestésico local como a lidocaína. O material é estéril e descartável; a pele é desinfetada antes das aplicações. Cada sessão dura cerca de 15 a 20 minutos.`,
  course: `O TRATAMENTO
{plan} Os resultados costumam ser avaliados a partir da terceira sessão; variam de pessoa para pessoa e não podem ser garantidos. Como o efeito diminui com o tempo, um novo ciclo pode ser proposto cerca de seis meses após o anterior. Você pode interromper o tratamento a qualquer momento.`,
  offLabel: {
    usual: `MEDICAMENTOS USADOS FORA DA BULA (“OFF-LABEL”)
A maioria dos medicamentos de uma mistura de mesoterapia para esta indicação (por exemplo anti-inflamatórios, relaxantes musculares, substâncias vasoativas ou lipolíticas, vitaminas, lidocaína) é registrada para outra via de administração ou outro uso, e não para aplicação na pele nesta indicação. Esse uso é permitido sob a responsabilidade do profissional, mas é “off-label” (fora da bula): o que se sabe dele vem da experiência clínica e de estudos publicados, não do registro do produto, e a bula do fabricante não o cobre. O profissional informa quais produtos usa, por quê e o que se sabe sobre eles; cada produto e seu número de lote ficam registrados no seu prontuário.`,
    possible: `MEDICAMENTOS USADOS FORA DA BULA (“OFF-LABEL”)
Os produtos geralmente aplicados nesta indicação (como o ácido hialurônico não reticulado) são dispositivos médicos destinados à aplicação na pele. Se o profissional acrescentar um medicamento à mistura (por exemplo uma vitamina ou lidocaína), ele costuma ser registrado para outra via de administração e não para este uso: é então usado “off-label”, o que é permitido sob a responsabilidade do profissional, com base na experiência clínica e em estudos publicados, e não no registro do produto. O profissional informa se isso se aplica, quais produtos usa e por quê; cada produto e seu número de lote ficam registrados no seu prontuário.`,
  },
  risks: `EFEITOS ADVERSOS E RISCOS
A maioria das reações é leve e desaparece em algumas horas ou poucos dias:
- pequenas pápulas (elevações da pele) nos pontos de aplicação;
- hematomas (manchas roxas), mais prováveis se você tem tendência a hematomas ou usa medicamentos que afinam o sangue;
- sensação de ardor ou queimação durante e logo após as aplicações;
- vermelhidão (eritema), leve inchaço (edema) e coceira na área tratada;
- sensibilidade dolorosa da área por um ou dois dias.
Complicações menos frequentes ou raras:
- mal-estar ou desmaio durante ou logo após as aplicações (reação vasovagal): você é tratado(a) deitado(a) ou sentado(a) e observado(a) até se sentir bem;
- reação alérgica a um produto, desde uma erupção local até, muito raramente, uma reação generalizada (urticária, inchaço do rosto, falta de ar) que exige tratamento de urgência;
- reação à lidocaína, quando usada: alergia ou, em doses mais altas, tontura, formigamento ao redor da boca, gosto metálico, palpitações e, muito raramente, alterações do ritmo cardíaco ou convulsões;
- infecção em um ponto de aplicação, inclusive infecção por micobactérias atípicas: nódulos vermelhos e doloridos ou pequenos abscessos que podem surgir semanas ou meses após uma sessão e exigem tratamento longo com antibióticos, às vezes drenagem;
- pequenos nódulos firmes ou granulomas sob a pele, que podem durar algumas semanas;
- alteração duradoura da cor da pele (manchas mais escuras ou mais claras);
- necrose da pele (morte de uma pequena área de pele), muito rara, que cicatriza devagar e pode deixar cicatriz;
- cicatrizes nos pontos de aplicação e, em pessoas predispostas, cicatrizes grossas (hipertróficas ou queloides).
Avise imediatamente o profissional se notar dor que aumenta, calor, pus, febre, manchas que se espalham, um caroço que cresce ou aparece semanas depois, uma área de pele escura ou com bolhas, ou falta de ar.`,
  alternatives: { heading: 'ALTERNATIVAS', intro: `Existem outros tratamentos, isolados ou associados: `, outro: `. Você também pode optar por não tratar.` },
  contraindications: `CONTRAINDICAÇÕES E PRECAUÇÕES
Antes de cada sessão, as perguntas abaixo serão repetidas. Informe o profissional se alguma delas se aplica a você ou passar a se aplicar durante o tratamento:
- gravidez ou intenção de engravidar; amamentação;
- câncer atual ou anterior;
- anticoagulantes orais, antiagregantes plaquetários (por exemplo AAS ou clopidogrel) ou injeções de heparina; distúrbios de coagulação;
- alergia conhecida a algum produto da mistura ou a um anestésico local (como a lidocaína);
- infecção ou inflamação da pele na área a tratar; no rosto, herpes labial;
- diabetes descompensado, doença autoimune, imunossupressão (inclusive por medicamentos);
- doença cardíaca, quando for usada lidocaína;
- tendência a cicatrizes grossas ou queloides;
- idade abaixo de 18 anos.
Informe também o profissional sobre todos os medicamentos que você usa, inclusive os vendidos sem receita e os fitoterápicos.`,
  aftercare: `CUIDADOS APÓS A SESSÃO
Por 24 horas: não aplique maquiagem nem cremes nos pontos de aplicação; evite sauna, banhos quentes, piscina, exercícios intensos e esporte; não massageie a área tratada. Por 48 horas evite sol e bronzeamento artificial na área tratada. Mantenha a área limpa. Hematomas ou inchaço leve podem ser aliviados com compressa fria envolta em um pano. Ligue para a clínica se a vermelhidão ou o inchaço durarem mais de 48 horas, e imediatamente diante de qualquer um dos sinais descritos em efeitos adversos e riscos.`,
  photographs: `FOTOGRAFIAS
Fotografias padronizadas da área tratada ajudam a acompanhar os resultados. Elas só são feitas com a sua autorização: a pergunta é feita à parte, e a sua resposta fica registrada com este termo. Você pode recusar, ou retirar a autorização depois, sem nenhuma consequência para o seu tratamento. As fotografias ficam guardadas no seu prontuário e nunca são divulgadas nem mostradas a terceiros sem a sua autorização por escrito em separado.`,
  dataProtection: `PROTEÇÃO DE DADOS
Os dados coletados (prontuário, questionário de contraindicações, fotografias se você autorizar, assinaturas) ficam guardados no seu prontuário, sob sigilo profissional, e são tratados conforme a Lei Geral de Proteção de Dados (LGPD, Lei nº 13.709/2018), apenas para o seu atendimento. Você pode solicitar acesso, correção e os demais direitos do titular junto à clínica.`,
  declaration: `DECLARAÇÃO
Li este termo, ou ele foi lido para mim. Pude fazer perguntas e elas foram respondidas com clareza. Fui informado(a) sobre as alternativas, sobre o uso de medicamentos fora da bula quando se aplica e sobre os riscos descritos acima. Respondi com sinceridade ao questionário de contraindicações e confirmo as respostas anexas a este termo. Sei que posso retirar meu consentimento a qualquer momento, sem precisar justificar, e que isso não prejudica o atendimento que vou receber. Autorizo, de forma livre e esclarecida, a realização de mesoterapia conforme descrito acima.`,
  templates: [
    {
      id: 'c0a5e7a1-4001-4c01-8a01-000000000001',
      besideId: 'c0a5e7a1-b401-4c01-8a01-000000000901',
      indication: 'cellulite',
      title: 'Termo de consentimento: mesoterapia para celulite',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para celulite (o aspecto de “casca de laranja” da pele, mais comum em coxas, glúteos e abdome), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 10 a 15 sessões, uma por semana, seguidas de sessões de manutenção cerca de uma vez por mês.`,
      specific: `MESOTERAPIA PARA CELULITE: RESULTADOS ESPERADOS
A mistura costuma ter como objetivo melhorar a microcirculação, a drenagem linfática e a firmeza da pele. A celulite tem muitas causas (hormonais, genéticas, circulatórias, de peso); a mesoterapia melhora seu aspecto em muitas pessoas, mas não a cura, e a melhora dura mais com atividade física regular, alimentação equilibrada e sessões de manutenção. Os pontos são distribuídos por toda a área, com 1 a 2 cm de distância entre si.`,
      alternatives: `atividade física e reeducação alimentar, drenagem linfática manual, endermoterapia, radiofrequência, ondas de choque`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-4002-4c02-8a02-000000000002',
      besideId: 'c0a5e7a1-b402-4c02-8a02-000000000902',
      indication: 'localized-fat',
      title: 'Termo de consentimento: mesoterapia para gordura localizada',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para gordura localizada (por exemplo, abdome, flancos, parte interna das coxas, braços ou papada), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 6 a 10 sessões, uma por semana, seguidas quando útil de sessões de manutenção cerca de uma vez por mês.`,
      specific: `MESOTERAPIA PARA GORDURA LOCALIZADA: RESULTADOS ESPERADOS
A mistura pode conter substâncias que ajudam o organismo a mobilizar a gordura no local (lipolíticos). A mesoterapia não é um tratamento para emagrecer e não substitui dieta e exercícios; destina-se a pequenos acúmulos que resistem a eles. A área tratada pode ficar mais inchada e dolorida do que em outras indicações por alguns dias, e pequenos nódulos endurecidos podem ser sentidos por pouco tempo. Em alguns países a lei restringe essas aplicações (na França, o décret n° 2011-382 de 11 de abril de 2011 proíbe a lise de adipócitos com finalidade estética por injeção): o profissional só trata dentro do que a lei do país permite.`,
      alternatives: `atividade física e alimentação adequada, criolipólise, radiofrequência, ultrassom focalizado, lipoaspiração (cirurgia)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-4003-4c03-8a03-000000000003',
      besideId: 'c0a5e7a1-b403-4c03-8a03-000000000903',
      indication: 'rejuvenation',
      title: 'Termo de consentimento: mesoterapia para rejuvenescimento da pele',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia do rosto, pescoço, colo ou dorso das mãos para melhorar a hidratação, o viço e a textura da pele, para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 3 a 6 sessões, a cada duas semanas, seguidas de sessões de manutenção a cada um ou dois meses.`,
      specific: `MESOTERAPIA FACIAL: RESULTADOS ESPERADOS
A mistura costuma conter ácido hialurônico não reticulado, vitaminas, aminoácidos e antioxidantes, aplicados de forma bem superficial (nappage ou micropápulas) em muitos pontos. O objetivo é uma pele mais viçosa e hidratada e linhas finas suavizadas; não levanta a pele nem substitui preenchedores ou cirurgia. Pequenas pápulas e vermelhidão no rosto são comuns por algumas horas, e um hematoma ao redor dos olhos ou da boca pode levar uma semana para sumir: marque as sessões longe de compromissos importantes.`,
      alternatives: `cosméticos e fotoproteção, peelings, preenchimento com ácido hialurônico reticulado ou toxina botulínica, laser e luz intensa pulsada`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-4004-4c04-8a04-000000000004',
      besideId: 'c0a5e7a1-b404-4c04-8a04-000000000904',
      indication: 'hair-loss',
      title: 'Termo de consentimento: mesoterapia capilar para queda de cabelo',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia do couro cabeludo para queda de cabelo (alopecia), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 8 a 12 sessões, a cada duas semanas, seguidas de sessões de manutenção cerca de uma vez por mês.`,
      specific: `MESOTERAPIA CAPILAR: RESULTADOS ESPERADOS
A mistura costuma conter vitaminas, aminoácidos e substâncias que favorecem a irrigação dos folículos capilares, aplicadas no couro cabeludo onde o cabelo está rareando. Ela busca reduzir a queda e fortalecer os fios existentes; não cria novos folículos onde eles se perderam, e alguns tipos de alopecia não respondem. O cabelo cresce devagar: os resultados são avaliados ao longo de meses, com fotografias do couro cabeludo feitas sempre da mesma forma. O couro cabeludo pode ficar sensível por um dia; não lave nem tinja o cabelo nas 24 horas após a sessão.`,
      alternatives: `tratamentos tópicos (minoxidil) ou orais prescritos por médico, plasma rico em plaquetas (PRP), transplante capilar`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-4005-4c05-8a05-000000000005',
      besideId: 'c0a5e7a1-b405-4c05-8a05-000000000905',
      indication: 'pain',
      title: 'Termo de consentimento: mesoterapia para dor',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para dor nas costas, pescoço, ombro, joelho, cotovelo, punho ou quadril (lesões esportivas e tendinopatias têm um termo próprio), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 4 a 8 sessões, uma por semana; sessões de manutenção, cerca de uma vez por mês, só são feitas se a dor voltar.`,
      specific: `MESOTERAPIA PARA DOR: RESULTADOS ESPERADOS
A mistura costuma conter um anestésico local e substâncias anti-inflamatórias ou relaxantes musculares, aplicadas na pele sobre a região dolorida, para que pequenas doses ajam onde são necessárias. Você dará uma nota de 0 a 10 para sua dor (escala EVA) antes e depois de cada sessão, para acompanhar o efeito. A mesoterapia alivia os sintomas; não substitui o diagnóstico da causa da dor, a fisioterapia ou outros tratamentos indicados pelo seu médico. Avise o profissional se a dor mudar de característica, se espalhar ou vier acompanhada de formigamento ou fraqueza.`,
      alternatives: `analgésicos e anti-inflamatórios por via oral ou tópica, fisioterapia, infiltrações, órteses, repouso adequado`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9406-4c06-8a06-000000000006',
      besideId: null,
      indication: 'wrinkles',
      title: 'Termo de consentimento: mesoterapia para rugas',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para linhas finas e rugas do rosto e do pescoço (por exemplo da testa, ao redor dos olhos, dos sulcos nasogenianos ou ao redor da boca), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 3 a 6 sessões, a cada duas semanas, seguidas de sessões de manutenção a cada um ou dois meses.`,
      specific: `MESOTERAPIA PARA RUGAS: RESULTADOS ESPERADOS
A mistura costuma conter ácido hialurônico não reticulado, às vezes com vitaminas, aminoácidos e antioxidantes, aplicados de forma bem superficial (pápulas ou nappage) ao longo das rugas e ao redor delas. O objetivo é uma pele mais hidratada e firme, com linhas finas suavizadas; sulcos profundos e rugas de expressão respondem pouco, e a mesoterapia não substitui preenchedores, toxina botulínica ou cirurgia. Pequenas pápulas e vermelhidão são comuns por algumas horas, e um hematoma ao redor dos olhos ou da boca pode levar uma semana para sumir: marque as sessões longe de compromissos importantes.`,
      alternatives: `cosméticos e fotoproteção, peelings, preenchimento com ácido hialurônico reticulado, toxina botulínica, laser e luz intensa pulsada`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9407-4c07-8a07-000000000007',
      besideId: null,
      indication: 'stretch-marks',
      title: 'Termo de consentimento: mesoterapia para estrias',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para estrias, por exemplo no abdome, coxas, glúteos, mamas ou flancos, para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 5 a 10 sessões, a cada duas semanas, seguidas quando útil de sessões de manutenção a cada um ou dois meses.`,
      specific: `MESOTERAPIA PARA ESTRIAS: RESULTADOS ESPERADOS
A mistura costuma conter ácido hialurônico não reticulado, vitaminas e aminoácidos, aplicados nas estrias e ao longo delas. Estrias recentes, vermelhas ou arroxeadas, respondem melhor do que as antigas e brancas. A mesoterapia pode torná-las menos visíveis e melhorar a textura da pele, mas não as elimina. Evite sol sobre as estrias tratadas durante o protocolo: ele pode escurecê-las.`,
      alternatives: `cremes prescritos por médico (alguns são proibidos na gravidez), microagulhamento, peelings, laser fracionado, radiofrequência`,
      offLabel: 'possible',
    },
    {
      id: 'c0a5e7a1-9408-4c08-8a08-000000000008',
      besideId: null,
      indication: 'venous-lymphatic',
      title: 'Termo de consentimento: mesoterapia para insuficiência venosa e linfática',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para pernas pesadas e inchadas por insuficiência venosa ou linfática (edema), para que você possa decidir livremente se deseja realizá-la. Antes, um médico deve ter examinado suas veias, muitas vezes com ultrassom Doppler, para afastar uma trombose ou outra causa do inchaço (coração, rins, medicamentos). Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 8 a 10 sessões, uma por semana, seguidas de sessões de manutenção cerca de uma vez por mês.`,
      specific: `MESOTERAPIA PARA INSUFICIÊNCIA VENOSA E LINFÁTICA: RESULTADOS ESPERADOS
A mistura costuma conter substâncias vasoativas e drenantes (por exemplo extratos vegetais, vitaminas ou produtos que agem nos pequenos vasos), aplicadas na pele das pernas ao longo do trajeto das veias e dos vasos linfáticos. O objetivo é aliviar o peso, o inchaço e o desconforto; a mesoterapia não trata as varizes em si e não substitui as meias de compressão, a caminhada ou o tratamento indicado pelo seu médico. Avise imediatamente o profissional, ou ligue para o 192, se uma perna ficar de repente dolorida, quente e inchada, ou se sentir falta de ar: podem ser sinais de trombose.`,
      alternatives: `meias de compressão, caminhada e elevação das pernas, drenagem linfática manual, medicamentos venotônicos, tratamento das varizes (escleroterapia, tratamento endovenoso ou cirúrgico)`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9409-4c09-8a09-000000000009',
      besideId: null,
      indication: 'scars',
      title: 'Termo de consentimento: mesoterapia para cicatrizes',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para melhorar o aspecto e a flexibilidade de cicatrizes (por exemplo após cirurgia, ferimento ou acne), para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 3 a 6 sessões, a cada três semanas, seguidas quando útil de uma sessão a cada dois meses.`,
      specific: `MESOTERAPIA PARA CICATRIZES: RESULTADOS ESPERADOS
A mistura costuma conter ácido hialurônico não reticulado, vitaminas e substâncias que favorecem a reparação da pele, aplicados na cicatriz e ao redor dela. A cicatriz é tratada depois que a ferida fechou e a cicatriz amadureceu, em geral alguns meses depois. O objetivo é uma cicatriz mais macia, mais plana e menos visível; uma cicatriz nunca desaparece por completo, e o resultado depende da idade, do tipo e do local da cicatriz. Em pessoas com tendência a queloides, as próprias aplicações podem causar uma cicatriz grossa: informe o profissional sobre qualquer tendência desse tipo.`,
      alternatives: `géis ou placas de silicone, massagem, malhas compressivas, infiltração de corticoide, laser, microagulhamento, revisão cirúrgica`,
      offLabel: 'usual',
    },
    {
      id: 'c0a5e7a1-9410-4c10-8a10-000000000010',
      besideId: null,
      indication: 'sports-injuries',
      title: 'Termo de consentimento: mesoterapia para lesões esportivas e tendinopatias',
      purpose: `OBJETIVO DESTE TERMO
Este termo de consentimento livre e esclarecido explica a mesoterapia para lesões esportivas e doenças dos tendões (tendinopatias), por exemplo do tendão de Aquiles, do joelho, do ombro ou do cotovelo, para que você possa decidir livremente se deseja realizá-la. Ele complementa as informações dadas verbalmente na consulta.`,
      plan: `Um protocolo costuma ter de 3 a 6 sessões, uma por semana, e é interrompido assim que a dor e a função se recuperam.`,
      specific: `MESOTERAPIA PARA LESÕES ESPORTIVAS: RESULTADOS ESPERADOS
A mistura costuma conter um anestésico local e substâncias anti-inflamatórias ou relaxantes musculares, aplicadas na pele sobre o tendão ou o músculo dolorido, nunca dentro do próprio tendão, para que pequenas doses ajam onde são necessárias. Você dará uma nota de 0 a 10 para sua dor (escala EVA) antes e depois de cada sessão. A mesoterapia alivia a dor e pode ajudar a volta ao esporte; não substitui o diagnóstico da lesão, o repouso do que provoca a dor, a reabilitação ou a fisioterapia. Avise o profissional se a dor mudar de característica, ou se sentir um estalo repentino ou perda de força.`,
      alternatives: `repouso relativo e treino adaptado, fisioterapia e exercícios excêntricos, analgésicos e anti-inflamatórios, ondas de choque, infiltrações (por exemplo de plasma rico em plaquetas), órteses e, em alguns casos, cirurgia`,
      offLabel: 'usual',
    },
  ],
};
