// Politeness across communities (issue 10): the politeness recipe learned on one community and judged on another,
// both ways, as the paper's binary task (top vs bottom quartile). The two communities we have:
//   Wikipedia  the Stanford Politeness Corpus requests, rated for politeness by five people each;
//   LinkedIn   the 400 judged messages of ../shared/data/linkedin-messages (RUBRIC.md), which were NOT rated for
//              politeness: each construct below reads politeness out of the reviewers' scales, and says how.
// docs/tone-eval/choices.md says which construct is the headline and why.
import { compileModel } from '../../lib/tone/model/logistic';
import { auc } from './agreement';
import { type LabelledText, topAndBottomQuartiles } from './datasets';
import type { JudgedMessage } from './judged-messages';
import type { DraftExample, Recipe } from './recipes';

export interface LinkedInConstruct {
  name: string;
  score: (message: JudgedMessage) => number;
}

/**
 * Politeness in the reviewers' terms. The rubric's `warm` is "friendly, appreciative" with 3 = "neutral-polite" and
 * 1 = "cold, curt, hostile", but also "about the reader" and 1 = "purely transactional"; `professional` is
 * "polished and respectful" against "slang, shouting, hype, inappropriate". Politeness (Brown & Levinson, on which
 * the Stanford strategies rest) is both: attending to the reader (warm) and respecting them (professional), so the
 * headline construct is their sum; each alone is printed beside it.
 */
export const LINKEDIN_CONSTRUCTS: readonly LinkedInConstruct[] = [
  { name: 'warm + professional', score: (m) => m.consensus.warm + m.consensus.professional },
  { name: 'warm', score: (m) => m.consensus.warm },
  { name: 'professional', score: (m) => m.consensus.professional },
];

export interface Agreement {
  accuracy: number;
  auc: number;
}

export interface TransferFigures {
  /** LinkedIn messages in the construct's top or bottom quartile, and how many of them are the polite side. */
  messages: number;
  polite: number;
  wikipediaToLinkedIn: Agreement;
  linkedInToWikipedia: Agreement;
  /** The same recipe learned on LinkedIn itself, leave one owner out: what the LinkedIn data alone reaches. */
  linkedInOwnerCV: Agreement;
}

function agreement(scores: readonly number[], examples: readonly DraftExample[]): Agreement {
  const polite = examples.map((example) => example.label === 1);
  const right = scores.filter((score, i) => score >= 0.5 === polite[i]).length;
  return { accuracy: right / examples.length, auc: auc(scores, polite) };
}

/** One recipe, one LinkedIn construct: Wikipedia → LinkedIn, LinkedIn → Wikipedia, and LinkedIn in-domain. */
export function politenessTransfer(
  recipe: Recipe,
  wikipedia: readonly LabelledText[],
  messages: readonly JudgedMessage[],
  construct: LinkedInConstruct,
): TransferFigures {
  const linkedIn = topAndBottomQuartiles(messages, construct.score);
  const wiki = recipe.examples(wikipedia);
  const li = recipe.examples(linkedIn);
  const fromWikipedia = compileModel(recipe.learn(wiki));
  const fromLinkedIn = compileModel(recipe.learn(li));
  const ownerCV = new Array<number>(li.length).fill(0);
  for (const owner of new Set(linkedIn.map((message) => message.owner))) {
    const model = compileModel(recipe.learn(li.filter((_, i) => linkedIn[i]!.owner !== owner)));
    li.forEach((example, i) => {
      if (linkedIn[i]!.owner === owner) ownerCV[i] = recipe.score(model, example);
    });
  }
  return {
    messages: li.length,
    polite: li.filter((example) => example.label === 1).length,
    wikipediaToLinkedIn: agreement(
      li.map((example) => recipe.score(fromWikipedia, example)),
      li,
    ),
    linkedInToWikipedia: agreement(
      wiki.map((example) => recipe.score(fromLinkedIn, example)),
      wiki,
    ),
    linkedInOwnerCV: agreement(ownerCV, li),
  };
}
