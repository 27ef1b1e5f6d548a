import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { redactUrl } from '../engine/dom/redact-url';
import { CliError } from './cli-error';
import type { CliText } from './messages';

export interface AuditTarget {
  /** What Chromium opens. */
  url: string;
  /** What we print and store: redacted, so a token or a folder name never leaves the machine. */
  label: string;
}

/** Turns each argument into a URL; a missing file stops everything before Chromium starts. */
export function resolveTargets(args: readonly string[], cwd: string, text: CliText): AuditTarget[] {
  return args.map((arg) => resolveTarget(arg, cwd, text));
}

function resolveTarget(arg: string, cwd: string, text: CliText): AuditTarget {
  if (/^https?:\/\//i.test(arg)) {
    let url: URL;
    try {
      url = new URL(arg);
    } catch {
      throw new CliError(text.badTarget(redactUrl(arg)));
    }
    return { url: url.href, label: redactUrl(url.href) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg) && !/^file:/i.test(arg)) throw new CliError(text.badTarget(redactUrl(arg)));
  const path = /^file:/i.test(arg) ? fileURLToPath(arg) : resolve(cwd, arg);
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(text.missingFile(arg));
  const url = pathToFileURL(path).href;
  return { url, label: redactUrl(url) };
}
