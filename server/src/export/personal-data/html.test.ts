// The personal-data page: every kind of thing has its heading even when there is nothing of it,
// and whatever a person typed is shown as text, never as markup.
import { describe, expect, it } from 'vitest';
import { PAGE_SECTIONS, renderPersonalDataHtml } from './html.ts';
import type { PersonalData } from './types.ts';

const nothing: PersonalData = {
  about: { madeAt: '2026-11-23T10:00:00.000Z', scope: { kind: 'everything' }, madeBy: 'you' },
  profile: {
    id: 'u-sam',
    name: 'Sam <b>Bold</b>',
    email: null,
    colour: '#1a6b3c',
    pronouns: null,
    takePart: null,
    showTakePart: false,
    nameInRecord: false,
    isAdmin: false,
    hasPassword: false,
    createdAt: '2026-11-01T09:00:00.000Z',
  },
  communication: {
    largerText: false,
    easyRead: true,
    readAloud: false,
    supporter: false,
    notes: '',
  },
  workspaces: [],
  invitesMade: [],
  signIns: null,
  meetings: [],
  comments: [],
  threadsResolved: [],
  suggestions: { decided: [], decidedByYou: [], pending: [] },
  proposals: { answers: [], made: [] },
  versions: [],
  easyReadChecks: { started: [], answers: [] },
  writing: [],
  hardWords: [],
  bookings: [],
  joinRequests: [],
  audit: [],
};

describe('the personal-data page', () => {
  it('has a heading for every kind of thing, saying when there is nothing of it', () => {
    const page = renderPersonalDataHtml(nothing);
    for (const [id, heading] of PAGE_SECTIONS) {
      expect(page).toContain(`<h2 id="${id}">${heading}</h2>`);
      expect(page).toContain(`<a href="#${id}">`);
    }
    expect(page).toContain('Nothing here.');
    expect(page).toContain('Signing in is not part of one workspace');
    expect(page).toContain('1 November 2026 at 09:00');
  });

  it('shows what people typed as text, never as markup, and has no scripts', () => {
    const page = renderPersonalDataHtml({
      ...nothing,
      comments: [
        {
          commentId: 'c1',
          threadId: 't1',
          documentId: 'd1',
          documentTitle: 'Plan </title><script>alert(1)</script>',
          kind: 'comment',
          onWords: '"quoted" & <em>',
          onSuggestion: false,
          text: '<img src=x onerror=alert(1)>',
          createdAt: '2026-11-23T10:00:00.000Z',
          editedAt: null,
          deletedAt: null,
        },
      ],
    });
    expect(page).not.toMatch(/<script|<img|<b>|<em>/);
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(page).toContain('Sam &#60;b&#62;Bold&#60;/b&#62;');
    expect(page).toContain('Content-Security-Policy" content="default-src \'none\'');
  });
});
