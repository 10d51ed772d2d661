import type { PATIENT_CHANNELS } from '../../shared/channels/patients.ts';
import { notFound } from '../../shared/errors.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/** Patients: the list, one patient, their identity and screening, archiving. */
export function patientChannels(ctx: Pick<ChannelContext, 'store' | 'actor'>): ChannelHandlers<typeof PATIENT_CHANNELS> {
  return {
    listPatients: (query) => ctx.store().listPatients(query),
    getPatient: async ({ id }) => {
      // Opened by the unlocked practitioner: audited ('patient.view').
      const patient = await ctx.store().getPatient(id, ctx.actor());
      if (!patient) throw notFound('patient', id);
      return patient;
    },
    createPatient: (fields) => ctx.store().createPatient(fields, ctx.actor()),
    updatePatient: ({ id, fields }) => ctx.store().updatePatient(id, fields, ctx.actor()),
    setPatientArchived: ({ id, archived }) => ctx.store().setPatientArchived(id, archived, ctx.actor()),
    listPatientHistory: ({ patientId }) => ctx.store().listPatientHistory(patientId),
  };
}
