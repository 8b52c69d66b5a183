/** A fresh id for a learner's list item (letters and digits, as the answer schema requires). */
export function newItemId(): string {
  // Not crypto.randomUUID: it exists only in secure contexts, and learners may reach
  // the host over plain http on the room's network.
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
