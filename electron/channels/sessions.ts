import { sessionWithAmendments } from '../../shared/amendments.ts';
import type { SESSION_CHANNELS } from '../../shared/channels/sessions.ts';
import { isAfterToday, sessionInFutureError } from '../../shared/clinicDay.ts';
import { ApiError, notFound } from '../../shared/errors.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';
import { checkAmendedPointsAgainstSettings, checkPointsAgainstSettings } from './pointChecks.ts';
import { todayAtClinic } from './todayAtClinic.ts';

/** Sessions: drafts from the settings' defaults, charts checked against the settings, signing, amendments. */
export function sessionChannels(ctx: Pick<ChannelContext, 'store' | 'settings' | 'actor' | 'now'>): ChannelHandlers<typeof SESSION_CHANNELS> {
  return {
    listSessions: ({ patientId }) => ctx.store().listSessions(patientId),
    getSession: async ({ id }) => {
      const session = await ctx.store().getSession(id, ctx.actor());
      if (!session) throw notFound('session', id);
      return session;
    },
    createSession: (input) => {
      const s = ctx.settings();
      const defaults = { defaultTechnique: s.defaults.technique, defaultNeedle: s.defaults.needle, injector: { kind: 'single' as const } };
      return ctx.store().createSession(input, defaults, ctx.actor());
    },
    saveSession: ({ id, fields, points, madeBy }) => {
      const actor = ctx.actor();
      // Edits made before a lock are never saved in the name of whoever unlocked after it.
      if (madeBy !== undefined && madeBy !== actor.id) throw new ApiError({ code: 'conflict', field: 'madeBy', reason: 'other-practitioner' });
      checkPointsAgainstSettings(points, ctx.settings());
      return ctx.store().saveSession(id, fields, points, actor);
    },
    signSession: async ({ id }) => {
      // A session dated after today (in the clinic's zone) has not been held: it cannot be signed yet.
      const session = await ctx.store().getSession(id);
      const today = todayAtClinic(ctx.settings(), ctx.now?.());
      if (session && isAfterToday(session.date, today)) throw sessionInFutureError(session.date, today);
      return ctx.store().signSession(id, ctx.actor());
    },
    amendSession: async ({ id, reason, fields, points }) => {
      if (points) {
        const session = await ctx.store().getSession(id);
        if (!session) throw notFound('session', id);
        checkAmendedPointsAgainstSettings(points, sessionWithAmendments(session).points, ctx.settings());
      }
      return ctx.store().amendSession(id, { reason, fields, points }, ctx.actor());
    },
    acknowledgeContraindications: ({ sessionId }) => ctx.store().acknowledgeContraindications(sessionId, ctx.actor()),
  };
}
