import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED } from './harness';

/**
 * Long French pages made of real prose: sentences of French Wikipedia from the shared WiViCo
 * corpus (evaluation-only material, read at run time, never copied into the project), set as a
 * guidance page would be (a heading every few paragraphs, a link now and then) ahead of the sample
 * procedure's form. Sentences are taken in order, so a bigger page holds the smaller one's text.
 */
const SENTENCES_PER_PARAGRAPH = 5;
const PARAGRAPHS_PER_SECTION = 4;

function corpusSentences(): string[] {
  const lines = readFileSync(path.join(SHARED, 'corpora/wivico-fr/pairs.tsv'), 'utf8').split('\n').slice(1);
  return lines.map((line) => line.split('\t')[0]?.trim() ?? '').filter((s) => s.length > 0);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The sample procedure page with `words` words of prose (counted by whitespace) before its form. */
export function wordPage(sample: string, words: number): string {
  const sentences = corpusSentences();
  const sections: string[] = [];
  let paragraphs: string[] = [];
  let paragraph: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = sentences[i % sentences.length]!;
    paragraph.push(escape(sentence));
    count += wordCount(sentence);
    if (paragraph.length === SENTENCES_PER_PARAGRAPH || count >= words) {
      const link = paragraphs.length === 1 ? ` <a href="#section-${sections.length}">En savoir plus sur ce point</a>` : '';
      paragraphs.push(`<p>${paragraph.join(' ')}${link}</p>`);
      paragraph = [];
    }
    if (paragraphs.length === PARAGRAPHS_PER_SECTION || count >= words) {
      sections.push(`<section id="section-${sections.length}"><h2>Partie ${sections.length + 1}</h2>\n${paragraphs.join('\n')}</section>`);
      paragraphs = [];
    }
  }
  const form = sample.indexOf('<form');
  if (form < 0) throw new Error('the sample page has no form');
  return `${sample.slice(0, form)}${sections.join('\n')}\n${sample.slice(form)}`;
}
