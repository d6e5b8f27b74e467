// Joins every feature's slice of the contract; two handlers for one method is a startup error.
export function assertDistinctMethods(...slices: object[]): void {
  const seen = new Set<string>();
  for (const name of slices.flatMap((slice) => Object.keys(slice))) {
    if (seen.has(name)) throw new Error(`Contract method ${name} has two handlers`);
    seen.add(name);
  }
}
