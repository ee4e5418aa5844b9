// Ports of the servers the end-to-end tests start, each of its own so that a run never tests whatever else
// listens on a common port (Vite's 4173 and 5173). Override with E2E_PORT / E2E_DEV_PORT.
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4391);
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PREVIEW_PORT + 1);

export const PREVIEW_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
export const DEV_ORIGIN = `http://127.0.0.1:${DEV_PORT}`;
