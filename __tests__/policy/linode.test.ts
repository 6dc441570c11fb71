import { Fn, type TerraformStack, Token } from "cdktf";
import { DatabaseAccessControls } from "../../.gen/providers/linode/database-access-controls";
import { DatabasePostgresqlV2, type DatabasePostgresqlV2Config } from "../../.gen/providers/linode/database-postgresql-v2";
import { Firewall, type FirewallConfig } from "../../.gen/providers/linode/firewall";
import { FirewallDevice } from "../../.gen/providers/linode/firewall-device";
import { Instance, type InstanceConfig } from "../../.gen/providers/linode/instance";
import { NetworkingIp } from "../../.gen/providers/linode/networking-ip";
import { Volume, type VolumeConfig } from "../../.gen/providers/linode/volume";
import { Vpc } from "../../.gen/providers/linode/vpc";
import { VpcSubnet } from "../../.gen/providers/linode/vpc-subnet";
import {
  ALL_RULES,
  type Attributes,
  EI1,
  EI2,
  EI3,
  EI4,
  EI7,
  EI8,
  EI9,
  EI10,
  EI11,
  EI12,
  type PolicyElement,
  type Rule,
  type StackContext,
} from "../../constructs/policy";
import { newApp, newStack, type PolicyTestStack, synthStack } from "./fixtures";

/** Synthesizes one stack checked by `rule` alone and returns `<rule id> <path>` per finding. */
function check(rule: Rule, build: (stack: PolicyTestStack) => void): { findings: string[]; message: string } {
  return synthStack(build, { rules: [rule] });
}

const TAGS = ["project:demo", "env:prod", "node:app-1"];
const ADMIN = "198.51.100.7/32";

interface Changes {
  readonly firewall?: Partial<FirewallConfig>;
  readonly instance?: Partial<InstanceConfig>;
  readonly volume?: Partial<VolumeConfig>;
  readonly database?: Partial<DatabasePostgresqlV2Config>;
}

interface LinodeNode {
  readonly subnet: VpcSubnet;
  readonly firewall: Firewall;
  readonly instance: Instance;
}

/**
 * A node and the environment's database as constructs/vps-node-linode.ts, linode-network.ts and postgres.ts
 * synthesize them, through the generated binding: every rule accepts it, and tests change one thing.
 */
function linodeNode(s: TerraformStack, changes: Changes = {}): LinodeNode {
  const vpc = new Vpc(s, "vpc", { label: "demo-prod-eu-central", region: "eu-central" });
  const subnet = new VpcSubnet(s, "subnet", { label: "demo-prod-eu-central", vpcId: Token.asNumber(vpc.id), ipv4: "10.0.0.0/24" });
  const firewall = new Firewall(s, "firewall", {
    label: "demo-prod-app-1",
    inboundPolicy: "DROP",
    outboundPolicy: "DROP",
    inbound: [
      { label: "ssh-from-admin", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: [ADMIN] },
      { label: "private-5432", action: "ACCEPT", protocol: "TCP", ports: "5432", ipv4: [subnet.ipv4] },
    ],
    outbound: [
      { label: "https", action: "ACCEPT", protocol: "TCP", ports: "443", ipv4: ["0.0.0.0/0"], ipv6: ["::/0"] },
      { label: "tunnel-quic", action: "ACCEPT", protocol: "UDP", ports: "7844", ipv4: ["0.0.0.0/0"], ipv6: ["::/0"] },
    ],
    tags: TAGS,
    ...changes.firewall,
  });
  const instance = new Instance(s, "instance", {
    label: "demo-prod-app-1",
    region: "eu-central",
    type: "g6-standard-1",
    image: "linode/debian12",
    authorizedKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBg admin@example"],
    backupsEnabled: true,
    diskEncryption: "enabled",
    firewallId: Token.asNumber(firewall.id),
    interface: [
      { purpose: "public", primary: true },
      { purpose: "vpc", subnetId: Token.asNumber(subnet.id) },
    ],
    metadata: [{ userData: Fn.base64encode("#cloud-config\n") }],
    tags: TAGS,
    ...changes.instance,
  });
  new Volume(s, "data-volume", {
    label: "demo-prod-app-1-data",
    region: "eu-central",
    size: 20,
    linodeId: Token.asNumber(instance.id),
    encryption: "enabled",
    tags: TAGS,
    lifecycle: { preventDestroy: true },
    ...changes.volume,
  });
  new NetworkingIp(s, "reserved-ipv4", { type: "ipv4", region: "eu-central", public: true, reserved: true });
  new DatabasePostgresqlV2(s, "database", {
    label: "demo-prod-pg",
    engineId: "postgresql/17",
    region: "eu-central",
    type: "g6-nanode-1",
    clusterSize: 1,
    allowList: [subnet.ipv4],
    privateNetwork: { vpcId: Token.asNumber(vpc.id), subnetId: Token.asNumber(subnet.id), publicAccess: false },
    lifecycle: { preventDestroy: true },
    ...changes.database,
  });
  return { subnet, firewall, instance };
}

