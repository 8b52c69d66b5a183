/**
 * Decisions about untrusted requests, kept free of the HTTP framework so they are easy
 * to test: which Host names are ours (DNS rebinding) and which writes come from our
 * own pages (CSRF).
 */

/** The Host header values this host answers to when listening on `address:port`. */
export function allowedHostNames(address: string, port: number): Set<string> {
  const names = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (address !== '0.0.0.0' && address !== '::') names.add(`${address}:${port}`);
  return names;
}

/** A request's Host must be one of ours: a rebound DNS name pointing here is refused. */
export function isAllowedHost(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  return host !== undefined && allowed.has(host.toLowerCase());
}

/**
 * A request must name its host once: with two Host headers, the one checked and the one a
 * proxy or a later reader acts on could differ.
 */
export function hasOneHostHeader(rawHeaders: readonly string[]): boolean {
  // Names and values alternate: [name, value, name, value, …].
  return (
    rawHeaders.filter((entry, i) => i % 2 === 0 && entry.toLowerCase() === 'host').length === 1
  );
}

/**
 * A state-changing request must come from one of our pages: a foreign Origin is refused.
 * No Origin at all is a non-browser client (curl, tests), which CSRF cannot forge. A browser
 * sends an origin as scheme://host:port exactly, so that string is compared as it is: parsing
 * it would let `http://evil@127.0.0.1:4870` or `http://127.0.0.1:4870/x` pass as ours.
 */
export function isAllowedOrigin(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  return [...allowed].some((host) => origin === `http://${host}`);
}

/** Only JSON bodies: an HTML form cannot send them across origins without a preflight. */
export function isJsonContentType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType);
}
