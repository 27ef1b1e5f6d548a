import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ReportSchema } from '../engine/model';

/**
 * The last audit of each tab, in storage rather than memory: the popup closes and the service
 * worker is killed at any time (MV3), and the result must still be there.
 */
export const TabAuditSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('running'), startedAt: z.string() }),
  z.object({ status: z.literal('error'), error: z.string(), message: z.string(), at: z.string() }),
  z.object({
    status: z.literal('done'),
    report: ReportSchema,
    /** Frame of each finding's target prefix, so a finding inside a frame can be highlighted. */
    frames: z.array(z.object({ frameId: z.number().int(), prefix: z.string() })),
  }),
]);
export type TabAudit = z.infer<typeof TabAuditSchema>;

export const tabAuditKey = (tabId: number) => `tab-audit:${tabId}`;

export async function readTabAudit(tabId: number): Promise<TabAudit | null> {
  const key = tabAuditKey(tabId);
  const stored = await browser.storage.local.get(key);
  const parsed = TabAuditSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

export async function writeTabAudit(tabId: number, audit: TabAudit): Promise<void> {
  await browser.storage.local.set({ [tabAuditKey(tabId)]: audit });
}

export async function removeTabAudit(tabId: number): Promise<void> {
  await browser.storage.local.remove(tabAuditKey(tabId));
}
