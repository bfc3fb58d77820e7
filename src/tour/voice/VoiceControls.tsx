import type { KeyboardEvent } from 'react';
import { useHallStore } from '../../state/hallStore.ts';
import { useGroupStore } from '../groupStore.ts';
import { resumeVoice } from './voiceOutput.ts';
import { vt } from './voiceStrings.ts';
import { useVoiceStore } from './voiceStore.ts';

/** The docent's voice controls: speak to the group, open questions, how many the voice reaches. */
export function DocentVoiceControls() {
  const lang = useHallStore((s) => s.lang);
  const { speaking, reached, visitors, limit, docent } = useVoiceStore();
  const questionsOpen = useGroupStore((s) => s.snapshot?.questionsOpen ?? false);
  const connection = useGroupStore((s) => s.connection);
  return (
    <div className="group-tour__voice" data-testid="voice-docent">
      <button
        type="button"
        aria-pressed={speaking}
        onClick={() => void docent?.setSpeaking(!speaking)}
        data-testid="voice-speak"
      >
        {vt(speaking ? 'stopSpeaking' : 'speak', lang)}
      </button>
      <button
        type="button"
        aria-pressed={questionsOpen}
        onClick={() => connection?.send('questions', { open: !questionsOpen })}
        data-testid="voice-questions"
      >
        {vt(questionsOpen ? 'closeQuestions' : 'openQuestions', lang)}
      </button>
      {speaking && (
        <p
          className="group-tour__hint"
          data-testid="voice-reach"
          data-reached={reached}
          data-visitors={visitors}
        >
          {vt('reaches', lang, { n: reached, m: visitors })}
          {visitors > limit && vt('p2pLimit', lang)}
        </p>
      )}
      <MicProblem />
    </div>
  );
}

/** A visitor's side: whether the guide is heard, and push-to-talk while questions are open. */
export function VisitorVoiceControls() {
  const lang = useHallStore((s) => s.lang);
  const { hearing, asking, playBlocked, visitor } = useVoiceStore();
  const questionsOpen = useGroupStore((s) => s.snapshot?.questionsOpen ?? false);
  const press = (down: boolean) => void visitor?.ask(down);
  const key = (down: boolean) => (e: KeyboardEvent) => {
    if ((e.key === ' ' || e.key === 'Enter') && !e.repeat) {
      e.preventDefault();
      press(down);
    }
  };
  return (
    <div className="group-tour__voice" data-testid="voice-visitor" data-hearing={hearing}>
      {hearing && <p className="group-tour__hint">{vt('hearing', lang)}</p>}
      {playBlocked && (
        <button type="button" onClick={resumeVoice} data-testid="voice-tap-to-hear">
          {vt('tapToHear', lang)}
        </button>
      )}
      {questionsOpen && (
        <>
          <p className="group-tour__hint">{vt(asking ? 'asking' : 'questionsOpen', lang)}</p>
          <button
            type="button"
            aria-pressed={asking}
            onPointerDown={() => press(true)}
            onPointerUp={() => press(false)}
            onPointerLeave={() => asking && press(false)}
            onPointerCancel={() => press(false)}
            onKeyDown={key(true)}
            onKeyUp={key(false)}
            data-testid="voice-ask"
          >
            {vt('ask', lang)}
          </button>
        </>
      )}
      <MicProblem />
    </div>
  );
}

function MicProblem() {
  const lang = useHallStore((s) => s.lang);
  const problem = useVoiceStore((s) => s.micProblem);
  if (!problem) return null;
  return (
    <p className="group-tour__error" role="alert" data-testid="voice-mic-problem" data-problem={problem}>
      {vt(problem, lang)}
    </p>
  );
}
