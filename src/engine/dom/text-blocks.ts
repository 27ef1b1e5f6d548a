/**
 * The text of a page as a reader meets it, block by block, for plain-language rules: a heading,
 * a paragraph, a field's label, its hint, a legend, an error message, a button, a link. Each block
 * keeps its element (a finding points at it) and its language, because a rule about French
 * wording must not judge an English paragraph.
 *
 * One walk over the tree (open shadow roots included), no per-word DOM query: cost grows linearly
 * with the page. Layout-free (attributes and classes), so it gives the same blocks in happy-dom
 * and in a browser; in a browser, blocks hidden by CSS are dropped too.
 *
 * The answers a recap lists are the person's, not the service's wording: they are skipped, and so
 * is the signed-in person's name beside a sign-out link (account-area.ts). What an error message
 * repeats of the person's input (a quoted value, a date) is masked here, before any rule reads it
 * (mask-echoed-input.ts). Other personal data (a greeting's name, a file number) is masked by the rules that quote text
 * (language-blocks.ts, run-rules.ts); access rules need the service's own phone numbers as they are.
 */
import { accountAreas } from './account-area';
import { collapseWhitespace } from './collapse-whitespace';
import { inErrorRegion } from './error-messages';
import { maskEchoedInput } from '../privacy/mask-echoed-input';

export type BlockRole = 'heading' | 'paragraph' | 'label' | 'hint' | 'legend' | 'error' | 'button' | 'link';

export interface TextBlock {
  element: Element;
  role: BlockRole;
  /** Whitespace collapsed; a line break where a nested block or <br> cut the text. */
  text: string;
  /** Base language subtag ("fr", "en", "de"), or "other" when detection saw neither French nor English. */
  lang: string;
  langSource: 'attribute' | 'page' | 'detected';
  /** A link or button inside a sentence: its text is also part of the block around it. */
  inSentence: boolean;
}

// Never read: code, scripts, form values (what a person typed or chose), embedded media, our own UI.
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'pre', 'code', 'kbd', 'samp', 'textarea', 'select', 'option',
  'optgroup', 'datalist', 'output', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed', 'video',
  'audio', 'img', 'picture', 'head', 'title', 'meta', 'link',
]);
/*
 * A recap ("Vérifiez vos réponses", "Check your answers") lists the person's answers: the
 * questions (<dt>, <th>) are the service's wording, the values (<dd>, <td>) are what the person
 * entered and are never read. A list or table is a recap by its design-system class, by its
 * "Modifier" / "Change" links, or because the page's heading says it is one.
 */
const ANSWER_VALUE_CLASSES = ['govuk-summary-list__value', 'fr-summary__value', 'summary-list__value'];
const RECAP_CONTAINER = '.govuk-summary-list, .govuk-summary-card, .fr-summary, [class*="recap"], [class*="summary-list"]';
const RECAP_HEADING = /r[ée]capitulatif|v[ée]rifi\S* (?:vos|les) (?:r[ée]ponses|informations)|relisez (?:vos|votre)|check your answers|check your (?:application|details)|review your (?:answers|application|details)|summary of your/i;
const CHANGE_LINK = /^\s*(?:modifier|changer|corriger|change|edit|amend)\b/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

