import { ANY_ADDRESS, INTERNET_PREFIX, internetExposure, isIpv4Cidr, isPrivateCidr } from "../../constructs/networks";

const open = (cidrs: string[]) => internetExposure(cidrs).map((n) => n.cidr);

describe("internetExposure: whether a list of networks opens it to the internet, by range", () => {
  test("the bound is a /16 for IPv4 and a /32 for IPv6", () => {
    expect(INTERNET_PREFIX).toEqual({ ipv4: 16, ipv6: 32 });
  });

  test("the whole internet, however it is spelled", () => {
    expect(open([ANY_ADDRESS.ipv4, ANY_ADDRESS.ipv6, "::0/0", "0:0:0:0:0:0:0:0/0", " 0.0.0.0/0 "])).toHaveLength(5);
    expect(internetExposure(["0.0.0.0/0"])).toEqual([{ cidr: "0.0.0.0/0", index: 0, why: "is the whole internet" }]);
  });

  test("the bypass pair 0.0.0.0/1 + 128.0.0.0/1: each half is refused on its own", () => {
    expect(internetExposure(["203.0.113.16/28", "0.0.0.0/1", "128.0.0.0/1"])).toEqual([
      { cidr: "0.0.0.0/1", index: 1, why: "covers more of the internet than a /16 (2147483648 addresses)" },
      { cidr: "128.0.0.0/1", index: 2, why: "covers more of the internet than a /16 (2147483648 addresses)" },
    ]);
  });

  test("IPv6: ::/0, 2000::/3 (all global unicast) and anything wider than a /32", () => {
    expect(open(["::/0"])).toEqual(["::/0"]);
    expect(open(["2000::/3"])).toEqual(["2000::/3"]);
    expect(open(["2001:db8::/31"])).toEqual(["2001:db8::/31"]);
    expect(open(["2001:db8::/32", "2001:db8:abcd::/48"])).toEqual([]);
  });

  test("an IPv4-mapped IPv6 network is judged as the IPv4 network it maps", () => {
    expect(open(["::ffff:0.0.0.0/96"])).toEqual(["::ffff:0.0.0.0/96"]);
    expect(open(["::ffff:203.0.113.7/128"])).toEqual([]);
  });

  test("a legitimate office /28 and an admin /32 pass, and so does a /16 alone", () => {
    expect(open(["203.0.113.16/28", "198.51.100.7/32"])).toEqual([]);
    expect(open(["100.64.0.0/16"])).toEqual([]);
    expect(open(["198.51.0.0/15"])).toEqual(["198.51.0.0/15"]);
  });

  test("private ranges never count, however wide; a wide range only partly private does", () => {
    expect(open(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fd12:3456::/32"])).toEqual([]);
    expect(open(["10.0.0.0/7", "172.0.0.0/11"])).toEqual(["10.0.0.0/7", "172.0.0.0/11"]);
  });

  test("a wide range split into pieces: seventeen /20s together are more than a /16", () => {
    const seventeen = Array.from({ length: 17 }, (_, i) => `198.${51 + Math.floor(i / 16)}.${(i % 16) * 16}.0/20`);
    expect(internetExposure(seventeen)).toHaveLength(17);
    expect(internetExposure(seventeen)[0].why).toBe("is one of 17 networks that together cover more of the internet than a /16 (69632 addresses)");
    expect(open(seventeen.slice(0, 16))).toEqual([]);
    // Nested and repeated networks are counted once.
    expect(open(["198.51.0.0/16", "198.51.100.0/24", "198.51.0.0/16"])).toEqual([]);
  });

  test("leaves what is not a network to the caller's syntax check", () => {
    expect(open(["${var.admin}", "not a cidr", "203.0.113.7", ""])).toEqual([]);
  });
});

describe("isIpv4Cidr and isPrivateCidr", () => {
  test("take four decimal octets and a prefix of 0-32, nothing else", () => {
    expect(["203.0.113.16/28", "0.0.0.0/0", "10.0.0.0/8"].every(isIpv4Cidr)).toBe(true);
    expect(["10.0.0.0/33", "300.1.1.0/24", "010.0.0.0/8", "0x0a.0.0.0/8", "10.0.0.0", "10.0.0.0/08", "::/0", "10.1/16"].some(isIpv4Cidr)).toBe(false);
  });

  test("private means wholly inside an RFC 1918 range, IPv4 only", () => {
    expect(["10.0.0.0/8", "10.0.0.0/24", "172.31.0.0/16", "192.168.1.0/24"].every(isPrivateCidr)).toBe(true);
    expect(["172.15.0.0/16", "172.16.0.0/11", "10.0.0.0/7", "8.8.8.8/32", "0.0.0.0/0", "fd00::/8", "012.0.0.0/8"].some(isPrivateCidr)).toBe(false);
  });
});
