/** Voice message names, apart from the signalling schemas (./voiceProtocol.ts): the client needs only these. */
export const SIGNAL_MESSAGE = 'rtc';
/** Server → docent on joining: how many listeners the docent's browser serves (tour.json voice.p2pLimit). */
export const VOICE_CONFIG_MESSAGE = 'voice';