// Elements that start a block of their own: text inside them is read as one unit.
const BLOCK_TAGS = new Set([
  'p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'figcaption', 'caption', 'summary', 'address', 'div', 'section',
  'article', 'aside', 'header', 'footer', 'main', 'nav', 'form', 'fieldset', 'body', 'details', 'table', 'tr',
  'ul', 'ol', 'dl', 'figure', 'hgroup', 'search', 'dialog', 'center',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ERROR_CLASSES = ['fr-error-text', 'govuk-error-message', 'fr-message--error', 'govuk-error-summary'];
const HINT_CLASSES = ['fr-hint-text', 'govuk-hint', 'fr-message--info'];
const INHERITED_ROLES: ReadonlySet<BlockRole> = new Set(['error', 'hint', 'label', 'legend']);
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset']);

interface Open {
  element: Element;
  role: BlockRole;
  lang: string | null;
  parts: string[];
  /** Text of its own, not only that of the links and buttons it holds (those are blocks already). */
  own: boolean;
  /** For a link or button: the block its text also belongs to. */
  around?: Open;
}

interface Frame {
  node: Node;
  block: Open;
  /** The link or button whose name this text also belongs to, besides its block. */
  inline: Open | null;
  lang: string | null;
  /** Inside a <details>: closed content still counts, a reader opens it. */
  inDetails: boolean;
}

/** After a nested block: what follows in its parent starts a new line. */
type Work = Frame | { newline: Open };

export function textBlocks(doc: Document): TextBlock[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const pageLang = baseLang(doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang'));
  const described = describedIds(doc);
  const answers = answerValues(doc);
  const inAccountArea = accountAreas(doc);
  const opened: Open[] = [];
  const rootBlock: Open = { element: root, role: 'paragraph', lang: inheritedLang(root), parts: [], own: false };
  opened.push(rootBlock);
  const stack: Work[] = [];
  pushChildren(stack, root, { node: root, block: rootBlock, inline: null, lang: rootBlock.lang, inDetails: false });

  while (stack.length > 0) {
    const work = stack.pop()!;
    if ('newline' in work) {
      work.newline.parts.push('\n');
      continue;
    }
    const { node } = work;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const text = node.nodeValue ?? '';
      work.block.parts.push(text);
      if (work.inline) work.inline.parts.push(text);
      else if (!work.block.own && /\S/.test(text)) work.block.own = true;
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = node as Element;
    const tag = el.localName;
    if (isSkipped(el, tag) || answers(el, tag) || inAccountArea(el) || (!work.inDetails && !isRendered(el))) continue;
    if (tag === 'br') {
      work.block.parts.push('\n');
      continue;
    }
    const lang = el.hasAttribute('lang') ? baseLang(el.getAttribute('lang')) ?? work.lang : work.lang;
    const inDetails = work.inDetails || tag === 'details';
    if (tag === 'input') {
      // A submit button's value is the service's wording, not a person's answer.
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      const value = el.getAttribute('value');
      if (BUTTON_INPUT_TYPES.has(type) && value) opened.push({ element: el, role: 'button', lang, parts: [value], own: true });
      continue;
    }
    const role = blockRole(el, tag, described);
    let block = work.block;
    let inline = work.inline;
    if (role === 'link' || role === 'button') {
      const owner: Open = { element: el, role, lang, parts: [], own: true, around: block };
      opened.push(owner);
      inline = owner;
    } else if (role) {
      block.parts.push('\n');
      stack.push({ newline: block });
      // Paragraphs inside an error summary or a hint are still error or hint text.
      const inherited = role === 'container' ? (INHERITED_ROLES.has(block.role) ? block.role : 'paragraph') : role;
      block = { element: el, role: inherited, lang, parts: [], own: false };
      opened.push(block);
    }
    pushChildren(stack, el, { node: el, block, inline, lang, inDetails });
  }

  const blocks: Array<Omit<TextBlock, 'lang' | 'langSource'> & { declared: string | null }> = [];
  for (const open of opened) {
    if (!open.own) continue;
    const read = tidy(open.parts.join(''));
    if (!/[\p{L}\p{N}]/u.test(read)) continue;
    const text = open.role === 'error' || inErrorRegion(open.element) ? maskEchoedInput(read) : read;
    blocks.push({ element: open.element, role: open.role, text, declared: open.lang, inSentence: open.around?.own === true });
  }
  const pageDetected = pageLang ? null : detectLang(sample(blocks.map((b) => b.text)), { decide: true });
  return blocks.map(({ declared, ...block }) => {
    if (declared) return { ...block, lang: declared, langSource: declared === pageLang ? 'page' : 'attribute' };
    if (pageLang) return { ...block, lang: pageLang, langSource: 'page' };
    return { ...block, lang: detectLang(block.text) ?? pageDetected ?? 'other', langSource: 'detected' };
  });
}

function pushChildren(stack: Work[], el: Element, frame: Frame): void {
  const children: Node[] = [];
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  // An open shadow root is what renders; its host's light children show only through slots.
  for (let child = (shadow ?? el).firstChild; child; child = child.nextSibling) children.push(child);
  if (shadow) for (let child = el.firstChild; child; child = child.nextSibling) children.push(child);
  for (let i = children.length - 1; i >= 0; i--) stack.push({ ...frame, node: children[i]! });
}

/** Whether an element holds one of the person's answers on a recap (see RECAP_HEADING above). */
function answerValues(doc: Document): (el: Element, tag: string) => boolean {
  let recapPage: boolean | null = null;
  const recapLists = new Map<Element, boolean>();
  const isRecapPage = (): boolean =>
    (recapPage ??= [...doc.querySelectorAll('h1, h2, title')].some((h) => RECAP_HEADING.test(h.textContent ?? '')));
  return (el, tag) => {
    if (ANSWER_VALUE_CLASSES.some((c) => el.classList.contains(c))) return true;
    if (tag !== 'dd' && tag !== 'td') return false;
    const list = el.closest(tag === 'dd' ? 'dl' : 'table');
    if (!list) return false;
    let recap = recapLists.get(list);
    if (recap === undefined) {
      recap =
        list.closest(RECAP_CONTAINER) !== null ||
        [...list.querySelectorAll('a, button')].some((a) => CHANGE_LINK.test(a.textContent ?? '')) ||
        isRecapPage();
      recapLists.set(list, recap);
    }
    return recap;
  };
}

function isSkipped(el: Element, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert') || el.hasAttribute('data-balise-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * In a browser, CSS can hide what attributes do not say. happy-dom has no layout and computes each
 * style from scratch (hundreds of ms per page): there, attributes alone decide.
 */
function isRendered(el: Element): boolean {
  if ((el.ownerDocument.defaultView as { happyDOM?: unknown } | null)?.happyDOM) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return true;
  try {
    return check.call(el, { visibilityProperty: true });
  } catch {
    return true;
  }
}

function blockRole(el: Element, tag: string, described: ReadonlySet<string>): BlockRole | 'container' | null {
  const ariaRole = el.getAttribute('role');
  const classes = el.classList;
  if (ariaRole === 'alert' || ERROR_CLASSES.some((c) => classes.contains(c))) return 'error';
  if (HEADING_TAGS.has(tag) || ariaRole === 'heading') return 'heading';
  if (tag === 'a' ? el.hasAttribute('href') : ariaRole === 'link') return 'link';
  if (tag === 'button' || ariaRole === 'button') return 'button';
  if (tag === 'legend') return 'legend';
  if (tag === 'label') return 'label';
  if (HINT_CLASSES.some((c) => classes.contains(c)) || (el.id && described.has(el.id))) return 'hint';
  if (BLOCK_TAGS.has(tag)) return 'container';
  return null;
}

function describedIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[aria-describedby]')) {
    for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/)) if (id) ids.add(id);
  }
  return ids;
}

