// The last check before an uploaded picture is stored: it is decoded in full, every pixel,
// so a file whose header is fine but whose picture is cut short or broken (a "7000 by 7000"
// PNG holding 10 bytes of picture) is refused now, with words a person can act on, rather than
// failing later in every export that shows it. sharp decodes off the event loop, a row at a
// time, within the same pixel limit as the header check. sharp (a native image library, tens of
// MB) is loaded at the first upload, not at start.
import { PictureProblem } from './bytes.ts';
import { MAX_PICTURE_PIXELS } from './clean-picture.ts';

/** Throws a PictureProblem ('damaged') unless every pixel of the picture can be read. */
export async function checkDecodes(bytes: Uint8Array): Promise<void> {
  const { default: sharp } = await import('sharp');
  try {
    await sharp(bytes, {
      limitInputPixels: MAX_PICTURE_PIXELS,
      failOn: 'error',
      sequentialRead: true,
    }).stats();
  } catch {
    throw new PictureProblem(
      'damaged',
      'This picture file is damaged or not complete, so it cannot be shown. ' +
        'Please open it on your device, save it again, and upload the new copy.',
    );
  }
}
