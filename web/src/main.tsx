// Starts the web app. The one stylesheet is imported here so Vite emits it as a
// file: the Content-Security-Policy allows no inline styles.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
