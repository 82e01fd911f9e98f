// The live rooms as the services see them: the one way a service reaches a document that people
// have open. Declared here, with the services that use it; collab's DocumentRooms implements
// it and the wiring hands it over, so nothing in services/ imports collab/.
import type { CloseCode } from '@roundtable/shared/protocol/collab';
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';

export interface LiveDocuments {
  /** Stores the update, then applies and relays it wherever the document is open. */
  applyServerUpdate(documentId: string, update: Uint8Array): Promise<void>;
  /** Tells everyone with the document open (in every process) that a thread changed. */
  tellAboutComments(notice: CommentsNotice): void;
  /** Resolves once every change this process has taken from people so far is stored. */
  stored(): Promise<void>;
  /** Closes every connection to a document, e.g. when it goes to the bin. */
  closeDocument(documentId: string, code: CloseCode, reason: string): void;
}
