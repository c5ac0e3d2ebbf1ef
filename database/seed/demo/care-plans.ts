import type { CarePlanSeed } from '../seed-types';

/**
 * Frequencies follow the shape of HL7 FHIR Timing.repeat: min–max sessions per
 * `period` `periodUnit`, for `lengthWeeks` weeks (null = ongoing, final phase only).
 */
export const carePlans: CarePlanSeed[] = [
  {
    slug: 'general-wellness',
    name: 'General wellness',
    goal: 'Keep everyday tension from building up, with one full-body session about once a month.',
    condition: null,
    phases: [
      {
        name: 'Monthly maintenance',
        minPerPeriod: 1,
        maxPerPeriod: 1,
        period: 1,
        periodUnit: 'month',
        lengthWeeks: null,
        sessionMinutes: 60,
      },
    ],
  },
  {
    slug: 'chronic-low-back-pain',
    name: 'Chronic low-back pain',
    goal: 'Calm persistent back pain with frequent early sessions, then taper to the least frequent schedule that keeps it under control.',
    condition: 'low-back-pain',
    phases: [
      {
        name: 'Phase 1: settle the pain',
        minPerPeriod: 2,
        maxPerPeriod: 3,
        period: 1,
        periodUnit: 'week',
        lengthWeeks: 4,
        sessionMinutes: 60,
      },
      {
        name: 'Phase 2: build on progress',
        minPerPeriod: 1,
        maxPerPeriod: 1,
        period: 1,
        periodUnit: 'week',
        lengthWeeks: 6,
        sessionMinutes: 60,
      },
      {
        name: 'Phase 3: maintenance',
        minPerPeriod: 1,
        maxPerPeriod: 1,
        period: 2,
        periodUnit: 'week',
        lengthWeeks: null,
        sessionMinutes: 60,
      },
    ],
  },
  {
    slug: 'fibromyalgia-consistency',
    name: 'Fibromyalgia: steady and gentle',
    goal: 'At least five weeks of consistent, gentle sessions, the pattern that helped pain, anxiety and mood in studies, followed by regular maintenance.',
    condition: 'fibromyalgia',
    phases: [
      {
        name: 'Phase 1: five consistent weeks',
        minPerPeriod: 1,
        maxPerPeriod: 2,
        period: 1,
        periodUnit: 'week',
        lengthWeeks: 5,
        sessionMinutes: 60,
      },
      {
        name: 'Phase 2: maintenance',
        minPerPeriod: 1,
        maxPerPeriod: 1,
        period: 2,
        periodUnit: 'week',
        lengthWeeks: null,
        sessionMinutes: 60,
      },
    ],
  },
];
