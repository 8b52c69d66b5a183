/** How long a client may hold the host, in milliseconds: nothing waits forever. */
export interface HostTimeouts {
  /** A whole request, headers and body, must have arrived within this. */
  requestMs: number;
  /** Its headers must have arrived within this. */
  headersMs: number;
  /** A connection on which nothing is sent or received for this long is closed. */
  idleMs: number;
  /** A kept-alive connection waits this long for the browser's next request. */
  keepAliveMs: number;
  /** How often the request and header limits are checked. */
  checkEveryMs: number;
  /** On close, how long requests under way may take to finish before they are cut off. */
  closeGraceMs: number;
}

/**
 * A workshop file of 20 MB crosses even a slow network in well under the request limit; the
 * idle limit stays above the event stream's 20-second heartbeat; a browser reuses a connection
 * within seconds or not at all. Closing gives requests under way three seconds, so that a
 * stopped host is gone within a few seconds whatever its clients do.
 */
export const HOST_TIMEOUTS: HostTimeouts = {
  requestMs: 30_000,
  headersMs: 10_000,
  idleMs: 30_000,
  keepAliveMs: 5_000,
  checkEveryMs: 1_000,
  closeGraceMs: 3_000,
};
