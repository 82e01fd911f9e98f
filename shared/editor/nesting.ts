// How deep a document's blocks may nest. Real documents nest a few levels (a list in a quote in
// a list); a document nested thousands deep makes every recursive reader (ProseMirror, the
// y-tiptap binding, export) throw "Maximum call stack size exceeded". So the /collab schema
// guard refuses content nested deeper than this, and the repair on load flattens what is stored
// deeper, keeping its words. The client may use it to refuse such a nesting before sending it.

/** The most elements (blocks and inline nodes) that may stand inside one another. */
export const MAX_NESTING_DEPTH = 32;
