import { GraphQLError, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * A validation rule refusing operations with more than `maximum` aliased fields, fragments counted once per
 * spread. Each alias runs its resolver again: `{ a1: me { id } a2: me { id } ... }` costs little in the cost
 * estimate yet hits the database once per alias.
 */
export function maxAliasesRule(maximum: number) {
  return (context: ValidationContext): ASTVisitor => {
    // Per fragment, computed once: fragments spreading fragments twice over would otherwise be counted in
    // exponential time by the very check meant to stop abuse.
    const fragmentCounts = new Map<string, number>();

    function count(selectionSet: SelectionSetNode): number {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === 'Field') {
          if (selection.alias) total += 1;
          if (selection.selectionSet) total += count(selection.selectionSet);
        } else if (selection.kind === 'InlineFragment') {
          total += count(selection.selectionSet);
        } else {
          total += fragmentCount(selection.name.value);
        }
      }
      return total;
    }

    function fragmentCount(name: string): number {
      const known = fragmentCounts.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      fragmentCounts.set(name, 0); // a cycle (refused by NoFragmentCycles) ends here
      const total = fragment ? count(fragment.selectionSet) : 0;
      fragmentCounts.set(name, total);
      return total;
    }

    return {
      OperationDefinition(operation) {
        const aliases = count(operation.selectionSet);
        if (aliases > maximum) {
          context.reportError(new GraphQLError(`Too many aliases: ${aliases} in one operation, the limit is ${maximum}`, { nodes: [operation] }));
        }
      },
    };
  };
}
