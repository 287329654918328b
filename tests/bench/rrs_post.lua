-- SPDX-License-Identifier: MIT
-- SPDX-FileCopyrightText: 2026 The Portico authors
-- wrk script: the customer's RRS request, through the gateway with a subscription key.
wrk.method = "POST"
wrk.body = '{"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("PORTICO_API_KEY")
wrk.headers["Ocp-Apim-Subscription-Key"] = os.getenv("PORTICO_SUBSCRIPTION_KEY")

done = function(summary, latency, requests)
    local non2xx = summary.errors.status
    io.write(string.format("non-2xx: %d\n", non2xx))
end
