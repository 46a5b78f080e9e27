import type { CardReading } from './card-lines';
import type { LdPerson } from './json-ld';
import type { PageMeta } from './meta';
import type { TopCard } from './top-card';

/** What every field reader may look at, read once per extraction. */
export interface PageContext {
  doc: Document;
  url: string;
  meta: PageMeta;
  person: LdPerson | null;
  topCard: TopCard | null;
  /** Headline and location as the top card's text order gives them. */
  reading: CardReading;
}
