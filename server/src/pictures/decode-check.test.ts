// A picture is decoded in full before it is stored: a file whose header is fine but whose
// picture is broken or cut short is refused, saying so in plain words.
import { describe, expect, it } from 'vitest';
import { PictureProblem } from './bytes.ts';
import { checkPicture, pixelProblem } from './clean-picture.ts';
import { checkDecodes } from './decode-check.ts';
import { damagedPng, plainJpeg, plainPng, plainWebp } from './testing/picture-fixtures.ts';

describe('decoding a picture in full before it is stored', () => {
  it('refuses a PNG that says 7000 by 7000 but holds 10 bytes of picture', async () => {
    const damaged = checkPicture(damagedPng());
    expect(damaged).toMatchObject({ width: 7000, height: 7000 });
    const refused = await checkDecodes(damaged.bytes).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PictureProblem);
    expect(refused).toMatchObject({ kind: 'damaged' });
    expect((refused as Error).message).toMatch(/damaged or not complete/);
  });

  it('refuses a small PNG whose picture data is cut short', async () => {
    const cut = checkPicture(damagedPng(16, 16, [0x78, 0x9c, 0x63]));
    await expect(checkDecodes(cut.bytes)).rejects.toMatchObject({ kind: 'damaged' });
  });

  it('takes whole pictures in every format', async () => {
    for (const bytes of [plainPng(), plainJpeg(), plainWebp()]) {
      await expect(checkDecodes(checkPicture(bytes).bytes)).resolves.toBeUndefined();
    }
  });
});

describe('the pixel limit, in words', () => {
  it('says the rule that was broken: 50 million pixels in all, or 10,000 on a side', () => {
    expect(pixelProblem(10_000, 10_000)).toBe(
      'This picture is too big: it is 10,000 by 10,000 pixels, about 100 million pixels in all. ' +
        'A picture may have at most 50 million pixels in all (for example 8,000 by 6,000). ' +
        'Please make it smaller and upload it again.',
    );
    expect(pixelProblem(12_000, 100)).toMatch(
      /too long on one side: it is 12,000 by 100 pixels\. Each side may be at most 10,000 pixels/,
    );
    expect(pixelProblem(8_000, 6_000)).toBeNull();
  });
});
