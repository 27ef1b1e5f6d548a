import type { Page } from 'playwright-core';
import { z } from 'zod';

/**
 * The h1 and h2 texts of the top document, as the extension's recorder notes them for a step.
 * Read in an isolated world, like the audit: the page's own scripts cannot change what we read.
 * Heading texts only, never a field.
 */
const READ = `Array.from(document.querySelectorAll('h1, h2'), (element) => element.textContent || '')`;

export async function readHeadings(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'balise-headings' });
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression: READ, contextId: executionContextId, returnByValue: true });
    if (exceptionDetails) return [];
    return z.array(z.string()).catch([]).parse(result.value);
  } finally {
    await session.detach().catch(() => undefined);
  }
}
