/**
 * The lengths the authoring API accepts, written once: the server's schemas refuse
 * beyond them (server/authoring/workflow.ts, events.ts) and the editors count and cap
 * the fields with them (components/admin/articles/, events/), so a writer learns of the
 * limit while typing, not from a 400.
 */
export const authoringLimits = {
  /** An article's or event's title. */
  title: 300,
  /** An article's or event's résumé. */
  summary: 2000,
  /** An event's place. */
  location: 300,
} as const;
