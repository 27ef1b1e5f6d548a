import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The shared corpora and fixtures sit in ../shared next to the checkout, for developers and CI
 * alike. A git worktree elsewhere (/work/wt/<name>) finds them beside the main checkout it
 * belongs to, and a clone made from a local checkout (the CI recipe: git clone . /tmp/x) finds them
 * beside that checkout. BALISE_SHARED_DIR overrides all of this. Resolved from this file, not from
 * the working directory.
 */
export const SHARED_DIR = findSharedDir();

function findSharedDir(): string {
  if (process.env.BALISE_SHARED_DIR) return path.resolve(process.env.BALISE_SHARED_DIR);
  const root = path.resolve(import.meta.dirname, '..');
  const beside = path.resolve(root, '../shared');
  if (existsSync(beside)) return beside;
  // In a worktree, .git is a file "gitdir: <main>/.git/worktrees/<name>".
  const dotGit = path.join(root, '.git');
  if (existsSync(dotGit) && statSync(dotGit).isFile()) {
    const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    if (gitdir) {
      const candidate = path.resolve(root, gitdir, '../../..', '../shared');
      if (existsSync(candidate)) return candidate;
    }
  }
  const origin = localOrigin(path.join(dotGit, 'config'));
  if (origin && existsSync(path.resolve(origin, '../shared'))) return path.resolve(origin, '../shared');
  return beside;
}

/** The checkout this one was cloned from, when that was a folder on this machine. */
function localOrigin(gitConfig: string): string | null {
  if (!existsSync(gitConfig) || !statSync(gitConfig).isFile()) return null;
  const url = /\[remote "origin"\][^[]*?\n\s*url\s*=\s*(.+)/.exec(readFileSync(gitConfig, 'utf8'))?.[1]?.trim();
  if (!url || /^[a-z][a-z\d+.-]*:\/\/(?!\/)|^[^/]+@[^:]+:/i.test(url)) return null;
  return path.resolve(url.replace(/^file:\/\//, ''));
}
