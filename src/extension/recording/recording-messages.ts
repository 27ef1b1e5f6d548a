import { z } from 'zod';
import { BarrierIdSchema } from '../../engine/model';
import { HEADING_CHANGED } from './screen-probe';

/**
 * Messages of the side panel (and of the heading probe in the recorded page) to the background,
 * which is the only writer of records: parsed on arrival, anything else is not ours.
 */
export const RecordingRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('record-start'), tabId: z.number().int(), name: z.string().trim().max(200) }),
  z.object({ type: z.literal('record-pause'), id: z.string() }),
  z.object({ type: z.literal('record-resume'), id: z.string(), tabId: z.number().int() }),
  z.object({ type: z.literal('record-stop'), id: z.string() }),
  z.object({ type: z.literal('record-delete'), id: z.string() }),
  z.object({ type: z.literal('record-observe'), id: z.string(), barrier: BarrierIdSchema, text: z.string().max(2000) }),
  z.object({ type: z.literal(HEADING_CHANGED) }),
]);
export type RecordingRequest = z.infer<typeof RecordingRequestSchema>;

export const RecordingResponseSchema = z.object({ ok: z.boolean(), id: z.string().optional(), error: z.string().optional() });
export type RecordingResponse = z.infer<typeof RecordingResponseSchema>;
