import { useEffect, useRef } from 'react';
import type { Exhibition } from '../content/schema.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useKioskStore } from '../state/kioskStore.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import { useTourStore } from '../state/tourStore.ts';
import type { KioskSettings } from '../content/kioskSettingsSchema.ts';
import { tourOrder } from './loadKioskSettings.ts';
import { idlePhase } from './idleLogic.ts';
import { useWakeLock } from './useWakeLock.ts';
import { ENTRANCE_STOP } from '../state/tourStops.ts';

const CURSOR_HIDE_MS = 3000;
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

interface Props {
  exhibition: Exhibition;
  settings: KioskSettings;
  onTourInterrupted?: () => void;
  onIdleReset?: () => void;
}

/**
 * The unattended kiosk: attract loop when nobody is there, control handed over at the first touch
 * (from wherever the camera is), a countdown and a full reset after the idle timeout, the screen kept
 * awake, and the page hardened for touch (no zoom, no selection, no context menu, no cursor when idle).
 */
export function KioskMode({ exhibition, settings, onTourInterrupted, onIdleReset }: Props) {
  const lastInteraction = useRef(performance.now());
  // Callbacks may be new functions on every render; the loop reads the latest without restarting.
  const callbacks = useRef({ onTourInterrupted, onIdleReset });
  callbacks.current = { onTourInterrupted, onIdleReset };
  useWakeLock(true);

  useEffect(() => {
    const stops = [
      ...(settings.tour.includeEntrance ? [ENTRANCE_STOP] : []),
      ...tourOrder(settings, exhibition),
    ];
    const startAttract = () => {
      const hall = useHallStore.getState();
      hall.selectBooth(null);
      hall.setOverlay('none');
      hall.setNotice(null);
      hall.setLang(settings.defaultLang);
      useTourStore.getState().start('attract', stops, 0);
    };
    startAttract();
    // As a group tour's big screen (KioskSpectator) the docent leads: the attract loop stops while the
    // kiosk follows, and starts again when the tour ends or the docent has gone.
    const unsubscribeFollow = useKioskStore.subscribe((kiosk, prev) => {
      if (kiosk.followingTour === prev.followingTour) return;
      if (kiosk.followingTour) {
        useTourStore.getState().stop();
        usePlayerStore.getState().clearGlide();
        kiosk.setCountdown(null);
      } else {
        lastInteraction.current = performance.now();
        startAttract();
      }
    });

    const onInteraction = () => {
      lastInteraction.current = performance.now();
      useKioskStore.getState().setCountdown(null);
      if (useTourStore.getState().mode === 'attract') {
        useTourStore.getState().stop();
        usePlayerStore.getState().clearGlide();
        callbacks.current.onTourInterrupted?.();
      }
    };
    for (const type of INTERACTIONS)
      window.addEventListener(type, onInteraction, { capture: true, passive: true });

    const timer = window.setInterval(() => {
      if (useTourStore.getState().mode === 'attract' || useKioskStore.getState().followingTour) {
        lastInteraction.current = performance.now();
        return;
      }
      const phase = idlePhase(
        performance.now(),
        lastInteraction.current,
        settings.idleTimeoutSeconds * 1000,
        settings.countdownSeconds * 1000,
      );
      const kiosk = useKioskStore.getState();
      if (phase.phase === 'countdown') kiosk.setCountdown(phase.secondsLeft);
      else if (phase.phase === 'reset') {
        kiosk.setCountdown(null);
        callbacks.current.onIdleReset?.();
        startAttract();
      } else if (kiosk.countdown !== null) kiosk.setCountdown(null);
    }, 250);

    return () => {
      unsubscribeFollow();
      window.clearInterval(timer);
      for (const type of INTERACTIONS) window.removeEventListener(type, onInteraction, { capture: true });
      useTourStore.getState().stop();
    };
  }, [exhibition, settings]);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('kiosk');
    const viewport = document.querySelector('meta[name="viewport"]');
    const previous = viewport?.getAttribute('content') ?? '';
    viewport?.setAttribute('content', `${previous}, maximum-scale=1, user-scalable=no`);
    const block = (e: Event) => e.preventDefault();
    document.addEventListener('contextmenu', block);
    document.addEventListener('gesturestart', block);
    document.addEventListener('selectstart', block);
    let hideTimer = 0;
    const showCursor = () => {
      root.classList.remove('cursor-idle');
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => root.classList.add('cursor-idle'), CURSOR_HIDE_MS);
    };
    showCursor();
    window.addEventListener('pointermove', showCursor, { passive: true });
    return () => {
      root.classList.remove('kiosk', 'cursor-idle');
      viewport?.setAttribute('content', previous);
      document.removeEventListener('contextmenu', block);
      document.removeEventListener('gesturestart', block);
      document.removeEventListener('selectstart', block);
      window.removeEventListener('pointermove', showCursor);
      window.clearTimeout(hideTimer);
    };
  }, []);
  return null;
}
