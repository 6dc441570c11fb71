import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { ZeroTrustTunnelCloudflared } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared";
import { ZeroTrustTunnelCloudflaredConfigA } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared-config";
import { Bytes } from "@cdktf/provider-random/lib/bytes";
import { TerraformOutput } from "cdktf";
import { CloudflareTunnel, type CloudflareTunnelProps } from "../../constructs/cloudflare-tunnel";
import { ofType, stack, synth } from "./helpers";

const props: CloudflareTunnelProps = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  name: "acme-staging-app-1",
  ingress: [
    { hostname: "api-staging.example.com", port: 8080 },
    { hostname: "admin-staging.example.com", port: 8081 },
  ],
};

describe("CloudflareTunnel", () => {
  const { json, resources } = synth((scope) => new CloudflareTunnel(scope, "tunnel", props));

  test("is a remotely managed tunnel whose secret is random bytes, never a literal", () => {
    expect(json).toHaveResourceWithProperties(ZeroTrustTunnelCloudflared, {
      account_id: props.accountId,
      name: "acme-staging-app-1",
      config_src: "cloudflare",
      tunnel_secret: expect.stringMatching(/^\$\{random_bytes\.tunnel_secret_[0-9A-F]+\.base64\}$/),
    });
    expect(json).toHaveResourceWithProperties(Bytes, { length: 32 });
  });

  test("routes each hostname to its localhost port and ends with the 404 catch-all", () => {
    expect(json).toHaveResourceWithProperties(ZeroTrustTunnelCloudflaredConfigA, {
      config: {
        ingress: [
          { hostname: "api-staging.example.com", service: "http://localhost:8080" },
          { hostname: "admin-staging.example.com", service: "http://localhost:8081" },
          { service: "http_status:404" },
        ],
      },
    });
  });

  test("publishes every hostname as a proxied CNAME to the tunnel", () => {
    const records = ofType(resources, "cloudflare_dns_record");
    expect(records.map((r) => r.name).sort()).toEqual(["admin-staging.example.com", "api-staging.example.com"]);
    expect(json).toHaveResourceWithProperties(DnsRecord, {
      type: "CNAME",
      proxied: true,
      content: expect.stringMatching(/^\$\{cloudflare_zero_trust_tunnel_cloudflared\.tunnel_[0-9A-F]+\.id\}\.cfargotunnel\.com$/),
    });
  });

  test("a tunnel with no service still ends with the catch-all and creates no record", () => {
    const { resources: empty } = synth((scope) => new CloudflareTunnel(scope, "t", { ...props, ingress: [] }));
    const config = ofType(empty, "cloudflare_zero_trust_tunnel_cloudflared_config")[0] as { config: { ingress: unknown[] } };
    expect(config.config.ingress).toEqual([{ service: "http_status:404" }]);
    expect(ofType(empty, "cloudflare_dns_record")).toHaveLength(0);
  });

  test("the token is only available for a sensitive output", () => {
    const { outputs } = synth((scope) => {
      const tunnel = new CloudflareTunnel(scope, "tunnel", props);
      new TerraformOutput(scope, "token", { value: tunnel.token, sensitive: true });
    });
    expect(outputs.token).toEqual({
      sensitive: true,
      value: expect.stringMatching(
        /^\$\{base64encode\(jsonencode\(\{"a" = "0123456789abcdef0123456789abcdef", "t" = cloudflare_zero_trust_tunnel_cloudflared\..*\.id, "s" = random_bytes\..*\.base64\}\)\)\}$/,
      ),
    });
  });

  test("refuses a hostname listed twice", () => {
    expect(() => new CloudflareTunnel(stack(), "t", { ...props, ingress: [props.ingress[0], props.ingress[0]] })).toThrow(
      /ingress: hostname\(s\) listed twice: api-staging\.example\.com/,
    );
  });

  test("refuses an invalid hostname and a port out of range, reporting both", () => {
    expect(() => new CloudflareTunnel(stack(), "t", { ...props, ingress: [{ hostname: "API_x", port: 0 }] })).toThrow(
      /ingress\[0\]\.hostname: not a valid hostname: "API_x"\n\s+ingress\[0\]\.port: must be 1-65535, got 0/,
    );
  });

  test("refuses an empty name", () => {
    expect(() => new CloudflareTunnel(stack(), "t", { ...props, name: "" })).toThrow(/name: must be 1-63/);
  });
});
