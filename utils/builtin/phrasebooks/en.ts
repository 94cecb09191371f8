import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/** English: warm, plain, professional; British-neutral spelling. */
export const en: Phrasebook = buildPhrasebook('en', 'Klarsvar – English phrases', {
  opening: ['Dear {candidate},', 'Hi {candidate},'],
  thanks: {
    application: [
      'Thank you for applying for the {role} role at {company} and for the time you put into your application.',
      'Many thanks for your interest in the {role} position at {company}.',
    ],
    interview: [
      'Thank you for taking the time to meet us and tell us about yourself in the interview for the {role} role.',
      'Thank you for a good conversation and for the time you gave to the interview for the {role} position at {company}.',
    ],
    final: [
      'Thank you for your commitment and for all the time you have given us throughout the recruitment for the {role} role at {company}.',
      'Many thanks for staying with us through every step of the process for the {role} position.',
    ],
  },
  decision: {
    application: [
      'We have now reviewed all applications and have decided not to take yours further.',
      'After reviewing the applications, we have decided not to move forward with yours this time.',
      'We have invited other candidates to interview, so we will not be taking your application further.',
    ],
    interview: [
      'After the interviews, we have decided not to take you forward to the next stage.',
      'We have now met all the candidates and, unfortunately, will not be moving forward with you to the next step.',
    ],
    final: [
      'We have now made our decision and offered the role to another candidate.',
      'After careful consideration, we have chosen another candidate for the position.',
      'The decision has been made, and this time we have gone with another candidate.',
    ],
  },
  'criterion-met': {
    any: [
      'When it comes to {criterion}, you matched what we were looking for.',
      'Your profile was a good match for us on {criterion}.',
      'A clear strength in your profile was {criterion}.',
    ],
    education: [
      'You met our education requirements: {criterion}.',
      'Your educational background matched what we were looking for: {criterion}.',
    ],
    experience: [
      'Your background matched what we were looking for in terms of {criterion}.',
      'We valued what you bring with regard to {criterion}.',
    ],
    language: [
      'You met our language requirements: {criterion}.',
      'On the language side, you matched what we were looking for: {criterion}.',
    ],
    personal: [
      'During the process you gave clear examples of {criterion}.',
      'We saw concrete examples of {criterion} in what you told us.',
    ],
    practical: [
      'You met the practical requirements: {criterion}.',
      'The practical side was in place when it comes to {criterion}.',
    ],
  },
  'criterion-partial': {
    any: [
      'When it comes to {criterion}, you have a good foundation, though not quite at the level we needed this time.',
      'On {criterion}, you partly met what we were looking for.',
      'We saw good potential in terms of {criterion}, but needed more depth for this role.',
    ],
    education: [
      'You partly met our education requirements: {criterion}.',
      'Your educational background is close to what we were looking for, but does not fully meet the requirement: {criterion}.',
    ],
    experience: [
      'You have a relevant background with regard to {criterion}, but not to the extent we needed.',
      'What you bring in terms of {criterion} is relevant, but we were looking for someone who has worked with it for longer.',
    ],
    language: [
      'You partly met our language requirements: {criterion}.',
      'You have a good foundation in {criterion}, but the role needs a higher level in day-to-day work.',
    ],
    personal: [
      'We saw examples of {criterion}, but not as clearly as the role requires.',
      'On {criterion}, we got part of the picture, but not enough concrete examples.',
    ],
    practical: [
      'You only partly met the practical requirements: {criterion}.',
      'When it comes to {criterion}, the arrangements did not fully fit what the role requires.',
    ],
  },
  'criterion-missing': {
    any: [
      'Compared with our requirement profile, what was missing was {criterion}.',
      'We were looking for someone who already brings {criterion}, and this is where your profile fell short.',
      'The deciding factor was {criterion}, where we needed more than your profile shows today.',
    ],
    education: [
      'The role requires {criterion}, which we could not see in your background.',
      'The education requirements were decisive for us: {criterion}.',
    ],
    experience: [
      'We were looking for someone with {criterion}, and your background did not quite reach that this time.',
      'The deciding factor was that we needed {criterion}, which we did not see in your background.',
    ],
    language: [
      'The role requires {criterion} in day-to-day work, and your current level did not meet that requirement.',
      'The language requirements were decisive: we needed {criterion}.',
    ],
    personal: [
      'On {criterion}, we did not get enough concrete examples during the process.',
      'We needed to see clearer examples of {criterion} than we did this time.',
    ],
    practical: [
      'A practical requirement of the role is {criterion}, and this was not met.',
      'The practical requirements were not fully met: {criterion}.',
    ],
  },
  comparison: [
    'The candidate we chose had {note}.',
    'What made the difference was that the person we chose had {note}.',
    'The candidate we chose matched the requirement profile more closely on {criterion}.',
    'Compared with you, the person we chose had a stronger profile in terms of {criterion}.',
  ],
  tip: [
    'A tip for future applications: {note}.',
    'My advice for next time: {note}.',
    'If you apply for a similar role in the future, these are the areas where developing and showing your skills would make the biggest difference: {criterion}.',
    'Describe with concrete examples how your experience matches the requirements in the job ad; it makes it much easier for a recruiter to see what you can do.',
  ],
  'talent-network': [
    'We would like to keep your details in our talent network and get in touch if a similar role opens up. We will only keep them if you agree, and for no longer than {months} months – just reply to this email if you would like to join.',
    'We would be glad to stay in touch. Would you like us to keep your details in our candidate pool? We will only do so with your consent, for at most {months} months, and you can ask us to delete them at any time.',
  ],
  'call-offer': [
    'Feel free to call me on {phone} if you would like to talk about the decision.',
    'If you would like more feedback, you are welcome to call me on {phone}.',
    'Please get in touch if you would like to talk about the decision or have any questions.',
    'If you have questions or would like more feedback, you are very welcome to contact me.',
  ],
  'process-feedback': [
    'We want to keep improving and would appreciate hearing how you experienced our recruitment process:',
    'How did you find our recruitment process? You can share your thoughts here:',
  ],
  closing: [
    'I wish you all the best for the future.\n\nKind regards,\n{sender}',
    'Good luck with your job search.\n\nBest regards,\n{sender}',
    'Thank you again for your interest, and all the best.\n\nKind regards,\n{sender}',
  ],
});
