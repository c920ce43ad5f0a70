/** A link in the side navigation: where it goes and its already translated label. */
export type NavigationEntry = { to: string; label: string };
