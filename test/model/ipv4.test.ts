// The IPv4 rules vSphere applies to a VMkernel adapter, as plain functions.
import {
  formatIpv4,
  hostAddressProblem,
  netmaskProblem,
  parseIpv4,
  prefixLength,
  subnetOf,
} from "../../model/ipv4";

describe("parseIpv4", () => {
  it.each([
    ["10.20.30.11", 0x0a141e0b],
    ["255.255.255.255", 0xffffffff],
    ["0.0.0.0", 0],
  ])("%s", (text, n) => {
    expect(parseIpv4(text)).toBe(n);
    expect(formatIpv4(n)).toBe(text);
  });
  it.each(["10.20.30", "10.20.30.256", "010.1.1.1", "a.b.c.d", " 10.1.1.1", "1.2.3.4.5"])(
    "refuses %j",
    (text) => expect(parseIpv4(text)).toBeUndefined(),
  );
});

describe("netmasks", () => {
  it.each([
    ["255.255.255.0", 24],
    ["255.255.252.0", 22],
    ["255.0.0.0", 8],
    ["255.255.255.252", 30],
    ["255.255.255.255", 32],
    ["0.0.0.0", 0],
  ])("%s is /%d", (mask, prefix) => expect(prefixLength(mask)).toBe(prefix));

  it.each(["255.0.255.0", "10.20.30.11", "255.255.255.1", "0.255.255.255"])(
    "%s is not contiguous",
    (mask) => {
      expect(prefixLength(mask)).toBeUndefined();
      expect(netmaskProblem(mask)).toMatch(/contiguous/);
    },
  );

  it.each(["0.0.0.0", "255.255.255.254", "255.255.255.255"])("%s leaves no subnet of hosts", (mask) =>
    expect(netmaskProblem(mask)).toBeDefined(),
  );
  it("accepts 255.255.255.0", () => expect(netmaskProblem("255.255.255.0")).toBeUndefined());
});

describe("host addresses", () => {
  it("finds the subnet", () => {
    const s = subnetOf(parseIpv4("10.20.30.11")!, 24);
    expect([formatIpv4(s.network), formatIpv4(s.broadcast)]).toEqual(["10.20.30.0", "10.20.30.255"]);
  });
  it.each([
    ["0.0.0.0", undefined, /not 0\.0\.0\.0/],
    ["127.0.0.1", undefined, /loopback/],
    ["224.0.0.5", undefined, /multicast/],
    ["10.20.30.0", 24, /network address of its subnet 10\.20\.30\.0\/24/],
    ["10.20.30.255", 24, /broadcast address of its subnet 10\.20\.30\.0\/24/],
    ["10.20.31.255", 23, /broadcast address of its subnet 10\.20\.30\.0\/23/],
  ])("%s (/%s) is refused", (ip, prefix, why) => expect(hostAddressProblem(ip, prefix)).toMatch(why));
  it.each([
    ["10.20.30.11", 24],
    ["10.20.31.0", 23],
  ])("%s (/%d) is a host address", (ip, prefix) => expect(hostAddressProblem(ip, prefix)).toBeUndefined());
});
