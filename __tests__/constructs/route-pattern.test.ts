import { routeHost } from "../../constructs/route-pattern";
import { parsePattern } from "../../services/edge-worker/src/routing";

describe("routeHost: the one split of a Workers route pattern", () => {
  test.each([
    ["api.example.com/*", "api.example.com"],
    ["*.example.com/x/y", "*.example.com"],
    ["API.example.com/", "API.example.com"],
  ])("%s → %s", (pattern, host) => {
    expect(routeHost(pattern)).toBe(host);
  });

  test("a pattern without a path is all host, which the Worker's routing table refuses", () => {
    expect(routeHost("api.example.com")).toBe("api.example.com");
    expect(() => parsePattern("api.example.com")).toThrow("must be <host>/<path>");
    expect(() => parsePattern("/x")).toThrow("must be <host>/<path>");
  });

  test("the Worker reads the same host, lowercased, and the rest as the path", () => {
    expect(parsePattern("API.example.com/v1/*")).toEqual({ host: "api.example.com", pathPrefix: "/v1/", exactPath: false });
  });
});
