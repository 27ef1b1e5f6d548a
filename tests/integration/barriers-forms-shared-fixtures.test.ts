import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageAudit } from '../../src/engine';
import { startStaticServer, type StaticServer } from '../e2e/static-server';
import { SHARED_DIR } from '../shared-dir';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from '../chromium';

/**
 * The form and procedure rules (uploads, time limits, prior information, step navigation,
 * mobile, acknowledgement, already-known data, rigid input, unclear errors) and the page metrics
 * on real pages in headless Chromium: the GOV.UK Frontend and DSFR examples in /work/shared,
 * audited by the engine bundled from the sources. Expectations were decided by reading each page.
 * A few pages are generated here, each for something the shared set lacks (a confirmation with a
 * reference, fixed-width layout, bad input); they say so.
 */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.join(SHARED_DIR, 'fixtures');
const GOVUK = path.join(SHARED, 'govuk-frontend');
const DSFR = path.join(SHARED, 'dsfr');

/** The rules this file checks (rules/forms and rules/page). */
const MINE = ['document-upload', 'upload-format', 'upload-size-limit', 'already-known-data', 'rigid-pattern', 'rigid-date-mask', 'rigid-paste-blocked', 'rigid-name-length', 'rigid-password-rules', 'rigid-required-choice', 'unclear-error-message', 'error-summary-links', 'error-not-associated', 'time-limit-refresh', 'time-limit-wording', 'missing-prior-information', 'step-indicator', 'step-back-link', 'step-save-for-later', 'step-summary', 'mobile-viewport', 'mobile-overflow', 'no-acknowledgement'];

type Kind = 'fail' | 'review' | 'pass' | 'none';
type Engine = typeof import('../../src/engine');

/** The strongest outcome of one rule on a page: fail > review > pass > none (inapplicable). */
function strongest(audit: PageAudit, id: string): Kind {
  if (audit.violations.some((r) => r.id === id)) return 'fail';
  if (audit.incomplete.some((r) => r.id === id)) return 'review';
  if (audit.passes.some((r) => r.id === id)) return 'pass';
  return 'none';
}

function nodesOf(audit: PageAudit, id: string, bucket: 'violations' | 'incomplete' | 'passes') {
  return audit[bucket].filter((r) => r.id === id).flatMap((r) => r.nodes);
}

const CONFIRMATION_WITH_REFERENCE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Application complete</title></head>
<body><main class="govuk-main-wrapper"><div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Application complete</h1>
<div class="govuk-panel__body">Your reference number<br><strong>HDJ2123F</strong></div></div>
<p class="govuk-body">We have sent you a confirmation email.</p></main></body></html>`;

const CONFIRMATION_WITHOUT_REFERENCE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Demande envoyée</title></head>
<body><main><div class="fr-alert fr-alert--success"><h1 class="fr-alert__title">Votre demande a bien été envoyée</h1><p>Nous vous répondrons par courriel.</p></div></main></body></html>`;

const FIXED_WIDTH = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Largeur fixe</title>
<style>body{margin:0}.form{width:600px}</style></head><body><main><div class="form" id="fixed"><label for="a">Nom</label><input id="a"></div></main></body></html>`;

const RESPONSIVE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Adaptatif</title>
<style>body{margin:0 8px}.form{max-width:600px}input{max-width:100%;box-sizing:border-box}</style></head><body><main><div class="form"><label for="a">Nom</label><input id="a"></div></main></body></html>`;

