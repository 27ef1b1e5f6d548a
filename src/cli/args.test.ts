import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args';
import { CliError } from './cli-error';

const refusal = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('parseCliArgs', () => {
  it('defaults to json and html, without journey', () => {
    expect(parseCliArgs(['page.html'])).toEqual({ targets: ['page.html'], out: 'balise-report', lang: 'fr', formats: ['json', 'html'], journey: false, help: false });
  });

  it('reads a format list loosely (case, spaces, repeats) and keeps its order', () => {
    expect(parseCliArgs(['-f', ' CSV, earl,,csv ,md', 'a.html']).formats).toEqual(['csv', 'earl', 'md']);
    expect(parseCliArgs(['--format=html,json,csv,md,earl', 'a.html']).formats).toEqual(['html', 'json', 'csv', 'md', 'earl']);
  });

  it('refuses an unknown or empty format in one line, in the language asked', () => {
    expect(refusal(['--format', 'html,pdf,docx', 'a.html'])).toBe('Format inconnu : pdf, docx (formats possibles : html,json,csv,md,earl)');
    expect(refusal(['--lang', 'en', '--format', ',', 'a.html'])).toBe('Unknown format: (empty) (known formats: html,json,csv,md,earl)');
  });

  it('refuses an unknown language in our own words, in French by default', () => {
    expect(refusal(['--lang', 'de', 'a.html'])).toBe('Langue inconnue : de (langues possibles : fr, en)');
    expect(refusal(['--lang=', 'a.html'])).toBe('Langue inconnue : (vide) (langues possibles : fr, en)');
  });

  it('takes --journey with its steps in order, and refuses it alone', () => {
    expect(parseCliArgs(['-j', 'b.html', 'a.html'])).toMatchObject({ journey: true, targets: ['b.html', 'a.html'] });
    expect(refusal(['--journey'])).toMatch(/^Avec --journey, donnez les étapes/);
    expect(parseCliArgs(['--journey', '--help']).help).toBe(true);
  });

  it('refuses an unknown option', () => {
    expect(refusal(['--formats', 'csv'])).toMatch(/^Arguments invalides : /);
  });
});
