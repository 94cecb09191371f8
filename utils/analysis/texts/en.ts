import type { LangTexts } from '../langdata';

/** en: what each flag says (message, why, fix). Kept apart from the detection data so the content script can detect without them. */
const en: LangTexts = {
  decision: [
    'The decision stands without a reason.',
    'The candidate learns the answer is no but not why, and cannot use it for the next application.',
    'Name the requirement that decided it and where the candidate stood, e.g. "We needed someone with experience in X; your background is mainly in Y."',
  ],
  stock: [
    'Stock phrase that fits every candidate.',
    'Lines like "many qualified applicants" or "after careful consideration" say nothing about this person\'s application and read as a mass mailing.',
    'Delete it or replace it with one concrete, job-related reason from the requirement profile.',
  ],
  closer: [
    'Formal template closing.',
    'A form-letter closer adds to the feeling of a mass mailing.',
    'Close personally: offer a call, a tip for the next application or a place in the talent network.',
  ],
  vague: [
    'Gut feeling, "chemistry" or "culture fit" given as a reason.',
    'A judgement with no link to the requirements cannot be understood or acted on, and can hide bias.',
    'Describe what you actually observed in the interview or test against a stated requirement, or delete the sentence.',
  ],
  risky: [
    'Refers to {ground}, a protected ground.',
    'Weighing {ground} in a hiring decision can be unlawful discrimination and damages trust in your company.',
    'Remove the sentence. Base the decision only on requirements you actually assessed.',
  ],
  grounds: {
    age: 'age',
    family: 'family situation or parental leave',
    pregnancy: 'pregnancy',
    sex: 'sex',
    'gender-identity': 'gender identity',
    orientation: 'sexual orientation',
    ethnicity: 'ethnicity, mother tongue or accent',
    religion: 'religion',
    disability: 'disability or health',
  },
};

export default en;