/** 5,000 labelled fields with hints, half required, some asking for known items. */
function thousandsOfFields(): string {
  const rows: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const label = i % 1000 === 0 ? 'Numéro fiscal' : i % 500 === 0 ? 'Code agent' : `Champ ${i}`;
    rows.push(`<div class="fr-input-group"><label class="fr-label" for="f${i}">${label}</label><p id="h${i}" class="fr-hint-text">Indication facultative</p><input class="fr-input" id="f${i}" name="f${i}" aria-describedby="h${i}"${i % 2 ? ' required' : ''}${i % 500 === 0 ? ' pattern="[A-Z]{3}"' : ''}></div>`);
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Très long formulaire</title></head><body><main><form>${rows.join('')}<button>Envoyer</button></form></main></body></html>`;
}

/** Unclosed tags, stray end tags, a form inside a table row, attributes without quotes. */
const MALFORMED = `<html lang=fr><title>Cassé</title><body><table><tr><form><td><label for=a>Justificatif de domicile<td><input type=file id=a required accept=.pdf></form></tr></table>
<p>Votre session expire dans 5 minutes<div><span>Étape 2 sur 4</div></p></span><input type=text pattern=[0-9]{5} id=b><label for=b>Code</label></i></b>`;

/** The label is an image of text: the rules see no label and must not guess one. */
const LABEL_IN_IMAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Image</title></head>
<body><form><label for="n"><img src="numero-fiscal.png" alt=""></label><input id="n" name="n"><input type="file" id="f" required></form></body></html>`;

/** Dutch: wording rules have nothing to read, structure rules still apply. */
const DUTCH = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="600"><title>Aanvraag</title></head>
<body><main><h1>Uw aanvraag is verzonden</h1><p>Uw sessie verloopt na 20 minuten.</p><a class="govuk-button--start" href="/start">Start nu</a>
<form><label for="r">Rijksregisternummer</label><input id="r"><input type="file" id="f" required accept=".pdf"><input id="p" onpaste="return false"></form></main></body></html>`;

let browser: Browser;
let server: StaticServer;
let engineScript: string;

beforeAll(async () => {
  for (const dir of [GOVUK, DSFR]) {
    if (!existsSync(dir)) throw new Error(`Shared fixtures missing: expected ${dir} (../shared beside the repository).`);
  }
  const bundle = await build({ entryPoints: [path.join(REPO_ROOT, 'src/engine/index.ts')], bundle: true, format: 'iife', globalName: '__baliseEngine', write: false, logLevel: 'silent' });
  engineScript = bundle.outputFiles[0]!.text;
  server = await startStaticServer({
    mounts: [{ prefix: '/govuk/', dir: GOVUK }, { prefix: '/dsfr/', dir: DSFR }],
    generated: {
      '/gen/confirmation-reference.html': () => CONFIRMATION_WITH_REFERENCE,
      '/gen/confirmation-no-reference.html': () => CONFIRMATION_WITHOUT_REFERENCE,
      '/gen/fixed-width.html': () => FIXED_WIDTH,
      '/gen/responsive.html': () => RESPONSIVE,
      '/gen/thousands.html': thousandsOfFields,
      '/gen/malformed.html': () => MALFORMED,
      '/gen/label-in-image.html': () => LABEL_IN_IMAGE,
      '/gen/dutch.html': () => DUTCH,
    },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: TEST_CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function audit(urlPath: string, lang: 'fr' | 'en', prepare?: (page: Page) => Promise<void>): Promise<PageAudit> {
  const page = await browser.newPage();
  try {
    if (prepare) await prepare(page);
    const response = await page.goto(server.origin + urlPath, { waitUntil: 'load' });
    expect(response?.status(), urlPath).toBe(200);
    await page.addScriptTag({ content: engineScript });
    const result = await page.evaluate((l) => (window as unknown as { __baliseEngine: Engine }).__baliseEngine.runAudit(document, { lang: l, axe: false }), lang);
    expect(result.errors, 'no rule may throw').toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

interface Expectation {
  page: string;
  lang: 'fr' | 'en';
  why: string;
  expect: Record<string, Kind>;
  metrics?: Record<string, unknown>;
}

const TABLE: Expectation[] = [
  {
    page: '/govuk/upload-your-photo.html',
    lang: 'en',
    why: 'asks for a photo upload (not marked required: review); "no more than 10MB" is above a phone photo; no accept list; a Back link',
    expect: { 'document-upload': 'review', 'upload-format': 'pass', 'upload-size-limit': 'pass', 'step-back-link': 'pass', 'mobile-viewport': 'pass', 'no-acknowledgement': 'none' },
    metrics: { uploads: 1, stepIndicator: null },
  },
  {
    page: '/govuk/check-your-answers.html',
    lang: 'en',
    why: '"Check your answers before sending your application" with Change links: a summary; shown answers are not fields',
    expect: { 'step-summary': 'pass', 'no-acknowledgement': 'none', 'already-known-data': 'none', 'document-upload': 'none' },
    metrics: { fields: { total: 0, visible: 0, required: 0, optional: 0 } },
  },
  {
    page: '/govuk/start-page.html',
    lang: 'en',
    why: 'a "Start now" page that states the cost (£9.50 cheaper, debit card) and the delay (6 weeks)',
    expect: { 'missing-prior-information': 'pass', 'time-limit-wording': 'none', 'time-limit-refresh': 'none' },
  },
  {
    page: '/govuk/bank-holidays.html',
    lang: 'en',
    why: 'confirmation panels that announce the next bank holiday: not the end of a procedure',
    expect: { 'no-acknowledgement': 'none', 'missing-prior-information': 'none' },
  },
  {
    page: '/govuk/sign-in.html',
    lang: 'en',
    why: 'a password to sign in, with no composition rules stated',
    expect: { 'rigid-password-rules': 'none', 'rigid-paste-blocked': 'none', 'rigid-pattern': 'none' },
    metrics: { authOptions: ['password'] },
  },
  {
    page: '/govuk/passport-details.html',
    lang: 'en',
    why: 'GOV.UK date input: three boxes with "For example" hint, no mask (must not fire)',
    expect: { 'rigid-date-mask': 'pass', 'rigid-pattern': 'none', 'step-back-link': 'pass' },
  },
  {
    page: '/govuk/components/error-summary/template-without-links.html',
    lang: 'en',
    why: 'an error summary whose errors are not links to fields',
    expect: { 'error-summary-links': 'review' },
  },
  {
    page: '/govuk/components/input/template-with-error-message.html',
    lang: 'en',
    why: 'asks for the National Insurance number; the error says what to fix and is tied by aria-describedby',
    expect: { 'already-known-data': 'review', 'unclear-error-message': 'pass', 'error-not-associated': 'pass' },
    metrics: { alreadyKnown: { count: 1, items: ['social-security-number'] } },
  },
  {
    page: '/govuk/components/character-count/template-with-hint-and-error.html',
    lang: 'en',
    why: 'the hint warns not to include a National Insurance number: the field does not ask for it',
    expect: { 'already-known-data': 'none' },
  },
  {
    page: '/dsfr/example/component/stepper/index.html',
    lang: 'fr',
    why: 'DSFR stepper examples: "Étape 1 sur 3" and "Étape 2 sur 8", consistent with data-fr-steps; no save control',
    expect: { 'step-indicator': 'pass', 'step-save-for-later': 'review', 'step-back-link': 'none' },
    metrics: { stepIndicator: { current: 1, total: 3 } },
  },
  {
    page: '/dsfr/example/component/upload/index.html',
    lang: 'fr',
    why: 'four DSFR upload fields, not marked required; "taille maximale : 500 Mo", formats jpg, png, pdf',
    expect: { 'document-upload': 'review', 'upload-format': 'pass', 'upload-size-limit': 'pass' },
    metrics: { uploads: 4 },
  },
  {
    page: '/dsfr/example/layout/page/register/1-single/index.html',
    lang: 'fr',
    why: 'account creation: "12 caractères minimum, 1 caractère spécial minimum, 1 chiffre minimum"',
    expect: { 'rigid-password-rules': 'review' },
  },
  {
    page: '/dsfr/example/layout/page/login/1-default/index.html',
    lang: 'fr',
    why: 'DSFR login: a password and FranceConnect, both offered',
    expect: { 'rigid-password-rules': 'none', 'no-acknowledgement': 'none' },
    metrics: { authOptions: ['password', 'franceconnect'] },
  },
  {
    page: '/dsfr/example/layout/page/login/3-recover/3b-confirmation/index.html',
    lang: 'fr',
    why: 'a password-recovery confirmation: not the end of a procedure',
    expect: { 'no-acknowledgement': 'none' },
  },
  {
    page: '/dsfr/example/layout/pattern/date/index.html',
    lang: 'fr',
    why: 'DSFR date pattern: hint with the format, no mask; error messages tied through the fieldset aria-labelledby',
    expect: { 'rigid-date-mask': 'pass', 'error-not-associated': 'pass', 'unclear-error-message': 'pass' },
  },
  {
    page: '/dsfr/example/component/input/index.html',
    lang: 'fr',
    why: 'pattern="[0-9]*" on a number field only opens the numeric keypad',
    expect: { 'rigid-pattern': 'none' },
  },
  {
    page: '/gen/confirmation-reference.html',
    lang: 'en',
    why: 'generated from the GOV.UK confirmation-page pattern (the shared set has none): "Application complete" with a reference number',
    expect: { 'no-acknowledgement': 'pass' },
  },
  {
    page: '/gen/confirmation-no-reference.html',
    lang: 'fr',
    why: 'generated: "Votre demande a bien été envoyée" with no file number nor receipt',
    expect: { 'no-acknowledgement': 'review' },
  },
];

describe('form and procedure barriers on the shared GOV.UK and DSFR pages, in Chromium', () => {
  it.each(TABLE.map((row) => [row.page, row] as const))('%s', async (_page, row) => {
    const result = await audit(row.page, row.lang);
    const got = Object.fromEntries(Object.keys(row.expect).map((id) => [id, strongest(result, id)]));
    expect(got, row.why).toEqual(row.expect);
    if (row.metrics) expect(result.metrics, row.why).toMatchObject(row.metrics);
  });

  it('the reference number itself never goes into these rules\' evidence or the metrics', async () => {
    const result = await audit('/gen/confirmation-reference.html', 'en');
    const ours = [...result.violations, ...result.incomplete, ...result.passes].filter((r) => MINE.includes(r.id));
    expect(ours.map((r) => r.id)).toContain('no-acknowledgement');
    expect(JSON.stringify({ ours, metrics: result.metrics })).not.toContain('HDJ2123F');
  });

  it('a fixed 600 px layout overflows at 320 CSS px; a responsive one does not; wide windows are not judged', async () => {
    const narrow = (page: Page) => page.setViewportSize({ width: 320, height: 640 });
    const fixed = await audit('/gen/fixed-width.html', 'fr', narrow);
    expect(strongest(fixed, 'mobile-overflow')).toBe('fail');
    expect(nodesOf(fixed, 'mobile-overflow', 'violations').map((n) => n.target)).toEqual([['#fixed']]);
    expect(nodesOf(fixed, 'mobile-overflow', 'violations')[0]?.evidence).toMatchObject({ viewport: 320, right: 600 });
    expect(strongest(await audit('/gen/responsive.html', 'fr', narrow), 'mobile-overflow')).toBe('pass');
    expect(strongest(await audit('/govuk/upload-your-photo.html', 'en', narrow), 'mobile-overflow')).toBe('pass');
    expect(strongest(await audit('/gen/fixed-width.html', 'fr'), 'mobile-overflow'), 'at 1280 px the rule does not apply').toBe('none');
  });

  it('reads 5,000 fields and reports each rule a bounded number of times', async () => {
    const result = await audit('/gen/thousands.html', 'fr');
    expect(result.metrics).toMatchObject({ fields: { total: 5000, visible: 5000, required: 2500, optional: 2500 }, alreadyKnown: { count: 1, items: ['tax-number'] } });
    expect(nodesOf(result, 'already-known-data', 'incomplete')).toHaveLength(5);
    expect(nodesOf(result, 'rigid-pattern', 'incomplete')).toHaveLength(10);
  });

  it('reads malformed HTML as the browser repairs it', async () => {
    const result = await audit('/gen/malformed.html', 'fr');
    expect(strongest(result, 'document-upload')).toBe('fail');
    expect(strongest(result, 'upload-format')).toBe('fail');
    expect(strongest(result, 'time-limit-wording')).toBe('review');
    expect(strongest(result, 'step-indicator')).toBe('pass');
    expect(strongest(result, 'mobile-viewport')).toBe('fail');
    expect(result.metrics).toMatchObject({ stepIndicator: { current: 2, total: 4 }, uploads: 1, alreadyKnown: { count: 1, items: ['proof-of-address'] } });
  });

  it('does not guess a label drawn in an image', async () => {
    const result = await audit('/gen/label-in-image.html', 'fr');
    expect(strongest(result, 'already-known-data')).toBe('none');
    const upload = nodesOf(result, 'document-upload', 'violations');
    expect(upload).toHaveLength(1);
    expect(upload[0]?.any[0]?.message).toContain('sans libellé');
  });

  it('on a page in neither French nor English, wording rules are inapplicable and structure rules still run', async () => {
    const result = await audit('/gen/dutch.html', 'fr');
    for (const id of ['time-limit-wording', 'missing-prior-information', 'no-acknowledgement', 'already-known-data', 'step-summary', 'step-back-link']) {
      expect(result.inapplicable.map((r) => r.id), id).toContain(id);
    }
    expect(strongest(result, 'time-limit-refresh')).toBe('fail');
    expect(strongest(result, 'document-upload')).toBe('fail');
    expect(strongest(result, 'upload-format')).toBe('fail');
    expect(strongest(result, 'rigid-paste-blocked')).toBe('fail');
    expect(strongest(result, 'mobile-viewport')).toBe('fail');
    expect(result.metrics).toMatchObject({ alreadyKnown: { count: 0 }, uploads: 1 });
  });
});
