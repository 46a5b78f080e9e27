import type { CoachingPoint } from '../../coach/coach-reply';
import { h } from '../../dom/build';
import type { WhitepaperSection } from '../../rules/sections';
import type { ToneHint } from '../../tone/types';
import type { DraftAnalysis } from '../analyse-draft';

export interface PanelActions {
  apply(hint: ToneHint): void;
  ignore(hint: ToneHint): void;
  dismissBox(): void;
  /** Opens Rapport's "Why?" page at the principle (through the background: the page is not web-accessible). */
  why(section: WhitepaperSection): void;
}

export interface PanelState {
  analysis: DraftAnalysis;
  /** The draft read as a reply to their unanswered messages (Active Listening, Emotional Intelligence). */
  coaching: CoachingPoint[];
  recipientName: string | null;
  /** The give/ask sentence for an ask, from the relationship engine; null when it does not apply. */
  reciprocity: string | null;
}

function hintItem(hint: ToneHint, actions: PanelActions): HTMLLIElement {
  return h(
    'li',
    {},
    h('p', {}, hint.message),
    whyLine(hint, actions),
    hint.suggestion !== undefined &&
      button(`Use “${hint.suggestion || '(remove)'}”`, () => actions.apply(hint)),
    button('Ignore this hint', () => actions.ignore(hint)),
  );
}

function coachingItem(point: CoachingPoint, actions: PanelActions): HTMLLIElement {
  return h(
    'li',
    { 'data-coaching': point.id, 'data-severity': point.severity },
    h('p', {}, point.message),
    whyLine(point, actions),
  );
}

/** The reason in a sentence, then the principle as a way to its entry on the "Why?" page, not a bare label. */
function whyLine({ why, section }: { why: string; section: WhitepaperSection }, actions: PanelActions) {
  const link = button(`Why? (${section})`, () => actions.why(section));
  link.classList.add('why');
  return h('p', { class: 'muted' }, why, link);
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = h('button', { type: 'button', class: 'link' }, label);
  element.addEventListener('click', onClick);
  return element;
}

/** The hint list a badge click opens: the overall tone, the give/ask balance before an ask, each hint with why. */
export function renderPanel(
  panel: HTMLElement,
  { analysis, coaching, recipientName, reciprocity }: PanelState,
  actions: PanelActions,
) {
  const { report, hints, analysedChars, totalChars, more } = analysis;
  const { warmth, clarity, professionalism } = report.scores;
  panel.replaceChildren(
    h(
      'div',
      {},
      h('h2', {}, report.verdict.summary),
      recipientName && h('p', { class: 'muted' }, `To ${recipientName}`),
      report.verdict.label !== 'empty' &&
        h('p', { class: 'muted' }, `Warmth ${warmth} · Clarity ${clarity} · Professional ${professionalism}`),
      reciprocity && h('p', { class: 'reciprocity' }, reciprocity),
      totalChars > analysedChars &&
        h(
          'p',
          { class: 'muted' },
          `Checked the first ${analysedChars.toLocaleString()} of ${more ? 'more than ' : ''}${totalChars.toLocaleString()} characters.`,
        ),
      coaching.length
        ? h(
            'ul',
            { 'aria-label': 'Your reply to them' },
            ...coaching.map((point) => coachingItem(point, actions)),
          )
        : null,
      hints.length
        ? h('ul', { 'aria-label': 'Hints' }, ...hints.map((hint) => hintItem(hint, actions)))
        : null,
      button('Hide hints on this box', actions.dismissBox),
      h('p', { class: 'keys' }, 'Esc closes and returns to your message.'),
    ),
  );
}
