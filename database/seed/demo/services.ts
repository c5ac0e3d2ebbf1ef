import type { ServiceSeed } from '../seed-types';

/** Chain-wide base prices in USD; locations may override per variant (see chain.ts). */
export const services: ServiceSeed[] = [
  {
    slug: 'therapeutic-massage',
    name: 'Therapeutic massage',
    modality: 'therapeutic-massage',
    techniques: ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release'],
    summary:
      'Treatment built around your goal: 30 minutes for one area such as the neck or lower back, 60 for the whole body, 90 when there is a lot to work on.',
    variants: [
      { minutes: 30, basePrice: 55 },
      { minutes: 60, basePrice: 95 },
      { minutes: 90, basePrice: 135 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1001' },
  },
  {
    slug: 'deep-tissue-massage',
    name: 'Deep tissue focus',
    modality: 'therapeutic-massage',
    techniques: ['deep-tissue', 'trigger-point'],
    summary:
      'Slow, firm work on long-standing knots and stiffness. Firm never means painful: you set the pressure.',
    variants: [
      { minutes: 30, basePrice: 60 },
      { minutes: 60, basePrice: 105 },
      { minutes: 90, basePrice: 150 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1002' },
  },
  {
    slug: 'relaxation-massage',
    name: 'Relaxation massage',
    modality: 'relaxation-massage',
    techniques: ['swedish'],
    summary: 'Gentle, flowing full-body strokes to unwind. No homework, no goals beyond feeling better.',
    variants: [
      { minutes: 30, basePrice: 50 },
      { minutes: 60, basePrice: 85 },
      { minutes: 90, basePrice: 120 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1003' },
  },
  {
    slug: 'sports-massage',
    name: 'Sports massage',
    modality: 'sports-injury-care',
    techniques: ['sports-massage', 'deep-tissue'],
    summary:
      'Brisk preparation before an event or recovery work after it, focused on the muscles your sport loads most.',
    variants: [
      { minutes: 30, basePrice: 60 },
      { minutes: 60, basePrice: 105 },
      { minutes: 90, basePrice: 150 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1004' },
  },
  {
    slug: 'prenatal-massage',
    name: 'Prenatal massage',
    modality: 'therapeutic-massage',
    techniques: ['prenatal', 'swedish'],
    summary:
      'Side-lying, well-supported massage for back, hip and leg discomfort during pregnancy, with a therapist trained in prenatal care.',
    variants: [
      { minutes: 30, basePrice: 60 },
      { minutes: 60, basePrice: 100 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1005' },
  },
  {
    slug: 'assisted-stretch',
    name: 'Assisted stretch',
    modality: 'stretch-therapy',
    techniques: ['assisted-stretching'],
    summary:
      'One-to-one stretching on a padded table. Thirty minutes for hips and hamstrings, sixty for a full-body session.',
    variants: [
      { minutes: 30, basePrice: 45 },
      { minutes: 60, basePrice: 80 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1006' },
  },
  {
    slug: 'chiropractic-adjustment',
    name: 'Chiropractic adjustment',
    modality: 'chiropractic',
    techniques: ['spinal-adjustment'],
    summary:
      'A follow-up adjustment takes 30 minutes; book 60 for your first visit, which includes a health history and a full assessment.',
    variants: [
      { minutes: 30, basePrice: 65 },
      { minutes: 60, basePrice: 120 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1007' },
  },
  {
    slug: 'spinal-decompression-session',
    name: 'Spinal decompression session',
    modality: 'spinal-decompression',
    techniques: ['mechanical-decompression'],
    summary:
      'Gentle, monitored traction on a decompression table for persistent back or neck pain. Longer sessions add hands-on soft-tissue work.',
    variants: [
      { minutes: 30, basePrice: 85 },
      { minutes: 60, basePrice: 140 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1008' },
  },
  {
    slug: 'sports-recovery-session',
    name: 'Sports recovery session',
    modality: 'sports-injury-care',
    techniques: ['sports-massage', 'myofascial-release', 'assisted-stretching'],
    summary:
      'Massage and assisted stretching in one appointment, planned around your training calendar.',
    variants: [
      { minutes: 30, basePrice: 65 },
      { minutes: 60, basePrice: 115 },
      { minutes: 90, basePrice: 160 },
    ],
    booking: { system: 'mindbody', externalId: 'LO-SVC-1009' },
  },
];
