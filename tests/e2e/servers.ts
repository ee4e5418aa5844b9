// Ports of the servers the end-to-end tests start, each of its own so that a run never tests whatever else
// listens on a common port (Vite's 4173 and 5173). Override with E2E_PORT / E2E_DEV_PORT.
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4391);
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PREVIEW_PORT + 1);

export const PREVIEW_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
export const DEV_ORIGIN = `http://127.0.0.1:${DEV_PORT}`;
/** A news site's page on an origin of its own, embedding the explainer (tests/e2e/host-server.ts). */
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PREVIEW_PORT + 2);
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
