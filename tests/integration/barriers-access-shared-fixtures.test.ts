import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageAudit } from '../../src/engine';
import { startStaticServer, type StaticServer } from '../e2e/static-server';
import { SHARED_DIR } from '../shared-dir';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from '../chromium';

/**
 * The access-barrier rules on real pages: the GOV.UK Frontend and DSFR (French state design
 * system) examples in /work/shared, audited in headless Chromium by the engine bundled from the
 * sources. Each page's expected outcomes were decided by reading the page, then written down here.
 */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.join(SHARED_DIR, 'fixtures');
const GOVUK = path.join(SHARED, 'govuk-frontend');
const DSFR = path.join(SHARED, 'dsfr');

type Kind = 'fail' | 'review' | 'pass' | 'none';
const RULES = [
  'account-sign-in-form',
  'account-required-wording',
  'digital-identity-only',
  'email-required',
  'mobile-phone-required',
  'sms-code-required',
  'captcha-widget',
  'captcha-challenge',
  'no-alternative-channel',
  'online-only-appointment',
] as const;
type RuleId = (typeof RULES)[number];

/** The strongest outcome of each rule on a page: fail > review > pass > none (inapplicable). */
function summarise(audit: PageAudit): Record<RuleId, Kind> {
  const summary = Object.fromEntries(RULES.map((id) => [id, 'none'])) as Record<RuleId, Kind>;
  const order: Array<[keyof PageAudit, Kind]> = [['passes', 'pass'], ['incomplete', 'review'], ['violations', 'fail']];
  for (const [bucket, kind] of order) {
    for (const result of audit[bucket] as PageAudit['violations']) {
      if ((RULES as readonly string[]).includes(result.id)) summary[result.id as RuleId] = kind;
    }
  }
  return summary;
}

let browser: Browser;
let server: StaticServer;
let engineScript: string;
let tmp: string;

beforeAll(async () => {
  for (const dir of [GOVUK, DSFR]) {
    if (!existsSync(dir)) throw new Error(`Shared fixtures missing: expected ${dir} (../shared beside the repository).`);
  }
  tmp = mkdtempSync(path.join(tmpdir(), 'balise-access-'));
  const bundle = await build({ entryPoints: [path.join(REPO_ROOT, 'src/engine/index.ts')], bundle: true, format: 'iife', globalName: '__baliseEngine', write: false, logLevel: 'silent' });
  engineScript = bundle.outputFiles[0]!.text;
  writeFileSync(path.join(tmp, 'engine.js'), engineScript);
  server = await startStaticServer({ mounts: [{ prefix: '/govuk/', dir: GOVUK }, { prefix: '/dsfr/', dir: DSFR }] });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: TEST_CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function audit(urlPath: string, lang: 'fr' | 'en'): Promise<PageAudit> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(server.origin + urlPath, { waitUntil: 'load' });
    expect(response?.status(), urlPath).toBe(200);
    await page.addScriptTag({ content: engineScript });
    return await page.evaluate(
      (l) => (window as unknown as { __baliseEngine: typeof import('../../src/engine') }).__baliseEngine.runAudit(document, { lang: l, axe: false }),
      lang,
    );
  } finally {
    await page.close();
  }
}

/**
 * Page -> expected strongest outcome per rule ('none': the rule finds nothing to say). Rules a
 * row leaves out are not asserted on that page. Decided from the page content, with the reason.
 */
interface Expectation {
  page: string;
  lang: 'fr' | 'en';
  why: string;
  expect: Partial<Record<RuleId, Kind>>;
}

const NO_CAPTCHA = { 'captcha-widget': 'none', 'captcha-challenge': 'none' } as const;

