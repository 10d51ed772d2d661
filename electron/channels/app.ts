import type { APP_CHANNELS } from '../../shared/channels/app.ts';
import { ApiError } from '../../shared/errors.ts';
import { settingsProblem, type Settings } from '../../shared/settings.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/** The application and its preferences. */
export function appChannels(ctx: Pick<ChannelContext, 'settings' | 'settingsPort' | 'actor' | 'appInfo'>): ChannelHandlers<typeof APP_CHANNELS> {
  return {
    appInfo: () => {
      const { language, timeZone } = ctx.settings();
      return { ...ctx.appInfo(), language: language ?? null, timeZone: timeZone ?? null };
    },
    // The practitioner is the unlocked one, whatever an older settings file says.
    getSettings: () => ({ ...ctx.settings(), practitionerName: ctx.actor().name }),
    updateSettings: (patch) => {
      const next = { ...ctx.settings(), ...patch } as Settings;
      const problem = settingsProblem(next);
      if (problem) throw new ApiError({ code: 'invalid-input', ...problem });
      return ctx.settingsPort.update(patch as Partial<Settings>);
    },
  };
}
