import { XRDevice, metaQuest3 } from 'iwer';
import { DevUI } from '@iwer/devui';
import type { HallXRStore } from './createHallXRStore.ts';
import { TinyRoomSEM } from './tinyRoom.ts';
import { installScaledEmulatedLayer } from './scaledEmulatedLayer.ts';

/**
 * `?emulate`: a Meta Quest 3 through Meta's IWER, installed over whatever `navigator.xr` the browser has
 * (`forceInstall`): a stock desktop Chrome has a native WebXR runtime with no headset behind it, and IWER
 * would otherwise step aside and the page would say "no headset". For AR hit tests, a tiny room of
 * our own (./tinyRoom.ts: a floor and a table) instead of IWER's room captures; the emulator's panel
 * (DevUI) to move the headset and controllers by hand. The device is put in
 * the store's `emulator` slot, where @react-three/xr and the tests expect it. Its own lazy chunk.
 */
export function installEmulator(store: HallXRStore): XRDevice {
  const device = new XRDevice(metaQuest3);
  device.ipd = 0;
  device.primaryInputMode = 'controller';
  device.installRuntime({ forceInstall: true });
  installScaledEmulatedLayer(globalThis as { XRWebGLLayer?: typeof XRWebGLLayer });
  device.installDevUI(DevUI);
  // IWER calls `new` on what it is given, with the device; the tiny room needs nothing from it.
  device.installSEM(TinyRoomSEM as unknown as Parameters<XRDevice['installSEM']>[0]);
  store.setState({ emulator: device });
  return device;
}
