import type { z } from 'zod';
import type { ApiResult } from './errors.ts';
import type { ChannelName } from './channelNames.ts';
import { ACCESS_CHANNELS } from './channels/access.ts';
import { ADVERSE_EVENT_CHANNELS } from './channels/adverseEvents.ts';
import { APP_CHANNELS } from './channels/app.ts';
import { BACKUP_CHANNELS } from './channels/backups.ts';
import { CATALOGUE_CHANNELS } from './channels/catalogue.ts';
import { CONSENT_CHANNELS } from './channels/consent.ts';
import type { ChannelContract } from './channels/contract.ts';
import { COURSE_CHANNELS } from './channels/courses.ts';
import { PATIENT_CHANNELS } from './channels/patients.ts';
import { PHOTO_CHANNELS } from './channels/photos.ts';
import { PROTOCOL_CHANNELS } from './channels/protocols.ts';
import { RECALL_CHANNELS } from './channels/recalls.ts';
import { RECORD_CHANNELS } from './channels/records.ts';
import { SESSION_CHANNELS } from './channels/sessions.ts';
import { STOCK_CHANNELS } from './channels/stock.ts';
import { TRANSFER_CHANNELS } from './channels/transfer.ts';

export { API_GLOBAL, CHANNEL_NAMES, IPC_PREFIX, isChannelName, type ChannelName } from './channelNames.ts';
export type { AppInfo } from './channels/app.ts';

/**
 * The one contract between renderer and main: every channel's name, input schema and output type,
 * declared by domain in shared/channels/ and gathered here. The preload, the IPC registration, the
 * test harness and the renderer all derive from this table; the main process implements each domain
 * in the electron/channels/ module of the same name.
 */
export const CHANNELS = {
  ...APP_CHANNELS,
  ...PATIENT_CHANNELS,
  ...COURSE_CHANNELS,
  ...SESSION_CHANNELS,
  ...PROTOCOL_CHANNELS,
  ...TRANSFER_CHANNELS,
  ...RECORD_CHANNELS,
  ...ACCESS_CHANNELS,
  ...CONSENT_CHANNELS,
  ...PHOTO_CHANNELS,
  ...BACKUP_CHANNELS,
  ...ADVERSE_EVENT_CHANNELS,
  ...CATALOGUE_CHANNELS,
  ...STOCK_CHANNELS,
  ...RECALL_CHANNELS,
} as const satisfies Record<ChannelName, ChannelContract>;

export type Channels = typeof CHANNELS;
// Both directions: no channel without a contract, no contract without a listed channel.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const contractMatchesNames: Exactly<keyof Channels, ChannelName> = true;
void contractMatchesNames;

export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Channels[K]['output'];

/** What the renderer sees as `window.mesochart`: one async function per channel. */
export type MesoChartApi = { [K in ChannelName]: (input: ChannelInput<K>) => Promise<ChannelOutput<K>> };

/** What crosses the wire (IPC or the test harness's HTTP): a result envelope, never a thrown error. */
export type RawApi = { [K in ChannelName]: (input: unknown) => Promise<ApiResult<ChannelOutput<K>>> };
