// One person's socket on the meeting channel, for journeys: join a meeting and send commands,
// each answered (an answer that refuses throws, with its message).
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { MeetingCommand } from '@roundtable/shared/domain/meeting/meeting';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import type { Ack } from '@roundtable/shared/protocol/meeting';

export interface MeetingSocket {
  socket: Socket;
  join: () => Promise<MeetingView>;
  send: (command: MeetingCommand) => Promise<MeetingView>;
}

export function meetingSocket(origin: string, token: string, meetingId: string): MeetingSocket {
  const socket = connectSocket(`${origin}/meeting`, {
    transports: ['websocket'],
    auth: { token },
    forceNew: true,
  });
  const answer = (ack: Ack<MeetingView>): MeetingView => {
    if (!ack.ok) throw new Error(`meeting: ${ack.error.message}`);
    return ack.data;
  };
  return {
    socket,
    join: async () => answer(await socket.emitWithAck('meeting:join', { meetingId })),
    send: async (command) =>
      answer(await socket.emitWithAck('meeting:command', { meetingId, command })),
  };
}
