// vSphere tags as Genesys facts: a VM tagged in one of the contract's tag categories (`genesys-role`,
// `genesys-site`, ...) is a Genesys VM, with its role, tier, pair and site taken from the tags. Tags
// and categories are resources of the stack; a VM lists its tags by id, and the analyzer sends no
// ids, so the links are followed through propertyDependencies (present in plans, previews and
// exports alike). Tags of other categories are left alone.
import { TAG_CATEGORY, TYPE } from "../contract";
import type { RawResource } from "./resource";
import { str } from "./values";

export type TagFacts = Partial<Record<keyof typeof TAG_CATEGORY, string>>;

const FACT_BY_CATEGORY = new Map(
  Object.entries(TAG_CATEGORY).map(([fact, category]) => [category.toLowerCase(), fact as keyof TagFacts]),
);

const nameOf = (r: RawResource | undefined): string | undefined => {
  const n = r ? str(r.props.name) : undefined;
  return typeof n === "string" && n !== "" ? n : undefined;
};

/** VM URN -> the Genesys facts its tags carry; VMs with no Genesys tag are absent. */
export function tagFactsByVm(
  resources: readonly RawResource[],
  byUrn: ReadonlyMap<string, RawResource>,
): Map<string, TagFacts> {
  const out = new Map<string, TagFacts>();
  for (const r of resources) {
    if (r.type !== TYPE.vm) continue;
    const facts: TagFacts = {};
    for (const tagUrn of r.propertyDependencies.tags ?? []) {
      const tag = byUrn.get(tagUrn);
      if (tag?.type !== TYPE.tag) continue;
      const categoryUrn = (tag.propertyDependencies.categoryId ?? [])[0];
      const category = nameOf(categoryUrn ? byUrn.get(categoryUrn) : undefined);
      const fact = category ? FACT_BY_CATEGORY.get(category.toLowerCase()) : undefined;
      const value = nameOf(tag);
      if (fact && value) facts[fact] = value;
    }
    if (Object.keys(facts).length > 0) out.set(r.urn, facts);
  }
  return out;
}
