<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArmClient</name>
    <message>
        <source>The Azure connection is not complete: it needs a subscription id, a resource group, a service name and an api-version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Resource Manager pointed the next page at %1, which is not %2; Portico did not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Azure to reach the API Management instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is still working on the change after %1 checks; look at the instance in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ended the operation as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Resource Manager answered HTTP %1 without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Azure account may not do “%1” on this API Management instance. Ask its owner for a role that allows it, such as API Management Service Contributor.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArmEntities</name>
    <message>
        <source>Azure Resource Manager&apos;s answer has no &quot;name&quot; and &quot;properties&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s policy is not well-formed XML: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArmManagement</name>
    <message>
        <source>The API Management instance names no gateway URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s listSecrets answer holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureConnection</name>
    <message>
        <source>The Azure Resource Manager base URL “%1” is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of connection Portico knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BesEndpointResolver</name>
    <message>
        <source>The API %1 has no BES Submit operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment %1 does not set %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodySpool</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a file in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status code (100 to 599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL template uses &apos;{%1}&apos;, which is not described here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not appear in the URL template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol API Management knows (https, http, wss, ws).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the id of operations[%2].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>The workspace %1 does not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1, and the sandbox that would create one is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;; the workspace has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API &quot;%1&quot;; the workspace has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API %1 has no operation &quot;%2&quot;; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key &quot;%1&quot;: set %2, or add it to the keychain (portico, Tools → Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed.</source>
        <translation>
            <numerusform>%n request failed.</numerusform>
            <numerusform>%n requests failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS %1 / %2: %3 (%4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL %1 / %2: %3 (%4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends, runs and exports the APIs of a Portico workspace without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the operation&apos;s saved request (or its defaults); prints the status line, the headers and the body, with keys masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends every operation that has a saved request, in order, and writes JUnit XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the API as OpenAPI 3.0 (JSON or YAML) or as a Postman v2.1 collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints sample code for the request: curl, python-requests, python-urllib, csharp, r, javascript or powershell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API and OPERATION are ids or display names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: a {{secret:NAME}} reference is read from the environment variable PORTICO_SECRET_NAME (characters other than A-Z, a-z, 0-9 and _ become _),</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then from the embedded sandbox when portico-cli runs it, then from the OS keychain. Without a Secret Service, set the variables. Keys are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 success; 1 an HTTP status of 400 or above (run: a request failed); 2 usage;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 workspace unreadable or missing; 4 unknown API; 5 unknown operation;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 unknown environment; 7 request incomplete (a variable or required parameter missing);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 key unavailable; 9 transport error (no HTTP answer);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s files are in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the environment &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the environment&apos;s variable: &lt;var=value&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: every API of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: write JUnit XML to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: openapi, openapi-yaml or postman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt; instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snippet: the language of the sample code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the embedded sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong arguments for %1 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format openapi, openapi-yaml or postman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snippet needs --lang LANGUAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes var=value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n operation(s) into %2.</source>
        <translation>
            <numerusform>Imported %1: %n operation into %2.</numerusform>
            <numerusform>Imported %1: %n operations into %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key to add to the keychain (or PORTICO_SECRET_…): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports OpenAPI 3.0/3.1, Swagger 2.0 (JSON or YAML), a Postman v2.1 collection or a curl command into the workspace and reports what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 the embedded sandbox did not start; 11 a file could not be read or written;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 the document to import is malformed or of no known kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, send, run, export or snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command: import, send, run, export or snippet (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>The connection string has a part without a name=value pair: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string has no AccountName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string has no AccountKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccountKey in the connection string is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol must be http or https, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlobEndpoint is not an http or https URL: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccountName and EndpointSuffix do not form a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s); the request timed out.</source>
        <translation>
            <numerusform>%1 sent nothing for %n second; the request timed out.</numerusform>
            <numerusform>%1 sent nothing for %n seconds; the request timed out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response from %1 is larger than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the response from %1 on disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many redirects: %1 redirected more than %n time(s).</source>
        <translation>
            <numerusform>Too many redirects: %1 redirected more than %n time.</numerusform>
            <numerusform>Too many redirects: %1 redirected more than %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected to a less secure address; the redirect was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unavailable; %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed on the way to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted only because you chose to trust this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the request history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the request history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request history %1 was written by a newer Portico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the request history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request history %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange was not added to the request history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON error at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no way to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $ref &apos;%2&apos; does not resolve: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $ref &apos;%2&apos; does not resolve: &apos;%3&apos; is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $ref &apos;%2&apos; refers to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an OpenAPI or Swagger document, a Postman collection or a curl command: no &apos;openapi&apos;, &apos;swagger&apos; or collection &apos;info&apos; at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server variable &apos;%1&apos; set to its default &apos;%2&apos;; its other values were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL &apos;%1&apos; is relative; set the environment&apos;s baseUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version &apos;%2&apos; is not one Portico reads (Swagger 2.0, OpenAPI 3.0 or 3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; ignored: only paths become operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its own servers ignored; the API&apos;s are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: operationId &apos;%3&apos; used twice; renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos;: the key is sent as a bearer token, as its description says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos;: cookie key sent as a Cookie header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos;: basic authentication; store base64(user:password) as the secret &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos; (%2) not applied: add its token as a header yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: multipart form fields written as name=value pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 content types; kept %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: external example &apos;%2&apos; not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: multipart body kept as a sample; files are not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; described by content; sent as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: path parameter &apos;%2&apos; renamed &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cookie parameter &apos;%2&apos; sent as a Cookie header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: path parameter &apos;%2&apos; is not described; added as a required string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, its URL cannot be a template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: response %2 links ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated %1 opened at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$&apos;…&apos; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @-: the body would come from standard input; paste it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @%2: cannot read &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &apos;%1&apos; has no &apos;:&apos;; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &apos;%1:&apos; only removes curl&apos;s own header; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: headers from a file not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @%2: the file is not UTF-8 text, and a request body here holds text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: cookies from a file not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: multipart form fields are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the uploaded file is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignored: Portico always checks the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ignored: it does not change the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignored: it does not change the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1 ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first URL is imported; &apos;%1&apos; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty path segments (&apos;//&apos;) removed from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos; carries a key: it is the secret &apos;%2&apos;, its value was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos; has no value; it is sent only once you give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authorization for user &apos;%1&apos;: store base64(user:password) as the secret &apos;%2&apos;. The password was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &apos;%1&apos; carries a key: it is the secret &apos;%2&apos;, its value was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s path cannot be a template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a curl command: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a curl command: it starts with &apos;%1&apos; (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell variable $%1 became the variable {{%1}}; set it in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after the curl command ignored: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 examples; kept &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the base URL &apos;%2&apos; is not known; set the environment&apos;s baseUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable &apos;%1&apos; holds a key: it is the secret &apos;%2&apos;, its value was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable &apos;%1&apos; is disabled; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pre-request script not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: test script not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; script not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: expected an item or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: an item without a request or items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disabled header &apos;%2&apos; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; is a value Postman makes up on each run; set the variable yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; is not defined in the collection; set it in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key in its %2 was not imported; store it as the secret &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty path segments (&apos;//&apos;) removed from its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: query parameter &apos;%2&apos; is disabled; kept as optional, without its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer token authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: basic authorization for user &apos;%2&apos;; store base64(user:password) as the secret &apos;%3&apos;. The password was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; authorization not imported; add its header yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its body is disabled; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disabled form field &apos;%2&apos; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file part &apos;%2&apos; of its form not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: multipart form sent URL-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GraphQL body written as its JSON request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; body not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info.schema: &apos;%1&apos; is not a Postman collection v2.0 or v2.1; export it from Postman as v2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item: a Postman collection needs a list of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSnippet</name>
    <message>
        <source>There is no whole-job sample in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>The job status is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job status is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job status has no StatusCode the console knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the job list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the job list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list %1 was written by a newer Portico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the job list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonIndex</name>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbage after the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagementClient</name>
    <message>
        <source>The gateway&apos;s answer is not the JSON object expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway that Portico can manage is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no admin key named “%1” for this gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductText</name>
    <message>
        <source>The gateway sent an entity without an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseDigest</name>
    <message>
        <source>Cannot read the response body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server labelled it %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlTemplate</name>
    <message>
        <source>A URL template starts with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL template may not contain spaces or &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter needs a name between &apos;{&apos; and &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid parameter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced braces in &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters in &apos;%1&apos; need literal text between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL template may not contain an empty path segment (&apos;//&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query part &apos;%1&apos; has no valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query value &apos;%1&apos; must be a literal or one whole {parameter}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace is not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Portico workspace: it has no schemaVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Portico (schema version %1); this version reads schema version %2 and older. Update Portico to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another environment is already named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another API already has the id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another request is already saved for operation &apos;%1&apos; of API &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment is named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the workspace to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for machine-learning web services behind an API gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this profile&apos;s files in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the embedded sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version, the Qt version and the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (tr or en) instead of the system&apos;s or the saved choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use tr or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::AzureSession</name>
    <message>
        <source>The local sandbox needs no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the client id of your Microsoft Entra application in Choose connection… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: Azure %1, signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: Azure %1, signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: Azure %1, signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::BesClient</name>
    <message>
        <source>No batch service address is set for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is needed but no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not in the keychain: add it under Tools → Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the job but sent no job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered HTTP %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::HttpEngine</name>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 has no method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the request body from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::JobRunner</name>
    <message>
        <source>Reading the storage key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the input…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available for the storage key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage connection string %1 is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage connection string %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 was submitted but did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::ManagedPublisher</name>
    <message>
        <source>Edit API “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit operation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete operation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import API “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::OnlineEndpointAnswer</name>
    <message>
        <source>The online endpoint refused the Microsoft Entra token (%1). Sign in again, or ask for a role that may score this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online endpoint refused the endpoint key (%1). Check the key stored in the keychain for this environment, or whether the endpoint expects a Microsoft Entra token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online endpoint has nothing at this address (%1). Check the scoring URI and the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused the input (its status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::ReportsClient</name>
    <message>
        <source>The keychain holds no admin key &quot;%1&quot; for the gateway&apos;s management API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the gateway at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the admin key &quot;%1&quot; (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s management API answered HTTP %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is not a usage report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::SecretStore</name>
    <message>
        <source>No keychain is available (Secret Service / KWallet). Portico keeps API keys only in the OS keychain; start gnome-keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key named “%1” is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico was not allowed to use the keychain. Unlock it, or allow Portico access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key “%1” from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the key “%1” in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the key “%1” from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list of keys from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid key name: use letters, digits, “-”, “_” and “.”, not starting with “.”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::TryItSession</name>
    <message>
        <source>Required parameters are empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment has no variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (no value in this environment): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is already under way; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no secret &quot;%1&quot;. Add it under Tools → Keys, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment signs in with Microsoft Entra ID (%1), and no sign-in is set up. Sign in first, or switch the environment to an endpoint key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Microsoft Entra token: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::WorkspacePublisher</name>
    <message>
        <source>Edit API “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API “%1” in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit operation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operation “%1” in the API “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete operation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import API “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::auth::AzureCliTokenSource</name>
    <message>
        <source>The Azure CLI answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH. Install it and run &quot;az login&quot;, or sign in with a device code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the Azure CLI (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::auth::DeviceCodeSignIn</name>
    <message>
        <source>No application (client) id is set for Microsoft Entra sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Microsoft Entra ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID did not start the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer lacks the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 expired before the sign-in was approved. Sign in again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID answered the sign-in without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot refresh the Microsoft Entra token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Microsoft Entra sign-in has ended: %1 Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of Microsoft Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::client::storage::BlobClient</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the file changed while it was being uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1: is the storage service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 rejected the request signature (%2): check the account name and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 not found in container %2 (BlobNotFound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 does not exist (ContainerNotFound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage answered HTTP %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer with %1 broke off before it was complete: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::AboutDialog</name>
    <message>
        <source>About Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for machine-learning web services behind an API gateway: try operations, publish APIs, run batch jobs and watch usage. Keys stay in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: MIT. Portico comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico %1 · Qt %2 (built with Qt %3) · MIT licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ApiDialog</name>
    <message>
        <source>Enter the Web API URL suffix, the path the API gets on the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL suffix may hold only letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; and &apos;~&apos;, in segments separated by single &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTT&amp;P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP&amp;S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AzureML Demo API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://ussouthcentral.services.azureml.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API URL suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azureml-demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web &amp;service URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API &amp;URL suffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API URL scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roducts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the API cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Web API name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Web service URL, where the gateway forwards calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Web service URL must be an absolute http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL suffix “%1” is already used by the API “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one URL scheme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::CallsOverTimeModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::CodeView</name>
    <message>
        <source>&amp;Variables at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare the environment&apos;s variables at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep workspace, service and the other variables as variables at the top of the program instead of writing their values in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the CSV, submit, start, poll every second and download the outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sample code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sample code as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operation to see its request as code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set before running: %1 (keys stay in the keychain, never in the code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sample code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ConnectionDialog</name>
    <message>
        <source>Choose Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure API Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations, a tenant id or a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscription id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure subscription id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Management service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Resource Manager URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code (a browser on any device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my Azure CLI sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your application&apos;s (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra sign-in URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Azure subscription id the API Management instance is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the resource group the API Management instance is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the API Management instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an API version; they look like 2024-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of your Microsoft Entra application: device-code sign-in asks for a token on its behalf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::DashboardView</name>
    <message>
        <source>Cannot show the gateway&apos;s usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour (5-minute bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (hourly bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week (daily bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s request history is off, so it has no calls to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per operation: this gateway reports no percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1 (success %2, client error %3, throttled %4, server error %5). Updated %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in the last week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set of {{variables}} for requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;online endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Azure ML online endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure ML managed online endpoint: a scoring URI and its key or Entra sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML online endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://&lt;endpoint&gt;.&lt;region&gt;.inference.ml.azure.com/score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra token (https://ml.azure.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the key the keychain has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the OS keychain under the key name, never in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the endpoint&apos;s traffic split decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MLflow sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the MLflow sample body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;input_data&quot;: {&quot;columns&quot;, &quot;index&quot;, &quot;data&quot;}}, the shape MLflow models take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove v&amp;ariable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More &amp;variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a variable has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the variable name &quot;%2&quot; may hold only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the variable &quot;%2&quot; is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an online endpoint needs its scoring URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the scoring URI is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: name the keychain key that holds the endpoint key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a key name the keychain takes (letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the keychain has no key &quot;%2&quot;; type the endpoint key to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the sample body is not JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two environments are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to the environments?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::GroupUsageModel</name>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::HeaderNameDelegate</name>
    <message>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::HistoryModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of the body were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportController</name>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 changed, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first of the %1 dropped items is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no curl command, document or address to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenAPI or Swagger file (JSON or YAML), or a Postman collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the document to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/openapi.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a curl &amp;command or a whole OpenAPI, Swagger or Postman document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the API comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the document and preview the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an API description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pasted text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, the workspace is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document holds no operations to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2. Operations in it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already holds exactly this; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New APIs: %1. Operations: %2 added, %3 changed, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped or changed on the way in: %1, each listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportPreviewModel</name>
    <message>
        <source>New API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to add under Tools → Keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportRunner</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document read from the network cannot refer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::JobOutputDialog</name>
    <message>
        <source>Job output — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job output table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the output as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the job output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 columns — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::JobsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows done / total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as the service sent it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 finished: %2 rows scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch job cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::JobsTimeline</name>
    <message>
        <source>Jobs timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) on the timeline</source>
        <translation>
            <numerusform>%n job on the timeline</numerusform>
            <numerusform>%n jobs on the timeline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portico::ui::JobsView</name>
    <message>
        <source>Batch jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its full status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New batch job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico batch jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the batch job %1? The service stops and deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the output of job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of job %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the output of job %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of job %1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::JsonTreeModel</name>
    <message>
        <source>(value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::KeyValueModel</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::KeysDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the profile “%1”, kept in the system keychain. Values stay hidden unless you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list of keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys yet. Add the subscription key from the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing “%1” in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key “%1” from the keychain? Requests that use it will fail until it is added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the value of “%1” until you select another key or close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the value of “%1” to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::Language</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::MainWindow</name>
    <message>
        <source>Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local &amp;sandbox at launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox starts with the next launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stays off from the next launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file was kept as %2; Portico starts with a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in the keychain; send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted:
%2

%3

Trust this certificate for %1 from now on? Requests to %1 will accept exactly this certificate and no other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted; send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: gateway %1, service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox failed to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s &amp;gateway (managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;workspace only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface changes language at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch jobs on the sandbox&apos;s storage are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs are not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an OpenAPI, Swagger or Postman document, or a curl command, from a file, a URL or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;curl / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the curl command, document or address on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is still being sent. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting stops it; its response is not shown or kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit of the environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or remove environments, Azure ML online endpoints among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the local sandbox or on an Azure API Management instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Sign in to Microsoft Entra ID again? Nothing you were editing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (Ctrl+Shift+L) to work on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing on the Azure API Management instance %1 (resource group %2): changes apply to it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure instance&apos;s APIs are not in Try it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure APIs with the id of a local one are listed under ids of their own: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::NewJobDialog</name>
    <message>
        <source>New batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a Col2 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the input CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage connection string (keychain entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input blob name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output blob name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API and environment to run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and s&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit &amp;only (start later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit only, start later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input &amp;blob:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput blob:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the input CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the storage&apos;s keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the container and the input and output blobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no API with a BES Submit operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::OperationDialog</name>
    <message>
        <source>URL template parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL template problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP &amp;verb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample application/json body for the selected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the operation cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL template, e.g. /jobs/{jobid}?api-version={apiversion}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the operation&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation “%1” already answers %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::OperationUsageModel</name>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::PredictionsText</name>
    <message>
        <source>predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::PrettyBodyView</name>
    <message>
        <source>Show &amp;Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted view status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the raw body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a key or value (Enter for the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ProductDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing needs an administrator&apos;s a&amp;pproval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit renewal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota renewal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs in the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;APIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the product cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate limit needs both a number of calls and a renewal period, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate limit&apos;s renewal period is at most %1 s; use a quota for longer periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota needs both a number of calls and a renewal period, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ProductsModel</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 call per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ProductsPage</name>
    <message>
        <source>&amp;Add Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the product “%1”? Its subscriptions are deleted with it, and their keys stop working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::PublishDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::PublishTreeModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API / operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL suffix / signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::PublisherView</name>
    <message>
        <source>Add &amp;API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where changes go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs, products and subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs and operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway or workspace to publish to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing on the gateway at %1: changes apply to it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico cannot manage this gateway: changes go to the workspace&apos;s catalog only. Make the same changes in the gateway&apos;s own portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products live on a gateway Portico can manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions live on a gateway Portico can manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the operation “%1” (%2 %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API “%1” and its operations? Calls to /%2 stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the operation “%1”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the API “%1”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from OpenAPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from OpenAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing “%1” from %2: the API and its %3 operations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::RawBodyView</name>
    <message>
        <source>Raw response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw view status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing lines… %1 of %2 read, %3 lines so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are cut short here; Save… keeps them whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ResponseHeadersModel</name>
    <message>
        <source>Hidden: this header carries a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ResponseSummary</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered from %1 after a redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ResponseViewer</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers as sent (credentials hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the body, or the table on the Table tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the body, byte for byte, to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request to see its response here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is %1, more than the %2 the formatted view reads. The Raw tab shows all of it, line by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is %1, too large to look for AzureML tables in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for AzureML tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not JSON, so it holds no AzureML table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no response to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the response body from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the table as tab-separated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is %1, too large for the clipboard; use Save… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the response body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the body (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer response replaced the one you chose to save; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ResponsesModel</name>
    <message>
        <source>%1 is not an HTTP status code (100–599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ResultsTableModel</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no type given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ResultsTablesView</name>
    <message>
        <source>Table view status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AzureML outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no AzureML table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AzureML output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::SecretEditDialog</name>
    <message>
        <source>Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. scoring-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted from the developer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names use letters, digits, “-”, “_” and “.”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid name: use letters, digits, “-”, “_” and “.”, not starting with “.”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named “%1” exists; its value will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::ShortcutsModel</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::SignInDialog</name>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address below in a browser on any device and enter the code. This window closes by itself once you have signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser (the server asked to check every %1 seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::SubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the developer&apos;s or the app&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the subscription cannot be created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product to subscribe to yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::SubscriptionsModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::SubscriptionsPage</name>
    <message>
        <source>•••••••• hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy secondary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regen&amp;erate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate secondary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secon&amp;dary key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”; its keys are in the keychain as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the subscription “%1”? Its keys stop working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary key copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate Primary Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate Secondary Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the primary key of “%1”? Callers using the current one are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the secondary key of “%1”? Callers using the current one are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key stored in the keychain as %1; reveal it to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::TemplateParametersModel</name>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::TryItPage</name>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls left under the gateway&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled: sending again (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled: the gateway takes calls again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n s</source>
        <translation>
            <numerusform>%1 in %n s</numerusform>
            <numerusform>%1 in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 calls left in the rate window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left in the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and sample code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::TryItPanel</name>
    <message>
        <source>Choose an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters (* required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a keychain secret reference into the selected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the body from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry automatically when throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On 429 or 503 with Retry-After, send again once the wait is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets in the keychain yet (Tools → Keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 is larger than 64 MB; send large files as a batch job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys become $PORTICO_SECRET_&lt;NAME&gt; environment variables, never the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or remove environments (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portico::ui::UsageChart</name>
    <message>
        <source>%1: no calls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
