import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { PagesDomain } from "@cdktf/provider-cloudflare/lib/pages-domain";
import { PagesProject } from "@cdktf/provider-cloudflare/lib/pages-project";
import { PagesSite, type PagesSiteProps } from "../../constructs/pages-site";
import { EI10, evaluatePolicy } from "../../constructs/policy";
import { ofType, stack, synth } from "./helpers";

const props: PagesSiteProps = {
  accountId: "0123456789abcdef0123456789abcdef",
  zoneId: "fedcba9876543210fedcba9876543210",
  projectName: "acme-production-web",
  hostname: "app.example.com",
  buildCommand: "npm run build",
  outputDir: "dist",
  rootDir: "services/web",
};

describe("PagesSite", () => {
  const { json, resources } = synth((scope) => new PagesSite(scope, "web", props));

  test("a direct-upload project (no git source) with the build settings from config", () => {
    expect(json).toHaveResourceWithProperties(PagesProject, {
      name: "acme-production-web",
      production_branch: "main",
      build_config: { build_command: "npm run build", destination_dir: "dist", root_dir: "services/web" },
    });
    expect(ofType(resources, "cloudflare_pages_project")[0].source).toBeUndefined();
  });

  test("the custom domain on the project and a proxied CNAME to the project's pages.dev subdomain", () => {
    expect(json).toHaveResourceWithProperties(PagesDomain, { name: "app.example.com", project_name: expect.stringMatching(/pages_project\..*\.name\}$/) });
    expect(json).toHaveResourceWithProperties(DnsRecord, {
      name: "app.example.com",
      type: "CNAME",
      proxied: true,
      content: expect.stringMatching(/^\$\{cloudflare_pages_project\..*\.subdomain\}$/),
    });
  });

  test("refuses a project name that is no DNS label, an empty build command, an output folder outside the site", () => {
    expect(() => new PagesSite(stack(), "web", { ...props, projectName: "Web_Site", buildCommand: " ", outputDir: "../dist" })).toThrow(
      /projectName: must be one DNS label[\s\S]*buildCommand: is empty[\s\S]*outputDir: must be a relative folder inside the site/,
    );
  });
});

test("the CNAME is not a tunnel's, and says so in its suppression of EI10", () => {
  const scope = stack();
  new PagesSite(scope, "web", props);
  const report = evaluatePolicy(scope, [EI10]);
  expect(report.findings).toEqual([]);
  expect(report.suppressed.map((f) => [f.ruleId, f.reason])).toEqual([["EI10", expect.stringContaining("pages.dev subdomain")]]);
});
