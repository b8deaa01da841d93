export declare const repoRoot: string;
export declare function apiPaths(api: string): {
  specRoot: string;
  specRelative: string;
  generatedDir: string;
  bundled: string;
  schemaTs: string;
  metadataTs: string;
};
export declare function checkSpec(document: unknown): string[];
export declare function listOperations(document: unknown): { operationId: string; method: string; path: string; operation: any }[];
export declare function deref(document: unknown, node: any): any;
export declare function lintSpec(api: string): void;
export declare function generate(api: string): Promise<void>;
export declare function runRedocly(args: string[], options?: { quiet?: boolean }): string;
