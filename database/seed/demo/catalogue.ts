import type { ModalitySeed, SpecialtySeed, TechniqueSeed } from '../seed-types';

/** Service lines. NUCC codes: 225700000X massage therapist, 111N00000X chiropractor. */
export const modalities: ModalitySeed[] = [
  {
    slug: 'therapeutic-massage',
    name: 'Therapeutic massage',
    summary:
      'Hands-on treatment aimed at one specific problem, such as a stiff lower back, a sore shoulder or recurring tension headaches. Your therapist assesses the area, picks the techniques and tracks progress from visit to visit.',
    requiredLicenceType: 'LMT',
    nuccTaxonomyCode: '225700000X',
  },
  {
    slug: 'relaxation-massage',
    name: 'Relaxation massage',
    summary:
      'A calm, full-body massage with gentle flowing strokes. The goal is to unwind and reset, not to work on a particular injury.',
    requiredLicenceType: 'LMT',
    nuccTaxonomyCode: '225700000X',
  },
  {
    slug: 'stretch-therapy',
    name: 'Stretch therapy',
    summary:
      'One-to-one assisted stretching that takes joints gently through their range of motion to build flexibility. It pairs well with massage, which loosens the tissue first.',
    requiredLicenceType: null,
    nuccTaxonomyCode: null,
  },
  {
    slug: 'chiropractic',
    name: 'Chiropractic care',
    summary:
      'Assessment and spinal adjustments by a licensed chiropractor. A short massage beforehand relaxes the surrounding muscles so the adjustment feels easier.',
    requiredLicenceType: 'DC',
    nuccTaxonomyCode: '111N00000X',
  },
  {
    slug: 'spinal-decompression',
    name: 'Non-surgical spinal decompression',
    summary:
      'Gentle, computer-controlled traction for persistent back pain, supervised by a chiropractor and usually combined with massage in a spine-care plan.',
    requiredLicenceType: 'DC',
    nuccTaxonomyCode: '111N00000X',
  },
  {
    slug: 'sports-injury-care',
    name: 'Sports injury care',
    summary:
      'A programme for athletes and active people that blends sports massage, stretching and, where useful, chiropractic care to prevent injuries and speed recovery.',
    requiredLicenceType: 'LMT',
    nuccTaxonomyCode: '225700000X',
  },
];