/** Every resource of a stack as a rule sees it, for calling a rule's check directly. */
function elementsOf(stack: TerraformStack): PolicyElement[] {
  const tf = stack.toTerraform() as { resource: Record<string, Record<string, Attributes>> };
  const resources = Object.entries(tf.resource).flatMap(([type, byName]) => Object.entries(byName).map(([name, attributes]) => ({ type, name, attributes })));
  const context: StackContext = { path: stack.node.path, requiredProviders: {}, providers: {}, resources };
  return resources.map((r) => ({ ...r, kind: "resource" as const, stack: context }));
}

/** The resource types of `stack` for which `rule` says not-applicable. */
function notApplicableTypes(rule: Rule, stack: TerraformStack): string[] {
  if (rule.scope !== "element") throw new Error(`${rule.id} is a stack rule`);
  return elementsOf(stack)
    .filter((e) => rule.check(e).status === "not-applicable")
    .map((e) => e.type)
    .sort();
}

const LINODE_TYPES = [
  "linode_database_postgresql_v2",
  "linode_firewall",
  "linode_instance",
  "linode_networking_ip",
  "linode_volume",
  "linode_vpc",
  "linode_vpc_subnet",
];

describe("a Linode node as the constructs synthesize it", () => {
  test("passes every rule", () => {
    const r = synthStack((s) => void linodeNode(s), { rules: ALL_RULES });
    expect(r.message).toBe("");
  });

  test("the AWS-, R2-, tunnel- and DNS-only rules are not applicable to any of its resources", () => {
    const stack = newStack(newApp());
    linodeNode(stack);
    for (const rule of [EI3, EI8, EI9, EI10]) expect([rule.id, notApplicableTypes(rule, stack)]).toEqual([rule.id, LINODE_TYPES]);
  });

  test("each Linode rule judges only the resources it is about", () => {
    const stack = newStack(newApp());
    linodeNode(stack);
    const judged = (rule: Rule) => LINODE_TYPES.filter((t) => !notApplicableTypes(rule, stack).includes(t));
    expect(judged(EI1)).toEqual(["linode_firewall"]);
    expect(judged(EI2)).toEqual(["linode_instance", "linode_volume"]);
    expect(judged(EI4)).toEqual(["linode_database_postgresql_v2", "linode_volume"]);
    expect(judged(EI7)).toEqual(["linode_firewall", "linode_instance", "linode_volume"]);
    expect(judged(EI11)).toEqual(["linode_database_postgresql_v2"]);
    expect(judged(EI12)).toEqual(["linode_instance"]);
  });
});

