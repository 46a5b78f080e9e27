import { ImportLinkedIn } from '../import/ImportLinkedIn';

const FIREFOX = import.meta.env.FIREFOX;

/** First run: what Rapport does in three lines, the day-one import, pinning the button, and privacy in one line. */
export function WelcomePage() {
  return (
    <main className="page">
      <h1>Welcome to Rapport</h1>
      <ul className="lead">
        <li>Remembers the people you meet on LinkedIn and what you have given and asked of each other.</li>
        <li>Checks the tone of what you write, in LinkedIn's message boxes and in its own draft box.</li>
        <li>Reminds you to follow up — after a meeting, on a promise, or when a tie goes quiet.</li>
      </ul>
      <p>
        <strong>Private by design:</strong> everything stays in this browser; nothing is ever sent anywhere.
      </p>

      <ol className="steps">
        <li>
          <h2>Bring in the people you already know</h2>
          <p>
            Rapport starts knowing your connections and your message history if you import LinkedIn's copy of
            your data. To ask LinkedIn for it:
          </p>
          <ol>
            <li>
              On LinkedIn, open <strong>Me → Settings &amp; Privacy → Data privacy</strong>.
            </li>
            <li>
              Choose <strong>Get a copy of your data</strong>, tick <em>Connections</em>, <em>Messages</em>{' '}
              and <em>Invitations</em>, and request the archive.
            </li>
            <li>LinkedIn e-mails you a link to a zip, usually within the hour. Choose that zip below.</li>
          </ol>
          <ImportLinkedIn />
        </li>
        <li>
          <h2>Pin the Rapport button</h2>
          {FIREFOX ? (
            <p>
              Click the <strong>Extensions</strong> button (the puzzle piece) in the toolbar, then the gear
              beside Rapport and <strong>Pin to Toolbar</strong>. Your follow-ups open in the sidebar:{' '}
              <em>View → Sidebar → Rapport</em>, or the <strong>Follow-ups</strong> button in Rapport's popup.
            </p>
          ) : (
            <p>
              Click the <strong>Extensions</strong> button (the puzzle piece) at the right of the address bar,
              then the pin beside Rapport. Your follow-ups open in the side panel: the{' '}
              <strong>Follow-ups</strong> button in Rapport's popup, or right-click the Rapport button →{' '}
              <em>Open side panel</em>.
            </p>
          )}
        </li>
        <li>
          <h2>Open someone's profile</h2>
          <p>
            Visit a LinkedIn profile and click the Rapport button: you see who they are, what you have in
            common and the one most useful next step. Log how you met, and Rapport reminds you to follow up
            within two days.
          </p>
        </li>
      </ol>
      <p>
        <a href="/options.html">Settings, backup and import</a> ·{' '}
        <a href="/why.html">Why Rapport suggests what it suggests</a>
      </p>
    </main>
  );
}
