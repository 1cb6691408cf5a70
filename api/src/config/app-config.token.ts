/** Nest injection token for the AppConfig the process started with. */
export const APP_CONFIG = Symbol('APP_CONFIG');
