// Where the public pages' stylesheet and enhancement script are built to. Fixed
// paths (not content-hashed) so the server can name them without reading Vite's
// manifest: a Worker has no file system to read it from. vite.config.ts writes them.
export const publicAssetPaths = {
  stylesheet: "/directory/styles.css",
  script: "/directory/enhance.js",
} as const;
