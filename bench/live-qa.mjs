// bench/live-qa.mjs API_URL API_PID READERS... : thousands of readers on one live Q&A page.
// Opens READERS server-sent-event streams (each its own TCP connection, as browsers would) on
// one interview with an open session, publishes BENCH_ANSWERS answers one after another, and
// prints, per round: how long until the last reader had each answer (p50/p99/max over readers,
// from just before the answer's POST), the POST's own time, streams refused or broken, and the
// API process's memory (RSS) and CPU while the streams were open. Started by bench/live-qa.sh.
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [apiUrl, apiPid, ...counts] = process.argv.slice(2);
const answers = Number(process.env.BENCH_ANSWERS ?? 10);
const password = process.env.BENCH_ADMIN_PASSWORD;
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const ticks = 100; // USER_HZ on Linux

async function api(method, path, body, token) {
  const response = await fetch(`${apiUrl}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : null;
}

function processStats() {
  const stat = readFileSync(`/proc/${apiPid}/stat`, 'utf8').split(') ')[1].split(' ');
  const cpu = (Number(stat[11]) + Number(stat[12])) / ticks; // utime + stime, seconds
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${apiPid}/status`, 'utf8'))[1]) / 1024;
  return { cpu, rss };
}

/** One reader: an SSE stream; calls got(index) when an 'exchange' event arrives. */
function reader(path, got) {
  return new Promise((resolve) => {
    let connected = false;
    const request = http.get(`${apiUrl}${path}`, { agent, headers: { Accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        return resolve({ ok: false, status: response.statusCode, close() {} });
      }
      let buffer = '';
      let type = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, end);
          buffer = buffer.slice(end + 1);
          if (line.startsWith('event: ')) type = line.slice(7);
          else if (line.startsWith('data: ')) {
            if (!connected && type === 'live') {
              connected = true;
              resolve({ ok: true, close: () => request.destroy() });
            } else if (type === 'exchange') {
              got(JSON.parse(line.slice(6)).index);
            }
          }
        }
      });
      response.on('error', () => {});
      response.on('close', () => { if (!connected) resolve({ ok: false, status: 'closed', close() {} }); });
    });
    request.on('error', (error) => { if (!connected) resolve({ ok: false, status: error.code, close() {} }); else broken++; });
  });
}

let broken = 0;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const token = (await api('POST', '/auth/token', { userName: 'admin', password })).accessToken;
const interview = await api('POST', '/manage/interviews', {
  title: `Giao lưu trực tuyến đo tải ${Date.now()}`,
  interviewee: { name: 'Nguyễn Văn Quận', position: 'Bí thư Thành ủy Sóc Trăng' },
  exchanges: [{ question: 'Mở đầu?', answer: 'Xin chào bạn đọc.' }],
}, token);
await api('POST', `/manage/interviews/${interview.id}/publish`, {}, token);
await api('PUT', `/manage/interviews/${interview.id}/live`, { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() }, token);
const path = `/api/v1/interviews/${interview.slug}/live/events`;

console.log(`readers | connect s | API RSS before → with streams MB | answers | to last reader p50 / p99 / max ms (per answer: median of readers' p50, worst p99, worst max) | POST ms p50 | API CPU s during answers | refused | broken`);
for (const count of counts.map(Number)) {
  broken = 0;
  const before = processStats();
  const received = new Map(); // index → array of receive times
  const t = performance.now();
  const readers = [];
  for (let i = 0; i < count; i += 200) {
    readers.push(...(await Promise.all(Array.from({ length: Math.min(200, count - i) }, () => reader(path, (index) => {
      const now = performance.now();
      (received.get(index) ?? received.set(index, []).get(index)).push(now);
    })))));
  }
  const connectSeconds = (performance.now() - t) / 1000;
  const open = readers.filter((r) => r.ok).length;
  const refused = count - open;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const withStreams = processStats();

  const p50s = [], p99s = [], maxes = [], posts = [];
  const status = await api('GET', `/interviews/${interview.slug}/live`);
  let index = status.exchangeCount;
  const cpuStart = processStats().cpu;
  for (let a = 0; a < answers; a++, index++) {
    const question = await api('POST', `/interviews/${interview.slug}/questions`, { name: `Bạn đọc ${a}`, place: 'Sóc Trăng', text: `Câu hỏi số ${a}?` });
    const sent = performance.now();
    await api('POST', `/manage/interviews/${interview.id}/questions/${question.id}/answer`, { answer: `Trả lời số ${a}.` }, token);
    posts.push(performance.now() - sent);
    const deadline = sent + 15_000;
    while ((received.get(index)?.length ?? 0) < open && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    const times = (received.get(index) ?? []).map((at) => at - sent).sort((x, y) => x - y);
    if (times.length < open) console.log(`  answer ${a}: only ${times.length} of ${open} readers had it after 15 s`);
    p50s.push(percentile(times, 50)); p99s.push(percentile(times, 99)); maxes.push(times.at(-1));
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const cpu = processStats().cpu - cpuStart;
  const sorted = (xs) => [...xs].sort((x, y) => x - y);
  console.log([count, connectSeconds.toFixed(1), `${before.rss.toFixed(0)} → ${withStreams.rss.toFixed(0)}`, answers,
    `${percentile(sorted(p50s), 50).toFixed(0)} / ${Math.max(...p99s).toFixed(0)} / ${Math.max(...maxes).toFixed(0)}`,
    percentile(sorted(posts), 50).toFixed(0), cpu.toFixed(2), refused, broken].join(' | '));
  for (const r of readers) r.close();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}
agent.destroy();

// The alternative: every reader polls GET …/live (a cheap statement, cached 5 s by browsers only).
// What the API serves flat out, and what it costs per request, for the rate N readers would send.
const seconds = Number(process.env.BENCH_POLL_SECONDS ?? 10);
const cpuBefore = processStats().cpu;
const wrk = execFileSync('wrk', ['-t2', '-c64', `-d${seconds}s`, '--latency', `${apiUrl}/api/v1/interviews/${interview.slug}/live`], { encoding: 'utf8' });
const cpuPoll = processStats().cpu - cpuBefore;
const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(wrk)[1]);
const p99 = /99%\s+(\S+)/.exec(wrk)[1];
console.log(`polling GET …/live flat out (wrk, 64 connections, ${seconds} s): ${rate.toFixed(0)} requests/s, p99 ${p99}, API CPU ${(cpuPoll / seconds).toFixed(2)} cores, ${((cpuPoll / (rate * seconds)) * 1e6).toFixed(0)} µs CPU per poll`);
for (const count of counts.map(Number)) {
  for (const every of [5, 10]) {
    console.log(`  ${count} readers polling every ${every} s: ${(count / every).toFixed(0)} requests/s = ${((count / every / rate) * 100).toFixed(0)}% of that, each answer seen ${every / 2} s late on average`);
  }
}
