import { useEffect } from 'react';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import type { KioskSettings } from '../content/kioskSettingsSchema.ts';
import { useHallStore } from '../state/hallStore.ts';
import { TopBar } from '../ui/TopBar.tsx';
import { BoothPanel } from '../ui/BoothPanel.tsx';
import { Directory } from '../ui/Directory.tsx';
import { Minimap } from '../ui/Minimap.tsx';
import { Joystick } from '../ui/Joystick.tsx';
import { Notice } from '../ui/Notice.tsx';
import { LoadingScreen } from '../ui/LoadingScreen.tsx';
import { TextView } from '../ui/TextView.tsx';
import { HelpHint } from '../ui/HelpHint.tsx';
import { EnterVRButton } from '../ui/EnterVRButton.tsx';
import { EnterARButton } from '../ui/EnterARButton.tsx';
import { TourBar } from '../ui/TourBar.tsx';
import { IdleCountdown } from '../ui/IdleCountdown.tsx';
import { DisplayLostNotice } from '../ui/DisplayLostNotice.tsx';
import { startGuidedTour } from '../state/startGuidedTour.ts';
import { GroupTourPanel } from '../tour/GroupTourPanel.tsx';
import { KioskSpectator } from '../tour/KioskSpectator.tsx';

interface Props {
  exhibition: Exhibition;
  layout: HallLayout;
  onGoTo: (boothId: string) => void;
  onMouseLook: () => void;
  onJoystick: () => void;
  enterVR: () => Promise<boolean>;
  enterAR: () => Promise<boolean>;
  /** Kiosk settings decide which controls show; null outside kiosk mode. */
  kiosk: KioskSettings | null;
}

/** The DOM layer over the canvas. While the text view is open the hall's controls are inert. */
export function HallOverlay({
  exhibition,
  layout,
  onGoTo,
  onMouseLook,
  onJoystick,
  enterVR,
  enterAR,
  kiosk,
}: Props) {
  const overlay = useHallStore((s) => s.overlay);
  const setOverlay = useHallStore((s) => s.setOverlay);
  const ui = kiosk?.ui;
  const textOpen = overlay === 'text';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useHallStore.getState().overlay !== 'none')
        useHallStore.getState().setOverlay('none');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const startTour = () => startGuidedTour(exhibition);

  return (
    <>
      <div className="hall-ui" inert={textOpen}>
        <TopBar
          exhibition={exhibition}
          onMouseLook={kiosk ? undefined : onMouseLook}
          onTour={startTour}
          show={{
            directory: ui?.directory ?? true,
            textView: ui?.textView ?? true,
            language: ui?.languageSwitch ?? true,
          }}
          vrSlot={
            ui && !ui.enterVR ? null : (
              <>
                <EnterVRButton onEnter={enterVR} />
                <EnterARButton onEnter={enterAR} />
              </>
            )
          }
        />
        <Directory exhibition={exhibition} onGoTo={onGoTo} />
        <BoothPanel exhibition={exhibition} onGoTo={onGoTo} allowLinks={!kiosk} />
        {(ui?.minimap ?? true) && <Minimap exhibition={exhibition} layout={layout} onGoTo={onGoTo} />}
        <Joystick onMove={onJoystick} />
        {!kiosk && <HelpHint />}
        <TourBar exhibition={exhibition} />
        <Notice />
        {!kiosk && <GroupTourPanel layout={layout} />}
        {kiosk && <KioskSpectator layout={layout} />}
      </div>
      {textOpen && (
        <div className="text-view-overlay">
          <TextView exhibition={exhibition} onClose={() => setOverlay('none')} />
        </div>
      )}
      <IdleCountdown />
      <DisplayLostNotice />
      <LoadingScreen underUi />
    </>
  );
}
