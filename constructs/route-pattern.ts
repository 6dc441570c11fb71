// Cloudflare Workers route patterns (`host/path`): the one place that splits one, for the config rules,
// the stacks, the WorkerRoute construct and the Worker's own routing table (bundled, so no imports here).

/**
 * The host of a Workers route pattern, as written: `api.example.com/*` → `api.example.com`,
 * `*.example.com/x` → `*.example.com`; the whole pattern when it has no `/` (the caller refuses it).
 */
export function routeHost(pattern: string): string {
  const slash = pattern.indexOf("/");
  return slash === -1 ? pattern : pattern.slice(0, slash);
}
