// Routes for /api/documents, including the bin, and who wrote what in a document (the Authors
// view).
import { DocumentAuthors } from '../authorship.ts';
import {
  CreateDocumentBody,
  DocumentList,
  DocumentSummary,
  ListDocumentsQuery,
  UpdateDocumentBody,
} from '../documents.ts';
import { ErrorBody } from '../errors.ts';
import { ById, route } from './spec.ts';

const notFound = { description: 'No such document', schema: ErrorBody };

export const listDocuments = route({
  method: 'get',
  path: '/api/documents',
  tag: 'documents',
  summary: 'List documents (bin=1: the documents in the bin)',
  query: ListDocumentsQuery,
  responses: {
    200: { description: 'The documents', schema: DocumentList },
    404: { description: 'No such workspace', schema: ErrorBody },
  },
});

export const createDocument = route({
  method: 'post',
  path: '/api/documents',
  tag: 'documents',
  summary: 'Create a document in a workspace',
  body: CreateDocumentBody,
  responses: {
    201: { description: 'Created', schema: DocumentSummary },
    400: { description: 'Invalid body', schema: ErrorBody },
    404: { description: 'No such workspace', schema: ErrorBody },
  },
});

export const getDocument = route({
  method: 'get',
  path: '/api/documents/:id',
  tag: 'documents',
  summary: 'Get a document',
  params: ById,
  responses: { 200: { description: 'The document', schema: DocumentSummary }, 404: notFound },
});

export const renameDocument = route({
  method: 'patch',
  path: '/api/documents/:id',
  tag: 'documents',
  summary: 'Rename a document',
  params: ById,
  body: UpdateDocumentBody,
  responses: {
    200: { description: 'Renamed', schema: DocumentSummary },
    400: { description: 'Invalid body', schema: ErrorBody },
    404: notFound,
    409: { description: 'The document is in the bin', schema: ErrorBody },
  },
});

export const moveDocumentToBin = route({
  method: 'delete',
  path: '/api/documents/:id',
  tag: 'documents',
  summary: 'Move a document to the bin (restorable for 30 days)',
  params: ById,
  responses: { 200: { description: 'In the bin', schema: DocumentSummary }, 404: notFound },
});

export const restoreDocument = route({
  method: 'post',
  path: '/api/documents/:id/restore',
  tag: 'documents',
  summary: 'Restore a document from the bin',
  params: ById,
  responses: { 200: { description: 'Restored', schema: DocumentSummary }, 404: notFound },
});

export const getDocumentAuthors = route({
  method: 'get',
  path: '/api/documents/:id/authors',
  tag: 'documents',
  summary: 'The people who wrote in a document, with the Yjs client ids of their writing',
  params: ById,
  responses: {
    200: { description: 'Authors', schema: DocumentAuthors },
    404: { description: 'No such document', schema: ErrorBody },
  },
});
