// The part of the personal-data page about asking to join a group from its public page: what
// they wrote, and what the group answered.
import { pairs, part, quoted, section, when } from './html-parts.ts';
import type { DataJoinRequest } from './types.ts';

const STATE_WORDS: Record<string, string> = {
  new: 'Waiting for an answer',
  invited: 'You were invited',
  asked: 'The group asked you a question',
  declined: 'The group could not offer you a place',
  joined: 'You joined',
};

export function joinRequestsSection(requests: readonly DataJoinRequest[], title: string): string {
  const parts = requests.map((request) =>
    part(`Asking to join ${request.workspaceName}`, [
      pairs([
        ['Sent on', when(request.receivedAt)],
        ['Your name', request.name],
        ['How to reach you', request.contact],
        ['Your needs', request.needs || null],
        ['Why you wanted to join', request.reason || null],
        ['What happened', STATE_WORDS[request.state] ?? request.state],
      ]),
      request.message ? `<p>The group wrote to you: ${quoted(request.message)}</p>` : '',
    ]),
  );
  return section(
    'join-requests',
    title,
    parts,
    'What you wrote when you asked to join a group from its public page, and what the group answered.',
  );
}
