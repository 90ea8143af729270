-- wrk script for bench/run.sh: one line of figures a shell can read. Requests and headers
-- come from wrk's command line (-H "If-None-Match: ..." for the 304 case).
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH requests=%d duration_us=%d bytes=%d p50_us=%d p99_us=%d errors=%d non2xx=%d\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99), errors, summary.errors.status))
end
