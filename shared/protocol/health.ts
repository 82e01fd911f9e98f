// Health and readiness answers.
import { z } from 'zod';

export const Readiness = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']),
  checks: z.record(z.string(), z.enum(['ok', 'failed'])),
});
export type Readiness = z.infer<typeof Readiness>;