describe("EI1 open-ingress on a Linode Cloud Firewall", () => {
  test("fails when the firewall accepts by default", () => {
    const r = check(EI1, (s) => void linodeNode(s, { firewall: { inboundPolicy: "ACCEPT" } }));
    expect(r.findings).toEqual(["EI1 s/firewall"]);
    expect(r.message).toMatch(/s\/firewall: inbound_policy is "ACCEPT"; set it to "DROP"/);
  });

  test("fails when an ACCEPT rule admits 0.0.0.0/0 or ::/0", () => {
    const r = check(
      EI1,
      (s) =>
        void linodeNode(s, {
          firewall: {
            inbound: [
              { label: "https", action: "ACCEPT", protocol: "TCP", ports: "443", ipv4: ["0.0.0.0/0"] },
              { label: "ssh6", action: "ACCEPT", protocol: "TCP", ports: "22", ipv6: ["2001:db8::/32", "::/0"] },
            ],
          },
        }),
    );
    expect(r.findings).toEqual(["EI1 s/firewall"]);
    expect(r.message).toMatch(/inbound\[0\]\.ipv4 contains "0\.0\.0\.0\/0" \("TCP" ports "443"\)/);
    expect(r.message).toMatch(/inbound\[1\]\.ipv6 contains "::\/0" \("TCP" ports "22"\)/);
  });

  test("fails when the firewall is disabled", () => {
    const r = check(EI1, (s) => void linodeNode(s, { firewall: { disabled: true } }));
    expect(r.findings).toEqual(["EI1 s/firewall"]);
    expect(r.message).toMatch(/disabled is true, so no inbound rule applies/);
  });

  test("passes SSH from an admin CIDR, private ports from the VPC subnet, a DROP rule from anywhere and open egress", () => {
    const r = check(
      EI1,
      (s) =>
        void linodeNode(s, {
          firewall: {
            inbound: [
              { label: "ssh-from-admin", action: "ACCEPT", protocol: "TCP", ports: "22", ipv4: [ADMIN] },
              { label: "drop-smtp", action: "DROP", protocol: "TCP", ports: "25", ipv4: ["0.0.0.0/0"], ipv6: ["::/0"] },
            ],
            outbound: [{ label: "all", action: "ACCEPT", protocol: "TCP", ports: "1-65535", ipv4: ["0.0.0.0/0"], ipv6: ["::/0"] }],
          },
        }),
    );
    expect(r.findings).toEqual([]);
    expect(check(EI1, (s) => void linodeNode(s)).findings).toEqual([]);
  });
});

describe("EI2 unencrypted-storage on Linode", () => {
  test("fails on a volume and an instance that do not ask for encryption", () => {
    const r = check(EI2, (s) => void linodeNode(s, { volume: { encryption: undefined }, instance: { diskEncryption: undefined } }));
    expect(r.findings).toEqual(["EI2 s/data-volume", "EI2 s/instance"]);
    expect(r.message).toMatch(/s\/data-volume: encryption is not set; set encryption = "enabled"/);
    expect(r.message).toMatch(/s\/instance: disk_encryption is not set; set disk_encryption = "enabled"/);
  });

  test("fails on encryption explicitly disabled", () => {
    const r = check(EI2, (s) => void linodeNode(s, { volume: { encryption: "disabled" }, instance: { diskEncryption: "disabled" } }));
    expect(r.findings).toEqual(["EI2 s/data-volume", "EI2 s/instance"]);
    expect(r.message).toMatch(/s\/instance: disk_encryption is "disabled"/);
  });

  test("passes encrypted disks and volumes (managed databases are always encrypted)", () => {
    expect(check(EI2, (s) => void linodeNode(s)).findings).toEqual([]);
  });
});

describe("EI4 unprotected-data on Linode", () => {
  test("fails on a volume and a database without prevent_destroy", () => {
    const r = check(EI4, (s) => void linodeNode(s, { volume: { lifecycle: {} }, database: { lifecycle: undefined } }));
    expect(r.findings).toEqual(["EI4 s/data-volume", "EI4 s/database"]);
    expect(r.message).toMatch(/s\/data-volume: lifecycle\.prevent_destroy is not set; set lifecycle = \{ preventDestroy: true \}/);
    expect(r.message).toMatch(/s\/database: lifecycle\.prevent_destroy is not set/);
  });

  test("fails on prevent_destroy false", () => {
    const r = check(EI4, (s) => void linodeNode(s, { database: { lifecycle: { preventDestroy: false } } }));
    expect(r.findings).toEqual(["EI4 s/database"]);
    expect(r.message).toMatch(/lifecycle\.prevent_destroy is false/);
  });

  test("passes a volume and a database with prevent_destroy", () => {
    expect(check(EI4, (s) => void linodeNode(s)).findings).toEqual([]);
  });
});

describe("EI7 missing-tags on Linode", () => {
  test("fails on an instance, firewall and volume without project: and env: tags", () => {
    const r = check(
      EI7,
      (s) => void linodeNode(s, { instance: { tags: ["project:demo"] }, firewall: { tags: undefined }, volume: { tags: ["env:prod", "project:"] } }),
    );
    expect(r.findings).toEqual(["EI7 s/data-volume", "EI7 s/firewall", "EI7 s/instance"]);
    expect(r.message).toMatch(/s\/instance: tags is \["project:demo"\], missing a "env:<name>" tag/);
    expect(r.message).toMatch(/s\/firewall: tags is not set, missing a "project:<name>" and a "env:<name>" tag/);
    expect(r.message).toMatch(/s\/data-volume: tags is \["env:prod","project:"\], missing a "project:<name>" tag/);
  });

  test("passes tagged resources; the database, VPC, subnet and reserved IP take no tags", () => {
    expect(check(EI7, (s) => void linodeNode(s)).findings).toEqual([]);
  });
});

