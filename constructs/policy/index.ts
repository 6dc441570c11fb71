export * from "./rule";
export * from "./attributes";
export * from "./evaluate";
export * from "./suppressions";
export * from "./policy-aspect";
export * from "./rules";
export * from "./checked-stack";
