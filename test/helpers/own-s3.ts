/** An S3-compatible server of the test's own (s3rver, in this process) with one empty bucket. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// s3rver 3.7 ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> };

export interface OwnS3 {
  endpoint: string;
  bucket: string;
  /** What the app needs to store uploads there (README "Uploads"). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startOwnS3(bucket = 'clinic-uploads'): Promise<OwnS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      UPLOAD_S3_BUCKET: bucket,
      UPLOAD_S3_ENDPOINT: endpoint,
      UPLOAD_S3_REGION: 'us-east-1',
      UPLOAD_S3_FORCE_PATH_STYLE: 'true',
      UPLOAD_S3_ACCESS_KEY_ID: 'S3RVER',
      UPLOAD_S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
