// Frozen with migration 8: shipped migrations are never edited, and import nothing but node: modules and
// the frozen helpers beside them (tests/electron/store/migrations.test.ts).

/**
 * The second edition of the starting consent templates, in each language: the sections every indication
 * shares, then one entry per indication. Compared with the first edition (migrations 5 and 7), every text
 * has: the plan of a course for its indication (and the new cycle after about six months), a section on
 * medicinal products used outside their licence (usual for the indication, or only where a medicinal
 * product is added to a medical device), the full list of risks (atypical mycobacterial infection, skin
 * necrosis, scarring, vasovagal reaction, reactions to lidocaine...), the alternatives, the screening as
 * it is asked now, aftercare that says what the session form's aftercare phrases say (make-up and
 * massage 24 h, sauna and sport 24 h, sun 48 h, call beyond 48 h), a section on photographs, and a
 * declaration without the photographs: the patient answers that question on its own.
 */
export type TemplateTexts8 = {
  language: 'en' | 'fr' | 'it' | 'es' | 'pt-BR';
  /** Who created the shipped templates, as the template list shows it. */
  author: string;
  procedure: string;
  /** The course section; `{plan}` is replaced by the indication's plan sentence. */
  course: string;
  offLabel: { usual: string; possible: string };
  risks: string;
  alternatives: { heading: string; intro: string; outro: string };
  contraindications: string;
  aftercare: string;
  photographs: string;
  dataProtection: string;
  declaration: string;
  templates: readonly {
    /** The first-edition template this text is version 2 of, or a new template (indications without one). */
    id: string;
    /**
     * For a first-edition template: the id this edition ships under, as a template of its own beside it,
     * when the clinic has edited the first edition (its edit stays the current version). Null for a new template.
     */
    besideId: string | null;
    indication: string;
    title: string;
    purpose: string;
    plan: string;
    specific: string;
    alternatives: string;
    offLabel: 'usual' | 'possible';
  }[];
};

/** The text a patient reads, sections in reading order. */
export function templateBody8(lang: TemplateTexts8, t: TemplateTexts8['templates'][number]): string {
  return [
    t.purpose,
    lang.procedure,
    lang.course.replace('{plan}', t.plan),
    t.specific,
    lang.offLabel[t.offLabel],
    lang.risks,
    `${lang.alternatives.heading}\n${lang.alternatives.intro}${t.alternatives}${lang.alternatives.outro}`,
    lang.contraindications,
    lang.aftercare,
    lang.photographs,
    lang.dataProtection,
    lang.declaration,
  ].join('\n\n');
}
