import { z } from 'zod';

/** Free text of bounded length, trimmed; empty is allowed. */
export const note = (max = 4000) => z.string().trim().max(max);

/** A required line of text, trimmed, not empty. */
export const requiredLine = (max = 200) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max);

export const entityId = z.uuid();
