// The pack's reader for tools beside it (the CLI's topology diagram and diff, the analyzer harness):
// one entry point, so they read a plan or a stack export exactly as the policies do and import
// nothing else of the pack's internals.
export { dependencyGraph, dependsOn, ordered, type DependencyGraph } from "./normalize/dependencies";
export { fromDocumentResource, readDocument, type DocumentResource } from "./normalize/document";
export type { NormalizedRule } from "./normalize/rule";
export type { StackView, StackVm } from "./normalize/stack";
export { UNKNOWN, isObj } from "./normalize/values";
