// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A whole batch job: the settings block replaces the SETTINGS line when Portico writes it out.
// Build: mcs -r:System.Net.Http.dll -r:System.Web.Extensions.dll Program.cs && mono Program.exe
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using System.Web.Script.Serialization;

class Program
{
    static readonly HttpClient Http = new HttpClient();
    static readonly JavaScriptSerializer Json = new JavaScriptSerializer();
    static readonly string[] States = { "NotStarted", "Running", "Failed", "Cancelled", "Finished" };

    static string Secret(string name)
    {
        string value = Environment.GetEnvironmentVariable(name);
        if (value == null)
            throw new InvalidOperationException("Set the environment variable " + name + " first.");
        return value;
    }

    // @SETTINGS@

    // Blob storage with Shared Key: the account, its key and where its blob service answers.
    static string account, accountKey, blobEndpoint;

    static void ReadConnectionString(string text)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string part in text.Split(';'))
        {
            int eq = part.IndexOf('=');
            if (eq > 0)
                parts[part.Substring(0, eq).Trim()] = part.Substring(eq + 1).Trim();
        }
        string value;
        if (!parts.ContainsKey("AccountName") || !parts.ContainsKey("AccountKey"))
            throw new InvalidOperationException("The connection string needs AccountName and AccountKey.");
        account = parts["AccountName"];
        accountKey = parts["AccountKey"];
        if (parts.TryGetValue("BlobEndpoint", out value))
            blobEndpoint = value.TrimEnd('/');
        else
        {
            string protocol = parts.TryGetValue("DefaultEndpointsProtocol", out value) ? value : "https";
            string suffix = parts.TryGetValue("EndpointSuffix", out value) ? value : "core.windows.net";
            blobEndpoint = protocol + "://" + account + ".blob." + suffix;
        }
    }

    static async Task<HttpResponseMessage> Storage(string method, string path, string query, byte[] body,
                                                   IDictionary<string, string> msHeaders)
    {
        var uri = new Uri(blobEndpoint + path + (query.Length > 0 ? "?" + query : ""));
        var request = new HttpRequestMessage(new HttpMethod(method), uri);
        request.Headers.ExpectContinue = false;
        var signed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var h in msHeaders)
            signed[h.Key.ToLowerInvariant()] = h.Value;
        signed["x-ms-date"] = DateTime.UtcNow.ToString("R");
        signed["x-ms-version"] = "2021-08-06";
        string length = body != null && body.Length > 0 ? body.Length.ToString() : "";
        var toSign = new StringBuilder(method + "\n\n\n" + length + "\n\n\n\n\n\n\n\n\n");
        foreach (var h in signed)
            toSign.Append(h.Key + ":" + h.Value + "\n");
        toSign.Append("/" + account + uri.AbsolutePath);
        foreach (string pair in query.Split('&').Where(p => p.Length > 0).OrderBy(p => p, StringComparer.Ordinal))
            toSign.Append("\n" + pair.Replace('=', ':'));
        using (var mac = new HMACSHA256(Convert.FromBase64String(accountKey)))
        {
            string signature = Convert.ToBase64String(mac.ComputeHash(Encoding.UTF8.GetBytes(toSign.ToString())));
            request.Headers.TryAddWithoutValidation("Authorization", "SharedKey " + account + ":" + signature);
        }
        foreach (var h in signed)
            request.Headers.TryAddWithoutValidation(h.Key, h.Value);
        request.Content = new ByteArrayContent(body ?? new byte[0]);
        return await Http.SendAsync(request);
    }

    static async Task<string> Call(string method, string url, string json)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.ExpectContinue = false;
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json ?? ""));
        if (json != null)
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        foreach (var h in Headers())
            request.Headers.TryAddWithoutValidation(h.Key, h.Value);
        using (HttpResponseMessage response = await Http.SendAsync(request))
        {
            string text = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 400)
                throw new InvalidOperationException("HTTP " + (int)response.StatusCode + " from " + method + " " + url + ": " + text);
            return text;
        }
    }

    static string StateName(object code)
    {
        int number;
        return int.TryParse(Convert.ToString(code), out number) ? States[number] : Convert.ToString(code);
    }

    static async Task<int> RunAsync()
    {
        ReadConnectionString(connectionString);

        // 1. Upload the input CSV (a container that exists already answers 409: fine).
        using (HttpResponseMessage made = await Storage("PUT", "/" + container, "restype=container", null,
                                                        new Dictionary<string, string>()))
        {
            if (!made.IsSuccessStatusCode && (int)made.StatusCode != 409)
                throw new InvalidOperationException("Creating the container: HTTP " + (int)made.StatusCode);
        }
        using (HttpResponseMessage put = await Storage("PUT", "/" + container + "/" + inputBlob, "",
                                                       File.ReadAllBytes(inputFile),
                                                       new Dictionary<string, string> { { "x-ms-blob-type", "BlockBlob" } }))
        {
            if (!put.IsSuccessStatusCode)
                throw new InvalidOperationException("Uploading the input: HTTP " + (int)put.StatusCode);
        }
        Console.WriteLine("Uploaded " + inputFile + " to " + container + "/" + inputBlob);

        // 2. Submit the job.
        var job = new Dictionary<string, object> {
            { "Inputs", new Dictionary<string, object> { { "input1", new Dictionary<string, object> {
                { "ConnectionString", connectionString }, { "RelativeLocation", "/" + container + "/" + inputBlob } } } } },
            { "Outputs", new Dictionary<string, object> { { "output1", new Dictionary<string, object> {
                { "ConnectionString", connectionString }, { "RelativeLocation", "/" + container + "/" + outputBlob } } } } },
            { "GlobalParameters", new Dictionary<string, object>() },
        };
        string jobId = Json.Deserialize<string>(await Call("POST", jobsUrl + "?api-version=2.0", Json.Serialize(job)));
        Console.WriteLine("Job id: " + jobId);

        // 3. Start it.
        await Call("POST", jobsUrl + "/" + jobId + "/start?api-version=2.0", null);

        // 4. Poll every second until it ends.
        Dictionary<string, object> status;
        string state;
        while (true)
        {
            status = (Dictionary<string, object>)Json.DeserializeObject(
                await Call("GET", jobsUrl + "/" + jobId + "?api-version=2.0", null));
            state = StateName(status["StatusCode"]);
            Console.WriteLine("Status: " + state);
            if (state == "Failed" || state == "Cancelled" || state == "Finished")
                break;
            await Task.Delay(1000);
        }
        if (state != "Finished")
        {
            Console.Error.WriteLine("The job ended " + state + ": " + status["Details"]);
            return 1;
        }

        // 5. Download every output.
        var results = status["Results"] as Dictionary<string, object> ?? new Dictionary<string, object>();
        foreach (var output in results)
        {
            var result = (Dictionary<string, object>)output.Value;
            string relative = (string)result["RelativeLocation"];
            string blobUrl = (string)result["BaseLocation"] + relative + (string)result["SasBlobToken"];
            string target = Path.Combine(outputDirectory, Path.GetFileName(relative));
            File.WriteAllBytes(target, await Http.GetByteArrayAsync(blobUrl));
            Console.WriteLine("Downloaded " + output.Key + " to " + target);
        }
        return 0;
    }

    static int Main()
    {
        return RunAsync().GetAwaiter().GetResult();
    }
}
