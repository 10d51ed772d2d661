import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Module<P> = { default: ComponentType<P> };

/**
 * A screen whose code is read when first needed (React.lazy), or earlier by `preload()`. Once read, the
 * screen renders in the same pass as the click that opens it: React.lazy would suspend on a promise even
 * when the code is there, and React shows a Suspense fallback for at least 300 ms before revealing what
 * follows it (its fallback throttle), which alone would be twice the stock screen's budget
 * (bench stock.open_ms). A thenable that answers at once lets React.lazy resolve without suspending.
 */
export function lazyScreen<P>(load: () => Promise<Module<P>>): LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> } {
  let loaded: Module<P> | null = null;
  let loading: Promise<Module<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed read (a file missing after an update) is tried again when the screen is opened.
        loading = null;
        throw error;
      },
    ));
  const immediately = (module: Module<P>) => ({ then: (resolve: (m: Module<P>) => void) => resolve(module) }) as unknown as Promise<Module<P>>;
  return Object.assign(lazy(() => (loaded ? immediately(loaded) : preload())), { preload });
}
