// Builds the signed-in web app into web/dist, which the Node server serves from
// the same origin as the API (so the session cookie and CSP 'self' just work).
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

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
  server: { proxy: { "/graphql": toApi, "/health": toApi } },
  build: {
    // The CSP forbids inline scripts and styles; keep every asset a real file.
    assetsInlineLimit: 0,
    target: "es2022",
  },
});
