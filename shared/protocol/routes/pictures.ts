// Routes for pictures uploaded to a document's workspace. A picture belongs to the workspace;
// it is reached through a document of that workspace, so the document names the workspace and
// an id from any other workspace is no picture at all.
import { ErrorBody } from '../errors.ts';
import { DocumentPictureParams, UploadPictureQuery, UploadedPicture } from '../pictures.ts';
import { ById, route } from './spec.ts';

export const uploadPicture = route({
  method: 'post',
  path: '/api/documents/:id/pictures',
  tag: 'pictures',
  summary:
    "Upload a picture (PNG, JPEG or WebP, the file's bytes as the body) to the document's workspace; its metadata is removed",
  params: ById,
  query: UploadPictureQuery,
  upload: { mediaType: 'application/octet-stream' },
  responses: {
    201: { description: 'Stored', schema: UploadedPicture },
    400: {
      description: 'Not a PNG, JPEG or WebP picture, damaged, or too many pixels',
      schema: ErrorBody,
    },
    403: { description: 'This person may not change the document', schema: ErrorBody },
    404: { description: 'No such document', schema: ErrorBody },
    413: { description: 'Larger than PICTURE_MAX_BYTES', schema: ErrorBody },
  },
});

export const getPicture = route({
  method: 'get',
  path: '/api/documents/:id/pictures/:pictureId',
  tag: 'pictures',
  summary: "A picture of the document's workspace, as its bytes (PNG, JPEG or WebP)",
  params: DocumentPictureParams,
  responses: {
    200: { description: 'The picture' },
    404: {
      description: 'No such picture in this workspace, or not a member of it',
      schema: ErrorBody,
    },
  },
});
