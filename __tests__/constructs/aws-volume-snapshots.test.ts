import { DlmLifecyclePolicy } from "@cdktf/provider-aws/lib/dlm-lifecycle-policy";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { AwsVolumeSnapshots, DLM_SERVICE_POLICY_ARN } from "../../constructs/aws-volume-snapshots";
import { VpsNode, type VpsNodeProps } from "../../constructs/vps-node";
import { ofType, stack, synth } from "./helpers";

const props = { name: "acme-production-db-1", targetTags: { Name: "acme-production-db-1" }, tags: { project: "acme", environment: "production" } };

describe("AwsVolumeSnapshots", () => {
  const { json, resources } = synth((scope) => new AwsVolumeSnapshots(scope, "snapshots", props));

  test("snapshots every volume of the tagged instance daily, keeps them 7 days by default, copying tags", () => {
    const [policy] = ofType(resources, DlmLifecyclePolicy.tfResourceType);
    expect(policy).toMatchObject({
      state: "ENABLED",
      policy_details: {
        policy_type: "EBS_SNAPSHOT_MANAGEMENT",
        resource_types: ["INSTANCE"],
        target_tags: { Name: "acme-production-db-1" },
        parameters: { exclude_boot_volume: false },
        schedule: [
          {
            create_rule: { interval: 24, interval_unit: "HOURS", times: ["04:00"] },
            retain_rule: { interval: 7, interval_unit: "DAYS" },
            copy_tags: true,
            tags_to_add: { "snapshot-of": "acme-production-db-1" },
          },
        ],
      },
      tags: { project: "acme", environment: "production" },
    });
    expect(policy.execution_role_arn).toMatch(/^\$\{aws_iam_role\.snapshots_role_[0-9A-F]+\.arn\}$/);
  });

  test("acts as a role only Data Lifecycle Manager can assume, with AWS's DLM service policy and nothing else", () => {
    const [role] = ofType(resources, "aws_iam_role");
    expect(JSON.parse(role.assume_role_policy as string)).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "dlm.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
    expect(json).toHaveResourceWithProperties(IamRolePolicyAttachment, { policy_arn: DLM_SERVICE_POLICY_ARN });
    expect(ofType(resources, "aws_iam_role_policy")).toEqual([]);
    expect(ofType(resources, "aws_iam_role_policy_attachment")).toHaveLength(1);
  });

  test("takes another retention and start time", () => {
    const { resources: r } = synth((scope) => new AwsVolumeSnapshots(scope, "s", { ...props, retentionDays: 30, time: "22:30" }));
    expect(ofType(r, DlmLifecyclePolicy.tfResourceType)[0]).toMatchObject({
      policy_details: {
        schedule: [
          expect.objectContaining({ create_rule: expect.objectContaining({ times: ["22:30"] }), retain_rule: { interval: 30, interval_unit: "DAYS" } }),
        ],
      },
    });
  });

  test("refuses no target tags, an empty tag, a retention of 0 or past a year, and a time that is not HH:MM", () => {
    expect(() => new AwsVolumeSnapshots(stack(), "s", { ...props, targetTags: {} })).toThrow(/targetTags: must name at least one instance tag/);
    expect(() => new AwsVolumeSnapshots(stack(), "s", { ...props, targetTags: { Name: "" } })).toThrow(/targetTags: keys and values must not be empty/);
    expect(() => new AwsVolumeSnapshots(stack(), "s", { ...props, retentionDays: 0, time: "4am" })).toThrow(
      /retentionDays: must be a whole number of days from 1 to 365, got 0[\s\S]*time: must be HH:MM in UTC, got "4am"/,
    );
    expect(() => new AwsVolumeSnapshots(stack(), "s", { ...props, retentionDays: 366 })).toThrow(/retentionDays: .* got 366/);
    expect(() => new AwsVolumeSnapshots(stack(), "s", { ...props, time: "24:00" })).toThrow(/time: must be HH:MM/);
  });
});

describe("VpsNode backups on AWS", () => {
  const node: VpsNodeProps = {
    name: "db-1",
    namePrefix: "acme-production",
    provider: "aws",
    region: "ap-northeast-1",
    size: "t3.small",
    boot: { method: "image", image: "ami-0123456789abcdef0", channel: "nixos-25.05" },
    sshKeys: ["ssh-ed25519 AAAAkey ops@acme"],
    tags: ["project:acme", "env:production"],
    services: [],
    dataVolumeGb: 50,
  };

  test("backups: true snapshots the instance (root and data volume) by its Name tag", () => {
    const { resources } = synth((scope) => new VpsNode(scope, "vps", { ...node, backups: true }));
    const [instance] = ofType(resources, "aws_instance");
    const [policy] = ofType(resources, DlmLifecyclePolicy.tfResourceType);
    expect((instance.tags as Record<string, string>).Name).toBe("acme-production-db-1");
    expect(policy).toMatchObject({ policy_details: { resource_types: ["INSTANCE"], target_tags: { Name: "acme-production-db-1" } } });
    expect(ofType(resources, "aws_ebs_volume")).toEqual([expect.objectContaining({ tags: expect.objectContaining({ Name: "acme-production-db-1-data" }) })]);
  });

  test("no policy and no role without backups", () => {
    const { resources } = synth((scope) => new VpsNode(scope, "vps", node));
    expect(ofType(resources, DlmLifecyclePolicy.tfResourceType)).toEqual([]);
    expect(ofType(resources, "aws_iam_role")).toEqual([]);
  });

  test("on Linode, backups stay Linode's Backup Service of the instance, with no AWS resource", () => {
    const linode: VpsNodeProps = {
      ...node,
      provider: "linode",
      region: "jp-tyo-3",
      size: "g6-standard-2",
      boot: { method: "image", image: "linode/debian12", channel: "nixos-25.05" },
      privateNetwork: { subnetId: 1, cidr: "10.0.0.0/24" },
      backups: true,
    };
    const { resources } = synth((scope) => new VpsNode(scope, "vps", linode));
    expect(ofType(resources, "linode_instance")).toEqual([expect.objectContaining({ backups_enabled: true })]);
    expect(Object.keys(resources).filter((t) => t.startsWith("aws_"))).toEqual([]);
  });
});
