import type { CitationSeed, ConditionSeed } from '../seed-types';

const NOT_A_DIAGNOSIS =
  'This page is general information, not a diagnosis or medical advice. Talk to your doctor about new, severe or worsening symptoms, and tell your therapist about any health conditions before your session.';

const MENTAL_HEALTH =
  'Massage can complement mental-health care, but it never replaces it: keep working with your doctor, counsellor or psychiatrist, and do not change any medication without their advice. This page is not a diagnosis. If you are in crisis or thinking about harming yourself, call or text 988 (Suicide & Crisis Lifeline) or 911.';

const NCCIH: CitationSeed = {
  title: 'Massage therapy: what you need to know',
  source: 'National Center for Complementary and Integrative Health (NCCIH)',
  year: 2019,
  url: 'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know',
};

export const conditions: ConditionSeed[] = [
  {
    slug: 'low-back-pain',
    name: 'Low-back pain',
    category: 'pain',
    summary:
      'Aching or stiffness in the lower back, often linked to long hours sitting, lifting or tight hip muscles. Massage helps tense muscles let go and can make bending and turning easier.',
    disclaimer: NOT_A_DIAGNOSIS,
    citations: [
      { title: 'Massage for low-back pain — systematic review', source: 'Cochrane Database of Systematic Reviews', year: 2015 },
      NCCIH,
    ],
    techniques: [
      { technique: 'deep-tissue', evidence: 'moderate', note: 'Relaxes tense muscles and improves range of motion; best as part of an active plan.' },
      { technique: 'trigger-point', evidence: 'limited', note: 'Useful when pain refers from knots in the hip and buttock muscles.' },
      { technique: 'mechanical-decompression', evidence: 'emerging', note: 'Studied for persistent back pain; combine with massage and exercise.' },
    ],
  },
  {
    slug: 'neck-and-shoulder-pain',
    name: 'Neck and shoulder pain',
    category: 'pain',
    summary:
      'Tightness across the neck, upper back and shoulders, common among desk workers and people who carry stress in their shoulders.',
    disclaimer: NOT_A_DIAGNOSIS,
    citations: [
      { title: 'Massage for mechanical neck disorders — systematic review', source: 'Cochrane Database of Systematic Reviews', year: 2012 },
    ],
    techniques: [
      { technique: 'deep-tissue', evidence: 'moderate', note: 'Significant short-term relief in trials; benefits fade without regular sessions.' },
      { technique: 'trigger-point', evidence: 'moderate', note: 'Targets knots in the upper trapezius that often drive shoulder pain.' },
    ],
  },
  {
    slug: 'tension-headaches',
    name: 'Tension headaches',
    category: 'pain',
    summary:
      'A dull, band-like pressure around the head, often linked to tight neck and shoulder muscles, stress and poor posture.',
    disclaimer: NOT_A_DIAGNOSIS,
    citations: [
      { title: 'Manual therapies for tension-type headache — review of trials', source: 'The Journal of Headache and Pain', year: 2016 },
    ],
    techniques: [
      { technique: 'trigger-point', evidence: 'limited', note: 'May reduce how often headaches occur; more research needed.' },
      { technique: 'swedish', evidence: 'limited', note: 'Eases general muscle tension and stress, two common triggers.' },
    ],
  },
  {
    slug: 'migraine',
    name: 'Migraine',
    category: 'pain',
    summary:
      'Recurring, often one-sided headaches that can come with nausea and sensitivity to light. Massage between attacks is a drug-free option some clients add to their care.',
    disclaimer: `${NOT_A_DIAGNOSIS} Massage is not a treatment for a migraine attack in progress; follow the plan agreed with your doctor.`,
    citations: [
      { title: 'Massage therapy as a complementary approach for migraine — randomized trial', source: 'Annals of Behavioral Medicine', year: 2006 },
    ],
    techniques: [
      { technique: 'swedish', evidence: 'limited', note: 'May lessen the intensity of attacks; a non-drug option alongside medical care.' },
      { technique: 'trigger-point', evidence: 'emerging', note: 'Gentle neck work between attacks; early evidence only.' },
    ],
  },
  {
    slug: 'fibromyalgia',
    name: 'Fibromyalgia',
    category: 'chronic',
    summary:
      'A long-term condition with widespread pain, fatigue and poor sleep. Gentle, regular massage can help, and consistency matters more than pressure.',
    disclaimer: NOT_A_DIAGNOSIS,
    citations: [
      { title: 'Massage therapy for fibromyalgia — systematic review and meta-analysis', source: 'PLOS ONE', year: 2014 },
      NCCIH,
    ],
    techniques: [
      { technique: 'myofascial-release', evidence: 'moderate', note: 'Consistent sessions over at least five weeks improved pain, anxiety and depression in studies.' },
      { technique: 'swedish', evidence: 'limited', note: 'Light pressure is usually better tolerated during flare-ups.' },
    ],
  },
  {
    slug: 'osteoarthritis',
    name: 'Osteoarthritis',
    category: 'chronic',
    summary:
      'Wear-related joint pain and stiffness, most often in the knees, hips and hands. Massage around the joint can ease stiffness and make moving easier.',
    disclaimer: NOT_A_DIAGNOSIS,
    citations: [
      { title: 'Massage therapy for osteoarthritis of the knee — randomized trial', source: 'Journal of General Internal Medicine', year: 2019 },
    ],
    techniques: [
      { technique: 'swedish', evidence: 'moderate', note: 'Less joint stiffness and pain, better mobility in knee studies.' },
      { technique: 'assisted-stretching', evidence: 'limited', note: 'Gentle ranges help keep the joint moving; avoid forcing end range.' },
    ],
  },
  {
    slug: 'sports-injuries',
    name: 'Sports injuries and soft-tissue strains',
    category: 'injury',
    summary:
      'Pulled muscles, overuse strains and the general soreness of hard training. Once the acute phase has passed, massage supports blood flow and flexibility.',
    disclaimer: `${NOT_A_DIAGNOSIS} Get a suspected fracture, dislocation or complete tear checked by a doctor first.`,
    citations: [
      { title: 'Effects of massage on recovery from exercise — meta-analysis', source: 'Frontiers in Physiology', year: 2018 },
    ],
    techniques: [
      { technique: 'sports-massage', evidence: 'moderate', note: 'Improves perceived recovery and reduces soreness after hard exercise.' },
      { technique: 'myofascial-release', evidence: 'limited', note: 'Helps restore movement in tissue that tightened after a strain.' },
      { technique: 'assisted-stretching', evidence: 'limited', note: 'Rebuilds range of motion once healing allows.' },
    ],
  },
  {
    slug: 'post-surgical-recovery',
    name: 'Recovery after surgery',
    category: 'recovery',
    summary:
      'The weeks and months after an operation, including joint replacement. With your surgeon\'s clearance, massage can reduce swelling, soften scar tissue and restore flexibility.',
    disclaimer: `${NOT_A_DIAGNOSIS} Only book once your surgeon has cleared you for massage; we work around incisions until they have fully healed.`,
    citations: [
      { title: 'Massage after total knee arthroplasty — pilot study', source: 'Journal of Bodywork and Movement Therapies', year: 2020 },
    ],
    techniques: [
      { technique: 'swedish', evidence: 'emerging', note: 'Gentle strokes support blood flow and reduce swelling.' },
      { technique: 'myofascial-release', evidence: 'limited', note: 'Works on scar tissue and stiffness once incisions have healed.' },
    ],
  },
  {
    slug: 'stress-and-anxiety',
    name: 'Stress and anxiety',
    category: 'mental-wellbeing',
    summary:
      'Feeling wound up, tense or on edge. Massage can lower stress hormones such as cortisol and leave the body calmer, as one part of looking after your mental health.',
    disclaimer: MENTAL_HEALTH,
    citations: [
      { title: 'Massage therapy for generalized anxiety disorder — randomized trial', source: 'Journal of Clinical Psychiatry', year: 2010 },
      NCCIH,
    ],
    techniques: [
      { technique: 'swedish', evidence: 'moderate', note: 'Short-term reductions in anxiety and stress-hormone levels; a complement to care, not a substitute.' },
    ],
  },
  {
    slug: 'depression',
    name: 'Depression (complementary support)',
    category: 'mental-wellbeing',
    summary:
      'Low mood that lasts for weeks. Some studies found regular massage eased symptoms when added to standard care; it is a supportive extra, not a treatment on its own.',
    disclaimer: MENTAL_HEALTH,
    citations: [
      { title: 'Massage therapy for depression — systematic review', source: 'BMC Psychiatry', year: 2010 },
    ],
    techniques: [
      { technique: 'swedish', evidence: 'limited', note: 'May ease symptoms as a complement to standard care; never a replacement.' },
    ],
  },
  {
    slug: 'sleep-problems',
    name: 'Sleep problems and mental fog',
    category: 'sleep',
    summary:
      'Trouble falling or staying asleep, and the foggy days that follow. Massage calms the nervous system and may support serotonin, which the body uses to make melatonin.',
    disclaimer: `${NOT_A_DIAGNOSIS} Ongoing insomnia, loud snoring or daytime sleepiness deserve a conversation with your doctor.`,
    citations: [
      { title: 'Massage and sleep quality — systematic review', source: 'Complementary Therapies in Medicine', year: 2021 },
    ],
    techniques: [
      { technique: 'swedish', evidence: 'limited', note: 'Evening sessions may improve sleep quality; results vary between people.' },
    ],
  },
  {
    slug: 'poor-circulation-and-swelling',
    name: 'Poor circulation and swelling',
    category: 'circulation',
    summary:
      'Cold hands and feet, heavy legs or mild swelling after long days on your feet. Massage supports blood flow and may help blood pressure in the short term.',
    disclaimer: `${NOT_A_DIAGNOSIS} Sudden swelling in one leg, especially with pain or warmth, can be a blood clot: seek medical care and do not book a massage.`,
    citations: [
      { title: 'Effect of massage on blood pressure — meta-analysis', source: 'Complementary Therapies in Clinical Practice', year: 2019 },
    ],
    techniques: [
      { technique: 'swedish', evidence: 'limited', note: 'Supports circulation and reduces mild swelling; short-term effects on blood pressure.' },
    ],
  },
  {
    slug: 'limited-flexibility',
    name: 'Limited flexibility and range of motion',
    category: 'mobility',
    summary:
      'Tight hamstrings, stiff hips or a back that will not bend the way it used to. Massage loosens the tissue, and stretching then builds the range.',
    disclaimer: NOT_A_DIAGNOSIS,
    citations: [
      { title: 'Massage combined with stretching and range of motion — systematic review', source: 'International Journal of Sports Physical Therapy', year: 2017 },
    ],
    techniques: [
      { technique: 'assisted-stretching', evidence: 'moderate', note: 'Regular sessions increase range of motion, especially after massage.' },
      { technique: 'myofascial-release', evidence: 'limited', note: 'Loosens restricted fascia before stretching.' },
    ],
  },
];
