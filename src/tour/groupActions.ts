import type { Lang } from '../i18n/lang.ts';
import { probeTourServer } from './tourAvailability.ts';
import { joinError, TourConnection } from './tourConnection.ts';
import { useGroupStore, type GroupRole } from './groupStore.ts';

/** Checks once whether this origin serves tours; the panel shows one line when it does not. */
export async function checkTourServer(): Promise<boolean> {
  const store = useGroupStore.getState();
  // Already in (or joining) a tour: the server is there. Unavailable before: ask again, it may be up now.
  if (store.status !== 'idle' && store.status !== 'unavailable' && store.status !== 'ended') return true;
  store.set({ status: 'checking' });
  const info = await probeTourServer();
  useGroupStore.getState().set(info ? { status: 'idle', poseHz: info.poseHz } : { status: 'unavailable' });
  return info !== null;
}

function connect(): TourConnection {
  const store = useGroupStore.getState();
  const endpoint = new URL('.', document.baseURI).href.replace(/\/$/, '');
  const connection = new TourConnection(
    endpoint,
    {
      onStatus: (status, error = null) => {
        const patch = status === 'ended' ? { connection: null, snapshot: null, role: null } : {};
        useGroupStore.getState().set({ status, error, ...patch });
      },
      onSnapshot: (snapshot) => useGroupStore.getState().set({ snapshot }),
      onNotice: (notice) => useGroupStore.getState().set({ notice }),
    },
    store.poseHz,
  );
  store.set({ connection, status: 'connecting', error: null, notice: null });
  return connection;
}

async function enter(run: (c: TourConnection) => Promise<void>, role: GroupRole) {
  const connection = connect();
  try {
    await run(connection);
    useGroupStore.getState().set({ role, self: connection.sessionId, code: connection.roomCode });
    return true;
  } catch (error) {
    useGroupStore.getState().set({ status: 'idle', error: joinError(error), connection: null });
    return false;
  }
}

export function leadGroup(docentCode: string, name: string, lang: Lang, headset: boolean) {
  return enter((c) => c.lead({ docentCode, name, lang, headset }), 'docent');
}

export function joinGroup(code: string, name: string, lang: Lang, headset: boolean) {
  return enter((c) => c.join(code, { name, lang, headset }), 'visitor');
}

/** A kiosk's big screen: follows the docent, has no avatar, is never counted as a visitor. */
export function spectateGroup(code: string, name: string, lang: Lang) {
  return enter((c) => c.join(code, { name, lang, spectator: true }), 'spectator');
}

export async function leaveTour() {
  const connection = useGroupStore.getState().connection;
  await connection?.leave();
  useGroupStore.getState().set({ status: 'idle', connection: null, snapshot: null, role: null, code: null });
}

/** A visitor leaves the group to roam, or follows the docent again (the panel's and VR toolbar's button). */
export function setFollowing(following: boolean) {
  useGroupStore.getState().connection?.send('follow', { following });
}
