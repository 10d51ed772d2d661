import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { note, requiredLine } from './text.ts';

/**
 * A practitioner's registration with the medical register of their country, printed on every record
 * beside their qualification. Each register is written as its country writes it (sources in
 * docs/clinical-sources.md, "Registration of practitioners"):
 * - France: RPPS (Répertoire partagé des professionnels de santé), an 11-digit number;
 * - Italy: iscrizione all'Albo dell'Ordine dei Medici Chirurghi e degli Odontoiatri of a province
 *   (the province's two-letter code, e.g. RM) and the number in that register;
 * - Spain: número de colegiado of the Colegio Oficial de Médicos, 9 digits whose first two are the
 *   province's code (01–52);
 * - Portugal: número de cédula profissional of the Ordem dos Médicos;
 * - Brazil: CRM (Conselho Regional de Medicina) of a state (its UF, e.g. SP) and the number;
 * - another register: its name and the number as written.
 * A format is checked where the register has one; a refusal names the field it is about.
 */

export const REGISTERS = ['rpps', 'ordine', 'colegiado', 'cedula', 'crm', 'other'] as const;
export type Register = (typeof REGISTERS)[number];

/** The 27 federative units of Brazil, each with its own CRM. */
const BRAZIL_UF = ['AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO'] as const;

/** Digits only, as typed with spaces or dots between groups ("101 0123 4567"). */
const digits = z.string().transform((s) => s.replace(/[\s.\-/]/g, ''));
/** A code as typed ("rm ") in capitals. */
const code = z.string().transform((s) => s.trim().toLocaleUpperCase('en'));

/** The refusal of a number not written as its register writes it: `reason` says what was expected. */
function digitsRule(min: number, max: number) {
  return digits.superRefine((value, ctx) => {
    if (value === '') ctx.addIssue({ code: 'custom', params: { reason: 'required' } });
    else if (!/^\d+$/.test(value)) ctx.addIssue({ code: 'custom', params: { reason: 'digits-only' } });
    else if (min === max && value.length !== min) ctx.addIssue({ code: 'custom', params: { reason: 'digit-count', digits: min } });
    else if (value.length < min || value.length > max) ctx.addIssue({ code: 'custom', params: { reason: 'digit-count-range', minimum: min, maximum: max } });
  });
}

const rpps = z.object({ register: z.literal('rpps'), number: digitsRule(11, 11) }).strict();

const ordine = z
  .object({
    register: z.literal('ordine'),
    /** The province's two-letter code (sigla), whose Ordine keeps the register. */
    province: code.superRefine((value, ctx) => {
      if (!/^[A-Z]{2}$/.test(value)) ctx.addIssue({ code: 'custom', params: { reason: 'province-code' } });
    }),
    number: digitsRule(1, 6),
  })
  .strict();

const colegiado = z
  .object({
    register: z.literal('colegiado'),
    number: digitsRule(9, 9).superRefine((value, ctx) => {
      if (!/^\d{9}$/.test(value)) return;
      const province = Number(value.slice(0, 2));
      if (province < 1 || province > 52) ctx.addIssue({ code: 'custom', params: { reason: 'colegiado-province' } });
    }),
  })
  .strict();

const cedula = z.object({ register: z.literal('cedula'), number: digitsRule(1, 6) }).strict();

const crm = z
  .object({
    register: z.literal('crm'),
    /** The state (UF) whose Conselho Regional keeps the register. */
    state: code
      .superRefine((value, ctx) => {
        if (!(BRAZIL_UF as readonly string[]).includes(value)) ctx.addIssue({ code: 'custom', params: { reason: 'uf-code' } });
      })
      .pipe(z.enum(BRAZIL_UF)),
    number: digitsRule(1, 7),
  })
  .strict();

const other = z.object({ register: z.literal('other'), registerName: requiredLine(80), number: requiredLine(40) }).strict();

export const registrationSchema = z.discriminatedUnion('register', [rpps, ordine, colegiado, cedula, crm, other]);
export type Registration = z.output<typeof registrationSchema>;

/** The qualification printed under the name: "Médecin, DIU de mésothérapie". */
const qualificationSchema = note(200);

/** The unlocked practitioner's own registration and qualification, as the practitioners panel saves them. */
export const practitionerRegistrationSchema = z
  .object({ registration: registrationSchema.nullable(), qualification: qualificationSchema })
  .strict();

/** Where a register's region (province, state, register's name) is kept, for those that have one. */
export function registrationRegion(r: Registration): string | null {
  return r.register === 'ordine' ? r.province : r.register === 'crm' ? r.state : r.register === 'other' ? r.registerName : null;
}

/** A registration read back from its stored parts; null when they are not one (refused, not trusted). */
export function registrationFromParts(register: string | null, region: string | null, number: string | null): Registration | null {
  if (register === null || number === null) return null;
  const parts =
    register === 'ordine' ? { register, province: region, number } : register === 'crm' ? { register, state: region, number } : register === 'other' ? { register, registerName: region, number } : { register, number };
  const parsed = registrationSchema.safeParse(parts);
  return parsed.success ? parsed.data : null;
}

/** "RPPS 10101234567", "CRM-SP 123456": the registration as the record prints it, in the record's language. */
function registrationText(t: TFunction<Namespace>, r: Registration): string {
  const say = t as unknown as (key: string, params: Record<string, string>) => string;
  return say(`access:registration.line.${r.register}`, { number: r.number, region: registrationRegion(r) ?? '' });
}

/** The register's name, for the choice in the practitioners panel. */
export function registerLabel(t: TFunction<Namespace>, register: Register): string {
  return (t as unknown as (key: string) => string)(`access:registration.register.${register}`);
}

/** "Dr Élodie Brühl — Médecin, DIU de mésothérapie — RPPS 10101234567": a practitioner as records name them. */
export function practitionerCredentials(t: TFunction<Namespace>, p: { qualification: string; registration: Registration | null }): string {
  return [p.qualification.trim(), p.registration ? registrationText(t, p.registration) : ''].filter(Boolean).join(' · ');
}
