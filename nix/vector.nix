# Log shipping, the same on every node: Vector reads the journal (every systemd unit, services included)
# and an OTLP receiver on loopback (services' OTEL_EXPORTER_OTLP_ENDPOINT), and writes gzip NDJSON to the
# environment's R2 bucket (logBucket) through the S3-compatible API. R2 is the only durable log store;
# objects are laid out env=/node=/date= so DuckDB can read them with hive partitioning.
{ config, lib, ... }:
let
  edge = import ./lib.nix;
  cfg = config.edgeIac.node;
  settings = cfg.settings;
  environment = edge.environment { config = settings; inherit (cfg) env; };
in
{
  services.vector = {
    enable = true;
    journaldAccess = true;
    settings = {
      data_dir = "/var/lib/vector";

      sources.journald = {
        type = "journald";
        # Vector's own errors still go to the local journal, not round the loop into R2.
        exclude_units = [ "vector.service" ];
      };

      sources.otlp = {
        type = "opentelemetry";
        grpc.address = "127.0.0.1:4317";
        http.address = "127.0.0.1:${toString edge.otlpHttpPort}";
      };

      transforms.label = {
        type = "remap";
        inputs = [ "journald" "otlp.logs" ];
        source = ''
          .edge_iac_env = ${builtins.toJSON cfg.env}
          .edge_iac_node = ${builtins.toJSON cfg.name}
        '';
      };

      sinks.r2 = {
        type = "aws_s3";
        inputs = [ "label" ];
        endpoint = "https://${settings.cloudflare.accountId}.r2.cloudflarestorage.com";
        region = "auto";
        bucket = environment.logBucket.name;
        key_prefix = "env=${cfg.env}/node=${cfg.name}/date=%F/";
        filename_extension = "ndjson.gz";
        compression = "gzip";
        encoding.codec = "json";
        framing.method = "newline_delimited";
        # Fewer, larger objects: R2 bills per write request.
        batch = { max_bytes = 10000000; timeout_secs = 300; };
        # Survive an R2 outage or a restart without losing what is already read from the journal.
        buffer = { type = "disk"; max_size = 536870912; when_full = "block"; };
        # Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the environment (below).
      };
    };
  };

  systemd.services.vector = {
    wants = [ "${edge.vectorR2Key}-key.service" ];
    after = [ "${edge.vectorR2Key}-key.service" ];
    # Read by systemd as root before the (dynamic) vector user exists: the key can stay root-only.
    serviceConfig.EnvironmentFile = cfg.vectorCredentialsFile;
  };
}
