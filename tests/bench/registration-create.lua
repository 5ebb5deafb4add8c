-- wrk script: POST /v1/Registration/Create with the group headers and a small JSON body.
-- Environment: TC_GROUP_ID, TC_GROUP_KEY (a user group of the sandbox under test).
wrk.method = "POST"
wrk.path = "/v1/Registration/Create"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["InstanceId"] = os.getenv("TC_GROUP_ID")
wrk.headers["InstanceKey"] = os.getenv("TC_GROUP_KEY")
wrk.body = '{"FirstName":"Bench","LastName":"Mark","Email":"bench@example.com",' ..
           '"UserFields":{"ClientId":"bench","EnableTracking":true}}'

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local merged = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    if s then
      for code, n in pairs(s) do merged[code] = (merged[code] or 0) + n end
    end
  end
  local parts = {}
  for code, n in pairs(merged) do table.insert(parts, code .. "=" .. n) end
  table.sort(parts)
  io.write(string.format("RESULT req/s=%.0f avg=%.2fms p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms errors=%d statuses=%s\n",
    summary.requests / (summary.duration / 1e6),
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(parts, ",")))
end
