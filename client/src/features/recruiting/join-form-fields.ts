// The join form's fields as typed, and the request they make.
import type { ContactWay, JoinRequestBody } from '@roundtable/shared/protocol/recruiting';

export interface JoinFields {
  name: string;
  way: ContactWay;
  email: string;
  phone: string;
  address: string;
  supporterName: string;
  supporterContact: string;
  needs: string;
  reason: string;
  /** The hidden field people never see; a robot fills it in. */
  website: string;
}

export const emptyJoinFields: JoinFields = {
  name: '',
  way: 'email',
  email: '',
  phone: '',
  address: '',
  supporterName: '',
  supporterContact: '',
  needs: '',
  reason: '',
  website: '',
};

export function joinRequestOf(fields: JoinFields): JoinRequestBody {
  const contact = {
    email: { way: 'email', email: fields.email },
    phone: { way: 'phone', phone: fields.phone },
    post: { way: 'post', address: fields.address },
    supporter: {
      way: 'supporter',
      supporterName: fields.supporterName,
      supporterContact: fields.supporterContact,
    },
  }[fields.way] as JoinRequestBody['contact'];
  const { name, needs, reason, website } = fields;
  return { name, contact, needs, reason, website };
}

export const contactChoices: { value: ContactWay; label: string }[] = [
  { value: 'email', label: 'By email' },
  { value: 'phone', label: 'By phone' },
  { value: 'post', label: 'By post (a letter)' },
  { value: 'supporter', label: 'Through someone who supports me' },
];
