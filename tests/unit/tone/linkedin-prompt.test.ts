import { describe, expect, it } from 'vitest';
import { isPromptedCongratulation } from '../../../lib/tone/linkedin-prompt';
import { readDraft } from '../../../lib/tone/text/draft';

const prompted = (text: string) => isPromptedCongratulation(readDraft(text));

// Invented messages. LinkedIn's one-click messages congratulate on a birthday or a work anniversary in one line;
// anything said beyond that line, or a congratulation on something LinkedIn does not announce, is the writer's own.
describe("LinkedIn's one-click congratulation (linkedin-prompt)", () => {
  it.each([
    'Happy birthday!',
    'Happy birthday, Sam!',
    'Congrats on your 5 year work anniversary at Northwind!',
    'Congratulations on your anniversary at Northwind Traders Inc.!',
    'Congrats on celebrating 2 years at Northwind!',
    'Happy work anniversary, Priya',
  ])('is the prompt: %j', (text) => expect(prompted(text)).toBe(true));

  it.each([
    // More than the line LinkedIn offers.
    'Happy birthday! Our chat at the Leeds meetup about routing engines still makes me smile.',
    'Congrats on 5 years at Northwind!\nHow is the payments team doing these days?',
    // A congratulation on news LinkedIn does not announce as a milestone.
    'Congrats on the launch of your new book!',
    'Congratulations on the new role at Northwind!',
    // A milestone with no congratulation: the writer's own years.
    'I have 5 years of experience in data engineering.',
    'It has been years since Leeds!',
    '',
  ])('is not the prompt: %j', (text) => expect(prompted(text)).toBe(false));
});
