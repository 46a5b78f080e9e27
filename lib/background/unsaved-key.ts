/** The storage.session key of captures waiting for room (see ./unsaved-captures.ts); pages follow it. */
export const UNSAVED_KEY = 'unsavedCaptures';
