-- wrk script for the hit beacon: every request is a page view by a new visitor, so each one
-- the API answers 202 must be in the database as one view (one visit too).
-- BENCH_ITEMS: the item ids hit in turn (1..N); BENCH_RUN keeps visitors of different runs apart.
-- BENCH_ACCEPTED=1 counts the 202 answers (the crash round, where some requests are cut); off
-- otherwise, since a response() callback slows wrk.
local items = tonumber(os.getenv("BENCH_ITEMS") or "60")
local run = os.getenv("BENCH_RUN") or "0"
local count_accepted = os.getenv("BENCH_ACCEPTED") == "1"
accepted = 0 -- global: done() reads it from each thread
local threads = {}
local next_id = 1
local thread_id = 0
local sent = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
end

-- Requests are concatenated by hand: wrk.format and string.format per request made the
-- load generator, not the API, the bottleneck on two cores.
-- BENCH_ROBOT=1 sends a robot's User-Agent instead: the same endpoint answering at once and
-- counting nothing, the ceiling of what any beacon could do on the machine.
local agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
if os.getenv("BENCH_ROBOT") == "1" then
  agent = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
end
local head = "POST /api/v1/hits HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nUser-Agent: " .. agent .. "\r\n"

function request()
  sent = sent + 1
  local body = '{"visitorId":"bench-' .. run .. '-' .. thread_id .. '-' .. sent .. '","contentId":' .. (sent % items + 1) .. '}'
  return head .. "Content-Length: " .. #body .. "\r\n\r\n" .. body
end

if count_accepted then
  function response(status, headers, body)
    if status == 202 then
      accepted = accepted + 1
    end
  end
end

function done(summary, latency, requests)
  local total_accepted = 0
  for _, thread in ipairs(threads) do
    total_accepted = total_accepted + thread:get("accepted")
  end
  io.write(string.format("BENCH requests=%d duration_us=%d errors=%d non2xx=%d p50_us=%d p99_us=%d accepted=%d\n",
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50), latency:percentile(99), total_accepted))
end
