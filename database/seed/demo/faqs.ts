import type { FaqSeed } from '../seed-types';

export const faqs: FaqSeed[] = [
  {
    slug: 'does-massage-have-to-hurt',
    question: 'Does massage have to hurt to work?',
    answer:
      'No. "No pain, no gain" is a myth. Firm pressure can feel intense, but it should never be painful, and pain makes muscles tighten up to protect themselves, which works against the treatment. Tell your therapist straight away if anything hurts; they will adjust the pressure, and good results do not depend on gritting your teeth.',
  },
  {
    slug: 'what-happens-in-the-first-session',
    question: 'What happens in the first session?',
    answer:
      'Arrive ten minutes early to fill in a short health form. Your practitioner will ask what brings you in, any conditions or medications, and what you hope to get out of the session, then may check how you move. You undress only to your comfort level and stay covered with a sheet except for the area being worked on. Afterwards you will talk about how it went and whether a follow-up makes sense.',
  },
  {
    slug: 'are-your-therapists-licensed-and-insured',
    question: 'Are your therapists licensed and insured?',
    answer:
      'Yes. Every massage therapist holds an active licence in the state where they treat you, every chiropractor is a licensed Doctor of Chiropractic, and all practitioners carry professional liability insurance. Licence numbers are listed on each profile and can be checked on the state board\'s website. Stretch therapy does not require a state licence; our stretch practitioners hold recognised fitness or stretching certifications.',
  },
  {
    slug: 'how-often-should-i-come',
    question: 'How often should I come?',
    answer:
      'It depends on your goal. For general wellness, about once a month works well. For chronic pain, an injury or a period of high stress, many clients start with two or three sessions a week and then taper to weekly or every other week. People with fibromyalgia tend to benefit most from at least five weeks of consistent sessions. Your practitioner will suggest a plan and adjust it as you improve.',
  },
  {
    slug: 'massage-or-stretch-therapy-first',
    question: 'Should I have massage or stretch therapy first?',
    answer:
      'Massage first, in most cases. Massage warms and loosens the muscles and fascia, so the stretching that follows can go a little further with less effort. If you are booking a chiropractic adjustment too, the usual order is massage, then stretch, then the adjustment.',
  },
  {
    slug: 'thirty-or-sixty-minutes',
    question: 'Should I book 30 or 60 minutes?',
    answer:
      'Choose 30 minutes for focused work on one area, such as your neck or lower back. Choose 60 for a full-body session or when several areas need attention. Ninety minutes suits clients who want full-body work plus extra time on a problem area.',
  },
  {
    slug: 'is-massage-safe-during-pregnancy',
    question: 'Is massage safe during pregnancy?',
    answer:
      'For most healthy pregnancies, yes, with a therapist trained in prenatal massage who uses supported, side-lying positions. If your pregnancy is high-risk, or you have bleeding, swelling with calf pain or other complications, check with your obstetric provider first. We ask for that clearance in the first trimester.',
  },
];
