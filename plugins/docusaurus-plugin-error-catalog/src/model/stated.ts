/** `{[key]: value}` when the catalog states the value, else nothing: a fact the catalog leaves out stays out. */
export function stated<K extends string, V>(key: K, value: V | undefined): {[P in K]?: V} {
  return value === undefined ? {} : ({[key]: value} as {[P in K]?: V});
}
