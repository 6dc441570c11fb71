import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { ZeroTrustTunnelCloudflared } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared";
import { ZeroTrustTunnelCloudflaredConfigA } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared-config";
import { Bytes } from "@cdktf/provider-random/lib/bytes";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { TUNNEL_NAME } from "./provider-names";
import { duplicates, HOSTNAME, isPort, PropsValidator } from "./validation";

/** One public hostname the tunnel serves, and the local port its service listens on. */
export interface TunnelIngress {
  /** The public hostname, inside the zone. */
  readonly hostname: string;
  /** The port the service listens on at localhost on the node. */
  readonly port: number;
  /**
   * Whether the hostname gets a proxied CNAME to this tunnel (default true). False when something else
   * owns the name and only sends requests here with it as Host, e.g. a load balancer whose pool holds
   * `<tunnel id>.cfargotunnel.com`.
   */
  readonly dns?: boolean;
}

export interface CloudflareTunnelProps {
  readonly accountId: string;
  /** The zone the hostnames' DNS records are created in. */
  readonly zoneId: string;
  /** The tunnel's name in Cloudflare, unique per account. */
  readonly name: string;
  /**
   * The services assigned to the node. A catch-all `http_status:404` rule is always appended last, so a
   * request for any other hostname never reaches a service.
   */
  readonly ingress: readonly TunnelIngress[];
}

/** The catch-all rule every tunnel ends with. */
export const CATCH_ALL = { service: "http_status:404" } as const;

/**
 * A remotely managed Cloudflare Tunnel (config_src "cloudflare") for one node: cloudflared on the node
 * dials out, so the node needs no inbound port. The tunnel secret is random bytes kept in state, never a
 * literal; the token cloudflared runs with is only available as `token`, for a sensitive output.
 * Each ingress hostname gets a proxied CNAME to `<tunnel id>.cfargotunnel.com` unless it says `dns: false`.
 */
export class CloudflareTunnel extends Construct {
  readonly tunnel: ZeroTrustTunnelCloudflared;
  readonly config: ZeroTrustTunnelCloudflaredConfigA;
  readonly records: DnsRecord[];
  /** The token `cloudflared tunnel run --token-file` needs. Sensitive: only ever put in a sensitive output. */
  readonly token: string;

  constructor(scope: Construct, id: string, props: CloudflareTunnelProps) {
    super(scope, id);
    const hostnames = props.ingress.map((i) => i.hostname);
    const validator = new PropsValidator(`CloudflareTunnel ${this.node.path}`)
      .check(TUNNEL_NAME.test(props.name), "name", `must be 1-63 letters, digits, ".", "_" or "-", got ${JSON.stringify(props.name)}`)
      .check(duplicates(hostnames).length === 0, "ingress", `hostname(s) listed twice: ${duplicates(hostnames).join(", ")}`);
    props.ingress.forEach((rule, i) => {
      validator
        .check(HOSTNAME.test(rule.hostname), `ingress[${i}].hostname`, `not a valid hostname: ${JSON.stringify(rule.hostname)}`)
        .check(isPort(rule.port), `ingress[${i}].port`, `must be 1-65535, got ${rule.port}`);
    });
    validator.throwIfInvalid();

    const secret = new Bytes(this, "secret", { length: 32 });
    this.tunnel = new ZeroTrustTunnelCloudflared(this, "tunnel", {
      accountId: props.accountId,
      name: props.name,
      configSrc: "cloudflare",
      tunnelSecret: secret.base64,
    });
    this.config = new ZeroTrustTunnelCloudflaredConfigA(this, "config", {
      accountId: props.accountId,
      tunnelId: this.tunnel.id,
      config: {
        ingress: [...props.ingress.map((rule) => ({ hostname: rule.hostname, service: `http://localhost:${rule.port}` })), CATCH_ALL],
      },
    });
    this.records = props.ingress
      .filter((rule) => rule.dns !== false)
      .map(
        (rule) =>
          new DnsRecord(this, `dns-${rule.hostname}`, {
            zoneId: props.zoneId,
            name: rule.hostname,
            type: "CNAME",
            content: `${this.tunnel.id}.cfargotunnel.com`,
            proxied: true,
            ttl: 1,
            comment: `tunnel ${props.name}`,
          }),
      );
    // The documented token format: base64 of {"a": account id, "t": tunnel id, "s": base64 secret}.
    this.token = Fn.base64encode(Fn.jsonencode({ a: props.accountId, t: this.tunnel.id, s: secret.base64 }));
  }
}
