import { isFormScreen, type StepView } from './read-step';

export type IndicatorVerdict =
  | { kind: 'absent' }
  /** Certain: a step numbered beyond its own total, or more screens than the total with no step spread over two screens. */
  | { kind: 'disagrees'; step: number; claimed: number; seen: number; current: number }
  /** Two screens share a step number: a step may span several screens, so a person must judge. */
  | { kind: 'sub-pages'; step: number; claimed: number; seen: number }
  /** The announced total changed on the way (branching forms do this). */
  | { kind: 'total-changes'; step: number; totals: number[] }
  | { kind: 'consistent'; claimed: number; seen: number }
  /** Consistent with the screens seen, but a step after the first indicated one was not checked: it may not be. */
  | { kind: 'not-all-seen'; claimed: number; seen: number; notChecked: number[] };

export interface IndicatorCheck {
  claimedTotals: number[];
  screensSeen: number;
  verdict: IndicatorVerdict;
}

/**
 * Compares what the step indicator announces with what was seen. Screens are counted once
 * (revisits after an error do not count), and only screens that ask something or show the
 * indicator: a start page or a confirmation page sits outside most steppers. A step not checked
 * can only add screens: an indicator exceeded by the screens seen stays certain, one that seems
 * right is unknown when a step it counts (after the first indicated screen) was not checked.
 */
export function checkIndicator(views: readonly StepView[], notChecked: readonly number[] = []): IndicatorCheck {
  const screens = distinctScreens(views);
  const firstIndicated = screens.findIndex((v) => v.indicator !== null);
  if (firstIndicated < 0) return { claimedTotals: [], screensSeen: 0, verdict: { kind: 'absent' } };
  const indicated = screens.filter((v) => v.indicator !== null);
  const claimedTotals = [...new Set(indicated.map((v) => v.indicator!.total))];
  const first = screens[firstIndicated]!;
  const seen = first.indicator!.current - 1 + screens.slice(firstIndicated).filter(isFormScreen).length;
  const result = (verdict: IndicatorVerdict): IndicatorCheck => ({ claimedTotals, screensSeen: seen, verdict });

  const overflow = indicated.find((v) => v.indicator!.current > v.indicator!.total);
  if (overflow) {
    const { current, total } = overflow.indicator!;
    return result({ kind: 'disagrees', step: overflow.index, claimed: total, seen: Math.max(seen, current), current });
  }
  if (claimedTotals.length > 1) {
    const changed = indicated.find((v) => v.indicator!.total !== claimedTotals[0])!;
    return result({ kind: 'total-changes', step: changed.index, totals: claimedTotals });
  }
  const claimed = claimedTotals[0]!;
  if (seen <= claimed) {
    const missed = notChecked.filter((index) => index > first.index);
    return result(missed.length ? { kind: 'not-all-seen', claimed, seen, notChecked: missed } : { kind: 'consistent', claimed, seen });
  }
  const currents = indicated.map((v) => v.indicator!.current);
  const last = indicated[indicated.length - 1]!;
  if (new Set(currents).size < currents.length) return result({ kind: 'sub-pages', step: last.index, claimed, seen });
  return result({ kind: 'disagrees', step: first.index, claimed, seen, current: first.indicator!.current });
}

/** First occurrence of each screen, in the order seen. */
export function distinctScreens(views: readonly StepView[]): StepView[] {
  const seen = new Set<string>();
  return views.filter((v) => {
    if (seen.has(v.screenKey)) return false;
    seen.add(v.screenKey);
    return true;
  });
}
