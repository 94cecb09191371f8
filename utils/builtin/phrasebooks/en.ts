import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/**
 * English: warm, plain, professional; British-neutral spelling. Must-haves are "requirements",
 * merits "desirable qualifications". `{sought}` is the object of "we were looking for" ("someone
 * who …"), `{lacking}` a noun phrase; a bare label (`{criterion}`) only follows a colon.
 */
export const en: Phrasebook = buildPhrasebook('en', 'Klarsvar – English phrases', {
  opening: ['Dear {candidate},', 'Hi {candidate},'],
  thanks: {
    application: [
      'Thank you for applying for the {role} role at {company} and for the time you put into your application.',
      'Many thanks for your interest in the {role} position at {company}.',
    ],
    interview: [
      'Thank you for taking the time to meet us during the recruitment for the {role} role at {company}.',
      'Thank you for your time and for a good conversation about the {role} position.',
    ],
    final: [
      'Thank you for your commitment and for all the time you have given us throughout the recruitment for the {role} role at {company}.',
      'Many thanks for staying with us through every step of the process for the {role} position.',
    ],
  },
  decision: {
    application: {
      sought: [
        'We have decided to go ahead with other candidates, mainly because we were looking for {sought}.',
        'We will not be taking your application further this time, above all because we need {sought}.',
      ],
      must: [
        'We have decided to go ahead with other candidates, mainly because of one of the requirements for the role: {criterion}.',
        'We will not be taking your application further this time, above all because of this requirement: {criterion}.',
      ],
      merit: [
        'We have decided to go ahead with other candidates, who brought more of the desirable qualifications for the role, above all {lacking}.',
        'We will not be taking your application further this time, as other applicants brought more of the desirable qualifications, above all {lacking}.',
        'We have decided to go ahead with other candidates, who had more to show on the desirable qualifications: {criterion}.',
        'We will not be taking your application further this time, as other applicants brought more beyond the essential requirements, mainly on this point: {criterion}.',
      ],
      plain: [
        'We have decided not to take your application further this time.',
        'We have decided to go ahead with other candidates in this recruitment.',
      ],
    },
    interview: {
      sought: [
        'We have decided to take other candidates forward to the next stage, mainly because we were looking for {sought}.',
        'We will not be taking you forward to the next stage, above all because we need {sought}.',
      ],
      must: [
        'We have decided to take other candidates forward to the next stage, mainly because of one of the requirements for the role: {criterion}.',
        'We will not be taking you forward to the next stage, above all because of this requirement: {criterion}.',
      ],
      merit: [
        'We have decided to take other candidates forward to the next stage, as they brought more of the desirable qualifications for the role, above all {lacking}.',
        'We will not be taking you forward to the next stage, as other candidates brought more of the desirable qualifications, above all {lacking}.',
        'We have decided to take other candidates forward to the next stage, as they had more to show on the desirable qualifications: {criterion}.',
        'We will not be taking you forward to the next stage, as other candidates brought more beyond the essential requirements, mainly on this point: {criterion}.',
      ],
      plain: [
        'We have decided not to take you forward to the next stage of the recruitment.',
        'We have now met all the candidates and chosen others for the next stage.',
      ],
    },
    final: {
      sought: [
        'We have offered the role to another candidate, mainly because we were looking for {sought}.',
        'We have chosen another candidate for the position, above all because we need {sought}.',
      ],
      must: [
        'We have offered the role to another candidate, mainly because of one of the requirements for the role: {criterion}.',
        'We have chosen another candidate for the position, above all because of this requirement: {criterion}.',
      ],
      merit: [
        'We have offered the role to another candidate, who brought more of the desirable qualifications, above all {lacking}.',
        'We have chosen another candidate for the position, who brought more of the desirable qualifications, above all {lacking}.',
        'We have chosen another candidate, who had more to show on the desirable qualifications: {criterion}.',
        'We have offered the role to another candidate, who had more to show on the desirable qualifications: {criterion}.',
      ],
      plain: [
        'We have now made our decision and offered the role to another candidate.',
        'We have chosen another candidate for the position.',
      ],
    },
  },
  'criterion-met': {
    sought: [
      'We were looking for {sought}, and your profile matched that well.',
      'For this role we needed {sought}, and that is what you showed us.',
      'What we were looking for was {sought} – and your profile matched that well.',
    ],
    list: [
      'You matched what we were looking for here: {criterion}.',
      'Your profile was strong here: {criterion}.',
      'We particularly valued this in your profile: {criterion}.',
    ],
    personal: [
      'During the process you gave clear examples of this: {criterion}.',
      'In what you told us, we saw concrete examples of this: {criterion}.',
    ],
  },
  'criterion-partial': {
    must: {
      sought: [
        'For this role we needed {sought}. You have a good foundation there, but not quite at the level the role requires.',
        'We were looking for {sought}, and you partly met that requirement.',
      ],
      lacking: [
        'When it comes to {lacking}, you have a good foundation, but not quite at the level the role requires.',
        'One of the requirements for the role is {lacking}. You have a good foundation there, but not quite at the level we needed.',
      ],
      list: [
        'You have a good foundation here, but not quite at the level the role requires: {criterion}.',
        'Here you partly met the requirements for the role: {criterion}.',
      ],
      personal: [
        'We saw some examples of this, but not as clearly as the role requires: {criterion}.',
        'Here we got part of the picture, but not enough concrete examples: {criterion}.',
      ],
      followUp: [
        'You have a good foundation there, but not quite at the level the role requires.',
        'You partly met that requirement, but not fully.',
      ],
    },
    merit: {
      lacking: [
        'We also valued {lacking}, and you have a good foundation there, although others in the process had gone further.',
        'A further advantage was {lacking}. You have a good foundation there, but others in the process had gone further.',
      ],
      list: [
        'On the desirable qualifications, you have a good foundation here, although others in the process had gone further: {criterion}.',
        'Among the desirable qualifications, others in the process had more to show here, although you have a good foundation: {criterion}.',
      ],
      followUp: [
        'You have a good foundation there, but others in the process had gone further.',
        'You have some of this, but others in the process had more to show.',
      ],
    },
  },
  'criterion-missing': {
    must: {
      sought: [
        'For this role we needed {sought}, and your background did not quite reach that this time.',
        'We were looking for {sought}, and we could not see that in your background.',
      ],
      lacking: [
        'Compared with the requirement profile, what was missing was {lacking}.',
        'One of the requirements for the role is {lacking}, and your profile did not quite meet it this time.',
      ],
      list: [
        'Here your profile did not quite meet the requirements for the role: {criterion}.',
        'Compared with the requirement profile, this is what was missing: {criterion}.',
      ],
      personal: [
        'Here we did not get enough concrete examples during the process: {criterion}.',
        'We would have needed to see clearer examples of this: {criterion}.',
      ],
    },
    merit: {
      lacking: [
        'We also valued {lacking}, and here others in the process had more to show.',
        'A further advantage was {lacking}, and here others in the process had more to show this time.',
      ],
      list: [
        'Among the desirable qualifications, others in the process had more to show: {criterion}.',
        'Others in the process also brought more of the desirable qualifications: {criterion}.',
      ],
    },
  },
  comparison: {
    final: {
      note: [
        'The person we chose had {note}.',
        'What made the difference was that the person we chose had {note}.',
      ],
      list: [
        'The person we chose had more to show here: {criterion}.',
        'What mainly set the person we chose apart was this: {criterion}.',
      ],
    },
    earlier: {
      note: [
        'The candidates we took forward had {note}.',
        'What made the difference was that the candidates we took forward had {note}.',
      ],
      list: [
        'The candidates we took forward had more to show here: {criterion}.',
        'What mainly set the candidates we took forward apart was this: {criterion}.',
      ],
    },
  },
  tip: [
    'A tip for future applications: {note}.',
    'My advice for next time: {note}.',
    'If you apply for a similar role in the future, this is where you can strengthen your profile the most: {criterion}.',
    'Before your next application, it may be worth building on this and showing it clearly: {criterion}.',
    'It helps to describe with concrete examples how your experience matches the requirements in the job ad – that makes it much easier for a recruiter to see what you can do.',
    'A tip for your next application: highlight concrete results and examples from previous work, so it is clear how you meet the requirements.',
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
