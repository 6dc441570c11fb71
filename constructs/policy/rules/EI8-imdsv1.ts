import { block, show } from "../attributes";
import { type ElementRule, notApplicable, verdict } from "../rule";

const TYPES = new Set(["aws_instance", "aws_launch_template"]);

/**
 * An EC2 instance that still answers IMDSv1, which any SSRF in a service can turn into stolen credentials.
 * Linode's Metadata service always requires a token (PUT /v1/token) and serves no cloud credentials, so a
 * linode_instance is not applicable.
 */
export const EI8: ElementRule = {
  id: "EI8",
  name: "imdsv1",
  description: "EC2 metadata requires session tokens (IMDSv2).",
  scope: "element",
  check({ kind, type, attributes: a }) {
    if (kind !== "resource" || !TYPES.has(type)) return notApplicable();
    const tokens = block(a.metadata_options)?.http_tokens;
    return verdict(tokens === "required" ? [] : [`metadata_options.http_tokens is ${show(tokens)}; set metadata_options = { httpTokens: "required" }`]);
  },
};
