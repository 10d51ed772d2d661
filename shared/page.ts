/** One page of a listing: the items asked for (by offset and limit) and how many there are in all. */
export type Page<T> = { items: T[]; total: number };
