// The plain words the personal-data page uses for stored codes: the audit log's actions, how a
// person takes part, their reply to a meeting, who made the copy.
import type { DataAbout } from './types.ts';

const actions: Record<string, string> = {
  'installation.set-up': 'Set up this Roundtable',
  'person.created': 'An account was made',
  'person.erased': 'An account was erased',
  'password.set': 'A password was set',
  'token.created': 'An API token was made',
  'token.revoked': 'An API token was stopped',
  'sign-in-link.created': 'A sign-in link was made',
  'workspace.created': 'A workspace was made',
  'workspace.settings-changed': 'A workspace’s settings were changed',
  'membership.joined': 'Joined a workspace',
  'membership.removed': 'Left or was removed from a workspace',
  'membership.role-changed': 'A role was changed',
  'invite.created': 'An invite link was made',
  'invite.revoked': 'An invite link was withdrawn',
  'document.exported': 'A document was exported',
  'document.binned': 'A document was moved to the bin',
  'document.restored': 'A document was taken out of the bin',
  'document.erased': 'A document was erased',
  'comment.created': 'A comment was written',
  'comment.replied': 'A reply was written',
  'comment.edited': 'A comment was changed',
  'comment.deleted': 'A comment was deleted',
  'comment.resolved': 'A comment was marked as resolved',
  'comment.reopened': 'A comment was opened again',
  'version.agreed': 'A version was agreed',
  'version.deleted': 'A version was deleted',
  'version.restored': 'A version was brought back',
  'proposal.opened': 'The group was asked to agree a version',
  'proposal.responded': 'An answer to a proposal was given',
  'proposal.withdrawn': 'A proposal was withdrawn',
  'proposal.decided': 'A proposal was decided',
  'person.data-downloaded': 'A copy of someone’s data was downloaded',
  'notice.changed': 'A public page (privacy or accessibility) was changed',
  'notice.reset': 'A public page was put back to the template',
};

/** What an audit entry records, in words; an action this list does not know, as stored. */
export const actionWords = (action: string): string => actions[action] ?? action;

const ways: Record<string, string> = {
  lived_experience: 'I have lived experience (I use social care)',
  family_carer: 'I am a family carer',
  staff: 'I work for the council or a care service',
  partner: 'I am from a partner organisation',
};

export const takePartWords = (takePart: string): string => ways[takePart] ?? takePart;

const replies: Record<string, string> = {
  yes: 'Yes, I am coming',
  maybe: 'Maybe',
  no: 'No, I cannot come',
};

export const rsvpWords = (answer: string): string => replies[answer] ?? answer;

export function madeByWords(madeBy: DataAbout['madeBy']): string {
  switch (madeBy) {
    case 'you':
      return 'when you asked for it';
    case 'a facilitator':
      return 'by a facilitator of the workspace, because you asked for it';
    case 'an administrator':
      return 'by an administrator, because you asked for it';
  }
}
