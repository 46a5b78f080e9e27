import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { database } from '../../lib/db/page-database';
import { loadIntroducers } from '../../lib/db/queries/introducers';
import type { Contact } from '../../lib/schema/contact';
import { introRequestDraft } from '../../lib/social/intro-draft';
import { rankIntroducers } from '../../lib/social/intro-ranking';
import { userTimeZone } from '../../lib/time/calendar';
import { ActionOutcome } from '../shared/ActionOutcome';
import { useMinuteTick } from '../shared/use-now';
import { useProtocolAction } from '../shared/use-protocol-action';
import { WhyLink } from '../shared/WhyLink';
import { DraftBox } from '../tone/DraftBox';
import { MutualQuestion } from './MutualQuestion';

/**
 * On a 2nd- or 3rd-degree profile: the mutual connections Rapport knows, best introducer first with why, names it
 * cannot tell apart put to the user, and people you owe set aside. "Draft intro request" opens a tone-checked
 * double-opt-in draft; Rapport never sends it: the user copies it, and the ask is logged when they send it.
 */
export function IntroducersSection({ contact }: { contact: Contact }) {
  const minute = useMinuteTick();
  const data = useLiveQuery(
    async () => ({ ...(await loadIntroducers(database(), contact)), now: Date.now() }),
    [contact, minute],
  );
  const ranking = useMemo(
    () => (data ? rankIntroducers(data.inputs, data.now, userTimeZone()) : undefined),
    [data],
  );
  const [drafting, setDrafting] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const { send, error } = useProtocolAction();
  if (contact.degree === 1 || contact.mutualNames.length === 0) return null;
  if (!data || !ranking) return <section aria-busy="true" aria-label="Who can introduce you" />;
  const questions = data.matches.filter((m) => m.status === 'ask');

  const draft = (introducer: Contact) => {
    setDrafting(introducer.id);
    setStatus('');
    void send('intro/drafted', {
      introducerId: introducer.id,
      targetId: contact.id,
      at: Date.now(),
    });
  };
  const markSent = async (introducer: Contact) => {
    const reply = await send('intro/mark-sent', {
      introducerId: introducer.id,
      targetId: contact.id,
      at: Date.now(),
    });
    if (!reply.ok) return;
    setStatus(`Logged as an ask on ${introducer.name}.`);
    setDrafting(null);
  };

  return (
    <section aria-labelledby="introducers-heading" className="introducers">
      <h2 id="introducers-heading">Who can introduce you</h2>
      {ranking.ranked.length === 0 && questions.length === 0 ? (
        <p className="muted">None of the mutual connections shown here is among your contacts yet.</p>
      ) : null}
      <ol className="plain" aria-label="Introducers, best first">
        {ranking.ranked.map(({ contact: introducer, reasons }) => {
          const intro = data.intros.get(introducer.id);
          return (
            <li key={introducer.id} aria-label={introducer.name} className="introducer">
              <strong>{introducer.name}</strong>
              <ul className="reasons muted">
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {intro?.sentAt ? (
                <p className="muted">Intro request sent; logged as an ask.</p>
              ) : (
                <div className="row">
                  <button
                    type="button"
                    onClick={() => draft(introducer)}
                    aria-expanded={drafting === introducer.id}
                  >
                    Draft intro request
                  </button>
                  {drafting === introducer.id || intro ? (
                    <button type="button" onClick={() => void markSent(introducer)}>
                      I sent it
                    </button>
                  ) : null}
                </div>
              )}
              {drafting === introducer.id ? (
                <DraftBox contact={introducer} initialText={introRequestDraft(introducer, contact)} />
              ) : null}
            </li>
          );
        })}
      </ol>
      {questions.map((question) =>
        question.status === 'ask' ? (
          <MutualQuestion key={question.shownName} profileId={contact.id} question={question} />
        ) : null,
      )}
      {ranking.held.length ? (
        <ul className="plain" aria-label="Settle first">
          {ranking.held.map(({ contact: owed, settleFirst }) => (
            <li key={owed.id}>
              <strong>{owed.name}</strong>: {settleFirst}
            </li>
          ))}
        </ul>
      ) : null}
      <ActionOutcome status={status} error={error} />
      <p className="muted principle">
        A warm introduction from someone you both know carries their trust to you; ask the people you are in
        good standing with. <WhyLink section="Social Proof">Why? (Social Proof)</WhyLink>
      </p>
    </section>
  );
}
