/** An invented person, rendered in LinkedIn's April-2026 server-driven layout for the e2e suite. */
export interface SduiPerson {
  slug: string;
  name: string;
  headline: string;
  location: string;
  degree?: 1 | 2 | 3;
  /** The user's own page: editing controls instead of Message / Connect. */
  own?: boolean;
  experience: { title: string; company: string; dates: string }[];
  education: { school: string; degree: string; dates: string }[];
  mutual?: { names: string[]; others: number };
}

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const hashed = () => Math.random().toString(16).slice(2, 10);

function section(title: string, items: string[]): string {
  return `<div data-display-contents="true"><section class="${hashed()}"><div><div><h2 class="${hashed()}">${title}</h2></div>
    <ul role="list">${items.map((item) => `<li><div>${item}</div></li>`).join('')}</ul></div></section></div>`;
}

/** The top card as the 2026 layout shows it: no h1, the name in an h2 inside a link, a visible and a hidden
 *  degree badge, the employer · school line repeated as buttons, then location, connections and mutuals. */
export function sduiProfilePage(person: SduiPerson): string {
  const url = `https://www.linkedin.com/in/${person.slug}/`;
  const ordinal = person.degree ? ['', '1st', '2nd', '3rd+'][person.degree] : '';
  const hidden = person.degree === 1 ? '2nd' : '1st';
  const company = person.experience[0]?.company ?? '';
  const school = person.education[0]?.school ?? '';
  const orgs = [company, school].filter(Boolean);
  const mutual = person.mutual
    ? `<p><a href="https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH&amp;connectionOf=%5B%22x%22%5D">${person.mutual.names
        .map((n) => `<strong>${esc(n)}</strong>`)
        .join('<span>, </span>')}<span>, and ${person.mutual.others} other mutual connections</span></a></p>`
    : '';
  const actions = person.own
    ? '<button type="button"><span>Open to</span></button><button type="button"><span>Add profile section</span></button>'
    : `<a href="/messaging/compose/?profileUrn=x"><span>Message</span></a><button type="button" aria-label="More"><span>More</span></button>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(person.name)} | LinkedIn</title>
    <style>._9a0467e1{display:none}</style></head><body data-sdui="true">
    <header><nav aria-label="Primary Navigation"><a href="/feed/">Home</a></nav></header>
    <main class="${hashed()}">
    <div data-display-contents="true"><section class="${hashed()}" componentkey="${hashed()}">
      <a href="${url}overlay/background-photo/"><figure><img alt="Cover photo" src="data:,"></figure></a>
      <div><div><div aria-expanded="false"><div data-display-contents="true"><a href="${url}"><div><h2 class="${hashed()}">${esc(person.name)}</h2></div></a></div></div>
        ${ordinal ? `<p class="${hashed()}">· ${ordinal}</p><div class="_9a0467e1" data-display-contents="true"><p>· ${hidden}</p></div>` : ''}</div>
      <p class="${hashed()}">${esc(person.headline)}</p>
      ${orgs.length ? `<p>${orgs.map(esc).join(' · ')}</p>` : ''}
      <div><p>${esc(person.location)}</p><p>·</p><p><a href="${url}overlay/contact-info/">Contact info</a></p></div></div>
      <div>${orgs.map((org) => `<div role="button" tabindex="0"><figure aria-hidden="true"></figure><div><p>${esc(org)}</p></div></div>`).join('')}</div>
      <div><a href="https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH"><p>500+ connections</p></a></div>
      ${mutual}
      <div>${actions}</div>
    </section></div>
    ${section(
      'Experience',
      person.experience.map(
        (e) => `<p>${esc(e.title)}</p><p>${esc(e.company)} · Full-time</p><p>${esc(e.dates)}</p>`,
      ),
    )}
    ${section(
      'Education',
      person.education.map((e) => `<p>${esc(e.school)}</p><p>${esc(e.degree)}</p><p>${esc(e.dates)}</p>`),
    )}
    </main>
    <aside aria-label="Right rail"><section><h2>People you may know</h2><ul><li><a href="/in/someone-else/"><p>Someone Else</p></a><p>· 1st</p></li></ul></section></aside>
  </body></html>`;
}
