import { runFrameAudit } from '@/src/extension/frame-audit';

/**
 * Injected on demand (scripting.executeScript) into every frame of the active tab, in the
 * extension's isolated world: a page that tampers with its own globals cannot reach the engine.
 */
export default defineUnlistedScript(() => {
  (globalThis as { __baliseRunFrameAudit?: typeof runFrameAudit }).__baliseRunFrameAudit = runFrameAudit;
});
