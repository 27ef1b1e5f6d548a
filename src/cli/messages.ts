import type { Lang } from '../engine/model';
import { EXPORT_FORMATS, exportExtension, type ExportFormat } from '../report';

/** What each format is for, in a few plain words, for --help. */
const FORMAT_USE: Record<Lang, Record<ExportFormat, string>> = {
  fr: {
    html: 'page autonome à lire, à envoyer ou à imprimer en PDF',
    json: 'toutes les données (balise-report/1), pour d’autres outils',
    csv: 'une ligne par constat, pour un tableur',
    md: 'Markdown, à coller dans un ticket ou un e-mail',
    earl: 'EARL (JSON-LD du W3C), pour les outils d’accessibilité',
  },
  en: {
    html: 'a self-contained page to read, send or print to PDF',
    json: 'all the data (balise-report/1), for other tools',
    csv: 'one row per finding, for a spreadsheet',
    md: 'Markdown, to paste into a ticket or an e-mail',
    earl: 'EARL (W3C JSON-LD), for accessibility tools',
  },
};

const formatLines = (lang: Lang) =>
  EXPORT_FORMATS.map((format) => `    ${format.padEnd(5)} ${`report.${exportExtension(format)}`.padEnd(19)} ${FORMAT_USE[lang][format]}`).join('\n');

