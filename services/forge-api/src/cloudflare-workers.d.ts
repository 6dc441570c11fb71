// workerd's built-in module, as much of it as this Worker imports (src/runtime.d.ts says why it is
// declared here). Bundling leaves the import in place (services/edge-worker/bundle.ts bundleModule).
declare module "cloudflare:workers" {
  export interface SqlStorageCursor<T> {
    one(): T;
    toArray(): T[];
  }

  export interface DurableObjectState {
    readonly storage: {
      readonly sql: { exec<T = Record<string, unknown>>(query: string, ...bindings: unknown[]): SqlStorageCursor<T> };
    };
  }

  export abstract class DurableObject<Env = unknown> {
    protected readonly ctx: DurableObjectState;
    protected readonly env: Env;
    constructor(ctx: DurableObjectState, env: Env);
  }
}
