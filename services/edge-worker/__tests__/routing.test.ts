import { matchRoute, parsePattern, parseRoutes, RouteEntry } from "../src/routing";

function route(pattern: string, service: string): RouteEntry {
  return { pattern, ...parsePattern(pattern), service, origin: `https://${service}.example.com`, cacheTtl: 0 };
}

describe("parsePattern", () => {
  test("reads host/* as every path of the host", () => {
    expect(parsePattern("API.example.com/*")).toEqual({ host: "api.example.com", pathPrefix: "/", exactPath: false });
  });

  test("reads a pattern without * as one exact path", () => {
    expect(parsePattern("api.example.com/status")).toEqual({
      host: "api.example.com",
      pathPrefix: "/status",
      exactPath: true,
    });
  });

  test.each([
    ["no path", "api.example.com", /<host>\/<path>/],
    ["* inside the path", "api.example.com/*/users", /end of the path/],
    ["* inside the host", "api.*.example.com/*", /leading "\*\." in the host/],
  ])("fails a pattern with %s", (_what, pattern, message) => {
    expect(() => parsePattern(pattern)).toThrow(message);
  });
});

describe("matchRoute", () => {
  const routes = [
    route("api.example.com/*", "api"),
    route("api.example.com/v2/*", "v2"),
    route("api.example.com/v2/status", "status"),
    route("*.example.com/*", "wildcard"),
  ];
  const match = (host: string, path: string) => matchRoute(routes, host, path)?.service;

  test("the longest path prefix wins", () => {
    expect(match("api.example.com", "/v2/users")).toBe("v2");
    expect(match("api.example.com", "/v1/users")).toBe("api");
  });

  test("an exact path beats a prefix and only matches that path", () => {
    expect(match("api.example.com", "/v2/status")).toBe("status");
    expect(match("api.example.com", "/v2/status/x")).toBe("v2");
  });

  test("an exact host beats a wildcard host; the wildcard takes other subdomains, not the apex", () => {
    expect(match("API.example.com", "/")).toBe("api");
    expect(match("www.example.com", "/")).toBe("wildcard");
    expect(match("a.b.example.com", "/")).toBe("wildcard");
    expect(match("example.com", "/")).toBeUndefined();
    expect(match("notexample.com", "/")).toBeUndefined();
  });
});

describe("parseRoutes", () => {
  test("round-trips a table", () => {
    const table = [route("api.example.com/*", "api")];
    expect(parseRoutes(JSON.stringify(table))).toEqual(table);
  });

  test.each([
    ["not an array", "{}", /JSON array/],
    [
      "a missing origin",
      JSON.stringify([{ ...route("a.example.com/*", "a"), origin: undefined }]),
      /ROUTES\[0\]\.origin must be a string/,
    ],
    [
      "an origin that is not https://<host>",
      JSON.stringify([{ ...route("a.example.com/*", "a"), origin: "http://a.example.com/x" }]),
      /https:\/\/<hostname>/,
    ],
    ["a negative cacheTtl", JSON.stringify([{ ...route("a.example.com/*", "a"), cacheTtl: -1 }]), /cacheTtl/],
  ])("fails %s", (_what, json, message) => {
    expect(() => parseRoutes(json)).toThrow(message);
  });
});
