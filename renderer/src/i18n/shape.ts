// The one type that ties the languages together: the same keys as the Indonesian texts, every leaf a string.
// Each English locale file is declared as Shape<typeof its Indonesian twin>, so a key missing (or extra) in
// one language fails the typecheck.
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
