// The storage port for the public pages an administrator writes (the privacy notice and the
// accessibility statement): one text per kind, as typed, with when and by whom it last changed.
import type { NoticeKind } from '@roundtable/shared/protocol/notices';

export interface NoticeRecord {
  kind: NoticeKind;
  /** Markdown-lite as the administrator typed it; rendered as text, never as HTML. */
  text: string;
  updatedAt: string;
  /** Null once the administrator's account is erased. */
  updatedBy: string | null;
}

export interface NoticeStore {
  /** The saved page; undefined while nobody has saved one (the page is then the template). */
  getNotice(kind: NoticeKind): Promise<NoticeRecord | undefined>;
  /** Saves the page, replacing what was there. */
  putNotice(record: NoticeRecord): Promise<void>;
  /** Forgets the saved page, so the template shows again; false if there was none. */
  deleteNotice(kind: NoticeKind): Promise<boolean>;
}
