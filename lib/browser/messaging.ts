import { browser } from 'wxt/browser';
import { send } from '../protocol/client';
import type { MessageType, RequestOf } from '../protocol/map';

/** Sends a protocol message to the background worker from any extension context. */
export function sendToBackground<K extends MessageType>(type: K, payload: RequestOf<K>) {
  return send((message) => browser.runtime.sendMessage(message), type, payload);
}
