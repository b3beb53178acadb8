// Selections (year, council, breakdown...) live in the query string so a copied link reopens the same
// view. replaceState, not pushState: changing a select should not fill the back button's history.

function params(search: string = globalThis.location?.search ?? ""): URLSearchParams {
  return new URLSearchParams(search);
}

export const urlState = {
  /** The value for key, or fallback when absent or not one of allowed. */
  get(key: string, fallback: string, allowed?: readonly string[], search?: string): string {
    const value = params(search).get(key);
    if (value === null) return fallback;
    return allowed && !allowed.includes(value) ? fallback : value;
  },
  /** Set (or, with null, remove) key in the address bar without reloading. */
  set(key: string, value: string | null): void {
    const url = new URL(globalThis.location.href);
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
    globalThis.history.replaceState(globalThis.history.state, "", url);
  }
};
