import {
  GraphQLError,
  Kind,
  getNamedType,
  isInputObjectType,
  type ASTVisitor,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from 'graphql';
import { LIMIT_CODES, QueryLimitError } from './limit-errors';

/**
 * Whether a JSON value (a variable) nests objects or arrays deeper than `max`. Iterative:
 * the values that matter here are the ones deep enough to overflow a recursive walk.
 */
export const nestsDeeperThan = (value: unknown, max: number): boolean => {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
};

/**
 * Where a variable is used, as the site API names arguments: the argument and the
 * input fields down to the variable (`page.limit`, `filters.slug.eq`); null when unused.
 */
export const variableArgumentPath = (document: DocumentNode, variable: string): string | null => {
  const inValue = (value: ValueNode, path: string[]): string[] | null => {
    if (value.kind === Kind.VARIABLE) return value.name.value === variable ? path : null;
    if (value.kind === Kind.LIST) {
      for (const item of value.values) {
        const found = inValue(item, path);
        if (found) return found;
      }
    }
    if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        const found = inValue(field.value, [...path, field.name.value]);
        if (found) return found;
      }
    }
    return null;
  };
  let found: string[] | null = null;
  const visitor: ASTVisitor = {
    Argument(node) {
      found ??= inValue(node.value, [node.name.value]);
      return false;
    },
  };
  for (const definition of document.definitions) {
    if (found) break;
    // inValue recurses, but literal nesting was bounded by inputDepthRule during validation.
    visit(definition, visitor);
  }
  return found ? (found as string[]).join('.') : null;
};

const tooDeep = (argument: string, max: number, what: string) =>
  new QueryLimitError(`Invalid argument ${argument}: ${what} is nested deeper than ${max} levels.`, LIMIT_CODES.input, {
    argument,
    issues: [{ argument, message: `nested deeper than ${max} levels` }],
  });

/** The refusal of a variable nested deeper than `max`, naming where it is used. */
export const deepVariableError = (document: DocumentNode, variable: string, max: number): GraphQLError => {
  const argument = variableArgumentPath(document, variable) ?? `$${variable}`;
  const error = tooDeep(argument, max, `variable $${variable}`);
  error.extensions.variable = variable;
  return error;
};

/**
 * Literal input values nested deeper than `max` (a JSON filter written `[[[[…]]]]`).
 * The argument is named down to the last input field the schema defines.
 */
export const inputDepthRule =
  (max: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    let argument: string[] = [];
    let depth = 0;
    let reported = false;
    const named: boolean[] = [];
    return {
      Argument: {
        enter(node) {
          argument = [node.name.value];
          depth = 0;
          reported = false;
        },
      },
      ObjectField: {
        enter(node) {
          const parent = context.getParentInputType();
          const isSchemaField = !!parent && isInputObjectType(getNamedType(parent));
          named.push(isSchemaField);
          if (isSchemaField) argument.push(node.name.value);
        },
        leave() {
          if (named.pop()) argument.pop();
        },
      },
      ListValue: { enter: () => enterContainer(), leave: () => void depth-- },
      ObjectValue: { enter: () => enterContainer(), leave: () => void depth-- },
    };
    // Returning false skips the too-deep value (and its leave), so nothing walks past the limit.
    function enterContainer(): false | undefined {
      if (depth + 1 > max) {
        if (!reported) context.reportError(tooDeep(argument.join('.'), max, 'the value'));
        reported = true;
        return false;
      }
      depth++;
      return undefined;
    }
  };
