import { visibleText } from './dom';

// The last layer: class names LinkedIn used from 2018 (pv-top-card-section, pv-top-card-v2) through the 2024
// logged-in (pv-text-details) and public (top-card-layout) pages. They are renamed often, so they only answer
// when every stable signal failed.
export const KNOWN_CLASSES = {
  name: '.pv-top-card-section__name, .top-card-layout__title, .pv-text-details__left-panel h1, .text-heading-xlarge',
  headline:
    '.pv-top-card-section__headline, .top-card-layout__headline, .pv-text-details__left-panel .text-body-medium',
  location:
    '.pv-top-card-section__location, .pv-top-card--list-bullet > li:first-child, ' +
    '.pv-text-details__left-panel .text-body-small.inline, .top-card-layout__first-subline .not-first-middot > span',
  degree: '.dist-value, .distance-badge',
  company:
    '.pv-top-card-v2-section__company-name, .pv-top-card-section__company, .top-card-link__description',
  about:
    '.pv-about__summary-text, .pv-top-card-section__summary-text, .summary .core-section-container__content',
  connections:
    '.pv-top-card-v2-section__connections, .pv-top-card-section__connections, .top-card__subline-item',
} as const;

export function textOfClass(root: ParentNode, field: keyof typeof KNOWN_CLASSES): string {
  const el = root.querySelector(KNOWN_CLASSES[field]);
  return el ? visibleText(el) : '';
}
