import { AvatarLayer } from './AvatarLayer.tsx';
import { PoseSender } from './PoseSender.tsx';
import { useGroupStore } from './groupStore.ts';
import { DocentVoice3D } from './voice/DocentVoice3D.tsx';

/** Inside the canvas during a tour: this visitor's pose out, everyone else's avatars in. */
export function TourPresence() {
  const connection = useGroupStore((s) => s.connection);
  const joined = useGroupStore((s) => s.status === 'joined' || s.status === 'reconnecting');
  const role = useGroupStore((s) => s.role);
  const hz = useGroupStore((s) => s.poseHz);
  if (!connection || !joined) return null;
  return (
    <>
      {role !== 'spectator' && <PoseSender connection={connection} hz={hz} pointer={role === 'docent'} />}
      <AvatarLayer connection={connection} />
      {role === 'visitor' && <DocentVoice3D connection={connection} />}
    </>
  );
}
