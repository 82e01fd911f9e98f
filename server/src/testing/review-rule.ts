// The in-review rule as a room applies it, without the room: the prover tries each update on its
// copy of the draft, the review's guard judges it there, and a refused update is forgotten.
import type * as Y from 'yjs';
import { DraftRules } from '../collab/draft-rules.ts';
import { UpdateProver } from '../collab/update-prover.ts';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';

export interface ReviewRule {
  /** Whether a person's update would be taken; the rule then follows it as the room would. */
  admits(update: Uint8Array): boolean;
  /** The live document has taken this update (a person's admitted one, or the server's). */
  took(update: Uint8Array): void;
}

export function reviewRuleOf(live: Y.Doc, personId = 'u-sam'): ReviewRule {
  const prover = new UpdateProver({ live, guard: editorSchemaGuard() });
  const rules = new DraftRules(prover);
  rules.setSuggestionsOnly('The draft is in review');
  return {
    admits(update) {
      try {
        prover.prove(update, { kind: 'person', personId });
      } catch {
        return false;
      }
      if (rules.admits(update)) return true;
      prover.forget(update);
      return false;
    },
    took(update) {
      prover.prove(update, { kind: 'server' });
      prover.applied(update);
    },
  };
}
