// An Easy Read document for the export tests and the README's picture: short sentences, each
// idea with an OpenMoji picture, names from many languages, an emoji, a hard word, a photo
// upload, and one picture that cannot be found. Its hard words and "Checked by" line go with it.
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import sharp from 'sharp';
import { loadOpenMoji } from './openmoji.ts';
import type { LoadedPicture, PictureLoader, ProseMirrorJSON } from './types.ts';

const words = (text: string, marks: { type: string }[] = []): ProseMirrorJSON =>
  marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };

const row = (picture: string | null, alt: string, ...content: ProseMirrorJSON[]) => ({
  type: 'paragraph',
  attrs: picture ? { picture, pictureAlt: alt } : {},
  content,
});

const heading = (text: string): ProseMirrorJSON => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [words(text)],
});

export const EASY_READ_NAMES = ['Zoë', 'Łukasz', 'Ayşe', 'Nguyễn'];

export const EASY_READ_DOCUMENT: ProseMirrorJSON = {
  type: 'doc',
  content: [
    heading('About this plan'),
    row(
      'openmoji:1F3E0',
      'A house',
      words('This plan is about '),
      words('better homes', [{ type: 'italic' }]),
      words(' for people with a learning disability.'),
    ),
    row(
      'openmoji:1F9D1-200D-1F91D-200D-1F9D1',
      'Two people holding hands',
      words('We wrote it together: Zoë, Łukasz, Ayşe, Nguyễn and the group. 👋'),
    ),
    row(
      'openmoji:1F4DD',
      'A pen writing on paper',
      words('Everyone should have a care plan that they can read.'),
    ),
    heading('What we want'),
    row('openmoji:1F3D8', 'Houses in a street', words('Homes near our friends and family.')),
    row('openmoji:1F68C', 'A bus', words('Buses that run in the evening.')),
    row(null, '', words('Care plans that we understand.')),
    row('upload:room-photo', 'Our meeting room', words('We meet every month in this room.')),
    row('openmoji:FFFFF', 'A calendar', words('The next meeting is on 4 March.')),
  ],
};

export const EASY_READ_HARD_WORDS: HardWord[] = [
  { word: 'care plan', explanation: 'A plan of the help and support you get.' },
  { word: 'learning disability', explanation: 'When learning new things takes longer.' },
  { word: 'unused word', explanation: 'Not in this document, so not in the list.' },
];

export const CHECKED_STAMP =
  'Checked by 7 members of the Learning Disability Partnership Board on 4 March 2031';

/** A small photo, as WebP, standing in for a picture someone uploaded. */
export async function uploadedPhoto(): Promise<LoadedPicture> {
  const bytes = await sharp({
    create: { width: 120, height: 80, channels: 3, background: '#2e7d32' },
  })
    .webp()
    .toBuffer();
  return { bytes: new Uint8Array(bytes), mediaType: 'image/webp' };
}

/** OpenMoji from the package, and the one upload the document shows. */
export const easyReadPictures: PictureLoader = async (ref) => {
  if (ref.source === 'openmoji') return loadOpenMoji(ref.id);
  return ref.id === 'room-photo' ? uploadedPhoto() : null;
};
