// A join request as a copy of the person's data shows it (once it is linked to them).
import type { DataJoinRequest } from '../export/personal-data/types.ts';
import type { JoinRequestRecord } from '../storage/recruiting-ports.ts';
import { letterAddress } from './join-request-words.ts';

export function joinRequestData(
  request: JoinRequestRecord,
  workspaceName: string,
  /** Whoever makes the copy may see the needs they wrote (health data, like access needs). */
  seesNeeds: boolean,
): DataJoinRequest {
  const how = request.contact.way === 'post' ? 'By post: ' : '';
  return {
    workspaceName,
    name: request.name,
    contact: `${how}${letterAddress(request.contact)}`,
    needs: seesNeeds ? request.needs : null,
    reason: request.reason,
    state: request.state,
    receivedAt: request.receivedAt,
    message: request.message?.text ?? null,
  };
}
