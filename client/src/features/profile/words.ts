// The choices on the Profile page, in plain words.
import type { TakePart } from '@roundtable/shared/protocol/people';

/** The caret colours the server hands out; each is dark enough for white text (WCAG AA). */
export const COLOURS: readonly { value: string; name: string }[] = [
  { value: '#1a6b3c', name: 'Green' },
  { value: '#6a3d9a', name: 'Purple' },
  { value: '#b03000', name: 'Orange-red' },
  { value: '#005a9c', name: 'Blue' },
  { value: '#8a1c5a', name: 'Plum' },
  { value: '#5c5400', name: 'Olive' },
  { value: '#00695c', name: 'Teal' },
  { value: '#3949ab', name: 'Indigo' },
];

export const TAKE_PART_CHOICES: readonly { value: TakePart | null; label: string }[] = [
  { value: 'lived_experience', label: 'I have lived experience (I use social care)' },
  { value: 'family_carer', label: 'I am a family carer' },
  { value: 'staff', label: 'I work for the council or a care service' },
  { value: 'partner', label: 'I am from a partner organisation' },
  { value: null, label: 'I prefer not to say' },
];
