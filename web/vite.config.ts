// Builds the signed-in web app into web/dist, which the Node server serves from
// the same origin as the API (so the session cookie and CSP 'self' just work).
// The same build also emits the public directory pages' stylesheet and small
// enhancement script (the pages themselves are rendered by the API).
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";
import { publicAssetPaths } from "./src/public/asset-paths.ts";

const api = "http://127.0.0.1:8787";

// In development the page comes from Vite's port, so the browser's Origin header
// names Vite, and the API's CSRF check would refuse it. Vite is a proxy on this
// machine that we trust: present its requests as coming from the API's own origin.
const toApi: ProxyOptions = {
  target: api,
  changeOrigin: true,
  configure: (proxy) =>
    proxy.on("proxyReq", (proxyRequest) => {
      if (proxyRequest.getHeader("origin")) proxyRequest.setHeader("origin", api);
    }),
};

export default defineConfig({
  plugins: [react()],
  // Everything the API answers itself (not the SPA): GraphQL, downloads and the data export.
  server: {
    proxy: {
      "/graphql": toApi,
      "/health": toApi,
      "/api": toApi,
      "/volunteering/certificate.pdf": toApi,
      "/reports": toApi,
    },
  },
  build: {
    // The CSP forbids inline scripts and styles; keep every asset a real file.
    assetsInlineLimit: 0,
    target: "es2022",
    rolldownOptions: {
      input: {
        index: "index.html",
        "directory-enhance": "src/public-client/enhance.ts",
        "directory-styles": "src/public/directory.css",
      },
      // The public pages name these two at fixed paths (see src/public/asset-paths.ts);
      // everything they load later (Leaflet, its CSS) keeps a hashed name.
      output: {
        entryFileNames: (chunk) =>
          chunk.name === "directory-enhance" ? publicAssetPaths.script.slice(1) : "assets/[name]-[hash].js",
        assetFileNames: (asset) =>
          asset.names.includes("directory-styles.css")
            ? publicAssetPaths.stylesheet.slice(1)
            : "assets/[name]-[hash][extname]",
      },
    },
  },
});
