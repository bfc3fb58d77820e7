import { describe, expect, it } from 'vitest';
import { sdpSendsMedia } from './sdpDirection.ts';

const session = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n';
const audio = (direction: string | null, port = '9') =>
  `m=audio ${port} UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\n` +
  (direction ? `a=${direction}\r\n` : '') +
  'a=rtpmap:111 opus/48000/2\r\n';

describe('sdpSendsMedia', () => {
  it('is false for a listener (recvonly or inactive)', () => {
    expect(sdpSendsMedia(session + audio('recvonly'))).toBe(false);
    expect(sdpSendsMedia(session + audio('inactive'))).toBe(false);
  });
  it('is true when a section sends, or names no direction (sendrecv by default)', () => {
    expect(sdpSendsMedia(session + audio('sendrecv'))).toBe(true);
    expect(sdpSendsMedia(session + audio('sendonly'))).toBe(true);
    expect(sdpSendsMedia(session + audio(null))).toBe(true);
    expect(sdpSendsMedia(session + audio('recvonly') + audio('sendonly'))).toBe(true);
  });
  it('ignores a rejected section (port 0)', () => {
    expect(sdpSendsMedia(session + audio('sendrecv', '0'))).toBe(false);
  });
  it('ignores session-level direction lines before any m= section', () => {
    expect(sdpSendsMedia(`${session}a=sendrecv\r\n${audio('recvonly')}`)).toBe(false);
  });
});
