import { DlmLifecyclePolicy } from "@cdktf/provider-aws/lib/dlm-lifecycle-policy";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { Construct } from "constructs";
import { PropsValidator } from "./validation";

/** The AWS managed policy that lets Data Lifecycle Manager create and delete EBS snapshots. */
export const DLM_SERVICE_POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AWSDataLifecycleManagerServiceRole";

/** The longest retention Data Lifecycle Manager takes for an interval-based retain rule, in days. */
export const MAX_SNAPSHOT_RETENTION_DAYS = 365;

export interface AwsVolumeSnapshotsProps {
  /** What the policy is for, in its description: the node's label, e.g. `acme-production-db-1`. */
  readonly name: string;
  /**
   * The instance tags that pick the instances whose volumes are snapshotted, e.g. `{ Name: "acme-production-db-1" }`.
   * Every EBS volume attached to a matching instance (root and data) is snapshotted together.
   */
  readonly targetTags: Readonly<Record<string, string>>;
  /**
   * Snapshots older than this many days are deleted.
   * @default 7
   */
  readonly retentionDays?: number;
  /**
   * When the daily snapshot starts, `HH:MM` in UTC (AWS starts it within the following hour).
   * @default "04:00"
   */
  readonly time?: string;
  /** Tags of the policy and its role, as a map (awsTags of the node). */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * The provider's own backups of an AWS node (`node.backups`): a Data Lifecycle Manager policy that takes a
 * daily multi-volume snapshot of every EBS volume of the node's instance, crash-consistent across them,
 * copies the instance's tags onto the snapshots and keeps them for `retentionDays`; with the IAM role DLM
 * acts as. A volume restored from one is a disk as it was at that moment; for Postgres the pgBackRest
 * repository in R2 (docs/restore.md) restores to any point, the snapshot is the second, coarser copy.
 */
export class AwsVolumeSnapshots extends Construct {
  readonly role: IamRole;
  readonly policy: DlmLifecyclePolicy;

  constructor(scope: Construct, id: string, props: AwsVolumeSnapshotsProps) {
    super(scope, id);
    const retentionDays = props.retentionDays ?? 7;
    const time = props.time ?? "04:00";
    const tagEntries = Object.entries(props.targetTags);
    new PropsValidator(`AwsVolumeSnapshots ${this.node.path}`)
      .check(props.name.length > 0 && props.name.length <= 400, "name", `must be 1-400 characters, got ${props.name.length}`)
      .check(
        tagEntries.length > 0,
        "targetTags",
        "must name at least one instance tag, or the policy would target nothing (or, worse, be widened later by hand)",
      )
      .check(
        tagEntries.every(([k, v]) => k !== "" && v !== ""),
        "targetTags",
        `keys and values must not be empty, got ${JSON.stringify(props.targetTags)}`,
      )
      .check(
        Number.isInteger(retentionDays) && retentionDays >= 1 && retentionDays <= MAX_SNAPSHOT_RETENTION_DAYS,
        "retentionDays",
        `must be a whole number of days from 1 to ${MAX_SNAPSHOT_RETENTION_DAYS}, got ${retentionDays}`,
      )
      .check(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/.test(time), "time", `must be HH:MM in UTC, got ${JSON.stringify(time)}`)
      .throwIfInvalid();

    this.role = new IamRole(this, "role", {
      description: `Data Lifecycle Manager: snapshots of ${props.name}`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "dlm.amazonaws.com" }, Action: "sts:AssumeRole" }],
      }),
      tags: props.tags ? { ...props.tags } : undefined,
    });
    new IamRolePolicyAttachment(this, "service-policy", { role: this.role.name, policyArn: DLM_SERVICE_POLICY_ARN });

    this.policy = new DlmLifecyclePolicy(this, "policy", {
      description: `Daily snapshots of ${props.name}`,
      executionRoleArn: this.role.arn,
      state: "ENABLED",
      policyDetails: {
        policyType: "EBS_SNAPSHOT_MANAGEMENT",
        resourceTypes: ["INSTANCE"],
        targetTags: { ...props.targetTags },
        // The root volume too: it is rebuilt from NixOS, but a snapshot of both is one consistent machine.
        parameters: { excludeBootVolume: false },
        schedule: [
          {
            name: `daily, kept ${retentionDays} days`,
            createRule: { interval: 24, intervalUnit: "HOURS", times: [time] },
            retainRule: { interval: retentionDays, intervalUnit: "DAYS" },
            copyTags: true,
            tagsToAdd: { "snapshot-of": props.name },
          },
        ],
      },
      tags: props.tags ? { ...props.tags } : undefined,
    });
  }
}
