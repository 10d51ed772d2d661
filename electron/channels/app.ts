import type { APP_CHANNELS } from '../../shared/channels/app.ts';
import { ApiError } from '../../shared/errors.ts';
import { settingsProblem, type Settings } from '../../shared/settings.ts';
import { settingsChanges } from '../../shared/settingsChanges.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/** The application and its preferences. */
export function appChannels(ctx: Pick<ChannelContext, 'settings' | 'settingsPort' | 'actor' | 'appInfo' | 'store'>): ChannelHandlers<typeof APP_CHANNELS> {
  return {
    appInfo: () => {
      const { language, timeZone } = ctx.settings();
      return { ...ctx.appInfo(), language: language ?? null, timeZone: timeZone ?? null };
    },
    // The practitioner is the unlocked one, whatever an older settings file says.
    getSettings: () => ({ ...ctx.settings(), practitionerName: ctx.actor().name }),
    updateSettings: async (patch) => {
      const before = ctx.settings();
      const next = { ...before, ...patch } as Settings;
      const problem = settingsProblem(next);
      if (problem) throw new ApiError({ code: 'invalid-input', ...problem });
      const saved = ctx.settingsPort.update(patch as Partial<Settings>);
      // Who changed which preference, from what to what (only the keys that changed); nothing when none did.
      const changes = settingsChanges(before, saved);
      if (Object.keys(changes).length > 0) {
        await ctx.store().auditRecordOutput({ action: 'settings.update', entity: 'settings', entityId: 'preferences', detail: { changes } }, ctx.actor());
      }
      return saved;
    },
  };
}
