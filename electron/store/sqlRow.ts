/** A camelCase name as its snake_case column: 'sessionDate' → 'session_date'. */
type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}` : S;

/**
 * The row SQLite returns for a domain type whose columns are its fields in snake_case: derived from the
 * type in shared/, so that a field added there is a column the row mapper is told about.
 */
export type SqlRow<T> = { [K in keyof T & string as SnakeCase<K>]: T[K] };
