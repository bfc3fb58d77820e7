/**
 * Whether an SDP would send media: some m= section is sendrecv or sendonly (sendrecv is the default
 * when a section names no direction). The server refuses a visitor's answer that would send audio
 * while the docent has questions closed.
 */
export function sdpSendsMedia(sdp: string): boolean {
  const lines = sdp.split(/\r?\n/);
  let inMedia = false;
  let direction: string | null = null;
  let port = '';
  const sends = () => inMedia && port !== '0' && (direction ?? 'sendrecv').startsWith('send');
  for (const line of lines) {
    if (line.startsWith('m=')) {
      if (sends()) return true;
      inMedia = true;
      direction = null;
      port = line.split(' ')[1] ?? '';
    } else if (inMedia && /^a=(sendrecv|sendonly|recvonly|inactive)\s*$/.test(line)) {
      direction = line.slice(2).trim();
    }
  }
  return sends();
}
