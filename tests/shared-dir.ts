import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The shared corpora and fixtures sit in ../shared next to the checkout, for developers and CI
 * alike. A git worktree elsewhere (/work/wt/<name>) finds them beside the main checkout it
 * belongs to. Resolved from this file, not from the working directory.
 */
export const SHARED_DIR = findSharedDir();

function findSharedDir(): string {
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
  return beside;
}
