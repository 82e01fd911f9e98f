// A workspace's public page (issue 14): off until a facilitator turns it on; anyone reads it
// at /p/<slug> while it is on. An address that is off, or was never used, answers exactly as one
// that does not exist, so nothing about the workspace shows. Changes go to the audit log.
import type { PublicEvent } from '@roundtable/shared/protocol/events';
import type {
  PublicPage,
  PublicPageSettings,
  SavePublicPageBody,
} from '@roundtable/shared/protocol/recruiting';
import type { WorkspaceStore } from '../storage/ports.ts';
import type { PublicPageRecord, PublicPageStore } from '../storage/recruiting-ports.ts';
import type { AuditLog } from './audit.ts';
import type { AuthContext } from './auth-context.ts';
import { can, type Action } from '@roundtable/shared/domain/policy';
import { isKnownOpenMoji } from '../export/openmoji.ts';
import { ServiceError } from './errors.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface PublicPageServiceOptions {
  store: PublicPageStore;
  workspaces: Pick<WorkspaceStore, 'getWorkspace'>;
  scope: WorkspaceScope;
  audit: AuditLog;
  now: () => Date;
  /** The workspace's public events that have not ended, soonest first. */
  upcomingEvents: (workspaceId: string) => Promise<PublicEvent[]>;
  /** The workspace's consultations open for comment (services/consultations.ts). */
  openConsultations?: (
    workspaceId: string,
  ) => Promise<{ id: string; title: string; closesAt: string }[]>;
  /** The page was saved. */
  onChanged?: (workspaceId: string) => void;
}

const emptyText = { whoWeAre: '', whatWeDo: '', howToJoin: '', easyRead: [] };

export const noPublicPage = (): ServiceError =>
  new ServiceError('not_found', 'There is no public page at this address.');

/**
 * A list the public page shows (upcoming events, open consultations), asked for by itself:
 * anyone may read it while the page is on, else it answers as for a workspace that does not
 * exist; the workspace's own people who may `action` always may.
 */
export async function refuseUnlessListed(
  pages: Pick<PublicPageStore, 'getPublicPage'>,
  auth: AuthContext,
  workspaceId: string,
  action: Action,
): Promise<void> {
  if (can(auth.actor, action, { workspaceId })) return;
  const page = await pages.getPublicPage(workspaceId);
  if (!page?.publishedAt) throw noPublicPage();
}

export class PublicPageService {
  constructor(private readonly options: PublicPageServiceOptions) {}

  async settings(auth: AuthContext, workspaceId: string): Promise<PublicPageSettings> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:recruit');
    const page = await this.options.store.getPublicPage(workspaceId);
    if (!page) return { published: false, slug: '', text: emptyText, updatedAt: null };
    return {
      published: page.publishedAt !== null,
      slug: page.slug,
      text: page.text,
      updatedAt: page.updatedAt,
    };
  }

  async save(
    auth: AuthContext,
    workspaceId: string,
    body: SavePublicPageBody,
  ): Promise<PublicPageSettings> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:recruit');
    await refuseUnknownPictures(body);
    const before = await this.options.store.getPublicPage(workspaceId);
    const at = this.options.now().toISOString();
    const publishedAt = body.published ? (before?.publishedAt ?? at) : null;
    const saved = await this.options.store.putPublicPage({
      workspaceId,
      slug: body.slug,
      publishedAt,
      text: body.text,
      updatedAt: at,
    });
    if (!saved) {
      throw new ServiceError(
        'conflict',
        'Another group already uses this address. Please choose another one.',
        'slug',
      );
    }
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'public-page.changed',
      subject: workspaceId,
      details: { slug: body.slug, published: body.published },
    });
    this.options.onChanged?.(workspaceId);
    return { published: body.published, slug: body.slug, text: body.text, updatedAt: at };
  }

  /** The page that is on at this address; 404 otherwise. */
  async publishedAt(slug: string): Promise<PublicPageRecord> {
    const page = await this.options.store.findPublicPageBySlug(slug.toLowerCase());
    if (!page || page.publishedAt === null) throw noPublicPage();
    return page;
  }

  async read(slug: string): Promise<PublicPage> {
    const page = await this.publishedAt(slug);
    const workspace = await this.options.workspaces.getWorkspace(page.workspaceId);
    if (!workspace) throw noPublicPage();
    return {
      slug: page.slug,
      workspaceName: workspace.name,
      text: page.text,
      events: (await this.options.upcomingEvents(page.workspaceId)).map((event) => ({
        id: event.id,
        title: event.title,
        startsAt: event.startsAt,
        place: event.place,
        placesLeft: event.placesLeft,
        takingBookings: event.state === 'open',
      })),
      consultations: ((await this.options.openConsultations?.(page.workspaceId)) ?? []).map(
        ({ id, title, closesAt }) => ({ id, title, closesAt }),
      ),
    };
  }
}

/** An Easy Read picture must be one of the set the picker offers: a made-up code shows nothing. */
async function refuseUnknownPictures(body: SavePublicPageBody): Promise<void> {
  for (const line of body.text.easyRead) {
    if (line.picture !== null && !(await isKnownOpenMoji(line.picture))) {
      throw new ServiceError('bad_request', 'Please choose a picture from the list', 'easyRead');
    }
  }
}
