/**
 * A promise whose work starts only when someone first waits on it. Storage (Dexie, about 35 KB of
 * the app's JavaScript) is opened this way: a first-time visitor's home page never asks for it, so
 * it never loads; any screen that needs progress awaits it and so starts it.
 */
export class LazyPromise<T> implements Promise<T> {
  readonly [Symbol.toStringTag] = 'LazyPromise';
  #factory: () => Promise<T>;
  #promise: Promise<T> | undefined;

  constructor(factory: () => Promise<T>) {
    this.#factory = factory;
  }

  /** True once the work has been started. */
  get started(): boolean {
    return this.#promise !== undefined;
  }

  #start(): Promise<T> {
    this.#promise ??= this.#factory();
    return this.#promise;
  }

  then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.#start().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#start().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#start().finally(onFinally);
  }
}
