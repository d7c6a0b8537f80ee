import type { ParamTrace } from '../../derivation/paramTrace.ts';
import type { Equation, Step } from '../../derivation/types.ts';

/** The rows the equations panel leads with: a selected parameter's trace, or the step's own. */
export function shownRows(step: Step, paramTrace: ParamTrace | null): Equation[] {
  return paramTrace && paramTrace.param !== step.param ? paramTrace.equations : step.equations;
}
