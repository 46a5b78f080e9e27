import type { Suggestion } from '../../lib/social/network';
import { ProfileLink } from '../shared/ProfileLink';

/** The one concrete thing to do under a picture, with the whitepaper section it serves and links to the people. */
export function SuggestionLine({ suggestion }: { suggestion: Suggestion }) {
  return (
    <div className="suggestion">
      <p>{suggestion.text}</p>
      {suggestion.people.length ? (
        <p className="row">
          {suggestion.people.map((person) => (
            <ProfileLink key={person.id} profileUrl={person.profileUrl} name={person.name}>
              {person.name}
            </ProfileLink>
          ))}
        </p>
      ) : null}
      <p className="muted principle">{suggestion.section}</p>
    </div>
  );
}
