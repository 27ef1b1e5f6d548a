import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHARED_DIR } from '../shared-dir';

export const GOVUK_DIR = path.join(SHARED_DIR, 'fixtures/govuk-frontend');

interface Answers {
  email: string;
  text: string;
  file: string;
}

export interface FlowPage {
  /** Where the test server serves it. */
  path: string;
  file: string;
  title: string;
  /** Answers the page's questions, as a person would, with the test's sentinel values. */
  fill?: (page: Page, answers: Answers) => Promise<void>;
}

/**
 * GOV.UK question pages chained into one procedure: sign in (e-mail), a postcode, a photo to
 * upload, the account details (the e-mail again), then the check-your-answers summary. The
 * shared pages post to themselves; each is served with its form pointing to the next page.
 */
export const GOVUK_FLOW: readonly FlowPage[] = [
  {
    path: '/govuk-flow/sign-in',
    file: 'sign-in.html',
    title: 'Sign in to a service - GOV.UK',
    fill: async (page, { email, text }) => {
      await page.fill('#email', email);
      await page.fill('#password', text);
    },
  },
  {
    path: '/govuk-flow/postcode',
    file: 'what-is-your-postcode.html',
    title: 'What is your home postcode? - GOV.UK',
    fill: (page, { text }) => page.fill('#address-postcode', text),
  },
  {
    path: '/govuk-flow/photo',
    file: 'upload-your-photo.html',
    title: 'Upload your photo - GOV.UK',
    fill: async (page, { file }) => {
      await page.setInputFiles('#photo', file);
      await page.check('#terms-and-conditions');
    },
  },
  {
    path: '/govuk-flow/account',
    file: 'update-your-account-details.html',
    title: 'Update your account details - GOV.UK',
    fill: async (page, { email, text }) => {
      await page.fill('#email', email);
      await page.fill('#password', text);
      await page.fill('#confirm-password', text);
    },
  },
  { path: '/govuk-flow/check', file: 'check-your-answers.html', title: 'Check your answers - Temporary events notice - GOV.UK' },
];

/** The flow's pages for the test server's `generated` option. */
export function govukFlowPages(): Record<string, () => string> {
  if (!existsSync(GOVUK_DIR)) throw new Error(`The shared GOV.UK Frontend fixtures are missing: expected ${GOVUK_DIR} (shared/ beside the repository).`);
  return Object.fromEntries(
    GOVUK_FLOW.map((page, i) => {
      const next = GOVUK_FLOW[i + 1];
      return [page.path, () => linkForm(readFileSync(path.join(GOVUK_DIR, page.file), 'utf8'), next?.path)];
    }),
  );
}

function linkForm(html: string, next: string | undefined): string {
  if (!next) return html;
  const linked = html.replace(/<form method="post"/, `<form action="${next}" method="post"`);
  if (linked === html) throw new Error(`No form to link to ${next}`);
  return linked;
}
