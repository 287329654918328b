# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# A whole batch job: the settings block replaces the SETTINGS line when Portico writes it out.
# Needs: pip install azure-storage-blob requests (Debian: python3-azure-storage python3-requests).
import os
import sys
import time

import requests
from azure.core.exceptions import ResourceExistsError
from azure.storage.blob import BlobServiceClient


def secret(name):
    value = os.environ.get(name)
    if value is None:
        sys.exit("Set the environment variable " + name + " first.")
    return value


# @SETTINGS@

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