export const techniques: TechniqueSeed[] = [
  {
    slug: 'swedish',
    name: 'Swedish massage',
    modality: 'relaxation-massage',
    pressure: 'light',
    howPerformed: 'Long, smooth gliding strokes with light kneading and gentle circular movements.',
    bestFor: 'Relaxation, general stress relief, and warming the muscles up before deeper work.',
    contraindications:
      'Fever or acute infection, contagious skin conditions, open wounds, and suspected deep-vein thrombosis. Avoid areas with fresh bruising or recent injury.',
  },
  {
    slug: 'deep-tissue',
    name: 'Deep tissue massage',
    modality: 'therapeutic-massage',
    pressure: 'deep',
    howPerformed:
      'Slow, deliberate strokes with firm pressure that reach the deeper layers of muscle and connective tissue, always within the client\'s comfort.',
    bestFor: 'Chronic tension and stiffness in the neck, upper back, shoulders and lower back.',
    contraindications:
      'Blood-thinning medication or bleeding disorders, osteoporosis, recent surgery or fracture, deep-vein thrombosis, and areas of numbness where the client cannot give feedback.',
  },
  {
    slug: 'trigger-point',
    name: 'Trigger point therapy',
    modality: 'therapeutic-massage',
    pressure: 'firm',
    howPerformed:
      'Direct, sustained pressure on a knot of tight muscle fibres until it softens. Knots can send pain elsewhere, so the therapist may work away from where it hurts.',
    bestFor: 'A specific sore spot the client can point to, and pain that seems to travel from one area to another.',
    contraindications:
      'Inflamed or infected tissue, recent injury to the area, blood-thinning medication, and skin that is broken or irritated.',
  },
  {
    slug: 'myofascial-release',
    name: 'Myofascial release',
    modality: 'therapeutic-massage',
    pressure: 'medium',
    howPerformed:
      'Slow, sustained pressure and gentle traction that stretch the fascia, the connective tissue wrapped around muscles, usually with little or no oil.',
    bestFor: 'Widespread stiffness and restricted movement; combines naturally with stretch therapy.',
    contraindications:
      'Open wounds, acute inflammation, fractures that have not yet healed, and active cancer treatment unless cleared by the client\'s doctor.',
  },
  {
    slug: 'prenatal',
    name: 'Prenatal massage',
    modality: 'therapeutic-massage',
    pressure: 'light',
    howPerformed:
      'Side-lying or supported positioning with pillows, gentle to moderate strokes, and extra care around the abdomen and legs.',
    bestFor: 'Back, hip and leg discomfort and swelling during pregnancy, and rest for expectant clients.',
    contraindications:
      'High-risk pregnancy, pre-eclampsia, placental problems, vaginal bleeding or unexplained pain, and any swelling with calf pain. Clients in their first trimester or with complications need clearance from their obstetric provider.',
  },
  {
    slug: 'sports-massage',
    name: 'Sports massage',
    modality: 'sports-injury-care',
    pressure: 'firm',
    howPerformed:
      'Adapted to the event: brisk and stimulating before activity, slower and recovery-focused afterwards, concentrating on the muscles the sport works hardest.',
    bestFor: 'Active people, overused muscle groups, faster recovery and injury prevention.',
    contraindications:
      'Acute sprains or tears in the first 48–72 hours, suspected fractures, heat illness, and open wounds or blisters over the area.',
  },
  {
    slug: 'assisted-stretching',
    name: 'Assisted stretching',
    modality: 'stretch-therapy',
    pressure: 'medium',
    howPerformed:
      'The practitioner moves each limb through its range and holds gentle stretches, often using contract-relax cycles, while the client breathes and relaxes.',
    bestFor: 'Tight hips and hamstrings, desk-bound posture, and improving flexibility and range of motion.',
    contraindications:
      'Recent joint replacement or dislocation without surgeon clearance, hypermobility syndromes, acute muscle tears, and osteoporosis (gentle ranges only).',
  },
  {
    slug: 'spinal-adjustment',
    name: 'Spinal adjustment',
    modality: 'chiropractic',
    pressure: 'firm',
    howPerformed:
      'A quick, controlled thrust applied by a chiropractor to a specific spinal joint, after a hands-on assessment.',
    bestFor: 'Restricted movement in the spine, some types of low-back and neck pain.',
    contraindications:
      'Severe osteoporosis, spinal cord compression, inflammatory arthritis in an active flare, recent spinal surgery, and blood-thinning medication; screening is done at the first visit.',
  },
  {
    slug: 'mechanical-decompression',
    name: 'Mechanical spinal decompression',
    modality: 'spinal-decompression',
    pressure: 'light',
    howPerformed:
      'The client lies on a motorised table that applies slow, cycling traction to the lower back or neck while the chiropractor monitors comfort.',
    bestFor: 'Persistent back or neck pain that has not settled with rest and exercise alone.',
    contraindications:
      'Pregnancy, spinal fractures or tumours, spinal fusion or implants, advanced osteoporosis, and abdominal aortic aneurysm.',
  },
];

export const specialties: SpecialtySeed[] = [
  {
    slug: 'prenatal-care',
    name: 'Prenatal care',
    description: 'Safe, comfortable positioning and adapted techniques for each stage of pregnancy.',
  },
  {
    slug: 'sports-recovery',
    name: 'Sports recovery',
    description: 'Pre-event preparation, post-event recovery and keeping training injuries from coming back.',
  },
  {
    slug: 'chronic-pain',
    name: 'Chronic pain',
    description: 'Patient, consistent treatment plans for pain that has lasted months rather than days.',
  },
  {
    slug: 'headache-relief',
    name: 'Headache relief',
    description: 'Work on the neck, shoulders and jaw for clients who get frequent tension headaches.',
  },
  {
    slug: 'post-surgical-rehab',
    name: 'Post-surgical rehabilitation',
    description: 'Gentle work on swelling, scar tissue and stiffness once a surgeon has cleared the client for massage.',
  },
  {
    slug: 'senior-mobility',
    name: 'Senior mobility',
    description: 'Comfortable sessions that help older adults keep moving, with attention to joints and balance.',
  },
  {
    slug: 'desk-worker-posture',
    name: 'Desk-worker posture',
    description: 'Relief for the tight chest, neck and hips that come with long hours at a screen.',
  },
];
