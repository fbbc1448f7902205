/** Why an external feed could not be read, with the French sentence shown in its place. */
export type FeedProblem = 'refused' | 'timeout' | 'too-large' | 'http' | 'unreachable' | 'redirects' | 'not-a-feed';

export class FeedError extends Error {
  constructor(
    readonly problem: FeedProblem,
    /** French, for the reader of the page. */
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}
