/**
 * electron-vite's dev server, which `npm run dev` names in ELECTRON_RENDERER_URL. Only an unpackaged
 * app may load (and trust) it: in the packaged app the variable is ignored, so that nobody can point an
 * installed MesoChart at a page of their own by setting it before launch.
 */
export function devServerUrlOf(packaged: boolean, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (packaged) return undefined;
  const url = env.ELECTRON_RENDERER_URL;
  return url ? url : undefined;
}