describe("EI11 public-database on Linode", () => {
  test("fails on an open allow list without a private network", () => {
    const r = check(EI11, (s) => void linodeNode(s, { database: { allowList: ["0.0.0.0/0"], privateNetwork: undefined } }));
    expect(r.findings).toEqual(["EI11 s/database"]);
    expect(r.message).toMatch(/allow_list contains "0\.0\.0\.0\/0" and there is no private_network, so the public endpoint accepts the whole internet/);
  });

  test("fails on public_access with an open allow list", () => {
    const r = check(EI11, (s) => void linodeNode(s, { database: { allowList: ["::/0"], privateNetwork: { vpcId: 1, subnetId: 2, publicAccess: true } } }));
    expect(r.findings).toEqual(["EI11 s/database"]);
    expect(r.message).toMatch(/allow_list contains "::\/0" and private_network\.public_access is true/);
  });

  test("fails on an open allow list even without public access, and on access controls opening a database", () => {
    const r = check(EI11, (s) => {
      linodeNode(s, { database: { allowList: ["10.0.0.0/24", "0.0.0.0/0"] } });
      new DatabaseAccessControls(s, "access", { databaseId: 7, databaseType: "postgresql", allowList: ["0.0.0.0/0"] });
    });
    expect(r.findings).toEqual(["EI11 s/access", "EI11 s/database"]);
    expect(r.message).toMatch(/s\/database: allow_list contains "0\.0\.0\.0\/0": private_network\.public_access is false/);
    expect(r.message).toMatch(/s\/access: allow_list contains "0\.0\.0\.0\/0"/);
  });

  test("passes the VPC subnet on the private network, and public access limited to one address", () => {
    expect(check(EI11, (s) => void linodeNode(s)).findings).toEqual([]);
    const r = check(EI11, (s) => {
      linodeNode(s, { database: { allowList: ["203.0.113.7/32"], privateNetwork: { vpcId: 1, subnetId: 2, publicAccess: true } } });
      new DatabaseAccessControls(s, "access", { databaseId: 7, databaseType: "postgresql", allowList: ["10.0.0.0/24"] });
    });
    expect(r.findings).toEqual([]);
  });
});

describe("EI12 instance-without-firewall on Linode", () => {
  test("fails on a Linode with no firewall, or whose firewall device is for another entity", () => {
    const r = check(EI12, (s) => {
      const { firewall } = linodeNode(s, { instance: { firewallId: undefined } });
      const other = new Instance(s, "other", { label: "other", region: "eu-central", type: "g6-nanode-1" });
      new FirewallDevice(s, "device-for-other", { firewallId: Token.asNumber(firewall.id), entityId: Token.asNumber(other.id) });
      new FirewallDevice(s, "device-for-nodebalancer", { firewallId: Token.asNumber(firewall.id), entityId: 9, entityType: "nodebalancer" });
    });
    expect(r.findings).toEqual(["EI12 s/instance"]);
    expect(r.message).toMatch(/s\/instance: firewall_id is not set and no linode_firewall or linode_firewall_device in the stack attaches one/);
  });

  test("passes a firewall attached by firewall_id, by a firewall device, or by the firewall's linodes", () => {
    expect(check(EI12, (s) => void linodeNode(s)).findings).toEqual([]);
    const r = check(EI12, (s) => {
      const { firewall, instance } = linodeNode(s, { instance: { firewallId: undefined } });
      new FirewallDevice(s, "device", { firewallId: Token.asNumber(firewall.id), entityId: Token.asNumber(instance.id), entityType: "linode" });
      const listed = new Instance(s, "listed", { label: "listed", region: "eu-central", type: "g6-nanode-1" });
      new Firewall(s, "listing", { label: "listing", inboundPolicy: "DROP", outboundPolicy: "ACCEPT", linodes: [Token.asNumber(listed.id)] });
    });
    expect(r.findings).toEqual([]);
  });
});
