/**
 * Each answer records who entered it: the trainer on a learner's behalf, or the learner. Every
 * answer so far came through the trainer's own screens, so those of facilitated workshops are
 * the trainer's and those of self-study workshops the learner's (the rule of `whoEntered`).
 */
export const sql = `
ALTER TABLE answers ADD COLUMN entered_by TEXT NOT NULL DEFAULT 'learner'
  CHECK (entered_by IN ('trainer', 'learner'));
UPDATE answers SET entered_by = 'trainer' WHERE participant_id IN (
  SELECT p.id FROM participants p JOIN workshops w ON p.workshop_id = w.id
  WHERE w.mode = 'facilitated'
);
`;
