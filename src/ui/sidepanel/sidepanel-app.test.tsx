import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProcedureRecord, RecordSummary, SidepanelApi, TargetTab } from './sidepanel-api';
import { SidepanelApp } from './sidepanel-app';

/**
 * The browser's permission prompt cannot be answered from an end-to-end test (headless Chromium
 * leaves permissions.request pending), so a refusal is checked here, on the panel itself, with
 * the browser side replaced by a fake that answers "no".
 */
const ORIGIN = 'https://www.exemple.fr';

const running: ProcedureRecord = {
  id: 'r1',
  name: 'Aide au logement',
  tabId: 7,
  origin: ORIGIN,
  status: 'recording',
  lang: 'fr',
  startedAt: '2026-01-05T09:00:00.000Z',
  axeVersion: '',
  entries: [],
  observations: [],
  lastScreen: null,
  ruleTexts: {},
};

function fakeApi(target: TargetTab, records: ProcedureRecord[] = []) {
  const summaries: RecordSummary[] = records.map((r) => ({ id: r.id, name: r.name, status: r.status, tabId: r.tabId, startedAt: r.startedAt, steps: 0 }));
  return {
    readLang: vi.fn(async () => 'fr' as const),
    targetTab: vi.fn(async () => target),
    onTargetChange: () => () => undefined,
    requestSiteAccess: vi.fn(async () => false),
    listRecords: vi.fn(async () => summaries),
    readRecord: vi.fn(async (id: string) => records.find((r) => r.id === id) ?? null),
    onRecordsChange: () => () => undefined,
    start: vi.fn(async () => ({ id: 'new' })),
    pause: vi.fn(async () => null),
    resume: vi.fn(async () => null),
    stop: vi.fn(async () => null),
    remove: vi.fn(async () => null),
    observe: vi.fn(async () => null),
    exportJson: vi.fn(),
    openReport: vi.fn(async () => undefined),
  } satisfies SidepanelApi;
}

async function settle() {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function mount(api: SidepanelApi): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root')!;
  render(<SidepanelApp api={api} />, root);
  return root;
}

const button = (root: HTMLElement, name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`No button "${name}" in: ${[...root.querySelectorAll('button')].map((b) => b.textContent).join(' | ')}`);
  return found;
};

/** happy-dom does not submit a form when its submit button is clicked: the browser would. */
const submit = (root: HTMLElement, name: string) => {
  const found = button(root, name);
  found.form!.requestSubmit(found);
};

/** Types, then lets Preact draw: the next click must see the new text, as after a real keystroke. */
async function type(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

afterEach(() => render(null, document.getElementById('root')!));

describe('side panel', () => {
  it('explains a refused site access and records nothing', async () => {
    const api = fakeApi({ tabId: 7, origin: ORIGIN, access: false });
    const root = mount(api);
    await settle();
    // Why the access is asked, in one sentence, before the click.
    expect(root.querySelector('#why-access')?.textContent).toContain(`ce site seulement (${ORIGIN})`);
    button(root, 'Commencer le relevé').click();
    await settle();
    expect(api.requestSiteAccess).toHaveBeenCalledWith(ORIGIN);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe("Accès au site refusé : rien n’a été enregistré. Sans cet accès, Balise ne peut pas analyser les écrans suivants.");
    expect(api.start).not.toHaveBeenCalled();
  });

  it('does not ask again when the access was given, and starts', async () => {
    const api = fakeApi({ tabId: 7, origin: ORIGIN, access: true });
    const root = mount(api);
    await settle();
    button(root, 'Commencer le relevé').click();
    await settle();
    expect(api.requestSiteAccess).not.toHaveBeenCalled();
    expect(api.start).toHaveBeenCalledWith(7, '');
  });

  it('warns before saving a note that holds a phone number or an e-mail, and saves only once confirmed', async () => {
    const api = fakeApi({ tabId: 7, origin: ORIGIN, access: true }, [running]);
    const root = mount(api);
    await settle();
    button(root, 'Ajouter une observation').click();
    await settle();
    // The keyboard follows: focus is on the new form, not lost with the button that opened it.
    expect(document.activeElement?.id).toBe('observe-heading');
    const note = root.querySelector('textarea')!;
    await type(note, 'Rappeler Mme X au 06 12 34 56 78 ou x.y@example.net');
    submit(root, "Enregistrer l’observation");
    await settle();
    const warning = root.querySelector('[role="alert"]')?.textContent ?? '';
    expect(warning).toContain('adresse e-mail');
    expect(warning).toContain('numéro de téléphone');
    expect(api.observe).not.toHaveBeenCalled();

    button(root, 'Modifier la note').click();
    expect(document.activeElement).toBe(note);
    await type(note, 'Ligne téléphonique saturée depuis 9 h');
    expect(root.querySelector('[role="alert"]')).toBeNull();
    submit(root, "Enregistrer l’observation");
    await settle();
    expect(api.observe).toHaveBeenCalledWith('r1', 'email-required', 'Ligne téléphonique saturée depuis 9 h');
    expect(document.activeElement?.id).toBe('add-observation');
  });

  it('saves a note with personal data only when the worker confirms it', async () => {
    const api = fakeApi({ tabId: 7, origin: ORIGIN, access: true }, [running]);
    const root = mount(api);
    await settle();
    button(root, 'Ajouter une observation').click();
    await settle();
    await type(root.querySelector('textarea')!, 'NIR 1 84 12 75 108 123 45');
    submit(root, "Enregistrer l’observation");
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('numéro de sécurité sociale');
    button(root, 'Enregistrer quand même').click();
    await settle();
    expect(api.observe).toHaveBeenCalledTimes(1);
  });
});