/** "1 élément", "2 éléments", "0 élément" (French singular for 0 and 1); "0 elements" in English. */
const frN = (n: number, one: string, other: string) => `${n} ${n <= 1 ? one : other}`;
const enN = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** What the command line says, French first. Placeholders are plain function arguments. */
export const CLI_TEXT = {
  fr: {
    usage: [
      'Usage : npm run audit -- [options] [<adresse ou fichier HTML> ...]',
      '',
      'Audite chaque page donnée (adresse http(s) ou fichier HTML) et écrit un rapport.',
      'Sans cible, audite la page d’exemple fournie. Ce qui est saisi dans les champs n’est jamais lu.',
      '',
      'Options :',
      '  -j, --journey         Les pages sont les étapes d’une même démarche, dans l’ordre : le rapport',
      '                        dit aussi ce qu’elle coûte (étapes, champs, pièces à fournir, effort',
      '                        estimé) et ce qui est demandé deux fois.',
      '  -f, --format LISTE    Fichiers à écrire, séparés par des virgules (par défaut : json,html) :',
      formatLines('fr'),
      '  -o, --out DOSSIER     Dossier où écrire le rapport (par défaut : balise-report).',
      '  -l, --lang fr|en      Langue du rapport et des messages (par défaut : fr).',
      '  -h, --help            Affiche cette aide.',
      '',
      'Exemple : npm run audit -- --journey etape1.html etape2.html etape3.html --format html,csv',
    ].join('\n'),
    badArgs: (detail: string) => `Arguments invalides : ${detail}`,
    badFormat: (given: string, known: string) => `Format inconnu : ${given || '(vide)'} (formats possibles : ${known})`,
    journeyNeedsTargets: 'Avec --journey, donnez les étapes de la démarche dans l’ordre : npm run audit -- --journey <étape 1> <étape 2> ...',
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
      `${url} : ${frN(violations, 'règle non respectée', 'règles non respectées')} (${frN(violationNodes, 'élément', 'éléments')}), ` +
      `${frN(review, 'point à vérifier', 'points à vérifier')} (${frN(reviewNodes, 'élément', 'éléments')})` +
      (skipped > 0 ? `, ${frN(skipped, 'cadre non audité', 'cadres non audités')}` : ''),
    untitledJourney: 'Démarche sans titre',
    journeyMetrics: (steps: number, notChecked: number, fields: number, required: number, uploads: number, minutes: number) =>
      `Démarche : ${frN(steps, 'étape', 'étapes')}` +
      (notChecked > 0 ? ` dont ${frN(notChecked, 'non vérifiée', 'non vérifiées')} ; sur les étapes vérifiées : ` : ', ') +
      `${frN(fields, 'champ', 'champs')} (${frN(required, 'obligatoire', 'obligatoires')}), ${frN(uploads, 'pièce à téléverser', 'pièces à téléverser')}, effort estimé ${minutes} min`,
    journeyFindings: (violations: number, review: number) =>
      `Parcours : ${frN(violations, 'règle non respectée', 'règles non respectées')}, ${frN(review, 'point à vérifier', 'points à vérifier')}`,
    badLang: (given: string) => `Langue inconnue : ${given || '(vide)'} (langues possibles : fr, en)`,
    written: (paths: readonly string[]) => `Rapport écrit :\n${paths.map((path) => `  ${path}`).join('\n')}`,
    nothingWritten: 'Aucune page n’a pu être auditée : aucun rapport écrit.',
    stepsNotChecked: (steps: readonly number[]) =>
      steps.length > 1
        ? `Étapes ${steps.join(', ')} non vérifiées : le rapport les garde à leur place, avec la raison.`
        : `Étape ${steps.join(', ')} non vérifiée : le rapport la garde à sa place, avec la raison.`,
    pagesLeftOut: (n: number) => (n > 1 ? `${n} pages non auditées : absentes du rapport.` : 'Une page non auditée : absente du rapport.'),
  },
  en: {
    usage: [
      'Usage: npm run audit -- [options] [<url or HTML file> ...]',
      '',
      'Audits each page given (an http(s) address or an HTML file) and writes a report.',
      'With no target, audits the bundled sample page. What is typed into fields is never read.',
      '',
      'Options:',
      '  -j, --journey         The pages are the steps of one procedure, in order: the report also',
      '                        says what it costs (steps, fields, documents to upload, estimated',
      '                        effort) and what is asked twice.',
      '  -f, --format LIST     Files to write, separated by commas (default: json,html):',
      formatLines('en'),
      '  -o, --out DIR         Folder to write the report in (default: balise-report).',
      '  -l, --lang fr|en      Language of the report and messages (default: fr).',
      '  -h, --help            Shows this help.',
      '',
      'Example: npm run audit -- --journey step1.html step2.html step3.html --format html,csv',
    ].join('\n'),
    badArgs: (detail: string) => `Invalid arguments: ${detail}`,
    badFormat: (given: string, known: string) => `Unknown format: ${given || '(empty)'} (known formats: ${known})`,
    journeyNeedsTargets: 'With --journey, give the steps of the procedure in order: npm run audit -- --journey <step 1> <step 2> ...',
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
      `${url}: ${enN(violations, 'rule failed', 'rules failed')} (${enN(violationNodes, 'element', 'elements')}), ` +
      `${review} to review (${enN(reviewNodes, 'element', 'elements')})` +
      (skipped > 0 ? `, ${enN(skipped, 'frame not audited', 'frames not audited')}` : ''),
    untitledJourney: 'Untitled procedure',
    journeyMetrics: (steps: number, notChecked: number, fields: number, required: number, uploads: number, minutes: number) =>
      `Procedure: ${enN(steps, 'step', 'steps')}` +
      (notChecked > 0 ? `, ${notChecked} of them not checked; on the checked steps: ` : ', ') +
      `${enN(fields, 'field', 'fields')} (${required} required), ${enN(uploads, 'document', 'documents')} to upload, estimated effort ${minutes} min`,
    journeyFindings: (violations: number, review: number) => `Journey: ${enN(violations, 'rule failed', 'rules failed')}, ${review} to review`,
    badLang: (given: string) => `Unknown language: ${given || '(empty)'} (known languages: fr, en)`,
    written: (paths: readonly string[]) => `Report written:\n${paths.map((path) => `  ${path}`).join('\n')}`,
    nothingWritten: 'No page could be audited: no report written.',
    stepsNotChecked: (steps: readonly number[]) => `${steps.length > 1 ? 'Steps' : 'Step'} ${steps.join(', ')} not checked: the report keeps ${steps.length > 1 ? 'them' : 'it'} in place, with the reason.`,
    pagesLeftOut: (n: number) => (n > 1 ? `${n} pages not audited: left out of the report.` : 'One page not audited: left out of the report.'),
  },
} satisfies Record<Lang, unknown>;

export type CliText = (typeof CLI_TEXT)['fr'];
