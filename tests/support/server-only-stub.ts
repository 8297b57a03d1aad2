// Vitest runs server code outside Next's bundler, where `server-only` would throw on import.
export {};
