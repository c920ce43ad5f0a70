/** A translation tree: nested objects whose leaves are texts. */
export type TranslationTree = { [key: string]: string | TranslationTree };

/**
 * One language's texts are split into a file per area of the app (core, provider, client, association, public),
 * so that work on one area never edits another's file. They merge into one tree; a key defined in two files is an
 * error rather than a silent override.
 */
export function mergeLocaleFiles(files: Record<string, TranslationTree>): TranslationTree {
  const merged: TranslationTree = {};
  const origin = new Map<string, string>();
  const visit = (target: TranslationTree, source: TranslationTree, prefix: string, file: string) => {
    for (const [name, value] of Object.entries(source)) {
      const key = prefix ? `${prefix}.${name}` : name;
      const existing = target[name];
      if (typeof value === 'string' || typeof existing === 'string') {
        if (existing !== undefined) throw new Error(`Translation key ${key} is defined in both ${origin.get(key) ?? 'another file'} and ${file}`);
        target[name] = value;
        origin.set(key, file);
      } else {
        const branch: TranslationTree = existing ?? {};
        target[name] = branch;
        visit(branch, value, key, file);
      }
    }
  };
  for (const [file, tree] of Object.entries(files)) visit(merged, tree, '', file);
  return merged;
}
