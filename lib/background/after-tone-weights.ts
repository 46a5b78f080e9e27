import type { MessageType } from '../protocol/map';
import type { Handler } from '../protocol/router';
import { toneWeightsReady } from '../tone/model/models';

/**
 * A handler that reads the tone models, run once their weights are loaded: packaged files the worker fetches when
 * it first needs them, not part of its script. Only these handlers wait, wherever they are called from (the
 * router, a replayed capture): a settings save or a profile capture is answered while the weights load, or if
 * their fetch hangs. A failed load answers with the load's own error (which file, what status), and the next
 * message that needs them tries again.
 */
export function afterToneWeights<K extends MessageType>(handler: Handler<K>): Handler<K> {
  return async (payload, sender) => {
    await toneWeightsReady();
    return handler(payload, sender);
  };
}
