import type { Room } from 'colyseus.js';

/**
 * For the server tests: leave every room a test opened and is still open, without waiting more than
 * 300 ms for any one (a room the server has already closed may never answer).
 */
export async function leaveAll(open: Room[]): Promise<void> {
  const quit = (room: Room) =>
    Promise.race([room.leave().catch(() => undefined), new Promise((r) => setTimeout(r, 300))]);
  await Promise.all(
    open
      .splice(0)
      .filter((room) => room.connection.isOpen)
      .map(quit),
  );
}
