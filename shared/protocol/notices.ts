// The public pages an administrator writes: the privacy notice and the accessibility statement.
// Their text is "markdown-lite" (see shared/domain/notice-text.ts); a page nobody has written
// yet is the template Roundtable fills in from what it knows.
import { z } from 'zod';
import { HIDDEN_CHARACTERS_MESSAGE, isShownText } from './shown-text.ts';

export const noticeKinds = ['privacy', 'accessibility'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const NOTICE_MAX_CHARACTERS = 20_000;

export const NoticeParams = z.object({ kind: z.enum(noticeKinds) });

export const Notice = z.object({
  kind: z.enum(noticeKinds),
  text: z.string(),
  /** True while nobody has saved the page: the text is Roundtable's template. */
  fromTemplate: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type Notice = z.infer<typeof Notice>;

export const SaveNoticeBody = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'Please write the page, or start again from the template')
      .max(NOTICE_MAX_CHARACTERS, `A page can be at most ${NOTICE_MAX_CHARACTERS} characters`)
      // Lines of text, each one shown as it is: no hidden or direction-changing characters.
      .refine(
        (text) => text.split(/\r?\n/).every((line) => isShownText(line.replace(/\t/g, ' '))),
        HIDDEN_CHARACTERS_MESSAGE,
      ),
  })
  .strict();
export type SaveNoticeBody = z.infer<typeof SaveNoticeBody>;
