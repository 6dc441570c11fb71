import { randomBytes } from "node:crypto";
import type { Logger } from "./log";

// A deliberately small OTLP/HTTP JSON trace exporter: one SERVER span per request, batched, POSTed to
// <endpoint>/v1/traces. The OpenTelemetry SDK is not a dependency of this repository; swap this module
// for it if metrics, sampling or retries are ever needed. Metrics are derived from the logs instead.

export type AttributeValue = string | number | boolean;

/** W3C trace context of one request: continues the caller's trace when a valid traceparent arrives. */
export interface TraceContext {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
}

export interface FinishedSpan {
  readonly context: TraceContext;
  readonly name: string;
  readonly startUnixNano: bigint;
  readonly endUnixNano: bigint;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly error: boolean;
}

export interface Telemetry {
  /** Whether spans leave the process; false when OTEL_EXPORTER_OTLP_ENDPOINT is unset. */
  readonly enabled: boolean;
  record(span: FinishedSpan): void;
  /** Sends everything queued so far. Never rejects: telemetry must not fail a request or a shutdown. */
  flush(): Promise<void>;
  /** Stops the timer and flushes; call once, after the HTTP server stopped serving. */
  shutdown(): Promise<void>;
}

export interface TelemetryProps {
  readonly serviceName: string;
  /** OTLP/HTTP base URL; spans are dropped (not queued) when undefined. */
  readonly endpoint?: string;
  readonly logger: Logger;
  /** @default 256 */
  readonly maxBatchSize?: number;
  /** Spans beyond this many waiting are dropped rather than growing memory while the collector is down. @default 2048 */
  readonly maxQueueSize?: number;
  /** @default 5000 */
  readonly flushIntervalMs?: number;
  /** @default 5000 */
  readonly exportTimeoutMs?: number;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

export function traceContextFrom(traceparent: string | undefined): TraceContext {
  const m = traceparent === undefined ? null : TRACEPARENT.exec(traceparent.trim());
  const spanId = randomBytes(8).toString("hex");
  if (m && !/^0+$/.test(m[1]) && !/^0+$/.test(m[2])) return { traceId: m[1], parentSpanId: m[2], spanId };
  return { traceId: randomBytes(16).toString("hex"), spanId };
}

/** Wall-clock time in nanoseconds since the epoch, at microsecond resolution. */
export function nowUnixNano(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n;
}

export function createTelemetry(props: TelemetryProps): Telemetry {
  const endpoint = props.endpoint;
  if (endpoint === undefined) {
    return { enabled: false, record: () => {}, flush: async () => {}, shutdown: async () => {} };
  }
  const url = `${endpoint}/v1/traces`;
  const maxBatch = props.maxBatchSize ?? 256;
  const maxQueue = props.maxQueueSize ?? 2048;
  const timeoutMs = props.exportTimeoutMs ?? 5000;
  const queue: FinishedSpan[] = [];
  let dropped = 0;
  let failing = false;
  let inFlight: Promise<void> = Promise.resolve();

  const exportBatch = async (batch: FinishedSpan[]): Promise<void> => {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(encodeTraces(props.serviceName, batch)),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      if (failing) props.logger.info("telemetry export recovered", { otlp_url: url });
      failing = false;
    } catch (err) {
      // Logged once per outage, not once per batch, so a dead collector cannot flood the logs.
      if (!failing) props.logger.warn("telemetry export failed; dropping spans", { otlp_url: url, err: String(err) });
      failing = true;
    }
  };

  const flush = (): Promise<void> => {
    // Exports are chained so batches leave in order and flush() resolves only when all queued spans went.
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      inFlight = inFlight.then(() => exportBatch(batch));
    }
    if (dropped > 0) {
      props.logger.warn("telemetry queue full; spans dropped", { dropped });
      dropped = 0;
    }
    return inFlight;
  };

  const timer = setInterval(() => void flush(), props.flushIntervalMs ?? 5000);
  timer.unref();

  return {
    enabled: true,
    record(span) {
      if (queue.length >= maxQueue) {
        dropped++;
        return;
      }
      queue.push(span);
      if (queue.length >= maxBatch) void flush();
    },
    flush,
    async shutdown() {
      clearInterval(timer);
      await flush();
    },
  };
}

/** OTLP/JSON (ExportTraceServiceRequest); ids are hex and 64-bit integers are decimal strings, per the spec. */
export function encodeTraces(serviceName: string, spans: readonly FinishedSpan[]): unknown {
  return {
    resourceSpans: [
      {
        resource: { attributes: encodeAttributes({ "service.name": serviceName }) },
        scopeSpans: [
          {
            scope: { name: serviceName },
            spans: spans.map((s) => ({
              traceId: s.context.traceId,
              spanId: s.context.spanId,
              ...(s.context.parentSpanId ? { parentSpanId: s.context.parentSpanId } : {}),
              name: s.name,
              kind: 2, // SPAN_KIND_SERVER
              startTimeUnixNano: s.startUnixNano.toString(),
              endTimeUnixNano: s.endUnixNano.toString(),
              attributes: encodeAttributes(s.attributes),
              status: { code: s.error ? 2 : 1 }, // STATUS_CODE_ERROR : STATUS_CODE_OK
            })),
          },
        ],
      },
    ],
  };
}

function encodeAttributes(attrs: Readonly<Record<string, AttributeValue>>): unknown[] {
  return Object.entries(attrs).map(([key, v]) => ({
    key,
    value:
      typeof v === "string"
        ? { stringValue: v }
        : typeof v === "boolean"
          ? { boolValue: v }
          : Number.isInteger(v)
            ? { intValue: String(v) }
            : { doubleValue: v },
  }));
}
