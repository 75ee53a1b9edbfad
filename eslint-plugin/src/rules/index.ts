/**
 * Every rule, by id. Add a line here when you add a rule (tests check that every file in rules/ is listed,
 * documented and in the `all` config).
 */
export const rules = {
};
