import type { Suggestion } from '../../lib/social/network';

/** The one concrete thing to do under a picture, with the whitepaper section it serves and links to the people. */
export function SuggestionLine({ suggestion }: { suggestion: Suggestion }) {
  return (
    <div className="suggestion">
      <p>{suggestion.text}</p>
      {suggestion.people.length ? (
        <p className="row">
          {suggestion.people.map((person) => (
            <a key={person.id} href={person.profileUrl} target="_blank" rel="noreferrer">
              {person.name}
            </a>
          ))}
        </p>
      ) : null}
      <p className="muted principle">{suggestion.section}</p>
    </div>
  );
}