function inheritedLang(el: Element): string | null {
  const holder = el.closest('[lang]');
  return holder ? baseLang(holder.getAttribute('lang')) : null;
}

function baseLang(tag: string | null | undefined): string | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base ? base : null;
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => collapseWhitespace(line).trim())
    .filter(Boolean)
    .join('\n');
}

function sample(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (out.length > 4000) break;
    out += t + '\n';
  }
  return out;
}

// The most frequent function words: enough to tell French from English in a sentence or two.
const FR_WORDS = new Set('le la les un une des du de et est sont vous votre vos nous pour dans par sur avec au aux ce cette ces qui que ne pas plus il elle ou où son sa ses leur été être avez êtes doit peut'.split(' '));
const EN_WORDS = new Set('the a an and is are you your we our for in on with by to of this that these it be not or if can must will have has was were been at from which who'.split(' '));

/**
 * A tiny stop-word language guess: "fr", "en", "other" (words but few French or English function
 * words), or null when the text is too short to say.
 */
export function detectLang(text: string, { decide = false } = {}): 'fr' | 'en' | 'other' | null {
  let words = 0;
  let fr = 0;
  let en = 0;
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++;
    if (FR_WORDS.has(m[0])) fr++;
    if (EN_WORDS.has(m[0])) en++;
    if (words >= 2000) break;
  }
  if (fr + en < 2) return words >= 8 ? 'other' : null;
  if (fr >= 1.5 * en) return 'fr';
  if (en >= 1.5 * fr) return 'en';
  // A whole page must get some language: a mixed page goes to the one with more function words.
  if (decide && fr !== en) return fr > en ? 'fr' : 'en';
  if (words >= 8 && (fr + en) / words < 0.1) return 'other';
  return null;
}
