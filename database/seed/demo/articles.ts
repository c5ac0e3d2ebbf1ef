import type { ArticleSeed } from '../seed-types';

const chronicPainBody = `## Pain that outstays its welcome

Most aches fade within a few weeks. Chronic pain is the kind that hangs on for three months or more: a lower back that tightens every afternoon, shoulders that never quite relax, headaches that arrive every few days. Therapeutic massage will not cure the underlying cause, but for many people it is one of the most useful tools for living with less pain.

## What the research suggests

Evidence varies by condition, so it is worth being honest about it:

- **Low-back pain:** massage relaxes tense muscles and improves range of motion, with the best results when it is part of an active plan that includes movement.
- **Neck and shoulder pain:** trials show significant short-term relief, which fades if sessions stop.
- **Tension headaches:** massage may reduce how often they occur, although more research is needed.
- **Fibromyalgia:** studies found that consistent massage over at least five weeks improved pain, anxiety and low mood.
- **Osteoarthritis:** clients report less stiffness and pain and move more easily.

## Which techniques we use

Your therapist chooses techniques to match your body, not a fixed routine.

1. **Swedish strokes** warm the tissue and calm the nervous system, so the deeper work that follows is more comfortable.
2. **Deep tissue** uses slow, deliberate strokes to reach the deeper layers of muscle and connective tissue where long-standing stiffness sits.
3. **Trigger point therapy** applies steady pressure to knots that can send pain somewhere else: a knot in the shoulder can feel like a headache.
4. **Myofascial release** gently stretches the fascia, which helps when stiffness is widespread rather than in one spot.

## Firm is fine, painful is not

Many people believe massage has to hurt to work. It does not. When pressure becomes painful, muscles brace against it and the session works against you. A good therapist will check in regularly and expects you to speak up.

## How often to come

Chronic pain responds to consistency. A typical plan starts with two or three sessions a week for about four weeks, moves to weekly sessions for six weeks, and then settles into a maintenance visit every other week. Fibromyalgia plans are gentler and focus on at least five steady weeks. General wellness clients usually come about once a month.

## Making the most of each session

- Tell your therapist about medications, especially blood thinners, and any recent injuries or surgery.
- Drink some water and move gently afterwards; a short walk helps.
- Keep doing the exercises your doctor or physical therapist gave you.
- Notice what changes between visits, such as sleep, stiffness in the morning or how far you can turn your head, and share it at the next session.

Massage works best alongside medical care, not instead of it. If your pain changes suddenly, comes with numbness or weakness, or follows an accident, see a doctor first.`;

const stretchBody = `## Two tools, one goal

Massage and stretch therapy both aim to help you move more freely, but they work in different ways. Massage works on the tissue itself, easing tension and improving blood flow. Assisted stretching takes the joint through its range of motion and gradually teaches the body that a longer range is safe. Put them together and each makes the other more effective.

## Why massage comes first

Cold, tight muscles resist stretching. A short massage beforehand warms the tissue and relaxes the muscles that guard a joint, so the stretch can go a little further with less effort and less discomfort. That is why our combined sessions almost always start on the massage side of the hour.

The order also matters if you see a chiropractor. Massage relaxes the muscles around the spine, stretching restores range, and an adjustment at the end is usually easier for both of you.

## What an assisted stretch feels like

You lie on a padded table while your practitioner moves each limb for you. Expect:

- slow movements and holds of twenty to thirty seconds;
- short contract-relax cycles, where you push gently against your practitioner's hand and then relax into a deeper stretch;
- a stretch that feels strong but never sharp or painful;
- regular questions about how each position feels.

## Who benefits most

- **Desk workers** with tight hips, hamstrings and chests from hours in a chair.
- **Runners, cyclists and lifters** who want to recover faster between hard sessions and prevent overuse injuries.
- **Older adults** who want to keep everyday movements, such as reaching a high shelf or getting out of a car, easy.
- **People recovering from a strain**, once the first few days of healing have passed and their doctor agrees.

## Putting it together

A combined plan might look like this:

1. A 60-minute therapeutic or sports massage, focusing on the areas that feel stiffest.
2. A 30-minute assisted stretch the same day or the next, while the tissue is still loose.
3. Repeat weekly for a month, then review your range of motion and adjust.

If you train hard, our sports recovery session combines both in one appointment, and the sports recovery pack spreads several sessions across a training block.

## A note on safety

Stretching should be adapted if you have had a recent joint replacement, a dislocation, or a condition that makes your joints unusually loose. Tell your practitioner about any of these before you start, and ask your surgeon or doctor if you are unsure.`;

export const articles: ArticleSeed[] = [
  {
    slug: 'what-therapeutic-massage-can-do-for-chronic-pain',
    title: 'What therapeutic massage can do for chronic pain',
    summary:
      'An honest look at how massage helps long-lasting back, neck and widespread pain, which techniques we use, and how often to come.',
    keyTakeaways: [
      'Massage relaxes tense muscles and improves range of motion in low-back pain, best as part of an active plan.',
      'Neck and shoulder pain often improves in the short term; regular sessions keep the benefit going.',
      'For fibromyalgia, consistency matters: studies looked at at least five weeks of regular sessions.',
      'Firm pressure should never be painful. Speak up, and your therapist will adjust.',
      'Massage complements medical care; it does not replace it.',
    ],
    body: chronicPainBody,
    author: 'amara-okafor',
    conditions: ['low-back-pain', 'neck-and-shoulder-pain', 'tension-headaches', 'fibromyalgia', 'osteoarthritis'],
    techniques: ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release'],
    services: ['therapeutic-massage', 'deep-tissue-massage'],
    faqs: ['does-massage-have-to-hurt', 'how-often-should-i-come', 'what-happens-in-the-first-session'],
  },
  {
    slug: 'stretch-therapy-and-massage-better-together',
    title: 'Stretch therapy and massage: why they work better together',
    summary:
      'Massage loosens the tissue and assisted stretching builds the range. Here is why we usually do them in that order, and who benefits most.',
    keyTakeaways: [
      'Massage warms and relaxes muscles, so stretching afterwards goes further with less effort.',
      'Assisted stretches should feel strong but never sharp or painful.',
      'Desk workers, athletes and older adults tend to benefit most from the combination.',
      'With chiropractic care, the usual order is massage, then stretch, then adjustment.',
    ],
    body: stretchBody,
    author: 'daniel-reyes',
    conditions: ['limited-flexibility', 'sports-injuries', 'osteoarthritis'],
    techniques: ['assisted-stretching', 'myofascial-release', 'sports-massage'],
    services: ['assisted-stretch', 'sports-recovery-session', 'therapeutic-massage', 'sports-massage'],
    faqs: ['massage-or-stretch-therapy-first', 'thirty-or-sixty-minutes', 'does-massage-have-to-hurt'],
  },
];
