// forge-api's limits; no runtime imports, so the tests (on Node) read them too.

/** Requests one client may send per window, on every path but /health. */
export const RATE_LIMIT = 60;
export const RATE_WINDOW_SECONDS = 60;
