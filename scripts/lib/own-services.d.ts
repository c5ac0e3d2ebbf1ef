export declare const freePort: () => Promise<number>;

export interface OwnPostgres {
  port: number;
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}
export declare const startOwnPostgres: () => Promise<OwnPostgres>;

export interface OwnRedis {
  port: number;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}
export declare const startOwnRedis: () => Promise<OwnRedis>;
