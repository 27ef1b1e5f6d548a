import type { Lang } from '../engine/model';

/** What the command line says, French first. Placeholders are plain function arguments. */
export const CLI_TEXT = {
  fr: {
    usage:
      'Usage : npm run audit -- [<adresse ou fichier HTML> ...] [--out DOSSIER] [--lang fr|en]\nSans cible, audite la page d’exemple fournie.',
    badArgs: (detail: string) => `Arguments invalides : ${detail}`,
    missingFile: (path: string) => `Fichier introuvable : ${path}`,
    badTarget: (target: string) => `Cible non reconnue (ni adresse http(s), ni fichier) : ${target}`,
    noChromium: (path: string) =>
      `Chromium introuvable (${path}) : installez-le avec « sudo apt-get install -y chromium » ou indiquez son chemin dans CHROMIUM_PATH.`,
    launchFailed: (detail: string) => `Impossible de lancer Chromium : ${detail}`,
    auditing: (index: number, total: number, url: string) => `Audit ${index}/${total} : ${url}…`,
    unreachable: (url: string, detail: string) => `Page inaccessible : ${url} (${detail})`,
    httpError: (url: string, status: number) => `Le serveur a répondu ${status} pour ${url}`,
    auditFailed: (url: string, detail: string) => `Audit impossible : ${url} (${detail})`,
    pageSummary: (url: string, violations: number, violationNodes: number, review: number, reviewNodes: number, skipped: number) =>
      `${url} : ${violations} règles non respectées (${violationNodes} éléments), ${review} points à vérifier (${reviewNodes} éléments)` +
      (skipped > 0 ? `, ${skipped} cadres non audités` : ''),
    written: (json: string, html: string) => `Rapport écrit : ${html}\n               ${json}`,
    nothingWritten: 'Aucune page n’a pu être auditée : aucun rapport écrit.',
  },
  en: {
    usage: 'Usage: npm run audit -- [<url or HTML file> ...] [--out DIR] [--lang fr|en]\nWith no target, audits the bundled sample page.',
    badArgs: (detail: string) => `Invalid arguments: ${detail}`,
    missingFile: (path: string) => `File not found: ${path}`,
    badTarget: (target: string) => `Unrecognised target (neither an http(s) address nor a file): ${target}`,
    noChromium: (path: string) =>
      `Chromium not found (${path}): install it with "sudo apt-get install -y chromium" or set CHROMIUM_PATH to its path.`,
    launchFailed: (detail: string) => `Could not start Chromium: ${detail}`,
    auditing: (index: number, total: number, url: string) => `Auditing ${index}/${total}: ${url}…`,
    unreachable: (url: string, detail: string) => `Page unreachable: ${url} (${detail})`,
    httpError: (url: string, status: number) => `The server answered ${status} for ${url}`,
    auditFailed: (url: string, detail: string) => `Audit failed: ${url} (${detail})`,
    pageSummary: (url: string, violations: number, violationNodes: number, review: number, reviewNodes: number, skipped: number) =>
      `${url}: ${violations} rules failed (${violationNodes} elements), ${review} to review (${reviewNodes} elements)` +
      (skipped > 0 ? `, ${skipped} frames not audited` : ''),
    written: (json: string, html: string) => `Report written: ${html}\n                ${json}`,
    nothingWritten: 'No page could be audited: no report written.',
  },
} satisfies Record<Lang, unknown>;

export type CliText = (typeof CLI_TEXT)['fr'];
