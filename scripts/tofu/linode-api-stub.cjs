#!/usr/bin/env node
// A stand-in for the Linode API on 127.0.0.1 for offline `tofu plan` (the tofu tier, scripts/tofu/check.ts).
// The linode provider checks its connection when it is configured (GET /v4/linode/types) even for a plan
// with -refresh=false, and nothing else during such a plan; every GET here answers an empty page, and
// anything else 501, so a plan that wanted more from the API fails loudly instead of passing on made-up
// data. Prints the port it listens on, then serves until killed.
"use strict";
const http = require("node:http");

const server = http.createServer((request, response) => {
  response.setHeader("content-type", "application/json");
  if (request.method !== "GET") {
    response.statusCode = 501;
    response.end(JSON.stringify({ errors: [{ reason: `offline Linode API stub: ${request.method} ${request.url} is not answered` }] }));
    return;
  }
  response.end(JSON.stringify({ data: [], page: 1, pages: 1, results: 0 }));
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
