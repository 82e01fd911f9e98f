// Finding pictures by words, with a few real OpenMoji entries.
import { describe, expect, it } from 'vitest';
import { PictureSearch, sameWord, type PictureEntry } from './picture-search.ts';

const entry = (hexcode: string, annotation: string, tags: string): PictureEntry => ({
  hexcode,
  annotation,
  tags: tags.split(',').map((tag) => tag.trim()),
});

const pictures = [
  entry('1F3E0', 'house', 'home, building'),
  entry('1F3E1', 'house with garden', 'garden, home, house'),
  entry('1F3D8', 'houses', 'building, house'),
  entry('1F68C', 'bus', 'vehicle'),
  entry('262F', 'yin yang', 'lives, religion, yang, yin'),
  entry('1F4B0', 'money bag', 'bag, dollar, money, moneybag'),
  entry('E300', 'female doctor', 'healthcare, doctor, physician'),
  entry('1F9D1-200D-2695-FE0F', 'health worker', 'doctor, healthcare, nurse, therapist'),
];
const search = new PictureSearch(pictures);
const codes = (found: PictureEntry[]) => found.map((picture) => picture.hexcode);

describe('finding pictures by words', () => {
  it('takes a word and its plural as the same, whatever the case', () => {
    expect(sameWord('house', 'houses')).toBe(true);
    expect(sameWord('buses', 'bus')).toBe(true);
    expect(sameWord('body', 'bodies')).toBe(true);
    expect(sameWord('glass', 'glasses')).toBe(true);
    expect(sameWord('bus', 'bush')).toBe(false);
    expect(codes(search.find('HOUSES'))).toContain('1F3E0');
  });

  it('ranks a picture named by the word above one tagged with it', () => {
    expect(codes(search.find('house'))).toEqual(['1F3E0', '1F3D8', '1F3E1']);
    expect(codes(search.find('houses'))).toEqual(['1F3D8', '1F3E0', '1F3E1']);
    expect(codes(search.find('Doctors'))).toEqual(['E300', '1F9D1-200D-2695-FE0F']);
  });

  it('finds the start of a word still being typed, and needs every word', () => {
    expect(codes(search.find('mon'))).toEqual(['1F4B0']);
    expect(codes(search.find('house gard'))).toEqual(['1F3E1']);
    expect(search.find('house bus')).toEqual([]);
    expect(search.find('   ')).toEqual([]);
  });

  it('suggests pictures from the telling words of a paragraph, in their order', () => {
    const found = search.suggest('We want more money for the buses that take us to the doctor.');
    // "doctor" names the first; the health worker is only tagged with it, so it waits for a search.
    expect(codes(found)).toEqual(['1F4B0', '1F68C', 'E300']);
    expect(search.suggest('We want it to be for all of us.')).toEqual([]);
    expect(codes(search.suggest('We live in a house.'))).toEqual([
      '262F',
      '1F3E0',
      '1F3D8',
      '1F3E1',
    ]);
    expect(codes(search.suggest('Our homes.'))).toEqual(['1F3E0', '1F3E1']);
  });
});
