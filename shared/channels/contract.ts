import type { z } from 'zod';

/** One channel of the contract: the schema its input is checked against, and the type it answers. */
export type ChannelContract = { input: z.ZodType; output: unknown };

/** A typed marker for a channel's output: it exists only for the type checker. */
export const returns = <T>() => undefined as unknown as T;
