// An export worker that misbehaves on request, for the pool's tests: the task's title says how.
// "spin" never finishes, "hog" allocates until the heap limit ends the thread, anything else
// answers at once with the title's bytes.
export default function misbehave(task) {
  const how = task.options.title;
  if (how === 'spin') {
    for (;;) {
      // Busy: an export stuck in a loop.
    }
  }
  if (how === 'hog') {
    const kept = [];
    for (;;) kept.push(new Array(1_000_000).fill(kept.length));
  }
  return { body: new TextEncoder().encode(how), pages: null };
}
