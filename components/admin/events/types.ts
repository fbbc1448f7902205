/** The events API's shape as the screen reads it (server/authoring/events.ts EventJson). */
export interface AuthoringEvent {
  id: string;
  rubrique: string;
  title: string;
  summary: string;
  location: string;
  start: string;
  end: string;
  allDay: boolean;
  mine: boolean;
  url: string;
  may: { edit: boolean; delete: boolean };
}

/** The server's limits (server/authoring/events.ts). */
export const EVENT_SUMMARY_MAX = 2000;
export const LOCATION_MAX = 300;
