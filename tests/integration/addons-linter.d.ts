// addons-linter ships no types; this is the part of its documented API (README, "Using the linter as a library") we call.
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    file?: string;
  }
  export interface LinterResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  export function createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterResult> };
}
