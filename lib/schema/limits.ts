// Plain constants shared by schemas and content scripts; kept free of zod so importing them costs nothing.

/** Past this the inline check reads only the start of a draft; LinkedIn's longest message field holds 8,000. */
export const INLINE_ANALYSED_CHARS = 5_000;

/**
 * The most of a box's text a content script reads: a sent message's cap (the protocol's), past the part checked.
 * A paste of 50,000 paragraphs is never walked whole (lib/hints/text/text-map.ts).
 */
export const DRAFT_READ_CHARS = 10_000;

/** The most messages of theirs one `thread/read` carries: a long thread arrives in several, each a short task. */
export const THREAD_BATCH = 40;

/** The most of their recent messages a reply is coached against: the unanswered run, newest last. */
export const COACHED_MESSAGES = 5;

/** How much of the other person's latest message travels with a draft to be checked (what a reply answers). */
export const PREVIOUS_MESSAGE_CHARS = 2_000;
