// The schema guard for documents written with the editor's extension list (shared/editor): the
// rooms prove each update with it, and compaction checks a whole merged draft with it, in place
// or in an export worker thread.
import { ContentRules } from '../documents/content-rules.ts';
import { SchemaGuard } from '../documents/schema-guard.ts';
import { createDocumentSchema } from './document-model.ts';

export const editorSchemaGuard = (): SchemaGuard =>
  new SchemaGuard(new ContentRules(createDocumentSchema()));
