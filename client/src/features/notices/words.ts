// What Roundtable keeps about a person, in plain words and in Easy Read: one short sentence per
// idea, each with a picture from the bundled OpenMoji set (hexcodes; see client/openmoji-assets.ts).

export interface EasyReadLine {
  /** The OpenMoji picture beside the words. */
  picture: string;
  words: string;
}

export const KEPT_PLAIN: readonly string[] = [
  'Your name, so people know who wrote what. Your email address only if you give it.',
  'What you write: the text, your comments and suggestions. The text belongs to the group.',
  'Your replies to meetings, with anything you need to take part. We remove what you need 30 days after the meeting.',
  'Your votes and answers, so the group can decide together.',
  'When you sign in, to keep your account safe.',
];

export const KEPT_EASY_READ: readonly EasyReadLine[] = [
  { picture: '1FAAA', words: 'We keep your name.' },
  { picture: '1F4DD', words: 'We keep what you write.' },
  { picture: '1F4C5', words: 'We keep your answers about meetings.' },
  { picture: '267F', words: 'You can tell us what help you need at a meeting.' },
  { picture: '23F3', words: 'We delete what help you need 30 days after the meeting.' },
  { picture: '1F5F3', words: 'We keep your votes.' },
  { picture: '1F512', words: 'We keep it safe.' },
  { picture: '1F4E5', words: 'You can get a copy at any time.' },
];

export const RECORD_QUESTION = 'Can we show your name in the record of who took part?';

export const RECORD_HINT =
  'When staff save the draft as a file, the file can end with a list of who took part. If you say no, your name is not in that list. You are only counted.';

export const RECORD_CHOICES = [
  { value: true, label: 'Yes, show my name' },
  { value: false, label: 'No, do not show my name' },
] as const;
