import { analyzeJourney } from '../../engine/journey';
import type { FailedStep, Journey, JourneyStep, Lang, PageAudit } from '../../engine/model';
import { maskPersonalData } from '../../engine/privacy/mask-personal-data';
import { slimAudit } from './slim-audit';

/** How many h1/h2 texts a step keeps, and how long each may be: the screen's outline, not its text. */
export const MAX_STEP_HEADINGS = 30;
export const MAX_HEADING_CHARS = 200;

export interface StepInput {
  index: number;
  audit: PageAudit;
  /** The screen's h1 and h2 texts, in document order (page structure, never what a person typed). */
  headings: readonly string[];
  enteredAt: string;
  /** Time really spent on the screen, when a person went through it (the recorder knows it, the CLI does not). */
  timeSpentMs?: number;
}

/** One audited screen as a step of a procedure: the same shape whether the recorder or the CLI saw it. */
export function journeyStepOf(input: StepInput): JourneyStep {
  const audit = slimAudit(input.audit);
  return {
    index: input.index,
    url: audit.url,
    title: audit.title,
    headings: stepHeadings(input.headings),
    enteredAt: input.enteredAt,
    ...(input.timeSpentMs === undefined ? {} : { timeSpentMs: input.timeSpentMs }),
    audit,
  };
}

/**
 * A screen's headings as a step keeps them: tidy, short, and with personal data masked (a recap's
 * "Bonjour Marie Dupont", a confirmation's "Dossier HDJ2123F"), before the cut so that half a
 * file number cannot slip through.
 */
export function stepHeadings(texts: readonly string[]): string[] {
  return texts
    .map((text) => maskPersonalData(text.replace(/\s+/g, ' ').trim()).slice(0, MAX_HEADING_CHARS))
    .filter(Boolean)
    .slice(0, MAX_STEP_HEADINGS);
}

export interface JourneyInput {
  name: string;
  lang: Lang;
  startedAt: string;
  endedAt?: string;
  steps: JourneyStep[];
  /** Screens that could not be audited, numbered with the steps. The analysis knows where they were, not what they ask. */
  failedSteps?: FailedStep[];
}

/** A finished procedure: its steps, what it costs a person and the journey findings (pure analysis). */
export function buildJourney(input: JourneyInput): Journey {
  return {
    name: input.name,
    startedAt: input.startedAt,
    ...(input.endedAt === undefined ? {} : { endedAt: input.endedAt }),
    steps: input.steps,
    ...(input.failedSteps?.length ? { failedSteps: input.failedSteps } : {}),
    ...journeyFindings(input.steps, input.lang, input.failedSteps),
  };
}

/**
 * What the journey analysis adds to the steps, in the report's shape (the recorder stores it
 * apart). The failed steps tell it which steps it could not see: a finding that rests on every
 * step then needs review, and the metrics say they are lower bounds.
 */
export function journeyFindings(steps: readonly JourneyStep[], lang: Lang, failedSteps: readonly FailedStep[] = []): Pick<Journey, 'metrics' | 'violations' | 'incomplete' | 'passes' | 'errors'> {
  const analysis = analyzeJourney(steps, { lang, notChecked: failedSteps.map((step) => step.index) });
  return {
    metrics: analysis.metrics,
    violations: analysis.violations,
    incomplete: analysis.incomplete,
    passes: analysis.passes,
    ...(analysis.errors.length ? { errors: analysis.errors } : {}),
  };
}
