import { z } from 'zod';

/** Messages between the popup (or side panel) and the background. Parsed on arrival. */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('audit-tab'), tabId: z.number().int() }),
  z.object({ type: z.literal('highlight'), tabId: z.number().int(), ruleId: z.string(), nodeIndex: z.number().int(), bucket: z.enum(['violations', 'incomplete']) }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const ResponseSchema = z.object({ ok: z.boolean(), error: z.string().optional() });
export type Response = z.infer<typeof ResponseSchema>;
