import { describe, expect, it } from 'vitest';
import { describeBlocks } from './block-labels.ts';
import type { AuthorStyle } from './authors-view.ts';

const lucy: AuthorStyle = { personId: 'p1', name: 'Lucy', colour: '#1a6b3c', pattern: 0 };
const mark: AuthorStyle = { personId: 'p2', name: 'Mark', colour: '#5b2a86', pattern: 1 };
const styles = new Map([
  [1, lucy],
  [2, mark],
  [3, lucy],
]);

describe('the Authors view in words', () => {
  it('numbers each kind of block and says who wrote it, skipping empty ones', () => {
    const described = describeBlocks(
      [
        { nodeName: 'heading', preview: 'Our homes', charactersByClient: new Map([[1, 9]]) },
        { nodeName: 'paragraph', preview: '', charactersByClient: new Map() },
        {
          nodeName: 'paragraph',
          preview: 'We want homes near our friends',
          charactersByClient: new Map([
            [1, 40],
            [3, 20],
            [2, 25],
            [99, 2],
          ]),
        },
        { nodeName: 'bulletList', preview: 'Jobs', charactersByClient: new Map([[2, 4]]) },
      ],
      (clientId) => styles.get(clientId),
    );
    expect(described).toEqual([
      { label: 'Heading 1', preview: 'Our homes', authors: 'all Lucy' },
      {
        label: 'Paragraph 1',
        preview: 'We want homes near our friends',
        authors: 'mostly Lucy, some Mark, a little earlier text',
      },
      { label: 'List 1', preview: 'Jobs', authors: 'all Mark' },
    ]);
  });
});
