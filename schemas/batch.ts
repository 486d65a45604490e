import { z } from 'zod';

/** A batch's name (domain/intake/batch.ts): letters, digits, ".", "-", "_", at most 64. */
export const BatchName = z.string().regex(/^[\w.-]{1,64}$/);
