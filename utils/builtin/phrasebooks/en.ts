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
      'Thank you for your commitment and for all the time you have given us throughout the recruitment process for the {role} role at {company}.',
      'Many thanks for staying with us through every step of the process for the {role} position.',
    ],
  },
  decision: {
    application: [
      'We have decided to go ahead with other candidates, mainly because we were looking for someone with {criterion}.',
      'We will not be taking your application further, mainly because we needed someone who is further along when it comes to {criterion}.',
      'We have decided not to take your application further this time.',
      'We have decided to go ahead with other candidates in this recruitment.',
    ],
    interview: [
      'We have decided to take other candidates forward to the next stage, mainly because we were looking for someone with {criterion}.',
      'We will not be taking you forward to the next stage, mainly because we needed someone who is further along when it comes to {criterion}.',
      'After the interviews, we have decided not to take you forward to the next stage.',
      'We have now met all the candidates and chosen other candidates for the next stage.',
    ],
    final: [
      'We have offered the role to another candidate, mainly because we were looking for someone with {criterion}.',
      'We have chosen another candidate for the position, mainly because we needed someone who is further along when it comes to {criterion}.',
      'We have now made our decision and offered the role to another candidate.',
      'We have chosen another candidate for the position.',
    ],
  },
  'criterion-met': {
    any: [
      'Your profile matched our requirements well on the following: {criterion}.',
      'We saw clear strengths in your profile here: {criterion}.',
      'You met what we were looking for on these points: {criterion}.',
    ],
    education: [
      'You met our education requirements: {criterion}.',
      'Your educational background matched what we were looking for: {criterion}.',
    ],
    experience: [
      'Your background matched what we were looking for: {criterion}.',
      'We valued what you bring in this area: {criterion}.',
    ],
    language: [
      'You met our language requirements: {criterion}.',
      'On the language side, you matched what we were looking for: {criterion}.',
    ],
    personal: [
      'During the process you gave clear examples of the following: {criterion}.',
      'In what you told us, we saw concrete examples of the following: {criterion}.',
    ],
    practical: [
      'You met the practical requirements: {criterion}.',
      'The practical side was all in place: {criterion}.',
    ],
  },
  'criterion-partial': {
    any: [
      'You have a good foundation in the following, though not quite at the level we needed this time: {criterion}.',
      'On these points, you partly met what we were looking for: {criterion}.',
      'We saw good potential, but for this role we needed more experience in the area: {criterion}.',
    ],
    education: [
      'You partly met our education requirements: {criterion}.',
      'Your educational background is close to what we were looking for, but does not fully meet the requirement: {criterion}.',
    ],
    experience: [
      'You have a relevant background, but not to the extent we needed: {criterion}.',
      'What you bring is relevant, but we were looking for someone who has worked in this area for longer: {criterion}.',
    ],
    language: [
      'You partly met our language requirements: {criterion}.',
      'Your foundation is good, but the role needs a higher level in day-to-day work: {criterion}.',
    ],
    personal: [
      'We saw some examples, but not as clearly as the role requires: {criterion}.',
      'Here we got part of the picture, but not enough concrete examples: {criterion}.',
    ],
    practical: [
      'You only partly met the practical requirements: {criterion}.',
      'The practical arrangements did not fully fit what the role requires: {criterion}.',
    ],
  },
  'criterion-missing': {
    any: [
      'Compared with our requirement profile, this is what was missing: {criterion}.',
      'This is where your profile did not quite reach what the role needs: {criterion}.',
      'The deciding factor was that we needed more here than your profile currently shows: {criterion}.',
    ],
    education: [
      'The role requires the following, which we could not see in your background: {criterion}.',
      'Our education requirements were decisive, and here your background did not meet them: {criterion}.',
    ],
    experience: [
      'We were looking for the following, which we did not see in your background: {criterion}.',
      'Your background did not quite reach what we needed this time: {criterion}.',
    ],
    language: [
      'The role requires the following in day-to-day work, and your current level does not yet meet it: {criterion}.',
      'Our language requirements were decisive, and your current level did not quite meet them: {criterion}.',
    ],
    personal: [
      'During the process we did not get enough concrete examples of the following: {criterion}.',
      'We needed to see clearer examples of the following than we did this time: {criterion}.',
    ],
    practical: [
      'A practical requirement of the role was not met: {criterion}.',
      'The practical requirements were not fully met: {criterion}.',
    ],
  },
  comparison: [
    'The candidate we chose had {note}.',
    'What made the difference was that the person we chose had {note}.',
    'The candidate we chose had more to show when it comes to {criterion}.',
    'What mainly set the person we chose apart was {criterion}.',
  ],
  tip: [
    'A tip for future applications: {note}.',
    'My advice for next time: {note}.',
    'If you apply for a similar role in the future, the biggest difference would come from developing and clearly showing the following: {criterion}.',
    'It helps to describe with concrete examples how your experience matches the requirements in the job ad – that makes it much easier for a recruiter to see what you can do.',
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
    'We want to keep improving and would be grateful to hear about your experience of our recruitment process:',
    'How did you find our recruitment process? We would be glad to hear about it here:',
  ],
  closing: [
    'Good luck!\n\nKind regards,\n{sender}',
    'I hope this feedback is useful for your next application.\n\nKind regards,\n{sender}',
    'Good luck, and you are very welcome to apply to us again.\n\nBest regards,\n{sender}',
  ],
});
