// Server-sent events (text/event-stream) read from a fetch body: chunks arrive cut anywhere,
// so lines are kept until their end arrives, and an event ends at a blank line.

export interface StreamEvent {
  /** The `event:` field; "message" when the event names none. */
  type: string;
  /** The `data:` lines, joined with "\n". */
  data: string;
}

export class EventStreamParser {
  private rest = '';
  private type = '';
  private data: string[] = [];

  /** Takes the next chunk of text; returns the events it completed. */
  push(chunk: string): StreamEvent[] {
    const events: StreamEvent[] = [];
    const lines = (this.rest + chunk).split(/\r?\n/);
    this.rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (this.data.length > 0) events.push({ type: this.type || 'message', data: this.data.join('\n') });
        this.type = '';
        this.data = [];
        continue;
      }
      if (line.startsWith(':')) continue; // a comment (keep-alive)
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (name === 'event') this.type = value;
      else if (name === 'data') this.data.push(value);
    }
    return events;
  }
}
