import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { PagesDomain } from "@cdktf/provider-cloudflare/lib/pages-domain";
import { PagesProject } from "@cdktf/provider-cloudflare/lib/pages-project";
import { Construct } from "constructs";
import { suppress } from "./policy/suppressions";
import { HOSTNAME, PropsValidator } from "./validation";

/** Pages project names become `<name>.pages.dev`: one DNS label, at most 58 characters. */
const PROJECT_NAME = /^[a-z0-9](?:[a-z0-9-]{0,56}[a-z0-9])?$/;

export interface PagesSiteProps {
  /** The Cloudflare account that owns the project. */
  readonly accountId: string;
  /** The zone `hostname` is in. */
  readonly zoneId: string;
  /** The project name, unique per account; its deployments are served at `<subdomain>.pages.dev`. */
  readonly projectName: string;
  /** The site's custom domain. */
  readonly hostname: string;
  /** The command that builds the site, e.g. `npm run build`. */
  readonly buildCommand: string;
  /** The folder the build writes, relative to `rootDir`: what `wrangler pages deploy` uploads. */
  readonly outputDir: string;
  /**
   * The site's folder in the repository, where the build runs.
   * @default undefined (the repository root)
   */
  readonly rootDir?: string;
  /**
   * The branch whose deployments serve `hostname`; other branches get preview URLs.
   * @default "main"
   */
  readonly productionBranch?: string;
}

/**
 * A static frontend on Cloudflare Pages: a direct-upload `cloudflare_pages_project` (no git source: CI
 * builds the site and runs `wrangler pages deploy <outputDir> --project-name <projectName>
 * --branch <productionBranch>`), its `cloudflare_pages_domain`, and the proxied CNAME that points the
 * hostname at the project's pages.dev subdomain. The build settings are recorded on the project so the
 * dashboard and the CI step agree on them.
 */
export class PagesSite extends Construct {
  readonly project: PagesProject;
  readonly domain: PagesDomain;
  readonly record: DnsRecord;

  constructor(scope: Construct, id: string, props: PagesSiteProps) {
    super(scope, id);
    const branch = props.productionBranch ?? "main";
    new PropsValidator(`PagesSite ${this.node.path}`)
      .check(PROJECT_NAME.test(props.projectName), "projectName", `must be one DNS label of at most 58 characters, got ${JSON.stringify(props.projectName)}`)
      .check(HOSTNAME.test(props.hostname), "hostname", `not a hostname: ${JSON.stringify(props.hostname)}`)
      .check(/\S/.test(props.buildCommand), "buildCommand", "is empty: say how the site is built")
      .check(
        /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(props.outputDir) && !props.outputDir.split("/").includes(".."),
        "outputDir",
        `must be a relative folder inside the site, got ${JSON.stringify(props.outputDir)}`,
      )
      .check(/^[A-Za-z0-9._/-]+$/.test(branch), "productionBranch", `not a branch name: ${JSON.stringify(branch)}`)
      .throwIfInvalid();

    this.project = new PagesProject(this, "project", {
      accountId: props.accountId,
      name: props.projectName,
      productionBranch: branch,
      buildConfig: { buildCommand: props.buildCommand, destinationDir: props.outputDir, rootDir: props.rootDir },
    });
    this.domain = new PagesDomain(this, "domain", { accountId: props.accountId, projectName: this.project.name, name: props.hostname });
    this.record = new DnsRecord(this, "dns", {
      zoneId: props.zoneId,
      name: props.hostname,
      type: "CNAME",
      // The project's own subdomain: Cloudflare appends a suffix when <name>.pages.dev is taken.
      content: this.project.subdomain,
      proxied: true,
      ttl: 1,
      comment: `pages ${props.projectName}`,
    });
    suppress(this.record, "EI10", "a Pages custom domain is a CNAME to the project's pages.dev subdomain: Cloudflare serves the site, no node is behind it");
  }
}
