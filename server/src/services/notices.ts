// The public pages an administrator writes: anyone reads them (signed in or not); only an
// administrator changes them. A page nobody has saved is the template, filled in afresh on each
// read so it follows the data map and the retention settings. Changes go to the audit log.
import type { Notice, NoticeKind } from '@roundtable/shared/protocol/notices';
import type { NoticeStore } from '../storage/notice-ports.ts';
import type { AuditLog } from './audit.ts';
import { authorize, signedIn, type AuthContext } from './auth-context.ts';
import { DEFAULT_RETENTION, noticeTemplate, type Retention } from './notice-templates.ts';

export class NoticeService {
  constructor(
    private readonly options: {
      store: NoticeStore;
      audit: AuditLog;
      now: () => Date;
      /** How long things are kept, said in the privacy template. */
      retention?: Retention;
    },
  ) {}

  async read(kind: NoticeKind): Promise<Notice> {
    const saved = await this.options.store.getNotice(kind);
    return saved
      ? { kind, text: saved.text, fromTemplate: false, updatedAt: saved.updatedAt }
      : this.template(kind);
  }

  async save(auth: AuthContext, kind: NoticeKind, text: string): Promise<Notice> {
    authorize(auth, 'installation:administer');
    const actorId = signedIn(auth);
    const updatedAt = this.options.now().toISOString();
    await this.options.store.putNotice({ kind, text, updatedAt, updatedBy: actorId });
    await this.options.audit.record({ actorId, action: 'notice.changed', subject: kind });
    return { kind, text, fromTemplate: false, updatedAt };
  }

  async reset(auth: AuthContext, kind: NoticeKind): Promise<Notice> {
    authorize(auth, 'installation:administer');
    await this.options.store.deleteNotice(kind);
    await this.options.audit.record({
      actorId: signedIn(auth),
      action: 'notice.reset',
      subject: kind,
    });
    return this.template(kind);
  }

  private template(kind: NoticeKind): Notice {
    const text = noticeTemplate(kind, this.options.retention ?? DEFAULT_RETENTION);
    return { kind, text, fromTemplate: true, updatedAt: null };
  }
}
