import { attemptOrder, retriableAfterService } from "../src/origins";
import { matchRoute, parsePattern, parseRoutes, type RouteEntry } from "../src/routing";

function route(pattern: string, service: string): RouteEntry {
  return { pattern, ...parsePattern(pattern), service, origins: [{ url: `https://${service}.example.com`, weight: 1 }], cacheTtl: 0 };
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
    ["missing origins", JSON.stringify([{ ...route("a.example.com/*", "a"), origins: undefined }]), /ROUTES\[0\]\.origins must be a non-empty array/],
    ["no origin at all", JSON.stringify([{ ...route("a.example.com/*", "a"), origins: [] }]), /ROUTES\[0\]\.origins must be a non-empty array/],
    [
      "an origin that is not https://<host>",
      JSON.stringify([{ ...route("a.example.com/*", "a"), origins: [{ url: "http://a.example.com/x", weight: 1 }] }]),
      /ROUTES\[0\]\.origins\[0\]\.url must be https:\/\/<hostname>/,
    ],
    [
      "a weight above 1",
      JSON.stringify([{ ...route("a.example.com/*", "a"), origins: [{ url: "https://a.example.com", weight: 1.5 }] }]),
      /ROUTES\[0\]\.origins\[0\]\.weight must be a number from 0 to 1/,
    ],
    [
      "every origin drained",
      JSON.stringify([{ ...route("a.example.com/*", "a"), origins: [{ url: "https://a.example.com", weight: 0 }] }]),
      /every weight is 0/,
    ],
    ["a negative cacheTtl", JSON.stringify([{ ...route("a.example.com/*", "a"), cacheTtl: -1 }]), /cacheTtl/],
  ])("fails %s", (_what, json, message) => {
    expect(() => parseRoutes(json)).toThrow(message);
  });
});

describe("attemptOrder", () => {
  const a = { url: "https://a.example.com", weight: 1 };
  const b = { url: "https://b.example.com", weight: 0.5 };
  const c = { url: "https://c.example.com", weight: 0.25 };
  const drained = { url: "https://d.example.com", weight: 0 };

  test("picks the first origin in proportion to its weight", () => {
    // Total 1.75: [0, 1) is a, [1, 1.5) is b, [1.5, 1.75) is c.
    expect(attemptOrder([a, b, c], 0)[0]).toBe(a);
    expect(attemptOrder([a, b, c], 0.57)[0]).toBe(a);
    expect(attemptOrder([a, b, c], 0.58)[0]).toBe(b);
    expect(attemptOrder([a, b, c], 0.85)[0]).toBe(b);
    expect(attemptOrder([a, b, c], 0.86)[0]).toBe(c);
    expect(attemptOrder([a, b, c], 0.999999)[0]).toBe(c);
  });

  test("fails over to the others by descending weight, drained origins last", () => {
    // The weighted ones in config order c, b, a: 0.1 of 1.75 falls in c's share, 0.9 in a's.
    expect(attemptOrder([drained, c, b, a], 0.1)).toEqual([c, a, b, drained]);
    expect(attemptOrder([drained, c, b, a], 0.9)).toEqual([a, b, c, drained]);
    expect(attemptOrder([a, drained, b], 0)).toEqual([a, b, drained]);
  });

  test("never picks a drained origin first", () => {
    for (const random of [0, 0.25, 0.5, 0.75, 0.999]) expect(attemptOrder([drained, a], random)[0]).toBe(a);
  });
});

describe("retriableAfterService", () => {
  test("only safe methods are sent again after a service saw them", () => {
    expect(["GET", "HEAD", "OPTIONS"].map(retriableAfterService)).toEqual([true, true, true]);
    expect(["POST", "PUT", "PATCH", "DELETE"].map(retriableAfterService)).toEqual([false, false, false, false]);
  });
});
