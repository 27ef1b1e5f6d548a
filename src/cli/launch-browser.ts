import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CliError } from './cli-error';
import type { CliText } from './messages';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Debian's Chromium, headless. No Google services, no background requests: the only requests are
 * those of the audited pages. BALISE_LOCAL_ONLY=1 narrows those to 127.0.0.1 (tests, offline use).
 */
export async function launchBrowser(text: CliText, env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const executablePath = env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  if (!existsSync(executablePath)) throw new CliError(text.noChromium(executablePath), 2);
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (env.BALISE_LOCAL_ONLY === '1') args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
  try {
    return await chromium.launch({ executablePath, headless: true, args });
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new CliError(text.launchFailed(detail), 2);
  }
}
