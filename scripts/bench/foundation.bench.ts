// The cost of the foundation's two hot paths: a profile visit stored (message in, validated, row written)
// and the side panel's first query (most recently seen people).
import Dexie from 'dexie';
import { createHandlers } from '../../lib/background/handlers';
import { newContact } from '../../lib/contacts/new-contact';
import { openDatabase } from '../../lib/db/database';
import type { Contact } from '../../lib/schema/contact';
import { routeAsAllowedSender } from '../../tests/support/senders';
import type { Benchmark } from './harness';

const CONTACTS = 10_000;
const db = openDatabase('bench-foundation');
const route = routeAsAllowedSender(createHandlers({ db, now: Date.now }));
let visit = 0;

function person(i: number): Contact {
  return newContact(`person-${i}`, `Person ${i}`, i, { headline: 'Engineer', company: `Company ${i % 500}` });
}

export const benchmarks: Benchmark[] = [
  {
    name: 'stored visit (message → contact + visit row)',
    input: `new profile each run, ${CONTACTS.toLocaleString('en')} contacts stored`,
    n: 200,
    async setup() {
      await db.contacts.bulkPut(Array.from({ length: CONTACTS }, (_, i) => person(i)));
    },
    async run() {
      visit++;
      const reply = await route({
        type: 'profile/captured',
        payload: {
          publicId: `visited-${visit}`,
          profileUrl: `https://www.linkedin.com/in/visited-${visit}/`,
          name: `Visited ${visit}`,
          headline: 'Product manager at Example',
        },
      });
      if (!reply.ok) throw new Error(reply.error.message);
    },
  },
  {
    name: 'side panel list (100 most recently seen)',
    input: `${CONTACTS.toLocaleString('en')}+ contacts`,
    n: 100,
    run: () => db.contacts.orderBy('lastSeenAt').reverse().limit(100).toArray(),
    async teardown() {
      db.close();
      await Dexie.delete('bench-foundation');
    },
  },
];
