import { createServer } from 'node:net';

/** Whether `port` on `host` can be bound now (checked before a slow build, not after it). */
export function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, host, () => probe.close(() => done(true)));
  });
}

/** The one line a visitor of the terminal needs when the port is taken. */
export function portTakenMessage(port: number, host: string): string {
  return `Port ${port} on ${host} is already in use (another npm start?): stop that server, or pick another port with PORT=<n> npm start.`;
}
