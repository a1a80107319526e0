// The `vsphere:` keys the program accepts are exactly the provider schema's config.variables, with
// their types, and the passwords are among the keys withheld from every output.
import * as fs from "fs";
import * as path from "path";
import { PROJECT } from "../../model/defaults";
import { secretConfigKeys } from "../../model/secrets";
import { VSPHERE_CONFIG_KEYS } from "../../model/vsphere-config";
import { REPO } from "../support/stacks";

const SECRET_CONFIG_KEYS = secretConfigKeys(PROJECT);

it("lists the schema's config.variables with their types", () => {
  const schemaFile = path.join(REPO, "sdks", "vsphere", "schema.json");
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8")) as {
    config: { variables: Record<string, { type?: string; secret?: boolean }> };
  };
  const fromSchema = Object.fromEntries(
    Object.entries(schema.config.variables).map(([k, v]) => [k, v.type ?? "object"]),
  );
  expect(VSPHERE_CONFIG_KEYS).toEqual(fromSchema);
  // Whatever the schema marks secret is withheld too.
  for (const [k, v] of Object.entries(schema.config.variables))
    if (v.secret) expect(SECRET_CONFIG_KEYS).toContain(`vsphere:${k}`);
});

it("withholds the vCenter password, a key the provider reads, and the guests' passwords", () => {
  expect(SECRET_CONFIG_KEYS).toContain("vsphere:password");
  expect(Object.keys(VSPHERE_CONFIG_KEYS)).toContain("password");
  expect(SECRET_CONFIG_KEYS).toEqual(
    expect.arrayContaining(["genesys-iac:guestAdminPassword", "genesys-iac:domainJoinPassword"]),
  );
  expect(secretConfigKeys("other-project")).toContain("other-project:guestAdminPassword");
});
