/** An invented person, rendered as a LinkedIn-like profile page for the e2e suite. */
export interface FixturePerson {
  slug: string;
  name: string;
  headline: string;
  location: string;
  company: string;
  degree?: 1 | 2 | 3;
  mutual?: { names: string[]; others: number };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The top card as the 2024 logged-in layout shows it: h1, headline, company button, location, degree, mutuals. */
export function topCard(person: FixturePerson): string {
  const degreeLabel = person.degree ? ['', '1st', '2nd', '3rd'][person.degree] : '';
  const mutual = person.mutual
    ? `<a href="/search/results/people/?facetConnectionOf=x"><span class="t-normal t-black--light t-14 hoverable-link-text">
        <strong>${person.mutual.names.map(escapeHtml).join(', ')}</strong> and ${person.mutual.others} other mutual connections</span></a>`
    : '';
  return `<section class="artdeco-card pv-top-card" data-member-id="1">
    <div class="ph5 pb5">
      <div class="mt2 relative">
        <div><a href="/in/${person.slug}/overlay/about-this-profile/" aria-label="${escapeHtml(person.name)}">
          <h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">${escapeHtml(person.name)}</h1></a>
          ${degreeLabel ? `<span class="dist-value">${degreeLabel}</span><span class="visually-hidden">${degreeLabel} degree connection</span>` : ''}
        </div>
        <div class="text-body-medium break-words">${escapeHtml(person.headline)}</div>
      </div>
      <ul class="pv-text-details__right-panel"><li>
        <button aria-label="Current company: ${escapeHtml(person.company)}. Click to skip to experience card" type="button">
          <span>${escapeHtml(person.company)}</span></button></li></ul>
      <div class="mt2"><span class="text-body-small inline t-black--light break-words">${escapeHtml(person.location)}</span></div>
      <ul class="pv-top-card--list"><li class="text-body-small"><span class="t-bold">500+</span> connections</li></ul>
      ${mutual}
    </div>
  </section>`;
}

/** A whole page: LinkedIn's chrome around the top card, with an optional script for in-page navigation. */
export function profilePage(person: FixturePerson, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>${escapeHtml(person.name)} | LinkedIn</title>
    <meta property="og:title" content="${escapeHtml(person.name)}">
  </head><body>
    <header class="global-nav"><a href="/feed/">Home</a></header>
    <main class="scaffold-layout__main" id="main">${topCard(person)}</main>
    <script>${script}</script>
  </body></html>`;
}
