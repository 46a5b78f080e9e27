import type { Principle } from '../../rules/sections';
import type { Finding } from '../types';
import type { EngineView } from '../view';

/** One source of follow-ups. Each cites its whitepaper section and can be switched off by id. */
export interface QueueRule extends Principle {
  /** Its file's name; settings switch it off as `queue:<id>`. */
  id: string;
  /** What the settings page calls it. */
  title: string;
  /** At most this many items from the rule, after snoozed and done ones are taken out. */
  limit?: number;
  find(view: EngineView): Finding[];
}
