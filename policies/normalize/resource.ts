// The one shape every normalizer reads: a resource as plain data, whichever SDK entry point
// (resource validation or stack validation) it came from.
import type { PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import { plain, type Props } from "./values";
import { perRequest, secretPathsOf } from "../secret-marks";

export interface RawResource {
  urn: string;
  type: string;
  name: string;
  props: Readonly<Props>;
  parentUrn?: string;
  providerUrn?: string;
  providerType?: string;
  providerProps?: Readonly<Props>;
  /** Input name -> URNs of the resources that input was computed from. */
  propertyDependencies: Record<string, string[]>;
  /** URNs of every resource this one depends on (stack validation only). */
  dependencies?: string[];
  protect: boolean;
  /** Paths (top-level keys) whose values came in as secrets; undefined when that can't be seen. */
  secretPaths?: ReadonlySet<string>;
}

/** Keys the resource of an Analyze request in its per-request memo (secret-marks.ts). */
const VALIDATION_ARGS = Symbol("fromValidationArgs");

/**
 * The resource of an Analyze request. The SDK calls every resource policy with arguments of its
 * own, all read from the one request; the resource is made once per request and shared, frozen.
 */
export function fromValidationArgs(args: ResourceValidationArgs): RawResource {
  return perRequest(args.props, VALIDATION_ARGS, () => resourceOfArgs(args));
}

function resourceOfArgs(args: ResourceValidationArgs): RawResource {
  return {
    urn: args.urn,
    type: args.type,
    name: args.name,
    props: plain(args.props),
    parentUrn: args.opts.parent,
    providerUrn: args.provider?.urn,
    providerType: args.provider?.type,
    providerProps: args.provider ? plain(args.provider.props) : undefined,
    propertyDependencies: {},
    protect: args.opts.protect === true,
    secretPaths: secretPathsOf(args.props),
  };
}

export function fromPolicyResource(r: PolicyResource): RawResource {
  const deps: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(r.propertyDependencies ?? {})) deps[k] = v.map((d) => d.urn);
  return {
    urn: r.urn,
    type: r.type,
    name: r.name,
    props: plain(r.props),
    parentUrn: r.parent?.urn ?? r.opts.parent,
    providerUrn: r.provider?.urn,
    providerType: r.provider?.type,
    providerProps: r.provider ? plain(r.provider.props) : undefined,
    propertyDependencies: deps,
    dependencies: (r.dependencies ?? []).map((d) => d.urn),
    protect: r.opts.protect === true,
    secretPaths: secretPathsOf(r.props),
  };
}

/** The types a URN names: each ancestor's, then the resource's own (`...::a$b$type::name`). */
export function typeChain(urn: string): string[] {
  return (urn.split("::")[2] ?? "").split("$");
}
