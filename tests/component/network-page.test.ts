// @vitest-environment jsdom
import { screen, within } from '@testing-library/dom';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showNetworkPage } from '../../components/network/network-page';
import { networkKeeperOf } from '../../lib/background/network-keeper';
import { newContact } from '../../lib/contacts/new-contact';
import { unlinkedId } from '../../lib/contacts/unlinked';
import type { RapportDatabase } from '../../lib/db/database';
import { DATABASE_NAME } from '../../lib/db/name';
import { loadNetworkState } from '../../lib/db/queries/network-data';
import type { NetworkPicture } from '../../lib/social/network';
import type { StoredPicture } from '../../lib/social/network-snapshot';
import { serveBackground } from '../support/background';

// The network view paints its stored picture in plain DOM, before any framework (components/network/network-page.ts):
// here it reads the extension's own database, as it does in the browser, with the background's handlers and its
// network keeper answering beside it.

const NOW = Date.now();
let db: RapportDatabase;
let stopKeeper: () => void;
let page: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  db = serveBackground(() => NOW, DATABASE_NAME);
  stopKeeper = networkKeeperOf({ db, now: () => NOW }).watch();
  document.body.innerHTML = '<div id="root"></div>';
  page = new AbortController();
});
afterEach(async () => {
  page.abort();
  stopKeeper();
  db.close();
  await Dexie.delete(DATABASE_NAME);
  document.body.innerHTML = '';
});

const ada = {
  id: 'ada-lindqvist',
  name: 'Ada Lindqvist',
  profileUrl: 'https://www.linkedin.com/in/ada-lindqvist/',
};
const oldExport = { id: unlinkedId('Bo Berg', NOW), name: 'Bo Berg', profileUrl: '' };
const LONG_COMPANY = 'Massive Dynamic Research and Development';

const picture: NetworkPicture = {
  total: 12,
  pictures: [
    {
      id: 'tie',
      title: 'Tie strength',
      slices: [
        { label: 'strong', count: 2 },
        { label: 'weak', count: 4 },
        { label: 'dormant', count: 6 },
      ],
      suggestion: {
        text: '6 dormant ties: start with these two.',
        section: 'Be Patient',
        people: [ada, oldExport],
      },
    },
    {
      id: 'company',
      title: 'By company',
      slices: [
        { label: 'Northwind', count: 9 },
        { label: LONG_COMPANY, count: 3 },
      ],
      suggestion: {
        text: '75 % of your network works at Northwind.',
        section: 'Diversify Your Network',
        people: [],
      },
    },
  ],
  balance: { me: { gave: 3, asked: 5, thanked: 1 }, them: { gave: 2, asked: 1, thanked: 0 } },
  balanceSuggestion: { text: 'You asked more than you gave.', section: 'Reciprocity', people: [] },
};
const stored = (drawn: NetworkPicture): StoredPicture => ({
  key: 'picture',
  picture: drawn,
  drawnFor: NOW,
  readAt: NOW,
  weakTieDays: 180,
});

describe('the network view', () => {
  it('paints the stored picture: each chart with its labels, values and suggestion, and links to the people named', async () => {
    await db.network.put(stored(picture));
    showNetworkPage({ signal: page.signal });
    await screen.findByRole('heading', { name: 'Your network at a glance' });
    expect(screen.getByText(/^12 people, from what Rapport stores in this browser/)).toBeTruthy();
    expect(document.querySelectorAll('svg.chart')).toHaveLength(3);

    const company = screen.getByRole('img', { name: 'By company: bar chart' });
    expect(company.querySelectorAll('rect.chart-bar')).toHaveLength(2);
    const labels = [...company.querySelectorAll('text.chart-label')];
    expect(labels.map((label) => label.firstChild?.textContent)).toEqual([
      'Northwind',
      'Massive Dynamic Res…',
    ]);
    expect(labels[1]!.querySelector('title')?.textContent).toBe(LONG_COMPANY);
    expect([...company.querySelectorAll('text.chart-value')].map((v) => v.textContent)).toEqual([
      '9 · 75 %',
      '3 · 25 %',
    ]);
    // The longer bar is the bigger count.
    const widths = [...company.querySelectorAll('rect')].map((bar) => Number(bar.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1]!);

    const ties = screen.getByRole('region', { name: 'Tie strength' });
    expect(
      within(ties).getByRole('img', { name: 'Tie strength: donut chart' }).querySelectorAll('path'),
    ).toHaveLength(3);
    expect(within(ties).getByRole('list', { name: 'Ties' }).textContent).toBe(' 2 strong 4 weak 6 dormant');
    expect(within(ties).getByRole('link', { name: 'Ada Lindqvist' }).getAttribute('href')).toBe(
      ada.profileUrl,
    );
    const bo = within(ties).getByRole('link', { name: 'Bo Berg' });
    expect(bo.getAttribute('href')).toBe(
      'https://www.linkedin.com/search/results/people/?keywords=Bo%20Berg',
    );
    expect(bo.getAttribute('title')).toMatch(/export without profile addresses/);
    expect(within(ties).getByText('Be Patient')).toBeTruthy();

    const balance = screen.getByRole('region', { name: 'Give and ask' });
    expect(within(balance).getByRole('img', { name: 'Give and ask, this year: bar chart' })).toBeTruthy();
    expect(within(balance).getByText('You asked more than you gave.')).toBeTruthy();
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('with nothing stored, has the background draw the network and shows it once stored', async () => {
    await db.contacts.bulkPut([
      newContact('ada-lindqvist', 'Ada Lindqvist', NOW, { company: 'Northwind', source: 'import' }),
      newContact('bo-berg', 'Bo Berg', NOW, { company: 'Globex', source: 'import' }),
      newContact('cy-chen', 'Cy Chen', NOW, { company: 'Northwind', source: 'import' }),
    ]);
    showNetworkPage({ signal: page.signal });
    expect((await screen.findByText(/^Drawing your network from every contact/)).tagName).toBe('P');
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('heading', { name: 'Your network at a glance' });
    expect(screen.getByText(/^3 people/)).toBeTruthy();
    const company = screen.getByRole('img', { name: 'By company: bar chart' });
    expect([...company.querySelectorAll('text.chart-label')].map((label) => label.textContent)).toEqual([
      'Northwind',
      'Globex',
    ]);
    expect((await loadNetworkState(db)).picture?.picture.total).toBe(3);
  });

  it('says why when the background refuses to draw, in place of the pictures it cannot show', async () => {
    // The page asks the background through no hook (it has no React): the refusal must still reach the user.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(
      (_message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
        sendResponse({ ok: false, error: { code: 'failed', message: 'The disk is full' } });
        return true;
      },
    );
    showNetworkPage({ signal: page.signal });
    const status = await screen.findByText('The disk is full');
    expect(status.className).toBe('error');
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect(document.querySelectorAll('svg.chart')).toHaveLength(0);
  });

  it('a stored picture it cannot show is said in place of the page, with export, restore and wipe', async () => {
    await db.network.put(stored({ ...picture, pictures: 'not a list' } as unknown as NetworkPicture));
    showNetworkPage({ signal: page.signal });
    await screen.findByRole('heading', { name: 'Rapport could not show this page' });
    expect(screen.getByRole('alert').textContent).toMatch(/^Something stored could not be displayed: /);
    expect(await screen.findByRole('button', { name: /export/i })).toBeTruthy();
  });
});
