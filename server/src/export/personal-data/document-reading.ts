// Reading one document for a copy of a person's data, in an export thread: how many of its
// characters the person wrote, and their suggestions still waiting in it (marks with them as
// author). The state is read into a private copy that is thrown away, never stored.
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { charactersByClient } from '@roundtable/shared/editor/authorship';
import { describeSuggestion, listSuggestions } from '@roundtable/shared/editor/suggestions';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentSchema } from '../document-model.ts';
import type { PersonDocumentReading, PersonDocumentTask } from './types.ts';

export function readDocumentForPerson(task: PersonDocumentTask): PersonDocumentReading {
  const doc = new Y.Doc();
  try {
    for (const update of task.updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // A stored update that does not apply is quarantined when the document loads; the
        // rest still says what the person wrote.
      }
    }
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    const theirs = new Set(task.clientIds);
    let charactersByPerson = 0;
    let charactersInAll = 0;
    for (const [clientId, count] of charactersByClient(fragment)) {
      charactersInAll += count;
      if (theirs.has(clientId)) charactersByPerson += count;
    }
    return { charactersByPerson, charactersInAll, pending: pendingSuggestions(fragment, task) };
  } finally {
    doc.destroy();
  }
}

function pendingSuggestions(
  fragment: Y.XmlFragment,
  task: PersonDocumentTask,
): PersonDocumentReading['pending'] {
  let root;
  try {
    root = yXmlFragmentToProseMirrorRootNode(fragment, createDocumentSchema());
  } catch {
    return [];
  }
  return listSuggestions(root)
    .filter((suggestion) => suggestion.author === task.personId)
    .map((suggestion) => ({
      suggestionId: suggestion.id,
      summary: describeSuggestion(suggestion),
      suggestedAt: suggestion.at,
    }));
}
