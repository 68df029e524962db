/** Replaced at bundle time by esbuild with the version from package.json. */
declare const SERVER_VERSION: string;
