// Back-pressure for writers that send as fast as they can: yield to the event loop while the
// socket's send buffer is above a high-water mark, and every so often regardless, so that incoming
// messages (for instance an echoing server's copies) are read instead of piling up in the kernel.

import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import type { WebSocket as WsSocket } from 'ws';

export interface Pacer {
  /** Call after each send; resolves at once unless the writer should pause. */
  afterSend(): Promise<void> | undefined;
  readonly maxBufferedBytes: number;
}

const yieldEvery = 512;
const spinsBeforeSleeping = 64;
/** No wait may last forever: give up pacing (and let the caller's own timeout decide) after this. */
const maxPauseMs = 60_000;

export function createPacer(socket: () => WsSocket | null, highWaterBytes: number): Pacer {
  let sends = 0;
  let maxBufferedBytes = 0;
  const pause = async (): Promise<void> => {
    const until = performance.now() + maxPauseMs;
    await yieldToLoop();
    for (let spins = 0; ; spins += 1) {
      const buffered = socket()?.bufferedAmount ?? 0;
      if (buffered <= highWaterBytes || performance.now() > until) return;
      // setImmediate first; if the socket stays full, sleep instead of spinning, since the
      // watching client shares this core.
      if (spins < spinsBeforeSleeping) await yieldToLoop();
      else await sleep(1);
    }
  };
  return {
    afterSend() {
      sends += 1;
      const buffered = socket()?.bufferedAmount ?? 0;
      if (buffered > maxBufferedBytes) maxBufferedBytes = buffered;
      if (buffered > highWaterBytes || sends % yieldEvery === 0) return pause();
      return undefined;
    },
    get maxBufferedBytes() {
      return maxBufferedBytes;
    },
  };
}
