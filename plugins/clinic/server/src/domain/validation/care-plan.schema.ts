import { z } from 'zod';
import { CarePlanPhase, validateCarePlanPhases } from '../care-plan.rules';
import { Problem } from '../errors';
import { PERIOD_UNITS } from '../vocabulary';
import { fieldIsClean, longText, minutes, relationRef, shapeProblems, slug, text, ValidationMode } from './common.schema';

const whole = z.number().int('must be a whole number').min(1, 'must be at least 1');

export const carePlanShape = {
  name: text(),
  slug,
  goal: longText().nullish(),
  condition: relationRef,
  phases: z
    .array(
      z.object({
        name: text(),
        minPerPeriod: whole,
        maxPerPeriod: whole,
        period: whole,
        periodUnit: z.enum(PERIOD_UNITS),
        lengthWeeks: whole.nullish(),
        sessionMinutes: minutes,
      }),
    )
    .max(20),
};

/** Phases in order, min <= max per period, only the last one ongoing (domain validateCarePlanPhases). */
export function validateCarePlan(doc: Record<string, unknown>, mode: ValidationMode): Problem[] {
  const problems = shapeProblems(carePlanShape, doc, mode);
  const phases = doc.phases as CarePlanPhase[] | null | undefined;
  if (!fieldIsClean(problems, 'phases') || !Array.isArray(phases)) return problems;
  if (phases.length === 0 && !mode.complete) return problems; // an unfinished draft
  const normalised = phases.map((p) => ({ ...p, lengthWeeks: p.lengthWeeks ?? null }));
  return [...problems, ...validateCarePlanPhases(normalised)];
}
