// The pack's reader for saved documents (`plan --format json`, `pulumi stack export`): each resource
// as the RawResource the policies read, and the stack view over them. Tools beside the pack (the
// CLI's topology diagram) read documents through this, so a document means one thing everywhere.
// The shape is declared here structurally: the pack stands alone and imports nothing outside it.
import type { RawResource } from "./resource";
import { buildStackView, type StackView } from "./stack";
import type { Props } from "./values";

/** A resource of a stack export (version 3) or of a plan document. */
export interface DocumentResource {
  urn: string;
  type: string;
  id?: string;
  parent?: string;
  /** `<provider urn>::<provider id>`. */
  provider?: string;
  inputs?: Props;
  outputs?: Props;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
  protect?: boolean;
}

/** A resource of a document, as the policies see it: what it declares, over what the provider
 * reports (so computed outputs such as a VM's `uuid` are there too). */
export function fromDocumentResource(r: DocumentResource): RawResource {
  const providerUrn = r.provider ? r.provider.slice(0, r.provider.lastIndexOf("::")) : undefined;
  return {
    urn: r.urn,
    type: r.type,
    name: r.urn.split("::").slice(3).join("::"),
    props: { ...(r.outputs ?? {}), ...(r.inputs ?? {}) },
    parentUrn: r.parent,
    providerUrn: providerUrn || undefined,
    propertyDependencies: r.propertyDependencies ?? {},
    dependencies: r.dependencies ?? [],
    protect: r.protect === true,
  };
}

/** The stack view of a document's resources. */
export function readDocument(resources: readonly DocumentResource[]): StackView {
  return buildStackView(resources.map(fromDocumentResource));
}
