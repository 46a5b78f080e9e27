import type { Ledger } from '../../lib/engine/ledger';

/** The give/ask balance as a small table and one plain sentence (Reciprocity). */
export function LedgerView({ ledger }: { ledger: Ledger }) {
  return (
    <section aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">Give and take</h2>
      <table className="ledger">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Gave</th>
            <th scope="col">Asked</th>
            <th scope="col">Thanked</th>
          </tr>
        </thead>
        <tbody>
          {(['me', 'them'] as const).map((party) => (
            <tr key={party}>
              <th scope="row">{party === 'me' ? 'You' : 'They'}</th>
              <td>{ledger[party].gave}</td>
              <td>{ledger[party].asked}</td>
              <td>{ledger[party].thanked}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{ledger.summary}</p>
    </section>
  );
}
