// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A whole batch job in Python 3: azure-storage-blob uploads the CSV, requests talks to the
// batch service, and the outputs come back through the SAS URLs the finished job names.
#include "client/interop/snippetcode.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

namespace {

// Everything after the settings: the same for every job.
constexpr auto kPythonJobBody = R"(

def call(method, url, **kwargs):
    response = requests.request(method, url, headers=dict(headers), **kwargs)
    if response.status_code >= 400:
        sys.exit("HTTP " + str(response.status_code) + " from " + method + " " + url + ": " + response.text)
    return response


# The states a job reports, by number or by name.
STATES = ["NotStarted", "Running", "Failed", "Cancelled", "Finished"]


def state_name(code):
    if isinstance(code, int) or (isinstance(code, str) and code.isdigit()):
        return STATES[int(code)]
    return code


# 1. Upload the input CSV.
blobs = BlobServiceClient.from_connection_string(connection_string)
box = blobs.get_container_client(container)
try:
    box.create_container()
except ResourceExistsError:
    pass
with open(input_file, "rb") as f:
    box.upload_blob(input_blob, f, overwrite=True)
print("Uploaded " + input_file + " to " + container + "/" + input_blob)

# 2. Submit the job.
job = {
    "Inputs": {"input1": {"ConnectionString": connection_string,
                          "RelativeLocation": "/" + container + "/" + input_blob}},
    "Outputs": {"output1": {"ConnectionString": connection_string,
                            "RelativeLocation": "/" + container + "/" + output_blob}},
    "GlobalParameters": {},
}
job_id = call("POST", jobs_url + "?api-version=2.0", json=job).json()
print("Job id: " + job_id)

# 3. Start it.
call("POST", jobs_url + "/" + job_id + "/start?api-version=2.0", data=b"")

# 4. Poll every second until it ends.
while True:
    status = call("GET", jobs_url + "/" + job_id + "?api-version=2.0").json()
    state = state_name(status["StatusCode"])
    print("Status: " + state, flush=True)
    if state in ("Failed", "Cancelled", "Finished"):
        break
    time.sleep(1)
if state != "Finished":
    sys.exit("The job ended " + state + ": " + str(status.get("Details")))

# 5. Download every output.
for name, result in (status.get("Results") or {}).items():
    blob_url = result["BaseLocation"] + result["RelativeLocation"] + result["SasBlobToken"]
    target = os.path.join(output_directory, os.path.basename(result["RelativeLocation"]))
    download = requests.get(blob_url)
    download.raise_for_status()
    with open(target, "wb") as f:
        f.write(download.content)
    print("Downloaded " + name + " to " + target)
)";

const Expression &python()
{
    static const Expression e{pythonString, [](const QString &name) -> QString { return name; },
                              [](const QString &name) -> QString { return u"secret("_s + pythonString(name) + u')'; },
                              u" + "_s};
    return e;
}

} // namespace

QString pythonJobSnippet(const JobParts &job)
{
    QStringList lines;
    for (const QString &line : setVariablesNote(job.secrets))
        lines << u"# "_s + line;
    lines << u"# Needs: pip install azure-storage-blob requests (Debian: python3-azure-storage python3-requests)."_s
          << u"import os"_s << u"import sys"_s << u"import time"_s << QString() << u"import requests"_s
          << u"from azure.core.exceptions import ResourceExistsError"_s
          << u"from azure.storage.blob import BlobServiceClient"_s << QString() << QString() << u"def secret(name):"_s
          << u"    value = os.environ.get(name)"_s << u"    if value is None:"_s
          << u"        sys.exit(\"Set the environment variable \" + name + \" first.\")"_s << u"    return value"_s
          << QString() << QString();
    lines << u"jobs_url = "_s + pythonString(job.jobsUrl);
    lines << u"headers = ["_s;
    for (const auto &[name, value] : job.headers)
        lines << u"    ("_s + pythonString(name) + u", "_s + render(value, python()) + u"),"_s;
    lines << u"]"_s;
    const SnippetText storage{{{SnippetText::Piece::Secret, job.options.storageSecret}}};
    lines << u"connection_string = "_s + render(storage, python());
    lines << u"container = "_s + pythonString(job.options.container)
          << u"input_file = "_s + pythonString(job.options.inputFile)
          << u"input_blob = "_s + pythonString(job.options.inputBlob)
          << u"output_blob = "_s + pythonString(job.options.outputBlob)
          << u"output_directory = "_s + pythonString(job.options.outputDirectory);
    return lines.join(u'\n') + QString::fromUtf8(kPythonJobBody);
}

} // namespace portico::client::snippetcode
