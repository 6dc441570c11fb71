import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { AnnotationMetadataEntryType } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import { ALL_RULES, applyPolicy, EI1, EI2, EI6, EI8, EI10, suppress } from "../../constructs/policy";
import { newApp, newStack, synth } from "./fixtures";

function openSecurityGroup(scope: Construct, id: string): SecurityGroup {
  return new SecurityGroup(scope, id, { ingress: [{ fromPort: 25, toPort: 25, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }] });
}

function annotations(construct: IConstruct, type: AnnotationMetadataEntryType): string[] {
  return construct.node.metadata.filter((m) => m.type === type).map((m) => String(m.data));
}

describe("suppress", () => {
  test("silences exactly that rule on that construct", () => {
    const app = newApp();
    const s = newStack(app);
    const vm = new Instance(s, "vm", { ami: "a", instanceType: "t3.micro" }); // EI2 and EI8
    const other = new Instance(s, "other", { ami: "a", instanceType: "t3.micro", rootBlockDevice: { encrypted: true } }); // EI8
    suppress(vm, "EI8", "a legacy AMI whose agent only speaks IMDSv1, retired in Q3");
    const r = synth(app, { rules: [EI2, EI8] });
    expect(r.findings).toEqual(["EI8 s/other", "EI2 s/vm"]);
    expect(r.error!.report.suppressed.map((f) => `${f.ruleId} ${f.path} ${f.reason}`)).toEqual([
      "EI8 s/vm a legacy AMI whose agent only speaks IMDSv1, retired in Q3",
    ]);
    expect(annotations(vm, AnnotationMetadataEntryType.INFO)).toEqual([
      "EI8 imdsv1 suppressed at s/vm: a legacy AMI whose agent only speaks IMDSv1, retired in Q3",
    ]);
    expect(other.node.path).toBe("s/other");
  });

  test("a compliant synth succeeds once the only finding is suppressed", () => {
    const app = newApp();
    const s = newStack(app);
    const mail = new DnsRecord(s, "mail", { zoneId: "z", name: "mail.example.com", type: "A", content: "203.0.113.25", ttl: 300 });
    suppress(mail, "EI10", "the mail server is not behind the tunnel: SMTP cannot be proxied");
    expect(synth(app, { rules: [EI10] }).findings).toEqual([]);
  });

  test("applies to the construct's children", () => {
    const app = newApp();
    const s = newStack(app);
    const relay = new Construct(s, "mail-relay");
    openSecurityGroup(relay, "smtp-v4");
    openSecurityGroup(relay, "smtp-v6");
    openSecurityGroup(s, "web");
    suppress(relay, "EI1", "the SMTP relay must accept mail from the whole internet");
    const r = synth(app, { rules: [EI1] });
    expect(r.findings).toEqual(["EI1 s/web"]);
    expect(r.error!.report.suppressed.map((f) => `${f.path} at ${f.suppressedAt}`)).toEqual([
      "s/mail-relay/smtp-v4 at s/mail-relay",
      "s/mail-relay/smtp-v6 at s/mail-relay",
    ]);
  });

  test("on a stack silences a stack rule", () => {
    const unpinned = () => {
      const app = newApp();
      const s = newStack(app);
      s.addOverride("terraform.required_providers.linode.version", ">= 3.0");
      return { app, s };
    };
    const plain = unpinned();
    expect(synth(plain.app, { rules: [EI6] }).findings).toEqual(["EI6 s"]);
    const suppressed = unpinned();
    suppress(suppressed.s, "EI6", "a throwaway stack tracking the newest linode provider on purpose");
    expect(synth(suppressed.app, { rules: [EI6] }).findings).toEqual([]);
  });

  test.each([
    ["no reason", ""],
    ["a blank reason", "          "],
    ["a reason under 10 characters", "legacy"],
  ])("throws immediately for %s", (_, reason) => {
    const s = newStack(newApp());
    const sg = openSecurityGroup(s, "sg");
    expect(() => suppress(sg, "EI1", reason)).toThrow(
      new RegExp(`^suppress\\(s/sg, "EI1"\\): reason must say why in at least 10 characters, got ${JSON.stringify(reason)}`),
    );
  });

  test("throws for an empty rule id", () => {
    const sg = openSecurityGroup(newStack(newApp()), "sg");
    expect(() => suppress(sg, "", "a perfectly good reason")).toThrow(/ruleId must name a rule such as "EI10", got ""/);
  });

  test("an unused suppression is reported as a warning, and synth still succeeds", () => {
    const app = newApp();
    const s = newStack(app);
    const sg = new SecurityGroup(s, "sg", { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp", cidrBlocks: ["198.51.100.7/32"] }] });
    suppress(sg, "EI1", "was open to the world before the tunnel existed");
    const aspect = applyPolicy(app, { rules: [EI1] });
    expect(() => app.synth()).not.toThrow();
    expect(annotations(sg, AnnotationMetadataEntryType.WARN)).toEqual([
      'unused suppression of EI1 at s/sg (reason: "was open to the world before the tunnel existed"): nothing here or below violates EI1; remove it',
    ]);
    expect(aspect.reportFor(app)!.unusedSuppressions.map((u) => `${u.ruleId} ${u.path}`)).toEqual(["EI1 s/sg"]);
  });

  test("unused suppressions are listed as warnings in a failing synth's message", () => {
    const app = newApp();
    const s = newStack(app);
    openSecurityGroup(s, "open");
    const vm = new Instance(s, "vm", { ami: "a", instanceType: "t3.micro", metadataOptions: { httpTokens: "required" } });
    suppress(vm, "EI8", "kept from an earlier AMI that needed IMDSv1");
    const r = synth(app, { rules: ALL_RULES.filter((x) => x === EI1 || x === EI8) });
    expect(r.findings).toEqual(["EI1 s/open"]);
    expect(r.message).toMatch(/\nWarnings:\n {2}unused suppression of EI8 at s\/vm/);
  });
});
