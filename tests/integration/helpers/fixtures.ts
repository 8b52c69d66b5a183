// What tests create again and again: one workshop's fields and its row.

/** The fields of a new workshop, as the New workshop dialog sends them. */
export const workshopFields = {
  title: 'Spring class',
  date: '2026-03-01',
  facilitator: 'Ann',
  client: 'Acme',
  mode: 'facilitated' as const,
};

/** A workshop's row, for tests that write to the store directly. */
export function workshopRow(id: string, title = 'Spring class') {
  return {
    ...workshopFields,
    id,
    title,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
}
