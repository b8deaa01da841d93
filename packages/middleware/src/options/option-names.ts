/**
 * The names of an options interface as a runtime list that the compiler keeps
 * in step with it: a name the interface lacks, or a key of it left out, is a
 * type error. `optionNames<RetryOptions>()(["limit", …])`.
 */
export const optionNames =
  <T>() =>
  <const Names extends readonly (keyof T & string)[]>(
    names: Names & ([Exclude<keyof T, Names[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, Names[number]> }),
  ): readonly string[] =>
    names;
