export const repoRoot: string;
export function readmes(): string[];
export function tsBlocks(readme: string): { readme: string; line: number; file: string | undefined; text: string }[];
export function readmeProblems(): string[];
