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
  /** Set when the target cannot even be opened: a journey keeps it as a failed step (failed-step-reason.ts). */
  unopenable?: { error: 'file-not-found' | 'bad-address'; message: string };
}

/**
 * Turns each argument into a URL. A missing file or an unknown kind of address stops everything
 * before Chromium starts; in a journey (`keepUnopenable`) it stays in its place, to be reported as
 * a step that could not be audited.
 */
export function resolveTargets(args: readonly string[], cwd: string, text: CliText, keepUnopenable = false): AuditTarget[] {
  return args.map((arg) => {
    try {
      return resolveTarget(arg, cwd, text);
    } catch (error) {
      if (!keepUnopenable || !(error instanceof UnopenableTarget)) throw error;
      return { url: '', label: error.label, unopenable: { error: error.code, message: error.message } };
    }
  });
}

/** A target that names no page we can open; a CliError, so outside a journey it stops the run. */
class UnopenableTarget extends CliError {
  constructor(
    message: string,
    readonly code: 'file-not-found' | 'bad-address',
    readonly label: string,
  ) {
    super(message);
  }
}

function resolveTarget(arg: string, cwd: string, text: CliText): AuditTarget {
  if (/^https?:\/\//i.test(arg)) {
    let url: URL;
    try {
      url = new URL(arg);
    } catch {
      throw new UnopenableTarget(text.badTarget(redactUrl(arg)), 'bad-address', redactUrl(arg));
    }
    return { url: url.href, label: redactUrl(url.href) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg) && !/^file:/i.test(arg)) throw new UnopenableTarget(text.badTarget(redactUrl(arg)), 'bad-address', redactUrl(arg));
  const path = /^file:/i.test(arg) ? fileURLToPath(arg) : resolve(cwd, arg);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UnopenableTarget(text.missingFile(arg), 'file-not-found', redactUrl(pathToFileURL(path).href));
  const url = pathToFileURL(path).href;
  return { url, label: redactUrl(url) };
}
