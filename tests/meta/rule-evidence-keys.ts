import { parse } from '@babel/parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Test helper. Reads, from the rules' source, every key a rule can put in a finding's evidence: the object
 * literals passed to pass/fail/review (and findingsOrPass, and `evidence:` properties), following
 * spreads of local objects and of fieldEvidence(). It lets a test fail when a
 * rule emits a key that the report cannot name in words. A place it cannot read is returned as a
 * problem, so a new way of building evidence is noticed instead of silently skipped.
 */
type Node = { type: string; start?: number | null; loc?: { start: { line: number } } | null; [k: string]: unknown };

const FIELD_EVIDENCE = 'fieldEvidence';

export interface EvidenceKeyScan {
  /** key -> "file:line" places that emit it */
  keys: Map<string, string[]>;
  problems: string[];
}

export function scanRuleEvidenceKeys(root: string, dirs: readonly string[]): EvidenceKeyScan {
  const keys = new Map<string, string[]>();
  const problems: string[] = [];
  const fieldKeys = fieldEvidenceKeys(root, problems);
  for (const file of dirs.flatMap((d) => sourceFiles(join(root, d)))) {
    const name = relative(root, file);
    const ast = parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins: ['typescript'] }) as unknown as Node;
    const locals = new Map<string, Node[]>();
    visit(ast, (n) => {
      const id = n.id as Node | undefined;
      // Every declaration of a name in the file: two `evidence` in two functions are both read.
      if (n.type === 'VariableDeclarator' && id?.type === 'Identifier' && n.init) locals.set(id.name as string, [...(locals.get(id.name as string) ?? []), n.init as Node]);
    });
    const where = (n: Node) => `${name}:${n.loc?.start.line ?? '?'}`;
    const add = (key: string, n: Node) => keys.set(key, [...(keys.get(key) ?? []), where(n)]);
    const read = (e: Node | undefined, seen: Set<string> = new Set()): void => {
      if (!e) return;
      switch (e.type) {
        case 'TSAsExpression':
        case 'TSSatisfiesExpression':
        case 'TSNonNullExpression':
        case 'ParenthesizedExpression':
          return read(e.expression as Node, seen);
        case 'ConditionalExpression':
        case 'LogicalExpression':
          read((e.consequent ?? e.left) as Node, seen);
          return read((e.alternate ?? e.right) as Node, seen);
        case 'ObjectExpression':
          for (const p of e.properties as Node[]) {
            if (p.type === 'SpreadElement') read(p.argument as Node, seen);
            else if (!p.computed && (p.key as Node).type === 'Identifier') add((p.key as Node).name as string, p);
            else if (!p.computed && (p.key as Node).type === 'StringLiteral') add((p.key as Node).value as string, p);
            else problems.push(`${where(p)}: computed evidence key`);
          }
          return;
        case 'Identifier': {
          const inits = locals.get(e.name as string);
          if (e.name === 'undefined' || seen.has(e.name as string)) return;
          if (inits) {
            for (const init of inits) read(init, new Set([...seen, e.name as string]));
            return;
          }
          // A parameter passed through (findingsOrPass's own `evidence`) is read where it is called.
          if (e.name === 'evidence') return;
          problems.push(`${where(e)}: cannot follow ${String(e.name)}`);
          return;
        }
        case 'CallExpression':
          if ((e.callee as Node).type === 'Identifier' && (e.callee as Node).name === FIELD_EVIDENCE) {
            for (const k of fieldKeys) add(k, e);
            return;
          }
          // run-rules masks typed text out of an outcome's evidence: the keys are the outcome's.
          if ((e.callee as Node).type === 'Identifier' && (e.callee as Node).name === 'masked') return read((e.arguments as Node[])[0], seen);
          break;
        case 'MemberExpression':
        case 'OptionalMemberExpression':
          // Evidence carried over from another outcome (`outcome.evidence`) was read where it was made.
          if ((e.property as Node).type === 'Identifier' && (e.property as Node).name === 'evidence') return;
          break;
      }
      problems.push(`${where(e)}: cannot read evidence built as ${e.type}`);
    };
    visit(ast, (n) => {
      if (n.type === 'CallExpression' && (n.callee as Node).type === 'Identifier') {
        const args = n.arguments as Node[];
        const callee = (n.callee as Node).name;
        if (callee === 'pass') read(args[0]);
        else if (callee === 'fail' || callee === 'review' || callee === 'findingsOrPass') read(args[2]);
      }
      if (n.type === 'ObjectProperty' && !n.computed && (n.key as Node).type === 'Identifier' && (n.key as Node).name === 'evidence') read(n.value as Node);
    });
  }
  return { keys, problems };
}

function fieldEvidenceKeys(root: string, problems: string[]): string[] {
  const file = join(root, 'src/engine/dom/field.ts');
  const ast = parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins: ['typescript'] }) as unknown as Node;
  let out: string[] = [];
  visit(ast, (n) => {
    if (n.type !== 'FunctionDeclaration' || (n.id as Node | null)?.name !== FIELD_EVIDENCE) return;
    visit(n.body as Node, (m) => {
      if (m.type === 'ReturnStatement' && (m.argument as Node | null)?.type === 'ObjectExpression') {
        out = ((m.argument as Node).properties as Node[]).map((p) => ((p.key as Node | undefined)?.name as string) ?? '');
      }
    });
  });
  if (out.length === 0 || out.includes('')) problems.push(`src/engine/dom/field.ts: cannot read the keys of ${FIELD_EVIDENCE}()`);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

function visit(node: Node, fn: (n: Node) => void): void {
  fn(node);
  for (const [k, v] of Object.entries(node)) {
    if (k === 'loc' || k === 'start' || k === 'end' || k === 'extra') continue;
    if (Array.isArray(v)) for (const c of v) { if (c && typeof c === 'object' && typeof (c as Node).type === 'string') visit(c as Node, fn); }
    else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') visit(v as Node, fn);
  }
}
