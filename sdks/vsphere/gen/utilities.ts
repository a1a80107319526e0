/** `utilities.ts` of the generated package: version, environment defaults and lazy loading. */
import { GenContext, fileText, header } from "./emit";

const BODY = (pkg: string): string => `import * as fs from "fs";
import * as path from "path";

/** The first environment variable of \`vars\` that is set and not empty. */
export function getEnv(...vars: string[]): string | undefined {
    for (const v of vars) {
        const value = process.env[v];
        if (value) {
            return value;
        }
    }
    return undefined;
}

/** An environment variable read as a boolean, with the spellings Go's strconv.ParseBool takes. */
export function getEnvBoolean(...vars: string[]): boolean | undefined {
    const s = getEnv(...vars);
    if (s !== undefined) {
        if (["1", "t", "T", "true", "TRUE", "True"].includes(s)) {
            return true;
        }
        if (["0", "f", "F", "false", "FALSE", "False"].includes(s)) {
            return false;
        }
    }
    return undefined;
}

/** An environment variable read as a number. */
export function getEnvNumber(...vars: string[]): number | undefined {
    const s = getEnv(...vars);
    if (s !== undefined) {
        const f = parseFloat(s);
        if (!isNaN(f)) {
            return f;
        }
    }
    return undefined;
}

let version: string | undefined;

/**
 * The version of this package, which is also the provider plugin version the engine loads. Read
 * from package.json beside the sources (ts-node, ts-jest) or one level up from the compiled \`bin/\`.
 */
export function getVersion(): string {
    if (version === undefined) {
        for (const dir of [__dirname, path.join(__dirname, "..")]) {
            const file = path.join(dir, "package.json");
            if (!fs.existsSync(file)) {
                continue;
            }
            const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
            if (pkg.name === "${pkg}" && pkg.version) {
                // Node allows a "v" prefix, semver does not.
                version = pkg.version.replace(/^v/, "");
                break;
            }
        }
        if (version === undefined) {
            throw new Error("${pkg}: cannot find the package's package.json");
        }
    }
    return version;
}

/** @internal */
export function resourceOptsDefaults(): any {
    return { version: getVersion() };
}

/** @internal Defines \`props\` of \`exports\` as getters that load their module on first use. */
export function lazyLoad(exports: any, props: string[], loadModule: any) {
    for (const property of props) {
        Object.defineProperty(exports, property, {
            enumerable: true,
            get: function () {
                return loadModule()[property];
            },
        });
    }
}
`;

export function utilitiesFile(ctx: GenContext): [string, string] {
  return ["utilities.ts", fileText([...header(ctx), BODY(`@pulumi/${ctx.schema.name}`)])];
}
