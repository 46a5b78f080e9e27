/** What Rapport does and does not do with the user's data, in plain words. */
export function PrivacyStatement() {
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <ul>
        <li>
          Everything stays in this browser, in the extension's own storage. There is no server and no account.
        </li>
        <li>
          Rapport makes no network requests: no analytics, no remote code, no updates of rules from anywhere.
        </li>
        <li>
          It only reads LinkedIn pages you open yourself. It never visits pages, clicks, types or sends for
          you.
        </li>
        <li>
          Message text is not stored unless you switch on excerpts; you can export or wipe everything here.
        </li>
      </ul>
    </section>
  );
}
