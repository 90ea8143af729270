-- wrk script for the hit beacon. Every counted request comes from a new visitor, so
-- every one must be counted. After COUNT_SECONDS each thread switches to hits that
-- carry a robot's User-Agent (same endpoint, same work, not counted), so that every
-- counted request has completed when wrk stops and the database total can be
-- compared with an exact number.
counted = 0 -- global: done() reads it from each thread
local started = nil
local thread_id = 0
local items = tonumber(os.getenv("BENCH_ITEMS") or "60")
local count_seconds = tonumber(os.getenv("BENCH_COUNT_SECONDS") or "10")
local run = os.getenv("BENCH_RUN") or "0" -- keeps visitors of different runs apart
-- BENCH_ACCEPTED=1: count the 202 answers (the crash round, where every hit is a browser's
-- and the API is killed mid-run); off otherwise, since a response() callback slows wrk.
local count_accepted = os.getenv("BENCH_ACCEPTED") == "1"
accepted = 0 -- global, like counted
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  started = os.time()
end

local browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
local robot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
-- Requests are concatenated by hand: wrk.format and string.format per request made the
-- load generator, not the API, the bottleneck on two cores.
local head = "POST /api/v1/hits HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nUser-Agent: "
local calls = 0

function request()
  -- wrk calls request() once more than it sends, to check the script; that first call
  -- is made a robot's, so every counted request is one that was really sent.
  calls = calls + 1
  local agent = robot
  -- The crash round counts 202 answers, not requests, so its every request is a browser's
  -- (a robot's 202 counts nothing and would pass for a lost hit).
  if (calls > 1 or count_accepted) and os.time() - started < count_seconds then
    counted = counted + 1
    agent = browser
  end
  local body = '{"visitorId":"bench-' .. run .. '-' .. thread_id .. '-' .. counted .. '","contentId":' .. (counted % items + 1) .. '}'
  return head .. agent .. "\r\nContent-Length: " .. #body .. "\r\n\r\n" .. body
end

if count_accepted then
  function response(status, headers, body)
    if status == 202 then
      accepted = accepted + 1
    end
  end
end

function done(summary, latency, requests)
  local total, total_accepted = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("counted")
    total_accepted = total_accepted + thread:get("accepted")
  end
  io.write(string.format("BENCH requests=%d duration_us=%d counted=%d errors=%d non2xx=%d p50_us=%d p99_us=%d accepted=%d\n",
    summary.requests, summary.duration, total,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50), latency:percentile(99), total_accepted))
end