const TABLE: Expectation[] = [
  {
    page: '/govuk/sign-in.html',
    lang: 'en',
    why: 'the only form is e-mail + password, and the page says "You\'ll first need to create an account"',
    expect: { 'account-sign-in-form': 'fail', 'account-required-wording': 'fail', 'digital-identity-only': 'none', 'no-alternative-channel': 'review', ...NO_CAPTCHA },
  },
  {
    page: '/govuk/how-do-you-want-to-sign-in.html',
    lang: 'en',
    why: '"You\'ll need an account to prove your identity"; GOV.UK Verify is offered next to Government Gateway',
    expect: { 'account-required-wording': 'fail', 'account-sign-in-form': 'none', 'digital-identity-only': 'pass' },
  },
  {
    page: '/govuk/update-your-account-details.html',
    lang: 'en',
    why: 'changing a password: the person already has an account, this is not the way in',
    expect: { 'account-sign-in-form': 'none', 'account-required-wording': 'none', 'email-required': 'pass' },
  },
  {
    page: '/govuk/start-page.html',
    lang: 'en',
    why: 'the start page says one can also apply by post',
    expect: { 'no-alternative-channel': 'pass', 'account-sign-in-form': 'none', 'account-required-wording': 'none', 'online-only-appointment': 'none' },
  },
  {
    page: '/govuk/feedback.html',
    lang: 'en',
    why: '"Verify" in the header is a product name, not a way in; the e-mail field is optional',
    expect: { 'digital-identity-only': 'none', 'email-required': 'pass', 'mobile-phone-required': 'none', ...NO_CAPTCHA },
  },
  {
    page: '/govuk/what-is-your-address.html',
    lang: 'en',
    why: 'a plain address question: no account, no captcha, no e-mail',
    expect: { 'account-sign-in-form': 'none', 'account-required-wording': 'none', 'email-required': 'none', ...NO_CAPTCHA },
  },
  {
    page: '/govuk/upload-your-photo.html',
    lang: 'en',
    why: 'an upload page: none of the access barriers',
    expect: { 'account-sign-in-form': 'none', 'digital-identity-only': 'none', 'sms-code-required': 'none', ...NO_CAPTCHA },
  },
  ...['1-default', '2-error'].map(
    (variant): Expectation => ({
      page: `/dsfr/example/layout/page/login/${variant}/index.html`,
      lang: 'fr',
      why: 'DSFR login page: FranceConnect or a password form, "Créer un compte", no way without an account; FranceConnect sits next to the password form',
      expect: { 'account-sign-in-form': 'fail', 'digital-identity-only': 'pass', 'no-alternative-channel': 'review', ...NO_CAPTCHA },
    }),
  ),
  {
    page: '/dsfr/example/layout/page/register/1-single/index.html',
    lang: 'fr',
    why: 'DSFR account creation: choosing a password creates an account, which may not be the only route',
    expect: { 'account-sign-in-form': 'review', 'digital-identity-only': 'pass' },
  },
  {
    page: '/dsfr/example/layout/pattern/email/index.html',
    lang: 'fr',
    why: 'e-mail fields with no required attribute and no "tous les champs sont obligatoires" statement',
    expect: { 'email-required': 'pass', 'account-sign-in-form': 'none' },
  },
  {
    page: '/dsfr/example/layout/pattern/tel/index.html',
    lang: 'fr',
    why: 'phone fields that are not required',
    expect: { 'mobile-phone-required': 'pass', 'sms-code-required': 'none' },
  },
  {
    page: '/dsfr/example/layout/pattern/address/index.html',
    lang: 'fr',
    why: '"Adresse postale" is the heading of a question about the person\'s address, not a channel of the service',
    expect: { 'no-alternative-channel': 'review' },
  },
];

describe('access barriers on the shared GOV.UK and DSFR pages, in Chromium', () => {
  it.each(TABLE.map((row) => [row.page, row] as const))('%s', async (_page, row) => {
    const result = await audit(row.page, row.lang);
    expect(result.errors, 'no rule may throw').toEqual([]);
    const summary = summarise(result);
    const got = Object.fromEntries(Object.keys(row.expect).map((id) => [id, summary[id as RuleId]]));
    expect(got, row.why).toEqual(row.expect);
  });

  it('evidence carries no field value', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.origin + '/govuk/sign-in.html');
      await page.fill('#email', 'private.person@example.org');
      await page.fill('#password', 'hunter2-secret');
      await page.addScriptTag({ content: engineScript });
      const json = await page.evaluate(async () => JSON.stringify(await (window as unknown as { __baliseEngine: typeof import('../../src/engine') }).__baliseEngine.runAudit(document, { lang: 'fr', axe: false })));
      expect(json).not.toContain('private.person');
      expect(json).not.toContain('hunter2');
    } finally {
      await page.close();
    }
  });
});
