// Who wrote what. The collaboration server records, with every stored update, the person whose
// connection first sent each Yjs client id; the content itself says which client id made each
// character. Together they name the writer of every part of a document, for the Authors view
// and for the co-production record.
import type { DocumentAuthor } from '@roundtable/shared/protocol/authorship';
import type { PeopleStore, UserRecord } from '../storage/identity-ports.ts';
import type { UpdateLog } from '../storage/ports.ts';
import type { AuthContext } from './auth-context.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface AuthorshipServiceOptions {
  /** Resolves the document, and authorizes in its workspace (and its bin). */
  scope: WorkspaceScope;
  updates: UpdateLog;
  identity: PeopleStore;
}

export class AuthorshipService {
  constructor(private readonly options: AuthorshipServiceOptions) {}

  /** The people who wrote in a document, each with their client ids. */
  async authors(auth: AuthContext, documentId: string): Promise<DocumentAuthor[]> {
    await this.options.scope.documentFor(auth, documentId, 'document:read');
    const people = await this.peopleByClient(documentId);
    const byPerson = new Map<string, DocumentAuthor>();
    for (const [clientId, person] of people) {
      const author = byPerson.get(person.id) ?? {
        personId: person.id,
        name: person.name,
        colour: person.colour,
        clientIds: [],
      };
      author.clientIds.push(clientId);
      byPerson.set(person.id, author);
    }
    return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * The person each recorded Yjs client id of a document belongs to. Client ids nobody is
   * recorded for (text written by the server, or before recording began) are absent.
   */
  async peopleByClient(documentId: string): Promise<Map<number, UserRecord>> {
    const clientAuthors = await this.options.updates.listClientAuthors(documentId);
    const userIds = [...new Set(clientAuthors.map((author) => author.userId))];
    const users = new Map(
      await Promise.all(
        userIds.map(async (id) => [id, await this.options.identity.getUser(id)] as const),
      ),
    );
    const people = new Map<number, UserRecord>();
    for (const { clientId, userId } of clientAuthors) {
      const user = users.get(userId);
      if (user) people.set(clientId, user);
    }
    return people;
  }
}
