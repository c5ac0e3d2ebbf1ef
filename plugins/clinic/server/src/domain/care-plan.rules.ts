/**
 * Care plans: ordered phases (array order is the order), each with a
 * structured frequency in the manner of HL7 FHIR Timing.repeat:
 * minPerPeriod..maxPerPeriod sessions per `period` `periodUnit`s, for
 * `lengthWeeks` weeks, or ongoing (null) for the last phase only.
 */
import { joinPath, problem, Problem } from './errors';
import { isPeriodUnit, PERIOD_UNITS, PeriodUnit } from './vocabulary';

export interface CarePlanPhase {
  name: string;
  minPerPeriod: number;
  maxPerPeriod: number;
  period: number;
  periodUnit: PeriodUnit;
  lengthWeeks: number | null;
  sessionMinutes: number;
}

export const SESSION_MINUTES_MIN = 15;
export const SESSION_MINUTES_MAX = 180;
export const SESSION_MINUTES_STEP = 5;

/**
 * Every problem of a plan's phases, each naming `phases.<index>.<field>`:
 * at least one phase; a name; whole numbers; minPerPeriod >= 1;
 * maxPerPeriod >= minPerPeriod; period >= 1; a known periodUnit; lengthWeeks
 * >= 1, or null (ongoing) for the last phase only; sessionMinutes 15-180 in
 * steps of 5.
 */
export function validateCarePlanPhases(phases: readonly CarePlanPhase[], basePath = 'phases'): Problem[] {
  if (phases.length === 0) return [problem(basePath, 'required', 'a care plan needs at least one phase')];
  const problems: Problem[] = [];
  const lastIndex = phases.length - 1;

  phases.forEach((phase, i) => {
    const at = (field: keyof CarePlanPhase) => joinPath(basePath, i, field);
    const wholeAtLeast = (field: 'minPerPeriod' | 'maxPerPeriod' | 'period', min: number): boolean => {
      const v = phase[field];
      if (!Number.isInteger(v)) {
        problems.push(problem(at(field), 'not-an-integer', `${field} must be a whole number, got ${v}`));
        return false;
      }
      if (v < min) {
        problems.push(problem(at(field), 'too-small', `${field} must be at least ${min}, got ${v}`));
        return false;
      }
      return true;
    };

    if (typeof phase.name !== 'string' || phase.name.trim() === '') {
      problems.push(problem(at('name'), 'required', 'a phase needs a name'));
    }
    const minOk = wholeAtLeast('minPerPeriod', 1);
    const maxOk = wholeAtLeast('maxPerPeriod', 1);
    if (minOk && maxOk && phase.maxPerPeriod < phase.minPerPeriod) {
      problems.push(problem(at('maxPerPeriod'), 'invalid-order',
        `maxPerPeriod (${phase.maxPerPeriod}) must not be below minPerPeriod (${phase.minPerPeriod})`));
    }
    wholeAtLeast('period', 1);
    if (!isPeriodUnit(phase.periodUnit)) {
      problems.push(problem(at('periodUnit'), 'invalid-value',
        `periodUnit must be one of ${PERIOD_UNITS.join(', ')}, got ${String(phase.periodUnit)}`));
    }

    if (phase.lengthWeeks === null) {
      if (i !== lastIndex) {
        problems.push(problem(at('lengthWeeks'), 'ongoing-not-last',
          `only the last phase may be ongoing; phase ${i + 1} of ${phases.length} needs a length in weeks`));
      }
    } else if (!Number.isInteger(phase.lengthWeeks)) {
      problems.push(problem(at('lengthWeeks'), 'not-an-integer', `lengthWeeks must be a whole number, got ${phase.lengthWeeks}`));
    } else if (phase.lengthWeeks < 1) {
      problems.push(problem(at('lengthWeeks'), 'too-small', `lengthWeeks must be at least 1, got ${phase.lengthWeeks}`));
    }

    const m = phase.sessionMinutes;
    if (!Number.isInteger(m)) {
      problems.push(problem(at('sessionMinutes'), 'not-an-integer', `sessionMinutes must be a whole number, got ${m}`));
    } else if (m < SESSION_MINUTES_MIN || m > SESSION_MINUTES_MAX) {
      problems.push(problem(at('sessionMinutes'), 'out-of-range',
        `sessionMinutes must be between ${SESSION_MINUTES_MIN} and ${SESSION_MINUTES_MAX}, got ${m}`));
    } else if (m % SESSION_MINUTES_STEP !== 0) {
      problems.push(problem(at('sessionMinutes'), 'wrong-step', `sessionMinutes must be a multiple of ${SESSION_MINUTES_STEP}, got ${m}`));
    }
  });
  return problems;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Plain-English frequency of a phase:
 *   "2–3 sessions a week for 4 weeks", "1 session every 2 weeks, ongoing",
 *   "1 session a month for 12 weeks". Uses an en dash for ranges.
 */
export function describeFrequency(phase: Omit<CarePlanPhase, 'name' | 'sessionMinutes'>): string {
  const { minPerPeriod: min, maxPerPeriod: max, period, periodUnit, lengthWeeks } = phase;
  const sessions = min === max ? plural(min, 'session') : `${min}–${max} sessions`;
  const every = period === 1 ? `a ${periodUnit}` : `every ${plural(period, periodUnit)}`;
  const length = lengthWeeks === null ? ', ongoing' : ` for ${plural(lengthWeeks, 'week')}`;
  return `${sessions} ${every}${length}`;
}
