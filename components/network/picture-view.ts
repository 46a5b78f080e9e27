import { profileLinkOf } from '../../lib/contacts/unlinked';
import { h } from '../../lib/dom/build';
import type { NetworkPicture, Suggestion } from '../../lib/social/network';
import { balanceChart, barChart, tieDonut } from './charts';

/** The one concrete thing to do under a picture, with the whitepaper section it serves and links to the people. */
function suggestionLine(suggestion: Suggestion): HTMLElement {
  const people = suggestion.people.map((person) => {
    const { href, title } = profileLinkOf(person.profileUrl, person.name);
    return h('a', { href, target: '_blank', rel: 'noreferrer', ...(title ? { title } : {}) }, person.name);
  });
  return h(
    'div',
    { class: 'suggestion' },
    h('p', {}, suggestion.text),
    people.length > 0 && h('p', { class: 'row' }, ...people),
    h('p', { class: 'muted principle' }, suggestion.section),
  );
}

/** A titled region: the chart, then its suggestion. */
function region(id: string, title: string, chart: Element, suggestion: Suggestion): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': `picture-${id}`, class: 'picture' },
    h('h2', { id: `picture-${id}` }, title),
    chart,
    suggestionLine(suggestion),
  );
}

/** Every picture of the network, each with one suggestion tied to the whitepaper; the give/ask balance last. */
export function pictureView(picture: NetworkPicture): HTMLElement {
  if (picture.total === 0)
    return h(
      'p',
      {},
      'Import your LinkedIn connections from the options page, or open a few profiles, to see your network.',
    );
  return h(
    'div',
    { class: 'pictures' },
    ...picture.pictures.map((p) =>
      region(p.id, p.title, p.id === 'tie' ? tieDonut(p.slices) : barChart(p.title, p.slices), p.suggestion),
    ),
    region('balance', 'Give and ask', balanceChart(picture.balance), picture.balanceSuggestion),
  );
}
