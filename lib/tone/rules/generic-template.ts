import { phraseRule } from '../phrase-rule';

export const genericTemplate = phraseRule({
  id: 'generic-template',
  title: 'Template wording',
  section: 'Be Prepared',
  why: "LinkedIn's default note tells the reader you did no homework; one specific line about them is what gets a reply.",
  dimension: 'warmth',
  severity: 'warning',
  message: () =>
    "This is LinkedIn's default wording; replace it with why you want to connect with this person.",
  phrases: {
    "i'd like to add you to my professional network": null,
    'i would like to add you to my professional network': null,
    'add you to my professional network': null,
    "i'd like to join your linkedin network": null,
    "i'd like to join your network": null,
    'i would like to join your network': null,
    'i would like to connect with you on linkedin': null,
    "i'd like to connect with you on linkedin": null,
    'please accept my invitation': null,
  },
});
