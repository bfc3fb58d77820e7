import { useVRStore } from '../../state/vrStore.ts';
import { useGroupStore, type GroupSnapshot } from '../groupStore.ts';
import type { TourConnection } from '../tourConnection.ts';
import { DocentVoice } from './docentVoice.ts';
import { VisitorVoice } from './visitorVoice.ts';
import { installVoiceProbe } from './voiceProbe.ts';
import { useVoiceStore } from './voiceStore.ts';

/** Starts this page's voice session in a tour (the lazy part of the voice); returns its stop. */
export function startVoiceSession(connection: TourConnection, role: 'docent' | 'visitor'): () => void {
  const session = role === 'docent' ? new DocentVoice(connection) : new VisitorVoice(connection);
  useVoiceStore.getState().set(session instanceof DocentVoice ? { docent: session } : { visitor: session });
  const unfeed = feedVoiceSession(session);
  const uninstall = installVoiceProbe(session);
  return () => {
    unfeed();
    uninstall();
    session.close();
    useVoiceStore.getState().set({ docent: null, visitor: null });
  };
}

/** Feeds a session the room state and the headset state; returns the unsubscriber. */
function feedVoiceSession(session: {
  update(snapshot: GroupSnapshot, joined: boolean): void;
  setHeadset(inHeadset: boolean): void;
}): () => void {
  const feed = () => {
    const { snapshot, status } = useGroupStore.getState();
    if (snapshot) session.update(snapshot, status === 'joined');
  };
  const headset = () => session.setHeadset(useVRStore.getState().status === 'in-session');
  headset();
  feed();
  const unsubscribe = useGroupStore.subscribe((s, prev) => {
    if (s.snapshot !== prev.snapshot || s.status !== prev.status) feed();
  });
  const unsubscribeVR = useVRStore.subscribe((vr, prev) => vr.status !== prev.status && headset());
  return () => {
    unsubscribe();
    unsubscribeVR();
  };
}
