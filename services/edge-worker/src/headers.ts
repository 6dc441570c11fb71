// Headers the Worker adds to, and removes from, every response it sends.

/** What the security headers are built from: the CSP and HSTS_MAX_AGE bindings. */
export interface SecuritySettings {
  readonly csp: string;
  readonly hstsMaxAge: number;
}

/** Headers that disclose the origin's software and give an attacker a head start. */
export const STRIPPED_RESPONSE_HEADERS: readonly string[] = ["server", "x-powered-by"];

/** The security headers set on every response, overriding whatever the origin sent. */
export function securityHeaders(settings: SecuritySettings): Record<string, string> {
  return {
    "strict-transport-security": `max-age=${settings.hstsMaxAge}; includeSubDomains`,
    "content-security-policy": settings.csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
  };
}

/** Makes `headers` fit to leave the edge: security headers set, disclosing headers removed, request id added. */
export function finishHeaders(headers: Headers, settings: SecuritySettings, requestId: string): void {
  for (const name of STRIPPED_RESPONSE_HEADERS) headers.delete(name);
  for (const [name, value] of Object.entries(securityHeaders(settings))) headers.set(name, value);
  headers.set("x-request-id", requestId);
}

const RAY_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The id that ties the client's response, the origin's logs and the Worker's logs together: Cloudflare's
 * `cf-ray` (set by the edge, so a client cannot forge it) when present and well-formed, else a fresh UUID.
 */
export function requestIdOf(headers: Headers, randomUUID: () => string): string {
  const ray = headers.get("cf-ray");
  return ray !== null && RAY_ID.test(ray) ? ray : randomUUID();
}
