<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ArmClient</name>
    <message>
        <source>The Azure connection is not complete: it needs a subscription id, a resource group, a service name and an api-version.</source>
        <translation>Azure bağlantısı eksik: bir abonelik kimliği, bir kaynak grubu, bir hizmet adı ve bir api-version gerekiyor.</translation>
    </message>
    <message>
        <source>Azure Resource Manager pointed the next page at %1, which is not %2; Portico did not follow it.</source>
        <translation>Azure Resource Manager sonraki sayfa için %2 olmayan %1 adresini gösterdi; Portico bu adrese gitmedi.</translation>
    </message>
    <message>
        <source>Sign in to Azure to reach the API Management instance.</source>
        <translation>API Management örneğine erişmek için Azure&apos;da oturum açın.</translation>
    </message>
    <message>
        <source>Azure is still working on the change after %1 checks; look at the instance in the Azure portal.</source>
        <translation>Azure, %1 denetimden sonra hâlâ değişiklik üzerinde çalışıyor; örneğe Azure portalında bakın.</translation>
    </message>
    <message>
        <source>Azure ended the operation as %1.</source>
        <translation>Azure işlemi %1 olarak sonlandırdı.</translation>
    </message>
    <message>
        <source>Azure Resource Manager answered HTTP %1 without saying why.</source>
        <translation>Azure Resource Manager nedenini söylemeden HTTP %1 ile yanıt verdi.</translation>
    </message>
    <message>
        <source>Your Azure account may not do “%1” on this API Management instance. Ask its owner for a role that allows it, such as API Management Service Contributor.

%2</source>
        <translation>Azure hesabınız bu API Management örneğinde “%1” işlemini yapamıyor. Örneğin sahibinden buna izin veren bir rol isteyin; örneğin API Management Service Contributor.

%2</translation>
    </message>
</context>
<context>
    <name>ArmEntities</name>
    <message>
        <source>Azure Resource Manager&apos;s answer has no &quot;name&quot; and &quot;properties&quot;.</source>
        <translation>Azure Resource Manager yanıtında &quot;name&quot; ve &quot;properties&quot; yok.</translation>
    </message>
    <message>
        <source>The product&apos;s policy is not well-formed XML: %1 (line %2).</source>
        <translation>Ürünün ilkesi geçerli bir XML değil: %1 (%2. satır).</translation>
    </message>
</context>
<context>
    <name>ArmManagement</name>
    <message>
        <source>The API Management instance names no gateway URL.</source>
        <translation>API Management örneği bir ağ geçidi adresi belirtmiyor.</translation>
    </message>
    <message>
        <source>Azure&apos;s listSecrets answer holds no keys.</source>
        <translation>Azure&apos;un listSecrets yanıtında anahtar yok.</translation>
    </message>
</context>
<context>
    <name>AzureConnection</name>
    <message>
        <source>The Azure Resource Manager base URL “%1” is not an http or https URL.</source>
        <translation>Azure Resource Manager temel adresi “%1” bir http ya da https adresi değil.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of connection Portico knows.</source>
        <translation>“%1”, Portico&apos;nun bildiği bir bağlantı türü değil.</translation>
    </message>
</context>
<context>
    <name>BesEndpointResolver</name>
    <message>
        <source>The API %1 has no BES Submit operation.</source>
        <translation>%1 API&apos;sinin BES Submit işlemi yok.</translation>
    </message>
    <message>
        <source>There is no environment %1.</source>
        <translation>%1 adında bir ortam yok.</translation>
    </message>
    <message>
        <source>The environment %1 does not set %2.</source>
        <translation>%1 ortamı %2 değişkenini ayarlamıyor.</translation>
    </message>
</context>
<context>
    <name>BodySpool</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <source>cannot create a file in %1</source>
        <translation>%1 içinde dosya oluşturulamıyor</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>JSON nesnesi bekleniyordu.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>dizi bekleniyordu.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>gerekli.</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>dize bekleniyordu.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>boş olmamalı.</translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation>tam sayı bekleniyordu.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>true ya da false bekleniyordu.</translation>
    </message>
    <message>
        <source>must be an HTTP status code (100 to 599).</source>
        <translation>bir HTTP durum kodu (100–599) olmalı.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method.</source>
        <translation>&apos;%1&apos; bir HTTP yöntemi değil.</translation>
    </message>
    <message>
        <source>the URL template uses &apos;{%1}&apos;, which is not described here.</source>
        <translation>URL şablonu &apos;{%1}&apos; kullanıyor, ancak burada tanımlanmamış.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not appear in the URL template.</source>
        <translation>&apos;%1&apos; URL şablonunda geçmiyor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol API Management knows (https, http, wss, ws).</source>
        <translation>&apos;%1&apos;, API Management&apos;ın tanıdığı bir protokol değil (https, http, wss, ws).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the id of operations[%2].</source>
        <translation>&apos;%1&apos; zaten operations[%2] öğesinin kimliği.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>The workspace %1 does not read: %2</source>
        <translation>%1 çalışma alanı okunamıyor: %2</translation>
    </message>
    <message>
        <source>There is no workspace at %1, and the sandbox that would create one is off.</source>
        <translation>%1 konumunda çalışma alanı yok ve onu oluşturacak korumalı alan kapalı.</translation>
    </message>
    <message>
        <source>The embedded sandbox did not start: %1</source>
        <translation>Yerleşik korumalı alan başlamadı: %1</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;; the workspace has %2.</source>
        <translation>&quot;%1&quot; adlı ortam yok; çalışma alanında şunlar var: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hiçbiri</translation>
    </message>
    <message>
        <source>There is no API &quot;%1&quot;; the workspace has %2.</source>
        <translation>&quot;%1&quot; adlı API yok; çalışma alanında şunlar var: %2.</translation>
    </message>
    <message>
        <source>The API %1 has no operation &quot;%2&quot;; it has %3.</source>
        <translation>%1 API’sinde &quot;%2&quot; adlı işlem yok; şunlar var: %3.</translation>
    </message>
    <message>
        <source>No key &quot;%1&quot;: set %2, or add it to the keychain (portico, Tools → Keys).</source>
        <translation>&quot;%1&quot; anahtarı yok: %2 değişkenini ayarlayın ya da anahtarı anahtarlığa ekleyin (portico, Araçlar → Anahtarlar).</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 başarılı, %2 başarısız</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed.</source>
        <translation>
            <numerusform>%n istek başarısız oldu.</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS %1 / %2: %3 (%4 ms)</source>
        <translation>BAŞARILI %1 / %2: %3 (%4 ms)</translation>
    </message>
    <message>
        <source>FAIL %1 / %2: %3 (%4 ms)</source>
        <translation>BAŞARISIZ %1 / %2: %3 (%4 ms)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>Bilinmeyen dil &quot;%1&quot;: şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>Sends, runs and exports the APIs of a Portico workspace without a window.</source>
        <translation>Bir Portico çalışma alanının API’lerini pencere açmadan gönderir, çalıştırır ve dışa aktarır.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komutlar:</translation>
    </message>
    <message>
        <source>Sends the operation&apos;s saved request (or its defaults); prints the status line, the headers and the body, with keys masked.</source>
        <translation>İşlemin kayıtlı isteğini (ya da varsayılanlarını) gönderir; durum satırını, üst bilgileri ve gövdeyi anahtarlar maskelenmiş olarak yazdırır.</translation>
    </message>
    <message>
        <source>Sends every operation that has a saved request, in order, and writes JUnit XML.</source>
        <translation>Kayıtlı isteği olan her işlemi sırayla gönderir ve JUnit XML yazar.</translation>
    </message>
    <message>
        <source>Writes the API as OpenAPI 3.0 (JSON or YAML) or as a Postman v2.1 collection.</source>
        <translation>API’yi OpenAPI 3.0 (JSON ya da YAML) veya Postman v2.1 koleksiyonu olarak yazar.</translation>
    </message>
    <message>
        <source>Prints sample code for the request: curl, python-requests, python-urllib, csharp, r, javascript or powershell.</source>
        <translation>İstek için örnek kod yazdırır: curl, python-requests, python-urllib, csharp, r, javascript ya da powershell.</translation>
    </message>
    <message>
        <source>API and OPERATION are ids or display names.</source>
        <translation>API ve OPERATION, kimlik ya da görünen addır.</translation>
    </message>
    <message>
        <source>Keys: a {{secret:NAME}} reference is read from the environment variable PORTICO_SECRET_NAME (characters other than A-Z, a-z, 0-9 and _ become _),</source>
        <translation>Anahtarlar: bir {{secret:NAME}} başvurusu önce PORTICO_SECRET_NAME ortam değişkeninden okunur (A-Z, a-z, 0-9 ve _ dışındaki karakterler _ olur),</translation>
    </message>
    <message>
        <source>then from the embedded sandbox when portico-cli runs it, then from the OS keychain. Without a Secret Service, set the variables. Keys are never printed.</source>
        <translation>sonra portico-cli çalıştırıyorsa yerleşik korumalı alandan, sonra işletim sisteminin anahtarlığından. Secret Service yoksa değişkenleri ayarlayın. Anahtarlar asla yazdırılmaz.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Çıkış kodları:</translation>
    </message>
    <message>
        <source>0 success; 1 an HTTP status of 400 or above (run: a request failed); 2 usage;</source>
        <translation>0 başarı; 1 400 ya da üstü bir HTTP durumu (run: bir istek başarısız); 2 kullanım;</translation>
    </message>
    <message>
        <source>3 workspace unreadable or missing; 4 unknown API; 5 unknown operation;</source>
        <translation>3 çalışma alanı okunamıyor ya da yok; 4 bilinmeyen API; 5 bilinmeyen işlem;</translation>
    </message>
    <message>
        <source>6 unknown environment; 7 request incomplete (a variable or required parameter missing);</source>
        <translation>6 bilinmeyen ortam; 7 eksik istek (bir değişken ya da zorunlu parametre yok);</translation>
    </message>
    <message>
        <source>8 key unavailable; 9 transport error (no HTTP answer);</source>
        <translation>8 anahtar bulunamadı; 9 aktarım hatası (HTTP yanıtı yok);</translation>
    </message>
    <message>
        <source>The profile&apos;s files are in &lt;dir&gt;.</source>
        <translation>Profilin dosyaları &lt;dir&gt; içinde.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dizin</translation>
    </message>
    <message>
        <source>Use the environment &lt;name&gt;.</source>
        <translation>&lt;name&gt; ortamını kullan.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>Set the environment&apos;s variable: &lt;var=value&gt;.</source>
        <translation>Ortamın değişkenini ayarla: &lt;var=value&gt;.</translation>
    </message>
    <message>
        <source>var=value</source>
        <translation>değişken=değer</translation>
    </message>
    <message>
        <source>run: every API of the workspace.</source>
        <translation>run: çalışma alanının her API’si.</translation>
    </message>
    <message>
        <source>run: write JUnit XML to &lt;file&gt;.</source>
        <translation>run: JUnit XML’i &lt;file&gt; dosyasına yaz.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>dosya</translation>
    </message>
    <message>
        <source>export: openapi, openapi-yaml or postman.</source>
        <translation>export: openapi, openapi-yaml ya da postman.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>biçim</translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt; instead of stdout.</source>
        <translation>export: standart çıktı yerine &lt;file&gt; dosyasına yaz.</translation>
    </message>
    <message>
        <source>snippet: the language of the sample code.</source>
        <translation>snippet: örnek kodun dili.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>Do not start the embedded sandbox.</source>
        <translation>Yerleşik korumalı alanı başlatma.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help).</source>
        <translation>Bilinmeyen komut &quot;%1&quot; (bkz. --help).</translation>
    </message>
    <message>
        <source>Wrong arguments for %1 (see --help).</source>
        <translation>%1 için yanlış bağımsız değişkenler (bkz. --help).</translation>
    </message>
    <message>
        <source>export needs --format openapi, openapi-yaml or postman.</source>
        <translation>export için --format openapi, openapi-yaml ya da postman gerekir.</translation>
    </message>
    <message>
        <source>snippet needs --lang LANGUAGE.</source>
        <translation>snippet için --lang LANGUAGE gerekir.</translation>
    </message>
    <message>
        <source>--set takes var=value, not &quot;%1&quot;.</source>
        <translation>--set değişken=değer alır, &quot;%1&quot; değil.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n operation(s) into %2.</source>
        <translation>
            <numerusform>%1 içe aktarıldı: %n işlem, %2 içine.</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>eklendi: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>değişti: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>kaldırıldı: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>not: %1</translation>
    </message>
    <message>
        <source>key to add to the keychain (or PORTICO_SECRET_…): %1</source>
        <translation>anahtarlığa (ya da PORTICO_SECRET_… değişkenine) eklenecek anahtar: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 okunamıyor.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1, HTTP %2 yanıtını verdi.</translation>
    </message>
    <message>
        <source>Imports OpenAPI 3.0/3.1, Swagger 2.0 (JSON or YAML), a Postman v2.1 collection or a curl command into the workspace and reports what changed.</source>
        <translation>OpenAPI 3.0/3.1, Swagger 2.0 (JSON ya da YAML), bir Postman v2.1 koleksiyonu ya da bir curl komutunu çalışma alanına içe aktarır ve nelerin değiştiğini bildirir.</translation>
    </message>
    <message>
        <source>10 the embedded sandbox did not start; 11 a file could not be read or written;</source>
        <translation>10 yerleşik korumalı alan başlamadı; 11 bir dosya okunamadı ya da yazılamadı;</translation>
    </message>
    <message>
        <source>12 the document to import is malformed or of no known kind.</source>
        <translation>12 içe aktarılacak belge bozuk ya da bilinen bir türde değil.</translation>
    </message>
    <message>
        <source>import: report as JSON.</source>
        <translation>import: raporu JSON olarak ver.</translation>
    </message>
    <message>
        <source>import, send, run, export or snippet.</source>
        <translation>import, send, run, export ya da snippet.</translation>
    </message>
    <message>
        <source>Name a command: import, send, run, export or snippet (see --help).</source>
        <translation>Bir komut verin: import, send, run, export ya da snippet (bkz. --help).</translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>The connection string has a part without a name=value pair: &quot;%1&quot;.</source>
        <translation>Bağlantı dizesinde ad=değer çifti olmayan bir bölüm var: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connection string has no AccountName.</source>
        <translation>Bağlantı dizesinde AccountName yok.</translation>
    </message>
    <message>
        <source>The connection string has no AccountKey.</source>
        <translation>Bağlantı dizesinde AccountKey yok.</translation>
    </message>
    <message>
        <source>The AccountKey in the connection string is not valid base64.</source>
        <translation>Bağlantı dizesindeki AccountKey geçerli bir base64 değeri değil.</translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol must be http or https, not &quot;%1&quot;.</source>
        <translation>DefaultEndpointsProtocol http ya da https olmalı, &quot;%1&quot; olamaz.</translation>
    </message>
    <message>
        <source>BlobEndpoint is not an http or https URL: &quot;%1&quot;.</source>
        <translation>BlobEndpoint bir http ya da https URL&apos;si değil: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>AccountName and EndpointSuffix do not form a valid host name.</source>
        <translation>AccountName ile EndpointSuffix geçerli bir ana bilgisayar adı oluşturmuyor.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Success</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Client error</source>
        <translation>İstemci hatası</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Kısıtlandı</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Sunucu hatası</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>%1 adresine yapılan istek iptal edildi.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s); the request timed out.</source>
        <translation>
            <numerusform>%1, %n saniye boyunca hiçbir şey göndermedi; istek zaman aşımına uğradı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response from %1 is larger than the limit of %2.</source>
        <translation>%1 adresinden gelen yanıt %2 sınırından büyük.</translation>
    </message>
    <message>
        <source>Cannot store the response from %1 on disk: %2</source>
        <translation>%1 adresinden gelen yanıt diske kaydedilemiyor: %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>%1 sunucusunun TLS sertifikasına güvenilmiyor: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 bağlantıyı reddetti.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>%1 ana bilgisayarı bulunamadı.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete.</source>
        <translation>%1, yanıt tamamlanmadan bağlantıyı kapattı.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>%1 ile TLS el sıkışması başarısız oldu: %2</translation>
    </message>
    <message numerus="yes">
        <source>Too many redirects: %1 redirected more than %n time(s).</source>
        <translation>
            <numerusform>Çok fazla yönlendirme: %1, %n kereden fazla yönlendirdi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected to a less secure address; the redirect was not followed.</source>
        <translation>%1 daha az güvenli bir adrese yönlendirdi; yönlendirme izlenmedi.</translation>
    </message>
    <message>
        <source>The network is unavailable; %1 cannot be reached.</source>
        <translation>Ağ kullanılamıyor; %1 adresine ulaşılamıyor.</translation>
    </message>
    <message>
        <source>The proxy failed on the way to %1: %2</source>
        <translation>%1 adresine giderken ara sunucu başarısız oldu: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>%1 adresine yapılan istek başarısız oldu: %2</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Sunucu sertifika göndermedi.</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (kendinden imzalı)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Konu: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Veren: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Geçerlilik: %1 – %2 (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 parmak izi: %1</translation>
    </message>
    <message>
        <source>Accepted only because you chose to trust this certificate.</source>
        <translation>Yalnızca bu sertifikaya güvenmeyi seçtiğiniz için kabul edildi.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Cannot open the request history %1: %2</source>
        <translation>%1 istek geçmişi açılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot read the request history %1: %2</source>
        <translation>%1 istek geçmişi okunamıyor: %2</translation>
    </message>
    <message>
        <source>The request history %1 was written by a newer Portico.</source>
        <translation>%1 istek geçmişi, Portico&apos;nun daha yeni bir sürümüyle yazılmış.</translation>
    </message>
    <message>
        <source>Cannot set up the request history %1: %2</source>
        <translation>%1 istek geçmişi hazırlanamıyor: %2</translation>
    </message>
    <message>
        <source>The request history %1 is not open.</source>
        <translation>%1 istek geçmişi açık değil.</translation>
    </message>
    <message>
        <source>The exchange was not added to the request history %1: %2</source>
        <translation>İstek %1 istek geçmişine eklenemedi: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>line %1, column %2</source>
        <translation>satır %1, sütun %2</translation>
    </message>
    <message>
        <source>JSON error at %1: %2</source>
        <translation>%1 konumunda JSON hatası: %2</translation>
    </message>
    <message>
        <source>YAML error at line %1, column %2: %3</source>
        <translation>Satır %1, sütun %2 konumunda YAML hatası: %3</translation>
    </message>
    <message>
        <source>no way to read it</source>
        <translation>okunamıyor</translation>
    </message>
    <message>
        <source>%1: $ref &apos;%2&apos; does not resolve: %3 (%4)</source>
        <translation>%1: $ref &apos;%2&apos; çözümlenemiyor: %3 (%4)</translation>
    </message>
    <message>
        <source>%1: $ref &apos;%2&apos; does not resolve: &apos;%3&apos; is not there</source>
        <translation>%1: $ref &apos;%2&apos; çözümlenemiyor: &apos;%3&apos; yok</translation>
    </message>
    <message>
        <source>%1: $ref &apos;%2&apos; refers to itself</source>
        <translation>%1: $ref &apos;%2&apos; kendisine başvuruyor</translation>
    </message>
    <message>
        <source>OpenAPI 3</source>
        <translation>OpenAPI 3</translation>
    </message>
    <message>
        <source>Swagger 2.0</source>
        <translation>Swagger 2.0</translation>
    </message>
    <message>
        <source>Postman collection</source>
        <translation>Postman koleksiyonu</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl komutu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Not an OpenAPI or Swagger document, a Postman collection or a curl command: no &apos;openapi&apos;, &apos;swagger&apos; or collection &apos;info&apos; at the top.</source>
        <translation>Bir OpenAPI ya da Swagger belgesi, Postman koleksiyonu veya curl komutu değil: en üstte &apos;openapi&apos;, &apos;swagger&apos; ya da koleksiyon &apos;info&apos; alanı yok.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server variable &apos;%1&apos; set to its default &apos;%2&apos;; its other values were not kept.</source>
        <translation>Sunucu değişkeni &apos;%1&apos; varsayılan değeri &apos;%2&apos; olarak ayarlandı; diğer değerleri saklanmadı.</translation>
    </message>
    <message>
        <source>Server URL &apos;%1&apos; is relative; set the environment&apos;s baseUrl.</source>
        <translation>Sunucu URL&apos;si &apos;%1&apos; göreli; ortamın baseUrl değerini ayarlayın.</translation>
    </message>
    <message>
        <source>%1: version &apos;%2&apos; is not one Portico reads (Swagger 2.0, OpenAPI 3.0 or 3.1).</source>
        <translation>%1: &apos;%2&apos; sürümü Portico&apos;nun okuduğu bir sürüm değil (Swagger 2.0, OpenAPI 3.0 veya 3.1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ignored: only paths become operations.</source>
        <translation>&apos;%1&apos; yok sayıldı: yalnızca yollar işleme dönüşür.</translation>
    </message>
    <message>
        <source>%1: its own servers ignored; the API&apos;s are used.</source>
        <translation>%1: kendi sunucuları yok sayıldı; API&apos;nin sunucuları kullanılıyor.</translation>
    </message>
    <message>
        <source>%1 %2: operationId &apos;%3&apos; used twice; renamed.</source>
        <translation>%1 %2: operationId &apos;%3&apos; iki kez kullanılmış; yeniden adlandırıldı.</translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos;: the key is sent as a bearer token, as its description says.</source>
        <translation>Güvenlik şeması &apos;%1&apos;: açıklamasında yazdığı gibi anahtar bearer belirteci olarak gönderiliyor.</translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos;: cookie key sent as a Cookie header.</source>
        <translation>Güvenlik şeması &apos;%1&apos;: çerez anahtarı Cookie üst bilgisi olarak gönderiliyor.</translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos;: basic authentication; store base64(user:password) as the secret &apos;%2&apos;.</source>
        <translation>Güvenlik şeması &apos;%1&apos;: temel kimlik doğrulama; base64(kullanıcı:parola) değerini &apos;%2&apos; gizli anahtarı olarak saklayın.</translation>
    </message>
    <message>
        <source>Security scheme &apos;%1&apos; (%2) not applied: add its token as a header yourself.</source>
        <translation>Güvenlik şeması &apos;%1&apos; (%2) uygulanmadı: belirtecini üst bilgi olarak kendiniz ekleyin.</translation>
    </message>
    <message>
        <source>%1: multipart form fields written as name=value pairs.</source>
        <translation>%1: çok parçalı form alanları ad=değer çiftleri olarak yazıldı.</translation>
    </message>
    <message>
        <source>%1: %2 content types; kept %3.</source>
        <translation>%1: %2 içerik türü; %3 saklandı.</translation>
    </message>
    <message>
        <source>%1: external example &apos;%2&apos; not fetched.</source>
        <translation>%1: dış örnek &apos;%2&apos; indirilmedi.</translation>
    </message>
    <message>
        <source>%1: multipart body kept as a sample; files are not attached.</source>
        <translation>%1: çok parçalı gövde örnek olarak saklandı; dosyalar eklenmedi.</translation>
    </message>
    <message>
        <source>%1: %2 ignored.</source>
        <translation>%1: %2 yok sayıldı.</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; described by content; sent as text.</source>
        <translation>%1: &apos;%2&apos; parametresi içerikle tanımlanmış; metin olarak gönderiliyor.</translation>
    </message>
    <message>
        <source>%1: path parameter &apos;%2&apos; renamed &apos;%3&apos;.</source>
        <translation>%1: yol parametresi &apos;%2&apos;, &apos;%3&apos; olarak yeniden adlandırıldı.</translation>
    </message>
    <message>
        <source>%1: cookie parameter &apos;%2&apos; sent as a Cookie header.</source>
        <translation>%1: çerez parametresi &apos;%2&apos; Cookie üst bilgisi olarak gönderiliyor.</translation>
    </message>
    <message>
        <source>%1: path parameter &apos;%2&apos; is not described; added as a required string.</source>
        <translation>%1: yol parametresi &apos;%2&apos; tanımlanmamış; zorunlu bir metin olarak eklendi.</translation>
    </message>
    <message>
        <source>%1: skipped, its URL cannot be a template: %2</source>
        <translation>%1: atlandı, URL&apos;si şablon olamıyor: %2</translation>
    </message>
    <message>
        <source>%1: response %2 links ignored.</source>
        <translation>%1: %2 yanıtının bağlantıları yok sayıldı.</translation>
    </message>
    <message>
        <source>Unterminated %1 opened at line %2, column %3.</source>
        <translation>%2. satır, %3. sütunda açılan %1 kapanmamış.</translation>
    </message>
    <message>
        <source>$&apos;…&apos; string</source>
        <translation>$&apos;…&apos; dizgesi</translation>
    </message>
    <message>
        <source>single quote</source>
        <translation>tek tırnak</translation>
    </message>
    <message>
        <source>double quote</source>
        <translation>çift tırnak</translation>
    </message>
    <message>
        <source>%1 @-: the body would come from standard input; paste it instead.</source>
        <translation>%1 @-: gövde standart girdiden gelirdi; onun yerine gövdeyi yapıştırın.</translation>
    </message>
    <message>
        <source>%1 @%2: cannot read &apos;%3&apos;: %4</source>
        <translation>%1 @%2: &apos;%3&apos; okunamıyor: %4</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos; has no &apos;:&apos;; ignored.</source>
        <translation>&apos;%1&apos; başlığında &apos;:&apos; yok; yok sayıldı.</translation>
    </message>
    <message>
        <source>Header &apos;%1:&apos; only removes curl&apos;s own header; ignored.</source>
        <translation>&apos;%1:&apos; başlığı yalnızca curl&apos;ün kendi başlığını kaldırır; yok sayıldı.</translation>
    </message>
    <message>
        <source>%1 %2: headers from a file not read.</source>
        <translation>%1 %2: dosyadaki başlıklar okunmadı.</translation>
    </message>
    <message>
        <source>%1 @%2: the file is not UTF-8 text, and a request body here holds text.</source>
        <translation>%1 @%2: dosya UTF-8 metin değil; buradaki istek gövdesi metin tutar.</translation>
    </message>
    <message>
        <source>%1 %2: cookies from a file not read.</source>
        <translation>%1 %2: dosyadaki çerezler okunmadı.</translation>
    </message>
    <message>
        <source>%1 %2: multipart form fields are not imported.</source>
        <translation>%1 %2: çok parçalı form alanları içe aktarılmaz.</translation>
    </message>
    <message>
        <source>%1 %2: the uploaded file is not imported.</source>
        <translation>%1 %2: yüklenen dosya içe aktarılmaz.</translation>
    </message>
    <message>
        <source>%1 ignored: Portico always checks the server&apos;s certificate.</source>
        <translation>%1 yok sayıldı: Portico sunucunun sertifikasını her zaman denetler.</translation>
    </message>
    <message>
        <source>%1 %2 ignored: it does not change the request.</source>
        <translation>%1 %2 yok sayıldı: isteği değiştirmez.</translation>
    </message>
    <message>
        <source>%1 ignored: it does not change the request.</source>
        <translation>%1 yok sayıldı: isteği değiştirmez.</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 needs a value.</source>
        <translation>%2. satır, %3. sütundaki %1 bir değer ister.</translation>
    </message>
    <message>
        <source>Unknown option %1 ignored.</source>
        <translation>Bilinmeyen %1 seçeneği yok sayıldı.</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>curl komutunda URL yok.</translation>
    </message>
    <message>
        <source>Only the first URL is imported; &apos;%1&apos; ignored.</source>
        <translation>Yalnızca ilk URL içe aktarılır; &apos;%1&apos; yok sayıldı.</translation>
    </message>
    <message>
        <source>Empty path segments (&apos;//&apos;) removed from the URL.</source>
        <translation>URL&apos;deki boş yol parçaları (&apos;//&apos;) kaldırıldı.</translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos; carries a key: it is the secret &apos;%2&apos;, its value was not imported.</source>
        <translation>&apos;%1&apos; sorgu parametresi bir anahtar taşıyor: &apos;%2&apos; gizli değeri oldu, değeri içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Query parameter &apos;%1&apos; has no value; it is sent only once you give it one.</source>
        <translation>&apos;%1&apos; sorgu parametresinin değeri yok; ona bir değer verdiğinizde gönderilir.</translation>
    </message>
    <message>
        <source>Basic authorization for user &apos;%1&apos;: store base64(user:password) as the secret &apos;%2&apos;. The password was not imported.</source>
        <translation>&apos;%1&apos; kullanıcısı için temel yetkilendirme: base64(kullanıcı:parola) değerini &apos;%2&apos; gizli değeri olarak saklayın. Parola içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos; carries a key: it is the secret &apos;%2&apos;, its value was not imported.</source>
        <translation>&apos;%1&apos; başlığı bir anahtar taşıyor: &apos;%2&apos; gizli değeri oldu, değeri içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The URL&apos;s path cannot be a template: %1</source>
        <translation>URL&apos;nin yolu şablon olamıyor: %1</translation>
    </message>
    <message>
        <source>Not a curl command: the text is empty.</source>
        <translation>Bir curl komutu değil: metin boş.</translation>
    </message>
    <message>
        <source>Not a curl command: it starts with &apos;%1&apos; (line %2, column %3).</source>
        <translation>Bir curl komutu değil: &apos;%1&apos; ile başlıyor (%2. satır, %3. sütun).</translation>
    </message>
    <message>
        <source>Shell variable $%1 became the variable {{%1}}; set it in the environment.</source>
        <translation>$%1 kabuk değişkeni {{%1}} değişkeni oldu; onu ortamda ayarlayın.</translation>
    </message>
    <message>
        <source>Text after the curl command ignored: &apos;%1&apos;.</source>
        <translation>curl komutundan sonraki metin yok sayıldı: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: %2 examples; kept &apos;%3&apos;.</source>
        <translation>%1: %2 örnek; &apos;%3&apos; tutuldu.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; ignored.</source>
        <translation>%1: &apos;%2&apos; yok sayıldı.</translation>
    </message>
    <message>
        <source>%1: the base URL &apos;%2&apos; is not known; set the environment&apos;s baseUrl.</source>
        <translation>%1: &apos;%2&apos; temel URL&apos;si bilinmiyor; ortamın baseUrl değerini ayarlayın.</translation>
    </message>
    <message>
        <source>Variable &apos;%1&apos; holds a key: it is the secret &apos;%2&apos;, its value was not imported.</source>
        <translation>&apos;%1&apos; değişkeni bir anahtar tutuyor: &apos;%2&apos; gizli değeri oldu, değeri içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Variable &apos;%1&apos; is disabled; not imported.</source>
        <translation>&apos;%1&apos; değişkeni devre dışı; içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: pre-request script not imported.</source>
        <translation>%1: istek öncesi betiği içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: test script not imported.</source>
        <translation>%1: test betiği içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; script not imported.</source>
        <translation>%1: &apos;%2&apos; betiği içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1[%2]: expected an item or a folder.</source>
        <translation>%1[%2]: bir öğe ya da klasör bekleniyordu.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
    <message>
        <source>%1[%2]: an item without a request or items.</source>
        <translation>%1[%2]: isteği ya da öğeleri olmayan bir öğe.</translation>
    </message>
    <message>
        <source>%1: disabled header &apos;%2&apos; not imported.</source>
        <translation>%1: devre dışı &apos;%2&apos; başlığı içe aktarılmadı.</translation>
    </message>
    <message>
        <source>header &apos;%1&apos;</source>
        <translation>&apos;%1&apos; başlığındaki</translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; is a value Postman makes up on each run; set the variable yourself.</source>
        <translation>&apos;{{%1}}&apos; Postman&apos;ın her çalıştırmada ürettiği bir değer; değişkeni kendiniz ayarlayın.</translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; is not defined in the collection; set it in the environment.</source>
        <translation>&apos;{{%1}}&apos; koleksiyonda tanımlı değil; onu ortamda ayarlayın.</translation>
    </message>
    <message>
        <source>%1: the key in its %2 was not imported; store it as the secret &apos;%3&apos;.</source>
        <translation>%1: %2 anahtar içe aktarılmadı; onu &apos;%3&apos; gizli değeri olarak saklayın.</translation>
    </message>
    <message>
        <source>%1: empty path segments (&apos;//&apos;) removed from its URL.</source>
        <translation>%1: URL&apos;sindeki boş yol parçaları (&apos;//&apos;) kaldırıldı.</translation>
    </message>
    <message>
        <source>%1: query parameter &apos;%2&apos; is disabled; kept as optional, without its value.</source>
        <translation>%1: &apos;%2&apos; sorgu parametresi devre dışı; değeri olmadan isteğe bağlı olarak tutuldu.</translation>
    </message>
    <message>
        <source>query parameter &apos;%1&apos;</source>
        <translation>&apos;%1&apos; sorgu parametresindeki</translation>
    </message>
    <message>
        <source>API key authorization</source>
        <translation>API anahtarı yetkilendirmesindeki</translation>
    </message>
    <message>
        <source>bearer token authorization</source>
        <translation>taşıyıcı belirteç yetkilendirmesindeki</translation>
    </message>
    <message>
        <source>%1: basic authorization for user &apos;%2&apos;; store base64(user:password) as the secret &apos;%3&apos;. The password was not imported.</source>
        <translation>%1: &apos;%2&apos; kullanıcısı için temel yetkilendirme; base64(kullanıcı:parola) değerini &apos;%3&apos; gizli değeri olarak saklayın. Parola içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; authorization not imported; add its header yourself.</source>
        <translation>%1: &apos;%2&apos; yetkilendirmesi içe aktarılmadı; başlığını kendiniz ekleyin.</translation>
    </message>
    <message>
        <source>%1: its body is disabled; not imported.</source>
        <translation>%1: gövdesi devre dışı; içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: disabled form field &apos;%2&apos; not imported.</source>
        <translation>%1: devre dışı &apos;%2&apos; form alanı içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: file part &apos;%2&apos; of its form not imported.</source>
        <translation>%1: formunun &apos;%2&apos; dosya parçası içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: multipart form sent URL-encoded.</source>
        <translation>%1: çok parçalı form URL kodlamalı gönderilir.</translation>
    </message>
    <message>
        <source>%1: GraphQL body written as its JSON request.</source>
        <translation>%1: GraphQL gövdesi JSON isteği olarak yazıldı.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; body not imported.</source>
        <translation>%1: &apos;%2&apos; gövdesi içe aktarılmadı.</translation>
    </message>
    <message>
        <source>info.schema: &apos;%1&apos; is not a Postman collection v2.0 or v2.1; export it from Postman as v2.1.</source>
        <translation>info.schema: &apos;%1&apos; bir Postman koleksiyonu v2.0 ya da v2.1 değil; onu Postman&apos;dan v2.1 olarak dışa aktarın.</translation>
    </message>
    <message>
        <source>item: a Postman collection needs a list of items.</source>
        <translation>item: bir Postman koleksiyonu bir öğe listesi ister.</translation>
    </message>
    <message>
        <source>JSON error: %1</source>
        <translation>JSON hatası: %1</translation>
    </message>
</context>
<context>
    <name>JobSnippet</name>
    <message>
        <source>There is no whole-job sample in %1.</source>
        <translation>%1 için bütün iş örneği yok.</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>The job status is not valid JSON: %1</source>
        <translation>İş durumu geçerli bir JSON değil: %1</translation>
    </message>
    <message>
        <source>The job status is not a JSON object.</source>
        <translation>İş durumu bir JSON nesnesi değil.</translation>
    </message>
    <message>
        <source>The job status has no StatusCode the console knows.</source>
        <translation>İş durumunda konsolun tanıdığı bir StatusCode yok.</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Not started</source>
        <translation>Başlamadı</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Tamamlandı</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Cannot open the job list %1: %2</source>
        <translation>%1 iş listesi açılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot read the job list %1: %2</source>
        <translation>%1 iş listesi okunamıyor: %2</translation>
    </message>
    <message>
        <source>The job list %1 was written by a newer Portico.</source>
        <translation>%1 iş listesi, Portico&apos;nun daha yeni bir sürümüyle yazılmış.</translation>
    </message>
    <message>
        <source>Cannot set up the job list %1: %2</source>
        <translation>%1 iş listesi hazırlanamıyor: %2</translation>
    </message>
    <message>
        <source>The job list %1 could not be saved: %2</source>
        <translation>%1 iş listesi kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>it is not open.</source>
        <translation>açık değil.</translation>
    </message>
</context>
<context>
    <name>JsonIndex</name>
    <message>
        <source>unterminated string</source>
        <translation>sonlandırılmamış dize</translation>
    </message>
    <message>
        <source>invalid string</source>
        <translation>geçersiz dize</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>geçersiz UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>geçersiz sayı</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>geçersiz sabit değer</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>çok derin iç içe geçmiş</translation>
    </message>
    <message>
        <source>no JSON value</source>
        <translation>JSON değeri yok</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>belge çok büyük</translation>
    </message>
    <message>
        <source>unterminated object or array</source>
        <translation>sonlandırılmamış nesne veya dizi</translation>
    </message>
    <message>
        <source>garbage after the value</source>
        <translation>değerden sonra fazladan içerik</translation>
    </message>
    <message>
        <source>unexpected token</source>
        <translation>beklenmeyen simge</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1, satır %2, sütun %3</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>dizgede denetim karakteri</translation>
    </message>
</context>
<context>
    <name>ManagementClient</name>
    <message>
        <source>The gateway&apos;s answer is not the JSON object expected.</source>
        <translation>Ağ geçidinin yanıtı beklenen JSON nesnesi değil.</translation>
    </message>
    <message>
        <source>No gateway that Portico can manage is set.</source>
        <translation>Portico&apos;nun yönetebileceği bir ağ geçidi ayarlanmamış.</translation>
    </message>
    <message>
        <source>The keychain holds no admin key named “%1” for this gateway.</source>
        <translation>Anahtarlıkta bu ağ geçidi için “%1” adlı bir yönetici anahtarı yok.</translation>
    </message>
    <message>
        <source>The gateway answered %1 %2.</source>
        <translation>Ağ geçidi %1 %2 yanıtı verdi.</translation>
    </message>
</context>
<context>
    <name>ProductText</name>
    <message>
        <source>The gateway sent an entity without an id.</source>
        <translation>Ağ geçidi kimliği olmayan bir varlık gönderdi.</translation>
    </message>
</context>
<context>
    <name>ResponseDigest</name>
    <message>
        <source>Cannot read the response body: %1</source>
        <translation>Yanıt gövdesi okunamıyor: %1</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation>Gövde geçerli bir JSON değil: %1.</translation>
    </message>
    <message>
        <source>The server labelled it %1.</source>
        <translation>Sunucu bunu %1 olarak etiketledi.</translation>
    </message>
</context>
<context>
    <name>UrlTemplate</name>
    <message>
        <source>A URL template starts with &apos;/&apos;.</source>
        <translation>URL şablonu &apos;/&apos; ile başlar.</translation>
    </message>
    <message>
        <source>A URL template may not contain spaces or &apos;#&apos;.</source>
        <translation>URL şablonu boşluk ya da &apos;#&apos; içeremez.</translation>
    </message>
    <message>
        <source>A parameter needs a name between &apos;{&apos; and &apos;}&apos;.</source>
        <translation>Parametrenin &apos;{&apos; ile &apos;}&apos; arasında bir adı olmalı.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid parameter name.</source>
        <translation>&apos;%1&apos; geçerli bir parametre adı değil.</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; appears twice.</source>
        <translation>&apos;%1&apos; parametresi iki kez geçiyor.</translation>
    </message>
    <message>
        <source>Unbalanced braces in &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; içindeki süslü ayraçlar dengesiz.</translation>
    </message>
    <message>
        <source>Parameters in &apos;%1&apos; need literal text between them.</source>
        <translation>&apos;%1&apos; içindeki parametrelerin arasında sabit metin olmalı.</translation>
    </message>
    <message>
        <source>A URL template may not contain an empty path segment (&apos;//&apos;).</source>
        <translation>URL şablonu boş bir yol kesimi (&apos;//&apos;) içeremez.</translation>
    </message>
    <message>
        <source>Query part &apos;%1&apos; has no valid name.</source>
        <translation>&apos;%1&apos; sorgu bölümünün geçerli bir adı yok.</translation>
    </message>
    <message>
        <source>Query value &apos;%1&apos; must be a literal or one whole {parameter}.</source>
        <translation>&apos;%1&apos; sorgu değeri sabit bir metin ya da tek bir bütün {parametre} olmalı.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Çalışma alanı geçerli bir JSON değil: %1 (satır %2, sütun %3).</translation>
    </message>
    <message>
        <source>The workspace is not a JSON object.</source>
        <translation>Çalışma alanı bir JSON nesnesi değil.</translation>
    </message>
    <message>
        <source>This is not a Portico workspace: it has no schemaVersion.</source>
        <translation>Bu bir Portico çalışma alanı değil: schemaVersion alanı yok.</translation>
    </message>
    <message>
        <source>must be 1 or more.</source>
        <translation>1 ya da daha büyük olmalı.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Portico (schema version %1); this version reads schema version %2 and older. Update Portico to open it.</source>
        <translation>Bu çalışma alanı Portico&apos;nun daha yeni bir sürümüyle kaydedilmiş (şema sürümü %1); bu sürüm şema sürümü %2 ve öncesini okuyabilir. Açmak için Portico&apos;yu güncelleyin.</translation>
    </message>
    <message>
        <source>another environment is already named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; adında başka bir ortam zaten var.</translation>
    </message>
    <message>
        <source>another API already has the id &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; kimliğine sahip başka bir API zaten var.</translation>
    </message>
    <message>
        <source>another request is already saved for operation &apos;%1&apos; of API &apos;%2&apos;.</source>
        <translation>&apos;%2&apos; API&apos;sinin &apos;%1&apos; işlemi için kaydedilmiş başka bir istek zaten var.</translation>
    </message>
    <message>
        <source>no environment is named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; adında bir ortam yok.</translation>
    </message>
    <message>
        <source>Could not save the workspace to %1: %2</source>
        <translation>Çalışma alanı %1 konumuna kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Could not open the workspace %1: %2</source>
        <translation>%1 çalışma alanı açılamadı: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for machine-learning web services behind an API gateway.</source>
        <translation>API ağ geçidi arkasındaki makine öğrenimi web hizmetleri için konsol.</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s files in &lt;dir&gt;.</source>
        <translation>Bu profilin dosyalarını &lt;dizin&gt; içinde sakla.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dizin</translation>
    </message>
    <message>
        <source>Do not start the embedded sandbox.</source>
        <translation>Yerleşik korumalı alanı başlatma.</translation>
    </message>
    <message>
        <source>Show the version, the Qt version and the licence.</source>
        <translation>Sürümü, Qt sürümünü ve lisansı göster.</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (tr or en) instead of the system&apos;s or the saved choice.</source>
        <translation>Arayüzü, sistemin dili ya da kayıtlı seçim yerine &lt;dil&gt; dilinde (tr ya da en) göster.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use tr or en.</source>
        <translation>Bilinmeyen dil &quot;%1&quot;: tr ya da en kullanın.</translation>
    </message>
</context>
<context>
    <name>portico::client::AzureSession</name>
    <message>
        <source>The local sandbox needs no sign-in.</source>
        <translation>Yerel korumalı alan oturum açma gerektirmez.</translation>
    </message>
    <message>
        <source>Name the client id of your Microsoft Entra application in Choose connection… first.</source>
        <translation>Önce Bağlantı seç… içinde Microsoft Entra uygulamanızın istemci kimliğini girin.</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed on this computer.</source>
        <translation>Azure CLI (az) bu bilgisayarda kurulu değil.</translation>
    </message>
    <message>
        <source>Connection: local sandbox</source>
        <translation>Bağlantı: yerel korumalı alan</translation>
    </message>
    <message>
        <source>Connection: Azure %1, signed out</source>
        <translation>Bağlantı: Azure %1, oturum kapalı</translation>
    </message>
    <message>
        <source>Connection: Azure %1, signing in…</source>
        <translation>Bağlantı: Azure %1, oturum açılıyor…</translation>
    </message>
    <message>
        <source>Connection: Azure %1, signed in</source>
        <translation>Bağlantı: Azure %1, oturum açık</translation>
    </message>
</context>
<context>
    <name>portico::client::BesClient</name>
    <message>
        <source>No batch service address is set for this job.</source>
        <translation>Bu iş için toplu iş hizmeti adresi ayarlanmamış.</translation>
    </message>
    <message>
        <source>The key %1 is needed but no keychain is available.</source>
        <translation>%1 anahtarı gerekli, ancak kullanılabilir bir anahtarlık yok.</translation>
    </message>
    <message>
        <source>The key %1 is not in the keychain: add it under Tools → Keys.</source>
        <translation>%1 anahtarı anahtarlıkta yok: Araçlar → Anahtarlar altından ekleyin.</translation>
    </message>
    <message>
        <source>The key %1 is not in the keychain.</source>
        <translation>%1 anahtarı anahtarlıkta yok.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>The service accepted the job but sent no job id.</source>
        <translation>Hizmet işi kabul etti ancak iş kimliği göndermedi.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation>%1 (HTTP %2, %3)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 %2.</source>
        <translation>Hizmet HTTP %1 %2 yanıtı verdi.</translation>
    </message>
    <message>
        <source>Cannot download to %1: %2</source>
        <translation>%1 konumuna indirilemiyor: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>portico::client::HttpEngine</name>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>&quot;%1&quot; bir http ya da https adresi değil.</translation>
    </message>
    <message>
        <source>The request to %1 has no method.</source>
        <translation>%1 adresine giden isteğin yöntemi yok.</translation>
    </message>
    <message>
        <source>Cannot read the request body from %1: %2</source>
        <translation>İstek gövdesi %1 dosyasından okunamıyor: %2</translation>
    </message>
</context>
<context>
    <name>portico::client::JobRunner</name>
    <message>
        <source>Reading the storage key…</source>
        <translation>Depolama anahtarı okunuyor…</translation>
    </message>
    <message>
        <source>Uploading the input…</source>
        <translation>Giriş karşıya yükleniyor…</translation>
    </message>
    <message>
        <source>Submitting the job…</source>
        <translation>İş gönderiliyor…</translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation>İş başlatılıyor…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Bitti.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Başarısız oldu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>No keychain is available for the storage key.</source>
        <translation>Depolama anahtarı için kullanılabilir bir anahtarlık yok.</translation>
    </message>
    <message>
        <source>The storage connection string %1 is not in the keychain.</source>
        <translation>%1 depolama bağlantı dizesi anahtarlıkta yok.</translation>
    </message>
    <message>
        <source>The storage connection string %1 is not usable: %2</source>
        <translation>%1 depolama bağlantı dizesi kullanılamıyor: %2</translation>
    </message>
    <message>
        <source>The input file %1 does not exist.</source>
        <translation>%1 giriş dosyası yok.</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>Karşıya yükleme başarısız oldu: %1</translation>
    </message>
    <message>
        <source>The service refused the job: %1</source>
        <translation>Hizmet işi reddetti: %1</translation>
    </message>
    <message>
        <source>The job %1 was submitted but did not start: %2</source>
        <translation>%1 işi gönderildi ancak başlamadı: %2</translation>
    </message>
</context>
<context>
    <name>portico::client::ManagedPublisher</name>
    <message>
        <source>Edit API “%1”</source>
        <translation>“%1” API&apos;sini düzenleme</translation>
    </message>
    <message>
        <source>Add API “%1”</source>
        <translation>“%1” API&apos;sini ekleme</translation>
    </message>
    <message>
        <source>Delete API “%1”</source>
        <translation>“%1” API&apos;sini silme</translation>
    </message>
    <message>
        <source>Edit operation “%1”</source>
        <translation>“%1” işlemini düzenleme</translation>
    </message>
    <message>
        <source>Add operation “%1”</source>
        <translation>“%1” işlemini ekleme</translation>
    </message>
    <message>
        <source>Delete operation “%1”</source>
        <translation>“%1” işlemini silme</translation>
    </message>
    <message>
        <source>Import API “%1”</source>
        <translation>“%1” API&apos;sini içe aktar</translation>
    </message>
</context>
<context>
    <name>portico::client::OnlineEndpointAnswer</name>
    <message>
        <source>The online endpoint refused the Microsoft Entra token (%1). Sign in again, or ask for a role that may score this endpoint.</source>
        <translation>Çevrimiçi uç nokta Microsoft Entra belirtecini reddetti (%1). Yeniden oturum açın ya da bu uç noktada puanlama yapabilen bir rol isteyin.</translation>
    </message>
    <message>
        <source>The online endpoint refused the endpoint key (%1). Check the key stored in the keychain for this environment, or whether the endpoint expects a Microsoft Entra token instead.</source>
        <translation>Çevrimiçi uç nokta, uç nokta anahtarını reddetti (%1). Bu ortam için anahtarlıkta saklanan anahtarı denetleyin ya da uç noktanın bunun yerine bir Microsoft Entra belirteci bekleyip beklemediğine bakın.</translation>
    </message>
    <message>
        <source>The online endpoint has nothing at this address (%1). Check the scoring URI and the deployment.</source>
        <translation>Çevrimiçi uç noktanın bu adreste hiçbir şeyi yok (%1). Puanlama URI&apos;sini ve dağıtımı denetleyin.</translation>
    </message>
    <message>
        <source>The model refused the input (its status %1): %2</source>
        <translation>Model girdiyi reddetti (kendi durumu %1): %2</translation>
    </message>
</context>
<context>
    <name>portico::client::ReportsClient</name>
    <message>
        <source>The keychain holds no admin key &quot;%1&quot; for the gateway&apos;s management API.</source>
        <translation>Anahtarlıkta ağ geçidinin yönetim API&apos;si için &quot;%1&quot; yönetici anahtarı yok.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway at %1: %2</source>
        <translation>%1 adresindeki ağ geçidine ulaşılamıyor: %2</translation>
    </message>
    <message>
        <source>The gateway refused the admin key &quot;%1&quot; (HTTP %2).</source>
        <translation>Ağ geçidi &quot;%1&quot; yönetici anahtarını reddetti (HTTP %2).</translation>
    </message>
    <message>
        <source>The gateway&apos;s management API answered HTTP %1. %2</source>
        <translation>Ağ geçidinin yönetim API&apos;si HTTP %1 yanıtı verdi. %2</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is not a usage report.</source>
        <translation>Ağ geçidinin yanıtı bir kullanım raporu değil.</translation>
    </message>
</context>
<context>
    <name>portico::client::SecretStore</name>
    <message>
        <source>No keychain is available (Secret Service / KWallet). Portico keeps API keys only in the OS keychain; start gnome-keyring or KWallet, then try again.</source>
        <translation>Kullanılabilir bir anahtarlık yok (Secret Service / KWallet). Portico, API anahtarlarını yalnızca işletim sisteminin anahtarlığında saklar; gnome-keyring ya da KWallet&apos;ı başlatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>No key named “%1” is stored yet.</source>
        <translation>“%1” adlı bir anahtar henüz kaydedilmemiş.</translation>
    </message>
    <message>
        <source>Portico was not allowed to use the keychain. Unlock it, or allow Portico access, then try again.</source>
        <translation>Portico&apos;nun anahtarlığı kullanmasına izin verilmedi. Anahtarlığın kilidini açın ya da Portico&apos;ya erişim izni verin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Could not read the key “%1” from the keychain: %2</source>
        <translation>“%1” anahtarı anahtarlıktan okunamadı: %2</translation>
    </message>
    <message>
        <source>Could not store the key “%1” in the keychain: %2</source>
        <translation>“%1” anahtarı anahtarlığa kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>Could not remove the key “%1” from the keychain: %2</source>
        <translation>“%1” anahtarı anahtarlıktan kaldırılamadı: %2</translation>
    </message>
    <message>
        <source>Could not read the list of keys from the keychain: %1</source>
        <translation>Anahtar listesi anahtarlıktan okunamadı: %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name.</source>
        <translation>“%1” geçerli bir profil adı değil.</translation>
    </message>
    <message>
        <source>“%1” is not a valid key name: use letters, digits, “-”, “_” and “.”, not starting with “.”.</source>
        <translation>“%1” geçerli bir anahtar adı değil: harf, rakam, “-”, “_” ve “.” kullanın; ad “.” ile başlamamalı.</translation>
    </message>
    <message>
        <source>A key named “%1” already exists.</source>
        <translation>“%1” adlı bir anahtar zaten var.</translation>
    </message>
</context>
<context>
    <name>portico::client::TryItSession</name>
    <message>
        <source>Required parameters are empty: %1.</source>
        <translation>Zorunlu parametreler boş: %1.</translation>
    </message>
    <message>
        <source>The environment has no variable %1.</source>
        <translation>Ortamda şu değişken yok: %1.</translation>
    </message>
    <message>
        <source>Left out (no value in this environment): %1.</source>
        <translation>Atlandı (bu ortamda değeri yok): %1.</translation>
    </message>
    <message>
        <source>A request is already under way; cancel it first.</source>
        <translation>Zaten süren bir istek var; önce onu iptal edin.</translation>
    </message>
    <message>
        <source>The keychain has no secret %1.</source>
        <translation>Anahtarlıkta şu gizli dizi yok: %1.</translation>
    </message>
    <message>
        <source>The keychain has no secret &quot;%1&quot;. Add it under Tools → Keys, then send again.</source>
        <translation>Anahtarlıkta &quot;%1&quot; gizli dizisi yok. Araçlar → Anahtarlar altından ekleyip yeniden gönderin.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>This environment signs in with Microsoft Entra ID (%1), and no sign-in is set up. Sign in first, or switch the environment to an endpoint key.</source>
        <translation>Bu ortam Microsoft Entra ID ile oturum açıyor (%1), ancak kurulu bir oturum yok. Önce oturum açın ya da ortamı uç nokta anahtarına geçirin.</translation>
    </message>
    <message>
        <source>No Microsoft Entra token: sign in again.</source>
        <translation>Microsoft Entra belirteci yok: yeniden oturum açın.</translation>
    </message>
</context>
<context>
    <name>portico::client::WorkspacePublisher</name>
    <message>
        <source>Edit API “%1”</source>
        <translation>“%1” API&apos;sini düzenleme</translation>
    </message>
    <message>
        <source>Add API “%1”</source>
        <translation>“%1” API&apos;sini ekleme</translation>
    </message>
    <message>
        <source>There is no API “%1” in the workspace.</source>
        <translation>Çalışma alanında “%1” API&apos;si yok.</translation>
    </message>
    <message>
        <source>Delete API “%1”</source>
        <translation>“%1” API&apos;sini silme</translation>
    </message>
    <message>
        <source>Edit operation “%1”</source>
        <translation>“%1” işlemini düzenleme</translation>
    </message>
    <message>
        <source>Add operation “%1”</source>
        <translation>“%1” işlemini ekleme</translation>
    </message>
    <message>
        <source>There is no operation “%1” in the API “%2”.</source>
        <translation>“%2” API&apos;sinde “%1” işlemi yok.</translation>
    </message>
    <message>
        <source>Delete operation “%1”</source>
        <translation>“%1” işlemini silme</translation>
    </message>
    <message>
        <source>Import API “%1”</source>
        <translation>“%1” API&apos;sini içe aktar</translation>
    </message>
</context>
<context>
    <name>portico::client::auth::AzureCliTokenSource</name>
    <message>
        <source>The Azure CLI answered without an access token.</source>
        <translation>Azure CLI erişim belirteci olmadan yanıt verdi.</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH. Install it and run &quot;az login&quot;, or sign in with a device code.</source>
        <translation>Azure CLI (az) kurulu değil ya da PATH üzerinde değil. Kurup &quot;az login&quot; komutunu çalıştırın veya cihaz koduyla oturum açın.</translation>
    </message>
    <message>
        <source>Cannot run the Azure CLI (%1): %2</source>
        <translation>Azure CLI (%1) çalıştırılamıyor: %2</translation>
    </message>
    <message>
        <source>The Azure CLI failed (exit code %1).</source>
        <translation>Azure CLI başarısız oldu (çıkış kodu %1).</translation>
    </message>
    <message>
        <source>The Azure CLI failed: %1</source>
        <translation>Azure CLI başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>portico::client::auth::DeviceCodeSignIn</name>
    <message>
        <source>No application (client) id is set for Microsoft Entra sign-in.</source>
        <translation>Microsoft Entra oturum açması için uygulama (istemci) kimliği ayarlanmamış.</translation>
    </message>
    <message>
        <source>Cannot reach Microsoft Entra ID: %1</source>
        <translation>Microsoft Entra ID&apos;ye ulaşılamıyor: %1</translation>
    </message>
    <message>
        <source>Microsoft Entra ID did not start the sign-in: %1</source>
        <translation>Microsoft Entra ID oturum açmayı başlatmadı: %1</translation>
    </message>
    <message>
        <source>its answer lacks the code.</source>
        <translation>yanıtında kod yok.</translation>
    </message>
    <message>
        <source>The code %1 expired before the sign-in was approved. Sign in again for a new code.</source>
        <translation>%1 kodunun süresi oturum açma onaylanmadan doldu. Yeni bir kod için yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID answered the sign-in without a token.</source>
        <translation>Microsoft Entra ID oturum açmayı belirteç olmadan yanıtladı.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation>Oturum açma tarayıcıda reddedildi.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in: %1</source>
        <translation>Microsoft Entra ID oturum açmayı reddetti: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Oturum açma iptal edildi.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra ID first.</source>
        <translation>Önce Microsoft Entra ID&apos;de oturum açın.</translation>
    </message>
    <message>
        <source>Cannot refresh the Microsoft Entra token: %1</source>
        <translation>Microsoft Entra belirteci yenilenemiyor: %1</translation>
    </message>
    <message>
        <source>the server answered %1.</source>
        <translation>sunucu %1 yanıtını verdi.</translation>
    </message>
    <message>
        <source>Your Microsoft Entra sign-in has ended: %1 Sign in again.</source>
        <translation>Microsoft Entra oturumunuz sona erdi: %1 Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Signed out of Microsoft Entra ID.</source>
        <translation>Microsoft Entra ID oturumu kapatıldı.</translation>
    </message>
</context>
<context>
    <name>portico::client::storage::BlobClient</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: the file changed while it was being uploaded</source>
        <translation>%1 okunamıyor: dosya karşıya yüklenirken değişti</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the storage service running?</source>
        <translation>%1 bağlantıyı reddetti: depolama hizmeti çalışıyor mu?</translation>
    </message>
    <message>
        <source>Storage host %1 not found</source>
        <translation>%1 depolama ana bilgisayarı bulunamadı</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 adresine ulaşılamıyor: %2</translation>
    </message>
    <message>
        <source>Storage account %1 rejected the request signature (%2): check the account name and key</source>
        <translation>%1 depolama hesabı istek imzasını reddetti (%2): hesap adını ve anahtarını denetleyin</translation>
    </message>
    <message>
        <source>Blob %1 not found in container %2 (BlobNotFound)</source>
        <translation>%2 kapsayıcısında %1 blob&apos;u bulunamadı (BlobNotFound)</translation>
    </message>
    <message>
        <source>Container %1 does not exist (ContainerNotFound)</source>
        <translation>%1 kapsayıcısı yok (ContainerNotFound)</translation>
    </message>
    <message>
        <source>Storage answered HTTP %1%2: %3</source>
        <translation>Depolama hizmeti HTTP %1%2 yanıtı verdi: %3</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kaydedilemiyor: %2</translation>
    </message>
    <message>
        <source>The transfer with %1 broke off before it was complete: %2</source>
        <translation>%1 ile aktarım tamamlanmadan kesildi: %2</translation>
    </message>
</context>
<context>
    <name>portico::ui::AboutDialog</name>
    <message>
        <source>About Portico</source>
        <translation>Portico hakkında</translation>
    </message>
    <message>
        <source>Portico version %1</source>
        <translation>Portico sürüm %1</translation>
    </message>
    <message>
        <source>A desktop console for machine-learning web services behind an API gateway: try operations, publish APIs, run batch jobs and watch usage. Keys stay in the system keychain.</source>
        <translation>API ağ geçidi arkasındaki makine öğrenimi web hizmetleri için bir masaüstü konsolu: işlemleri deneyin, API&apos;leri yayımlayın, toplu işleri çalıştırın ve kullanımı izleyin. Anahtarlar sistem anahtarlığında kalır.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (Qt %2 ile derlendi)</translation>
    </message>
    <message>
        <source>Licence: MIT. Portico comes with no warranty.</source>
        <translation>Lisans: MIT. Portico hiçbir garanti olmadan sunulur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Portico %1 · Qt %2 (built with Qt %3) · MIT licence</source>
        <translation>Portico %1 · Qt %2 (Qt %3 ile derlendi) · MIT lisansı</translation>
    </message>
</context>
<context>
    <name>portico::ui::ApiDialog</name>
    <message>
        <source>Enter the Web API URL suffix, the path the API gets on the gateway.</source>
        <translation>Web API URL sonekini, yani API&apos;nin ağ geçidindeki yolunu girin.</translation>
    </message>
    <message>
        <source>The URL suffix may hold only letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; and &apos;~&apos;, in segments separated by single &apos;/&apos;.</source>
        <translation>URL soneki yalnızca harf, rakam, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; ve &apos;~&apos; içerebilir; kesimler tek bir &apos;/&apos; ile ayrılır.</translation>
    </message>
    <message>
        <source>HTT&amp;P</source>
        <translation>HTT&amp;P</translation>
    </message>
    <message>
        <source>HTTP&amp;S</source>
        <translation>HTTP&amp;S</translation>
    </message>
    <message>
        <source>Add API</source>
        <translation>API ekle</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Web API name</source>
        <translation>Web API adı</translation>
    </message>
    <message>
        <source>AzureML Demo API</source>
        <translation>AzureML Demo API</translation>
    </message>
    <message>
        <source>Web service URL</source>
        <translation>Web hizmeti URL&apos;si</translation>
    </message>
    <message>
        <source>https://ussouthcentral.services.azureml.net</source>
        <translation>https://ussouthcentral.services.azureml.net</translation>
    </message>
    <message>
        <source>Web API URL suffix</source>
        <translation>Web API URL soneki</translation>
    </message>
    <message>
        <source>azureml-demo</source>
        <translation>azureml-demo</translation>
    </message>
    <message>
        <source>HTTP scheme</source>
        <translation>HTTP şeması</translation>
    </message>
    <message>
        <source>HTTPS scheme</source>
        <translation>HTTPS şeması</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Web API &amp;name:</source>
        <translation>Web API &amp;adı:</translation>
    </message>
    <message>
        <source>Web &amp;service URL:</source>
        <translation>Web &amp;hizmeti URL&apos;si:</translation>
    </message>
    <message>
        <source>Web API &amp;URL suffix:</source>
        <translation>Web API &amp;URL soneki:</translation>
    </message>
    <message>
        <source>Web API URL scheme:</source>
        <translation>Web API URL şeması:</translation>
    </message>
    <message>
        <source>P&amp;roducts:</source>
        <translation>Ü&amp;rünler:</translation>
    </message>
    <message>
        <source>Why the API cannot be saved yet</source>
        <translation>API&apos;nin neden henüz kaydedilemediği</translation>
    </message>
    <message>
        <source>Save API</source>
        <translation>API&apos;yi kaydet</translation>
    </message>
    <message>
        <source>Edit API</source>
        <translation>API&apos;yi düzenle</translation>
    </message>
    <message>
        <source>Enter the Web API name.</source>
        <translation>Web API adını girin.</translation>
    </message>
    <message>
        <source>Enter the Web service URL, where the gateway forwards calls.</source>
        <translation>Ağ geçidinin çağrıları ilettiği Web hizmeti URL&apos;sini girin.</translation>
    </message>
    <message>
        <source>The Web service URL must be an absolute http:// or https:// address.</source>
        <translation>Web hizmeti URL&apos;si mutlak bir http:// ya da https:// adresi olmalı.</translation>
    </message>
    <message>
        <source>The URL suffix “%1” is already used by the API “%2”.</source>
        <translation>“%1” URL soneki zaten “%2” API&apos;si tarafından kullanılıyor.</translation>
    </message>
    <message>
        <source>Choose at least one URL scheme.</source>
        <translation>En az bir URL şeması seçin.</translation>
    </message>
</context>
<context>
    <name>portico::ui::CallsOverTimeModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
</context>
<context>
    <name>portico::ui::CodeView</name>
    <message>
        <source>&amp;Variables at the top</source>
        <translation>Değişkenler &amp;yukarıda</translation>
    </message>
    <message>
        <source>&amp;Whole batch job</source>
        <translation>&amp;Bütün toplu iş</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <source>Sample code</source>
        <translation>Örnek kod</translation>
    </message>
    <message>
        <source>Programming language</source>
        <translation>Programlama dili</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Declare the environment&apos;s variables at the top</source>
        <translation>Ortamın değişkenlerini başta tanımla</translation>
    </message>
    <message>
        <source>Keep workspace, service and the other variables as variables at the top of the program instead of writing their values in place.</source>
        <translation>workspace, service ve diğer değişkenlerin değerlerini yerlerine yazmak yerine programın başında değişken olarak tut.</translation>
    </message>
    <message>
        <source>Show the whole batch job</source>
        <translation>Bütün toplu işi göster</translation>
    </message>
    <message>
        <source>Upload the CSV, submit, start, poll every second and download the outputs.</source>
        <translation>CSV dosyasını yükle, gönder, başlat, her saniye durumu sor ve çıktıları indir.</translation>
    </message>
    <message>
        <source>Environment variables to set</source>
        <translation>Ayarlanacak ortam değişkenleri</translation>
    </message>
    <message>
        <source>Copy the sample code</source>
        <translation>Örnek kodu kopyala</translation>
    </message>
    <message>
        <source>Save the sample code as a file</source>
        <translation>Örnek kodu dosya olarak kaydet</translation>
    </message>
    <message>
        <source>Choose an operation to see its request as code.</source>
        <translation>İsteğini kod olarak görmek için bir işlem seçin.</translation>
    </message>
    <message>
        <source>No keys needed.</source>
        <translation>Anahtar gerekmiyor.</translation>
    </message>
    <message>
        <source>Set before running: %1 (keys stay in the keychain, never in the code).</source>
        <translation>Çalıştırmadan önce ayarlayın: %1 (anahtarlar kodda değil, anahtarlıkta kalır).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message>
        <source>Save the sample code</source>
        <translation>Örnek kodu kaydet</translation>
    </message>
</context>
<context>
    <name>portico::ui::ConnectionDialog</name>
    <message>
        <source>Choose Connection</source>
        <translation>Bağlantı Seç</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Yerel korumalı alan</translation>
    </message>
    <message>
        <source>Azure API Management</source>
        <translation>Azure API Management</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Bağlantı:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Kiracı:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Kiracı</translation>
    </message>
    <message>
        <source>organizations, a tenant id or a domain</source>
        <translation>organizations, bir kiracı kimliği ya da bir etki alanı</translation>
    </message>
    <message>
        <source>&amp;Subscription id:</source>
        <translation>&amp;Abonelik kimliği:</translation>
    </message>
    <message>
        <source>Azure subscription id</source>
        <translation>Azure abonelik kimliği</translation>
    </message>
    <message>
        <source>&amp;Resource group:</source>
        <translation>Kaynak &amp;grubu:</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Kaynak grubu</translation>
    </message>
    <message>
        <source>Ser&amp;vice name:</source>
        <translation>&amp;Hizmet adı:</translation>
    </message>
    <message>
        <source>API Management service name</source>
        <translation>API Management hizmet adı</translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation>A&amp;PI sürümü:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API sürümü</translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL:</source>
        <translation>Resource &amp;Manager adresi:</translation>
    </message>
    <message>
        <source>Azure Resource Manager URL</source>
        <translation>Azure Resource Manager adresi</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Oturum açma yöntemi</translation>
    </message>
    <message>
        <source>Device code (a browser on any device)</source>
        <translation>Cihaz kodu (herhangi bir cihazdaki tarayıcı)</translation>
    </message>
    <message>
        <source>Use my Azure CLI sign-in</source>
        <translation>Azure CLI oturumumu kullan</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed.</source>
        <translation>Azure CLI (az) kurulu değil.</translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation>&amp;Oturum açma:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>İstemci k&amp;imliği:</translation>
    </message>
    <message>
        <source>Microsoft Entra client id</source>
        <translation>Microsoft Entra istemci kimliği</translation>
    </message>
    <message>
        <source>your application&apos;s (client) id</source>
        <translation>uygulamanızın (istemci) kimliği</translation>
    </message>
    <message>
        <source>Sign-in &amp;URL:</source>
        <translation>Oturum açma adres&amp;i:</translation>
    </message>
    <message>
        <source>Microsoft Entra sign-in URL</source>
        <translation>Microsoft Entra oturum açma adresi</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Sorun ne</translation>
    </message>
    <message>
        <source>Use this connection</source>
        <translation>Bu bağlantıyı kullan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Enter the Azure subscription id the API Management instance is in.</source>
        <translation>API Management örneğinin bulunduğu Azure abonelik kimliğini girin.</translation>
    </message>
    <message>
        <source>Enter the resource group the API Management instance is in.</source>
        <translation>API Management örneğinin bulunduğu kaynak grubunu girin.</translation>
    </message>
    <message>
        <source>Enter the name of the API Management instance.</source>
        <translation>API Management örneğinin adını girin.</translation>
    </message>
    <message>
        <source>“%1” is not an API version; they look like 2024-05-01.</source>
        <translation>“%1” bir API sürümü değil; sürümler 2024-05-01 biçimindedir.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>“%1” bir http ya da https adresi değil.</translation>
    </message>
    <message>
        <source>Enter the client id of your Microsoft Entra application: device-code sign-in asks for a token on its behalf.</source>
        <translation>Microsoft Entra uygulamanızın istemci kimliğini girin: cihaz koduyla oturum açma, belirteci onun adına ister.</translation>
    </message>
</context>
<context>
    <name>portico::ui::DashboardView</name>
    <message>
        <source>Cannot show the gateway&apos;s usage: %1</source>
        <translation>Ağ geçidinin kullanımı gösterilemiyor: %1</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Kullanım yükleniyor…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <source>Usage source</source>
        <translation>Kullanım kaynağı</translation>
    </message>
    <message>
        <source>Gateway reports</source>
        <translation>Ağ geçidi raporları</translation>
    </message>
    <message>
        <source>This console&apos;s history</source>
        <translation>Bu konsolun geçmişi</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>A&amp;ralık:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zaman aralığı</translation>
    </message>
    <message>
        <source>Last hour (5-minute bars)</source>
        <translation>Son bir saat (5 dakikalık çubuklar)</translation>
    </message>
    <message>
        <source>Last day (hourly bars)</source>
        <translation>Son bir gün (saatlik çubuklar)</translation>
    </message>
    <message>
        <source>Last week (daily bars)</source>
        <translation>Son bir hafta (günlük çubuklar)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Yeni&amp;le</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Kullanım panosunu yenile</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>Kullanım panosu durumu</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Zamana göre çağrılar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Çağrılar</translation>
    </message>
    <message>
        <source>Latency per operation</source>
        <translation>İşlem başına gecikme</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Milisaniye</translation>
    </message>
    <message>
        <source>Top operations</source>
        <translation>En çok çağrılan işlemler</translation>
    </message>
    <message>
        <source>Calls per subscription</source>
        <translation>Abonelik başına çağrılar</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonelik</translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation>Kullanım panosu iletisi</translation>
    </message>
    <message>
        <source>The console&apos;s request history is off, so it has no calls to show.</source>
        <translation>Konsolun istek geçmişi kapalı, bu yüzden gösterilecek çağrı yok.</translation>
    </message>
    <message>
        <source>Latency per operation: this gateway reports no percentiles</source>
        <translation>İşlem başına gecikme: bu ağ geçidi yüzdelik bildirmiyor</translation>
    </message>
    <message>
        <source>Calls per API</source>
        <translation>API başına çağrılar</translation>
    </message>
    <message>
        <source>Calls: %1 (success %2, client error %3, throttled %4, server error %5). Updated %6.</source>
        <translation>Çağrılar: %1 (başarılı %2, istemci hatası %3, kısıtlanan %4, sunucu hatası %5). Güncelleme: %6.</translation>
    </message>
    <message>
        <source>Not updated.</source>
        <translation>Güncellenmedi.</translation>
    </message>
    <message>
        <source>No calls in the last hour</source>
        <translation>Son bir saatte çağrı yok</translation>
    </message>
    <message>
        <source>No calls in the last day</source>
        <translation>Son bir günde çağrı yok</translation>
    </message>
    <message>
        <source>No calls in the last week</source>
        <translation>Son bir haftada çağrı yok</translation>
    </message>
</context>
<context>
    <name>portico::ui::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation>Ortamlar</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Yeni ortam</translation>
    </message>
    <message>
        <source>A set of {{variables}} for requests</source>
        <translation>İstekler için bir {{değişken}} kümesi</translation>
    </message>
    <message>
        <source>New &amp;online endpoint</source>
        <translation>Yeni ç&amp;evrimiçi uç nokta</translation>
    </message>
    <message>
        <source>New Azure ML online endpoint</source>
        <translation>Yeni Azure ML çevrimiçi uç noktası</translation>
    </message>
    <message>
        <source>An Azure ML managed online endpoint: a scoring URI and its key or Entra sign-in</source>
        <translation>Azure ML yönetilen çevrimiçi uç noktası: bir puanlama URI&apos;si ve anahtarı ya da Entra oturumu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Çoğalt</translation>
    </message>
    <message>
        <source>Duplicate environment</source>
        <translation>Ortamı çoğalt</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>Ortamı kaldır</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Ortam adı</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>A&amp;d:</translation>
    </message>
    <message>
        <source>Environment kind</source>
        <translation>Ortam türü</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Değişkenler</translation>
    </message>
    <message>
        <source>Azure ML online endpoint</source>
        <translation>Azure ML çevrimiçi uç noktası</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Online endpoint</source>
        <translation>Çevrimiçi uç nokta</translation>
    </message>
    <message>
        <source>Scoring URI</source>
        <translation>Puanlama URI&apos;si</translation>
    </message>
    <message>
        <source>https://&lt;endpoint&gt;.&lt;region&gt;.inference.ml.azure.com/score</source>
        <translation>https://&lt;uç-nokta&gt;.&lt;bölge&gt;.inference.ml.azure.com/score</translation>
    </message>
    <message>
        <source>&amp;Scoring URI:</source>
        <translation>&amp;Puanlama URI&apos;si:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Kimlik doğrulama</translation>
    </message>
    <message>
        <source>Endpoint key</source>
        <translation>Uç nokta anahtarı</translation>
    </message>
    <message>
        <source>Microsoft Entra token (https://ml.azure.com)</source>
        <translation>Microsoft Entra belirteci (https://ml.azure.com)</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Kimlik &amp;doğrulama:</translation>
    </message>
    <message>
        <source>Key name in the keychain</source>
        <translation>Anahtarlıktaki anahtar adı</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>Anahtar &amp;adı:</translation>
    </message>
    <message>
        <source>Leave empty to keep the key the keychain has</source>
        <translation>Anahtarlıktaki anahtarı korumak için boş bırakın</translation>
    </message>
    <message>
        <source>Stored in the OS keychain under the key name, never in the workspace</source>
        <translation>İşletim sisteminin anahtarlığında anahtar adıyla saklanır, asla çalışma alanında değil</translation>
    </message>
    <message>
        <source>Endpoint &amp;key:</source>
        <translation>Uç nokta &amp;anahtarı:</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Dağıtım</translation>
    </message>
    <message>
        <source>Empty: the endpoint&apos;s traffic split decides</source>
        <translation>Boş: uç noktanın trafik paylaşımı karar verir</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Dağıtım:</translation>
    </message>
    <message>
        <source>Sample body</source>
        <translation>Örnek gövde</translation>
    </message>
    <message>
        <source>&amp;MLflow sample</source>
        <translation>&amp;MLflow örneği</translation>
    </message>
    <message>
        <source>Insert the MLflow sample body</source>
        <translation>MLflow örnek gövdesini ekle</translation>
    </message>
    <message>
        <source>{&quot;input_data&quot;: {&quot;columns&quot;, &quot;index&quot;, &quot;data&quot;}}, the shape MLflow models take</source>
        <translation>{&quot;input_data&quot;: {&quot;columns&quot;, &quot;index&quot;, &quot;data&quot;}}, MLflow modellerinin aldığı biçim</translation>
    </message>
    <message>
        <source>Sample &amp;body:</source>
        <translation>Örnek &amp;gövde:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Değişkenler:</translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation>Değişken &amp;ekle</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Değişken ekle</translation>
    </message>
    <message>
        <source>Remove v&amp;ariable</source>
        <translation>Değişkeni k&amp;aldır</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Değişkeni kaldır</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>İletişim kutusu düğmeleri</translation>
    </message>
    <message>
        <source>Save environments</source>
        <translation>Ortamları kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 kopyası</translation>
    </message>
    <message>
        <source>More &amp;variables:</source>
        <translation>Diğer &amp;değişkenler:</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>Bir ortamın adı olmalı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a variable has no name.</source>
        <translation>&quot;%1&quot;: bir değişkenin adı yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the variable name &quot;%2&quot; may hold only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; değişken adında yalnızca harfler, rakamlar, &apos;_&apos;, &apos;-&apos; ve &apos;.&apos; olabilir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the variable &quot;%2&quot; is there twice.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; değişkeni iki kez var.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an online endpoint needs its scoring URI.</source>
        <translation>&quot;%1&quot;: çevrimiçi uç noktanın puanlama URI&apos;si olmalı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the scoring URI is not an http or https address.</source>
        <translation>&quot;%1&quot;: puanlama URI&apos;si bir http ya da https adresi değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: name the keychain key that holds the endpoint key.</source>
        <translation>&quot;%1&quot;: uç nokta anahtarını tutan anahtarlık anahtarını adlandırın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a key name the keychain takes (letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; anahtarlığın kabul ettiği bir anahtar adı değil (harfler, rakamlar, &apos;_&apos;, &apos;-&apos; ve &apos;.&apos;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the keychain has no key &quot;%2&quot;; type the endpoint key to store it.</source>
        <translation>&quot;%1&quot;: anahtarlıkta &quot;%2&quot; anahtarı yok; saklamak için uç nokta anahtarını yazın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the sample body is not JSON: %2 at line %3, column %4.</source>
        <translation>&quot;%1&quot;: örnek gövde JSON değil: %3. satır, %4. sütunda %2.</translation>
    </message>
    <message>
        <source>Two environments are called &quot;%1&quot;.</source>
        <translation>İki ortamın adı &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <source>Discard the changes to the environments?</source>
        <translation>Ortamlarda yapılan değişiklikler atılsın mı?</translation>
    </message>
</context>
<context>
    <name>portico::ui::GroupUsageModel</name>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonelik</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Çağrılar</translation>
    </message>
</context>
<context>
    <name>portico::ui::HeaderNameDelegate</name>
    <message>
        <source>Header name</source>
        <translation>Üst bilgi adı</translation>
    </message>
</context>
<context>
    <name>portico::ui::HistoryModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>Only the first %1 of the body were kept.</source>
        <translation>Gövdenin yalnızca ilk %1 kadarı saklandı.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportController</name>
    <message>
        <source>Import of %1</source>
        <translation>%1 içe aktarımı</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 changed, %4 removed.</source>
        <translation>%1 içe aktarıldı: %2 eklendi, %3 değişti, %4 kaldırıldı.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Geri alındı: %1.</translation>
    </message>
    <message>
        <source>Only the first of the %1 dropped items is imported.</source>
        <translation>Bırakılan %1 öğeden yalnızca ilki içe aktarılır.</translation>
    </message>
    <message>
        <source>The clipboard holds no curl command, document or address to import.</source>
        <translation>Panoda içe aktarılacak bir curl komutu, belge ya da adres yok.</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>İçe aktarma iptal edildi; çalışma alanı değişmedi.</translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Gö&amp;zat…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>İçe aktarılacak dosya</translation>
    </message>
    <message>
        <source>An OpenAPI or Swagger file (JSON or YAML), or a Postman collection</source>
        <translation>Bir OpenAPI ya da Swagger dosyası (JSON ya da YAML) veya bir Postman koleksiyonu</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>İçe aktarılacak dosyayı seçin</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>Address of the document to import</source>
        <translation>İçe aktarılacak belgenin adresi</translation>
    </message>
    <message>
        <source>https://example.com/openapi.yaml</source>
        <translation>https://example.com/openapi.yaml</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Paste a curl &amp;command or a whole OpenAPI, Swagger or Postman document:</source>
        <translation>Bir curl &amp;komutu ya da eksiksiz bir OpenAPI, Swagger veya Postman belgesi yapıştırın:</translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation>İçe aktarılacak metin</translation>
    </message>
    <message>
        <source>Where the API comes from</source>
        <translation>API&apos;nin kaynağı</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Dosy&amp;a</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Metin</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>İçe aktarma ilerlemesi</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>İçe aktarma durumu</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Ö&amp;nizle…</translation>
    </message>
    <message>
        <source>Read the document and preview the import</source>
        <translation>Belgeyi oku ve içe aktarmayı önizle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>İçe aktarmayı iptal et</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 alınıyor…</translation>
    </message>
    <message>
        <source>Read %1 of %2…</source>
        <translation>%2 öğeden %1 okundu…</translation>
    </message>
    <message>
        <source>Import an API description</source>
        <translation>Bir API tanımını içe aktar</translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml)</source>
        <translation>API tanımları (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>yapıştırılan metin</translation>
    </message>
    <message>
        <source>Reading the pasted text…</source>
        <translation>Yapıştırılan metin okunuyor…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>İçe aktarma iptal edildi; çalışma alanı değişmedi.</translation>
    </message>
    <message>
        <source>Not imported, the workspace is unchanged: %1</source>
        <translation>İçe aktarılmadı, çalışma alanı değişmedi: %1</translation>
    </message>
    <message>
        <source>The document holds no operations to import.</source>
        <translation>Belgede içe aktarılacak işlem yok.</translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>İçe aktarma önizlemesi</translation>
    </message>
    <message>
        <source>What the import brings</source>
        <translation>İçe aktarmanın getirdikleri</translation>
    </message>
    <message>
        <source>%1 from %2. Operations in it: %3.</source>
        <translation>%2 kaynağından %1. İçindeki işlemler: %3.</translation>
    </message>
    <message>
        <source>The workspace already holds exactly this; nothing changes.</source>
        <translation>Çalışma alanında tam olarak bu zaten var; hiçbir şey değişmez.</translation>
    </message>
    <message>
        <source>New APIs: %1. Operations: %2 added, %3 changed, %4 removed.</source>
        <translation>Yeni API&apos;ler: %1. İşlemler: %2 eklendi, %3 değişti, %4 kaldırıldı.</translation>
    </message>
    <message>
        <source>Dropped or changed on the way in: %1, each listed below.</source>
        <translation>İçe aktarırken atlanan ya da değiştirilen: %1, her biri aşağıda listelenmiştir.</translation>
    </message>
    <message>
        <source>&amp;Changes and notes</source>
        <translation>&amp;Değişiklikler ve notlar</translation>
    </message>
    <message>
        <source>Changes and notes</source>
        <translation>Değişiklikler ve notlar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>İçe &amp;aktar</translation>
    </message>
    <message>
        <source>Import into the workspace</source>
        <translation>Çalışma alanına içe aktar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>İçe aktarmayı iptal et</translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportPreviewModel</name>
    <message>
        <source>New API: %1</source>
        <translation>Yeni API: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Eklendi: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Değişti: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Kaldırıldı: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>Key to add under Tools → Keys: %1</source>
        <translation>Araçlar → Anahtarlar altında eklenecek anahtar: %1</translation>
    </message>
</context>
<context>
    <name>portico::ui::ImportRunner</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 bir http ya da https adresi değil.</translation>
    </message>
    <message>
        <source>a document read from the network cannot refer to %1</source>
        <translation>ağdan okunan bir belge %1 konumuna başvuramaz</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 HTTP %2 yanıtını verdi.</translation>
    </message>
</context>
<context>
    <name>portico::ui::JobOutputDialog</name>
    <message>
        <source>Job output — %1</source>
        <translation>İş çıkışı — %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <source>Job output table</source>
        <translation>İş çıkışı tablosu</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <source>Save the output as a file</source>
        <translation>Çıkışı dosya olarak kaydet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Save the job output</source>
        <translation>İş çıkışını kaydet</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV dosyaları (*.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 kaydedilemedi.</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns — %3</source>
        <translation>%1 satır, %2 sütun — %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 okunamadı: %2</translation>
    </message>
</context>
<context>
    <name>portico::ui::JobsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2 percent</source>
        <translation>%1, yüzde %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>İş kimliği</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Geçen süre</translation>
    </message>
    <message>
        <source>Rows done / total</source>
        <translation>Biten / toplam satır</translation>
    </message>
    <message>
        <source>Job %1 — %2</source>
        <translation>İş %1 — %2</translation>
    </message>
    <message>
        <source>Input: %1 → %2</source>
        <translation>Giriş: %1 → %2</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Çıkış: %1</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Ayrıntılar:</translation>
    </message>
    <message>
        <source>Last status check failed: %1</source>
        <translation>Son durum denetimi başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Status as the service sent it:</source>
        <translation>Hizmetin gönderdiği haliyle durum:</translation>
    </message>
    <message>
        <source>Batch job finished</source>
        <translation>Toplu iş tamamlandı</translation>
    </message>
    <message>
        <source>Job %1 finished: %2 rows scored.</source>
        <translation>%1 işi tamamlandı: %2 satır puanlandı.</translation>
    </message>
    <message>
        <source>Job %1 finished.</source>
        <translation>%1 işi tamamlandı.</translation>
    </message>
    <message>
        <source>Batch job failed</source>
        <translation>Toplu iş başarısız oldu</translation>
    </message>
    <message>
        <source>Job %1 failed.</source>
        <translation>%1 işi başarısız oldu.</translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <translation>%1 işi başarısız oldu: %2</translation>
    </message>
    <message>
        <source>Batch job cancelled</source>
        <translation>Toplu iş iptal edildi</translation>
    </message>
    <message>
        <source>Job %1 was cancelled.</source>
        <translation>%1 işi iptal edildi.</translation>
    </message>
</context>
<context>
    <name>portico::ui::JobsTimeline</name>
    <message>
        <source>Jobs timeline</source>
        <translation>İşlerin zaman çizelgesi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) on the timeline</source>
        <translation>
            <numerusform>Zaman çizelgesinde %n iş</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portico::ui::JobsView</name>
    <message>
        <source>Batch jobs</source>
        <translation>Toplu işler</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>İş ayrıntıları</translation>
    </message>
    <message>
        <source>Select a job to see its full status.</source>
        <translation>Tam durumunu görmek için bir iş seçin.</translation>
    </message>
    <message>
        <source>Jobs status message</source>
        <translation>İşler sayfası durum iletisi</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>İndirme ilerlemesi</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>İşler</translation>
    </message>
    <message>
        <source>&amp;New batch job…</source>
        <translation>Yeni &amp;toplu iş…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başlat</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>İşi i&amp;ptal et</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Listeden &amp;kaldır</translation>
    </message>
    <message>
        <source>&amp;Download output</source>
        <translation>Çıkışı i&amp;ndir</translation>
    </message>
    <message>
        <source>Re&amp;submit…</source>
        <translation>Yeniden &amp;gönder…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Portico batch jobs</source>
        <translation>Portico toplu işleri</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Job %1 submitted.</source>
        <translation>%1 işi gönderildi.</translation>
    </message>
    <message>
        <source>Job %1 did not start: %2</source>
        <translation>%1 işi başlamadı: %2</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>%1 işi başlatıldı.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>İşi iptal et</translation>
    </message>
    <message>
        <source>Cancel the batch job %1? The service stops and deletes it.</source>
        <translation>%1 toplu işi iptal edilsin mi? Hizmet işi durdurur ve siler.</translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation>%1 işi iptal edilmedi: %2</translation>
    </message>
    <message>
        <source>Downloading the output of job %1…</source>
        <translation>%1 işinin çıkışı indiriliyor…</translation>
    </message>
    <message>
        <source>The output of job %1 is not available: %2</source>
        <translation>%1 işinin çıkışı kullanılamıyor: %2</translation>
    </message>
    <message>
        <source>no outputs</source>
        <translation>çıkış yok</translation>
    </message>
    <message>
        <source>Downloading the output of job %1 failed: %2</source>
        <translation>%1 işinin çıkışı indirilemedi: %2</translation>
    </message>
    <message>
        <source>Output of job %1 saved to %2.</source>
        <translation>%1 işinin çıkışı %2 konumuna kaydedildi.</translation>
    </message>
</context>
<context>
    <name>portico::ui::JsonTreeModel</name>
    <message>
        <source>(value)</source>
        <translation>(değer)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>nesne</translation>
    </message>
    <message>
        <source>array</source>
        <translation>dizi</translation>
    </message>
    <message>
        <source>string</source>
        <translation>dize</translation>
    </message>
    <message>
        <source>number</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>mantıksal</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
</context>
<context>
    <name>portico::ui::KeyValueModel</name>
    <message>
        <source>Required.</source>
        <translation>Zorunlu.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Varsayılan: %1</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Zorunlu değer eksik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
</context>
<context>
    <name>portico::ui::KeysDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Anahtar ekle</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Yeniden adlandır…</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Anahtarı yeniden adlandır</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Anahtarı sil</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Reveal value</source>
        <translation>Değeri göster</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>Değeri &amp;kopyala</translation>
    </message>
    <message>
        <source>Copy value to the clipboard</source>
        <translation>Değeri panoya kopyala</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Anahtarı sil</translation>
    </message>
    <message>
        <source>Rename Key…</source>
        <translation>Anahtarı yeniden adlandır…</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Değeri kopyala</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API Anahtarları</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API anahtarları</translation>
    </message>
    <message>
        <source>About API keys</source>
        <translation>API anahtarları hakkında</translation>
    </message>
    <message>
        <source>Keys of the profile “%1”, kept in the system keychain. Values stay hidden unless you reveal them.</source>
        <translation>“%1” profilinin anahtarları, sistem anahtarlığında saklanır. Değerler, siz gösterene dek gizli kalır.</translation>
    </message>
    <message>
        <source>No keychain store is available.</source>
        <translation>Kullanılabilir bir anahtarlık deposu yok.</translation>
    </message>
    <message>
        <source>Key names</source>
        <translation>Anahtar adları</translation>
    </message>
    <message>
        <source>Key value</source>
        <translation>Anahtar değeri</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Gizli</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Değer:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>İletişim kutusu düğmeleri</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Reading the list of keys…</source>
        <translation>Anahtar listesi okunuyor…</translation>
    </message>
    <message>
        <source>No keys yet. Add the subscription key from the developer portal.</source>
        <translation>Henüz anahtar yok. Geliştirici portalındaki abonelik anahtarını ekleyin.</translation>
    </message>
    <message>
        <source>Storing “%1” in the keychain…</source>
        <translation>“%1” anahtarlığa kaydediliyor…</translation>
    </message>
    <message>
        <source>Stored “%1”.</source>
        <translation>“%1” kaydedildi.</translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation>“%1”, “%2” olarak yeniden adlandırılıyor…</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1”, “%2” olarak yeniden adlandırıldı.</translation>
    </message>
    <message>
        <source>Delete the key “%1” from the keychain? Requests that use it will fail until it is added again.</source>
        <translation>“%1” anahtarı anahtarlıktan silinsin mi? Bu anahtarı kullanan istekler, anahtar yeniden eklenene dek başarısız olur.</translation>
    </message>
    <message>
        <source>Kept “%1”.</source>
        <translation>“%1” korundu.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>“%1” siliniyor…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” silindi.</translation>
    </message>
    <message>
        <source>Reading “%1” from the keychain…</source>
        <translation>“%1” anahtarlıktan okunuyor…</translation>
    </message>
    <message>
        <source>Showing the value of “%1” until you select another key or close this window.</source>
        <translation>“%1” anahtarının değeri, başka bir anahtar seçene ya da bu pencereyi kapatana dek gösteriliyor.</translation>
    </message>
    <message>
        <source>Copied the value of “%1” to the clipboard.</source>
        <translation>“%1” anahtarının değeri panoya kopyalandı.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Anahtarlık bir hata bildirdi.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Gizle</translation>
    </message>
    <message>
        <source>Hide value</source>
        <translation>Değeri gizle</translation>
    </message>
</context>
<context>
    <name>portico::ui::Language</name>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
</context>
<context>
    <name>portico::ui::MainWindow</name>
    <message>
        <source>Portico</source>
        <translation>Portico</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation>Geçmiş kapalı: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>Çalışma alanını kay&amp;det</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Anahtarlar…</translation>
    </message>
    <message>
        <source>Start the local &amp;sandbox at launch</source>
        <translation>Açılışta yerel &amp;korumalı alanı başlat</translation>
    </message>
    <message>
        <source>The sandbox starts with the next launch.</source>
        <translation>Korumalı alan bir sonraki açılışta başlayacak.</translation>
    </message>
    <message>
        <source>The sandbox stays off from the next launch.</source>
        <translation>Korumalı alan bir sonraki açılıştan itibaren kapalı kalacak.</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>Korumalı alan durumu</translation>
    </message>
    <message>
        <source>Workspace not loaded</source>
        <translation>Çalışma alanı yüklenmedi</translation>
    </message>
    <message>
        <source>%1

The file was kept as %2; Portico starts with a new workspace.</source>
        <translation>%1

Dosya %2 olarak saklandı; Portico yeni bir çalışma alanıyla başlıyor.</translation>
    </message>
    <message>
        <source>Key needed: %1</source>
        <translation>Anahtar gerekli: %1</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in the keychain; send again.</source>
        <translation>&quot;%1&quot; anahtarı artık anahtarlıkta; yeniden gönderin.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Güvenilmeyen sertifika</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted:
%2

%3

Trust this certificate for %1 from now on? Requests to %1 will accept exactly this certificate and no other.</source>
        <translation>%1 sunucusunun sertifikasına güvenilmiyor:
%2

%3

Bundan sonra %1 için bu sertifikaya güvenilsin mi? %1 adresine giden istekler yalnızca tam olarak bu sertifikayı kabul eder, başka hiçbirini kabul etmez.</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted; send again.</source>
        <translation>%1 sunucusunun sertifikasına artık güveniliyor; yeniden gönderin.</translation>
    </message>
    <message>
        <source>The workspace was not saved: %1</source>
        <translation>Çalışma alanı kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Sandbox: gateway %1, service %2</source>
        <translation>Korumalı alan: ağ geçidi %1, hizmet %2</translation>
    </message>
    <message>
        <source>Sandbox: starting…</source>
        <translation>Korumalı alan: başlatılıyor…</translation>
    </message>
    <message>
        <source>Sandbox failed to start: %1</source>
        <translation>Korumalı alan başlatılamadı: %1</translation>
    </message>
    <message>
        <source>Sandbox: off</source>
        <translation>Korumalı alan: kapalı</translation>
    </message>
    <message>
        <source>&amp;Publish to</source>
        <translation>&amp;Yayımlama hedefi</translation>
    </message>
    <message>
        <source>The sandbox&apos;s &amp;gateway (managed)</source>
        <translation>Korumalı alanın ağ &amp;geçidi (yönetilen)</translation>
    </message>
    <message>
        <source>This &amp;workspace only</source>
        <translation>Yalnızca bu çalışma &amp;alanı</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>The interface changes language at the next start.</source>
        <translation>Arayüzün dili bir sonraki açılışta değişecek.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Klavye kısayolları…</translation>
    </message>
    <message>
        <source>&amp;About Portico</source>
        <translation>Portico &amp;hakkında</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Görünü&amp;m</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Dene</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Yayımla</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Kullanım panosu</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>İş&amp;ler</translation>
    </message>
    <message>
        <source>Batch jobs on the sandbox&apos;s storage are not available: %1</source>
        <translation>Korumalı alanın depolamasındaki toplu işler kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>Jobs are not kept: %1</source>
        <translation>İşler saklanmıyor: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>İçe a&amp;ktar…</translation>
    </message>
    <message>
        <source>Import an OpenAPI, Swagger or Postman document, or a curl command, from a file, a URL or text</source>
        <translation>Bir dosyadan, URL&apos;den ya da metinden OpenAPI, Swagger veya Postman belgesi ya da curl komutu içe aktar</translation>
    </message>
    <message>
        <source>Paste &amp;curl / document</source>
        <translation>&amp;curl / belge yapıştır</translation>
    </message>
    <message>
        <source>Import the curl command, document or address on the clipboard</source>
        <translation>Panodaki curl komutunu, belgeyi ya da adresi içe aktar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Quit Portico</source>
        <translation>Portico’dan çık</translation>
    </message>
    <message>
        <source>A request is still being sent. Quit anyway?</source>
        <translation>Bir istek hâlâ gönderiliyor. Yine de çıkılsın mı?</translation>
    </message>
    <message>
        <source>Quitting stops it; its response is not shown or kept in the history.</source>
        <translation>Çıkmak isteği durdurur; yanıtı gösterilmez ve geçmişte tutulmaz.</translation>
    </message>
    <message>
        <source>Edit of the environments</source>
        <translation>Ortam düzenlemesi</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in the keychain.</source>
        <translation>&quot;%1&quot; anahtarı anahtarlıkta.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; was not stored: %2</source>
        <translation>&quot;%1&quot; anahtarı saklanmadı: %2</translation>
    </message>
    <message>
        <source>Environments: %1.</source>
        <translation>Ortamlar: %1.</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Ortamlar…</translation>
    </message>
    <message>
        <source>Add, change or remove environments, Azure ML online endpoints among them</source>
        <translation>Ortam ekleyin, değiştirin ya da kaldırın; Azure ML çevrimiçi uç noktaları da dahil</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Bağlantı</translation>
    </message>
    <message>
        <source>&amp;Choose connection…</source>
        <translation>Bağlantı &amp;seç…</translation>
    </message>
    <message>
        <source>Work on the local sandbox or on an Azure API Management instance</source>
        <translation>Yerel korumalı alanda ya da bir Azure API Management örneğinde çalışın</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Oturum aç…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Oturumu &amp;kapat</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Bağlantı durumu</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Yeniden oturum açın</translation>
    </message>
    <message>
        <source>%1

Sign in to Microsoft Entra ID again? Nothing you were editing is lost.</source>
        <translation>%1

Microsoft Entra ID&apos;de yeniden oturum açılsın mı? Düzenlemekte olduğunuz hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <source>Connection: local sandbox</source>
        <translation>Bağlantı: yerel korumalı alan</translation>
    </message>
    <message>
        <source>Sign in (Ctrl+Shift+L) to work on %1.</source>
        <translation>%1 üzerinde çalışmak için oturum açın (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Publishing on the Azure API Management instance %1 (resource group %2): changes apply to it at once.</source>
        <translation>Azure API Management örneği %1 (kaynak grubu %2) üzerinde yayımlanıyor: değişiklikler hemen uygulanır.</translation>
    </message>
    <message>
        <source>The Azure instance&apos;s APIs are not in Try it: %1</source>
        <translation>Azure örneğinin API&apos;leri Try it içinde değil: %1</translation>
    </message>
    <message>
        <source>Azure APIs with the id of a local one are listed under ids of their own: %1</source>
        <translation>Yerel bir API ile aynı kimliği taşıyan Azure API&apos;leri kendi kimlikleriyle listelenir: %1</translation>
    </message>
</context>
<context>
    <name>portico::ui::NewJobDialog</name>
    <message>
        <source>New batch job</source>
        <translation>Yeni toplu iş</translation>
    </message>
    <message>
        <source>Input CSV file</source>
        <translation>Giriş CSV dosyası</translation>
    </message>
    <message>
        <source>A CSV file with a Col2 column</source>
        <translation>Col2 sütunu olan bir CSV dosyası</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Gö&amp;zat…</translation>
    </message>
    <message>
        <source>Choose the input CSV file</source>
        <translation>Giriş CSV dosyasını seçin</translation>
    </message>
    <message>
        <source>Storage connection string (keychain entry)</source>
        <translation>Depolama bağlantı dizesi (anahtarlık girdisi)</translation>
    </message>
    <message>
        <source>Blob container</source>
        <translation>Blob kapsayıcısı</translation>
    </message>
    <message>
        <source>Input blob name</source>
        <translation>Giriş blob&apos;unun adı</translation>
    </message>
    <message>
        <source>Output blob name</source>
        <translation>Çıkış blob&apos;unun adı</translation>
    </message>
    <message>
        <source>API and environment to run on</source>
        <translation>Çalıştırılacak API ve ortam</translation>
    </message>
    <message>
        <source>Submit and s&amp;tart</source>
        <translation>Gönder ve başla&amp;t</translation>
    </message>
    <message>
        <source>Submit and start</source>
        <translation>Gönder ve başlat</translation>
    </message>
    <message>
        <source>Submit &amp;only (start later)</source>
        <translation>&amp;Yalnızca gönder (sonra başlat)</translation>
    </message>
    <message>
        <source>Submit only, start later</source>
        <translation>Yalnızca gönder, sonra başlat</translation>
    </message>
    <message>
        <source>&amp;Input file:</source>
        <translation>&amp;Giriş dosyası:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Depolama:</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Kapsayıcı:</translation>
    </message>
    <message>
        <source>Input &amp;blob:</source>
        <translation>Giriş &amp;blob&apos;u:</translation>
    </message>
    <message>
        <source>O&amp;utput blob:</source>
        <translation>Çıkış b&amp;lob&apos;u:</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>Çalıştırma &amp;hedefi:</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Karşıya yükleme ilerlemesi</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Gö&amp;nder</translation>
    </message>
    <message>
        <source>Submit the job</source>
        <translation>İşi gönder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV dosyaları (*.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the input CSV file.</source>
        <translation>Giriş CSV dosyasını seçin.</translation>
    </message>
    <message>
        <source>Choose the storage&apos;s keychain entry.</source>
        <translation>Depolamanın anahtarlık girdisini seçin.</translation>
    </message>
    <message>
        <source>Name the container and the input and output blobs.</source>
        <translation>Kapsayıcıyı ve giriş ile çıkış blob&apos;larını adlandırın.</translation>
    </message>
    <message>
        <source>The workspace has no API with a BES Submit operation.</source>
        <translation>Çalışma alanında BES Submit işlemi olan bir API yok.</translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation>Karşıya yüklemeyi i&amp;ptal et</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>İ&amp;ptal</translation>
    </message>
</context>
<context>
    <name>portico::ui::OperationDialog</name>
    <message>
        <source>URL template parameters</source>
        <translation>URL şablonu parametreleri</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <source>&amp;Add Response</source>
        <translation>Yanıt &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove Response</source>
        <translation>Yanıtı &amp;kaldır</translation>
    </message>
    <message>
        <source>Add Operation</source>
        <translation>İşlem ekle</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Operation parts</source>
        <translation>İşlemin bölümleri</translation>
    </message>
    <message>
        <source>HTTP verb</source>
        <translation>HTTP yöntemi</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>URL şablonu</translation>
    </message>
    <message>
        <source>URL template problem</source>
        <translation>URL şablonu sorunu</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Görünen ad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>HTTP &amp;verb:</source>
        <translation>HTTP yön&amp;temi:</translation>
    </message>
    <message>
        <source>&amp;URL template:</source>
        <translation>&amp;URL şablonu:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parametreler:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Görünen ad:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>İ&amp;mza</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Yanıt ekle</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>Yanıtı kaldır</translation>
    </message>
    <message>
        <source>Sample body</source>
        <translation>Örnek gövde</translation>
    </message>
    <message>
        <source>A sample application/json body for the selected response</source>
        <translation>Seçili yanıt için örnek bir application/json gövdesi</translation>
    </message>
    <message>
        <source>Res&amp;ponses:</source>
        <translation>Ya&amp;nıtlar:</translation>
    </message>
    <message>
        <source>Sample &amp;body:</source>
        <translation>Örnek gö&amp;vde:</translation>
    </message>
    <message>
        <source>Re&amp;sponses</source>
        <translation>&amp;Yanıtlar</translation>
    </message>
    <message>
        <source>Why the operation cannot be saved yet</source>
        <translation>İşlemin neden henüz kaydedilemediği</translation>
    </message>
    <message>
        <source>Save operation</source>
        <translation>İşlemi kaydet</translation>
    </message>
    <message>
        <source>Edit Operation</source>
        <translation>İşlemi düzenle</translation>
    </message>
    <message>
        <source>Enter the URL template, e.g. /jobs/{jobid}?api-version={apiversion}.</source>
        <translation>URL şablonunu girin, ör. /jobs/{jobid}?api-version={apiversion}.</translation>
    </message>
    <message>
        <source>The URL template is not valid: %1</source>
        <translation>URL şablonu geçerli değil: %1</translation>
    </message>
    <message>
        <source>Enter the operation&apos;s display name.</source>
        <translation>İşlemin görünen adını girin.</translation>
    </message>
    <message>
        <source>The operation “%1” already answers %2 %3.</source>
        <translation>“%1” işlemi zaten %2 %3 isteğini yanıtlıyor.</translation>
    </message>
</context>
<context>
    <name>portico::ui::OperationUsageModel</name>
    <message>
        <source>Operation</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Çağrılar</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Average (ms)</source>
        <translation>Ortalama (ms)</translation>
    </message>
</context>
<context>
    <name>portico::ui::PredictionsText</name>
    <message>
        <source>predictions</source>
        <translation>tahminler</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>tahmin</translation>
    </message>
</context>
<context>
    <name>portico::ui::PrettyBodyView</name>
    <message>
        <source>Show &amp;Raw</source>
        <translation>&amp;Ham hâlini göster</translation>
    </message>
    <message>
        <source>Formatted view status</source>
        <translation>Biçimli görünüm durumu</translation>
    </message>
    <message>
        <source>Show the raw body</source>
        <translation>Ham gövdeyi göster</translation>
    </message>
    <message>
        <source>Formatted JSON body</source>
        <translation>Biçimlendirilmiş JSON gövdesi</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Biçimlendiriliyor…</translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation>Gövdede bul</translation>
    </message>
    <message>
        <source>Find a key or value (Enter for the next)</source>
        <translation>Bir anahtar veya değer bulun (sonraki için Enter)</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>Bulma durumu</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Bulunamadı</translation>
    </message>
</context>
<context>
    <name>portico::ui::ProductDialog</name>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Subscribing needs an administrator&apos;s a&amp;pproval</source>
        <translation>Abone olmak için yönetici &amp;onayı gerekir</translation>
    </message>
    <message>
        <source>Rate limit calls</source>
        <translation>Hız sınırı çağrı sayısı</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> çağrı</translation>
    </message>
    <message>
        <source>Rate limit renewal period</source>
        <translation>Hız sınırı yenileme süresi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>Quota calls</source>
        <translation>Kota çağrı sayısı</translation>
    </message>
    <message>
        <source>Quota renewal period</source>
        <translation>Kota yenileme süresi</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Ürün ekle</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Ürün adı</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>Ürün açıklaması</translation>
    </message>
    <message>
        <source>Approval required</source>
        <translation>Onay gerekli</translation>
    </message>
    <message>
        <source>APIs in the product</source>
        <translation>Üründeki API&apos;ler</translation>
    </message>
    <message>
        <source>per</source>
        <translation>/</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Açıkla&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Hız sınırı:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>&amp;APIs:</source>
        <translation>A&amp;PI&apos;ler:</translation>
    </message>
    <message>
        <source>Why the product cannot be saved yet</source>
        <translation>Ürünün neden henüz kaydedilemediği</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Ürünü kaydet</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>Ürünü düzenle</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Ürünün adını girin.</translation>
    </message>
    <message>
        <source>A rate limit needs both a number of calls and a renewal period, or neither.</source>
        <translation>Hız sınırı için hem çağrı sayısı hem de yenileme süresi girin ya da ikisini de boş bırakın.</translation>
    </message>
    <message>
        <source>A rate limit&apos;s renewal period is at most %1 s; use a quota for longer periods.</source>
        <translation>Hız sınırının yenileme süresi en fazla %1 sn olabilir; daha uzun süreler için kota kullanın.</translation>
    </message>
    <message>
        <source>A quota needs both a number of calls and a renewal period, or neither.</source>
        <translation>Kota için hem çağrı sayısı hem de yenileme süresi girin ya da ikisini de boş bırakın.</translation>
    </message>
</context>
<context>
    <name>portico::ui::ProductsModel</name>
    <message>
        <source>No limit</source>
        <translation>Sınır yok</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>week</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>1 call per %1</source>
        <translation>%1 başına 1 çağrı</translation>
    </message>
    <message>
        <source>%1 calls per %2</source>
        <translation>%2 başına %1 çağrı</translation>
    </message>
    <message>
        <source>Approval required</source>
        <translation>Onay gerekli</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>1 API</source>
        <translation>1 API</translation>
    </message>
    <message>
        <source>%1 APIs</source>
        <translation>%1 API</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Subscribing</source>
        <translation>Abone olma</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Hız sınırı</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API&apos;ler</translation>
    </message>
</context>
<context>
    <name>portico::ui::ProductsPage</name>
    <message>
        <source>&amp;Add Product…</source>
        <translation>Ürün &amp;ekle…</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Ürün ekle</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Dü&amp;zenle…</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Ürünü düzenle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Ürünü sil</translation>
    </message>
    <message>
        <source>Add Product…</source>
        <translation>Ürün ekle…</translation>
    </message>
    <message>
        <source>Edit Product…</source>
        <translation>Ürünü düzenle…</translation>
    </message>
    <message>
        <source>Delete Product</source>
        <translation>Ürünü sil</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Products status</source>
        <translation>Ürünler durumu</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>“%1” kaydediliyor…</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” kaydedildi.</translation>
    </message>
    <message>
        <source>Delete the product “%1”? Its subscriptions are deleted with it, and their keys stop working at once.</source>
        <translation>“%1” ürünü silinsin mi? Abonelikleri de ürünle birlikte silinir ve anahtarları hemen çalışmaz hâle gelir.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” silindi.</translation>
    </message>
</context>
<context>
    <name>portico::ui::PublishDialog</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>portico::ui::PublishTreeModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>API / operation</source>
        <translation>API / işlem</translation>
    </message>
    <message>
        <source>URL suffix / signature</source>
        <translation>URL soneki / imza</translation>
    </message>
</context>
<context>
    <name>portico::ui::PublisherView</name>
    <message>
        <source>Add &amp;API…</source>
        <translation>&amp;API ekle…</translation>
    </message>
    <message>
        <source>Add &amp;Operation…</source>
        <translation>İşlem e&amp;kle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Dü&amp;zenle…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Yayımla</translation>
    </message>
    <message>
        <source>Where changes go</source>
        <translation>Değişikliklerin gideceği yer</translation>
    </message>
    <message>
        <source>Publishing actions</source>
        <translation>Yayımlama eylemleri</translation>
    </message>
    <message>
        <source>APIs, products and subscriptions</source>
        <translation>API&apos;ler, ürünler ve abonelikler</translation>
    </message>
    <message>
        <source>APIs and operations</source>
        <translation>API&apos;ler ve işlemler</translation>
    </message>
    <message>
        <source>Publishing status</source>
        <translation>Yayımlama durumu</translation>
    </message>
    <message>
        <source>A&amp;PIs</source>
        <translation>A&amp;PI&apos;ler</translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation>Ü&amp;rünler</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>A&amp;bonelikler</translation>
    </message>
    <message>
        <source>No gateway or workspace to publish to yet.</source>
        <translation>Henüz yayımlanacak bir ağ geçidi ya da çalışma alanı yok.</translation>
    </message>
    <message>
        <source>Publishing on the gateway at %1: changes apply to it at once.</source>
        <translation>%1 adresindeki ağ geçidinde yayımlanıyor: değişiklikler hemen uygulanır.</translation>
    </message>
    <message>
        <source>Portico cannot manage this gateway: changes go to the workspace&apos;s catalog only. Make the same changes in the gateway&apos;s own portal.</source>
        <translation>Portico bu ağ geçidini yönetemiyor: değişiklikler yalnızca çalışma alanının kataloğuna gider. Aynı değişiklikleri ağ geçidinin kendi portalında da yapın.</translation>
    </message>
    <message>
        <source>Products live on a gateway Portico can manage.</source>
        <translation>Ürünler, Portico&apos;nun yönetebildiği bir ağ geçidinde bulunur.</translation>
    </message>
    <message>
        <source>Subscriptions live on a gateway Portico can manage.</source>
        <translation>Abonelikler, Portico&apos;nun yönetebildiği bir ağ geçidinde bulunur.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <source>Delete the operation “%1” (%2 %3)?</source>
        <translation>“%1” işlemi (%2 %3) silinsin mi?</translation>
    </message>
    <message>
        <source>Delete the API “%1” and its operations? Calls to /%2 stop working.</source>
        <translation>“%1” API&apos;si ve işlemleri silinsin mi? /%2 yoluna yapılan çağrılar çalışmaz hâle gelir.</translation>
    </message>
    <message>
        <source>Deleted the operation “%1”. Undo with Ctrl+Z.</source>
        <translation>“%1” işlemi silindi. Ctrl+Z ile geri alın.</translation>
    </message>
    <message>
        <source>Deleted the API “%1”. Undo with Ctrl+Z.</source>
        <translation>“%1” API&apos;si silindi. Ctrl+Z ile geri alın.</translation>
    </message>
    <message>
        <source>Delete Operation</source>
        <translation>İşlemi sil</translation>
    </message>
    <message>
        <source>Delete API</source>
        <translation>API&apos;yi sil</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Geri alındı: %1</translation>
    </message>
    <message>
        <source>&amp;Import from OpenAPI…</source>
        <translation>OpenAPI&apos;den &amp;içe aktar…</translation>
    </message>
    <message>
        <source>Import from OpenAPI</source>
        <translation>OpenAPI&apos;den içe aktar</translation>
    </message>
    <message>
        <source>Publishing “%1” from %2: the API and its %3 operations…</source>
        <translation>“%1”, %2 kaynağından yayımlanıyor: API ve %3 işlemi…</translation>
    </message>
</context>
<context>
    <name>portico::ui::RawBodyView</name>
    <message>
        <source>Raw response body</source>
        <translation>Ham yanıt gövdesi</translation>
    </message>
    <message>
        <source>Raw view status</source>
        <translation>Ham görünüm durumu</translation>
    </message>
    <message>
        <source>Cannot read the body: %1</source>
        <translation>Gövde okunamıyor: %1</translation>
    </message>
    <message>
        <source>Indexing lines… %1 of %2 read, %3 lines so far</source>
        <translation>Satırlar dizinleniyor… %1 / %2 okundu, şu ana dek %3 satır</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Satır: %1</translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are cut short here; Save… keeps them whole.</source>
        <translation>%1 karakterden uzun satırlar burada kısaltılır; Kaydet… onları eksiksiz saklar.</translation>
    </message>
</context>
<context>
    <name>portico::ui::ResponseHeadersModel</name>
    <message>
        <source>Hidden: this header carries a credential.</source>
        <translation>Gizlendi: bu üst bilgi bir kimlik bilgisi taşıyor.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
</context>
<context>
    <name>portico::ui::ResponseSummary</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Yanıt durumu</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>İstek yöntemi</translation>
    </message>
    <message>
        <source>Requested URL</source>
        <translation>İstenen URL</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Yanıt süresi</translation>
    </message>
    <message>
        <source>Response size</source>
        <translation>Yanıt boyutu</translation>
    </message>
    <message>
        <source>Answered from %1 after a redirect.</source>
        <translation>Yönlendirmeden sonra %1 adresinden yanıtlandı.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>No response.</source>
        <translation>Yanıt yok.</translation>
    </message>
    <message>
        <source>After %1 attempts.</source>
        <translation>%1 denemeden sonra.</translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation>üst bilgiler %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>toplam %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bayt</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Yanıt bekleniyor…</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Henüz yanıt yok</translation>
    </message>
</context>
<context>
    <name>portico::ui::ResponseViewer</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Ka&amp;ydet…</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Yanıt üst bilgileri</translation>
    </message>
    <message>
        <source>Request headers as sent (credentials hidden)</source>
        <translation>Gönderilen istek üst bilgileri (kimlik bilgileri gizli)</translation>
    </message>
    <message>
        <source>Response body views</source>
        <translation>Yanıt gövdesi görünümleri</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Biçimli</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Ham</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Üst bilgiler</translation>
    </message>
    <message>
        <source>Copy the body, or the table on the Table tab (%1)</source>
        <translation>Gövdeyi ya da Tablo sekmesindeki tabloyu kopyala (%1)</translation>
    </message>
    <message>
        <source>Save the body, byte for byte, to a file</source>
        <translation>Gövdeyi bayt bayt bir dosyaya kaydet</translation>
    </message>
    <message>
        <source>Copy the response</source>
        <translation>Yanıtı kopyala</translation>
    </message>
    <message>
        <source>Save the response body</source>
        <translation>Yanıt gövdesini kaydet</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Son eylem</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Yanıt bekleniyor…</translation>
    </message>
    <message>
        <source>Send a request to see its response here.</source>
        <translation>Yanıtını burada görmek için bir istek gönderin.</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Yanıtın gövdesi yok.</translation>
    </message>
    <message>
        <source>There is no body: %1</source>
        <translation>Gövde yok: %1</translation>
    </message>
    <message>
        <source>The body is %1, more than the %2 the formatted view reads. The Raw tab shows all of it, line by line.</source>
        <translation>Gövde %1; biçimli görünümün okuduğu %2 sınırından büyük. Ham sekmesi gövdenin tamamını satır satır gösterir.</translation>
    </message>
    <message>
        <source>The body is %1, too large to look for AzureML tables in.</source>
        <translation>Gövde %1; içinde AzureML tablosu aramak için çok büyük.</translation>
    </message>
    <message>
        <source>Looking for AzureML tables…</source>
        <translation>AzureML tabloları aranıyor…</translation>
    </message>
    <message>
        <source>The body is not JSON, so it holds no AzureML table.</source>
        <translation>Gövde JSON değil, bu yüzden AzureML tablosu içermiyor.</translation>
    </message>
    <message>
        <source>There is no response to save.</source>
        <translation>Kaydedilecek yanıt yok.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot read the response body from %1: %2</source>
        <translation>Yanıt gövdesi %1 dosyasından okunamıyor: %2</translation>
    </message>
    <message>
        <source>Copied the table as tab-separated text.</source>
        <translation>Tablo, sekmeyle ayrılmış metin olarak kopyalandı.</translation>
    </message>
    <message>
        <source>The body is %1, too large for the clipboard; use Save… instead.</source>
        <translation>Gövde %1; panoya kopyalanamayacak kadar büyük. Bunun yerine Kaydet… komutunu kullanın.</translation>
    </message>
    <message>
        <source>Cannot read the response body: %1</source>
        <translation>Yanıt gövdesi okunamıyor: %1</translation>
    </message>
    <message>
        <source>Copied the body (%1).</source>
        <translation>Gövde kopyalandı (%1).</translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation>Yanıt gövdesini kaydet</translation>
    </message>
    <message>
        <source>A newer response replaced the one you chose to save; nothing was saved.</source>
        <translation>Kaydetmek için seçtiğiniz yanıtın yerini daha yeni bir yanıt aldı; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 konumuna kaydedildi.</translation>
    </message>
</context>
<context>
    <name>portico::ui::ResponsesModel</name>
    <message>
        <source>%1 is not an HTTP status code (100–599).</source>
        <translation>%1 bir HTTP durum kodu değil (100–599).</translation>
    </message>
    <message>
        <source>The response %1 is listed twice.</source>
        <translation>%1 yanıtı iki kez listelenmiş.</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Durum kodu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
</context>
<context>
    <name>portico::ui::ResultsTableModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1 (no type given)</source>
        <translation>%1 (tür belirtilmemiş)</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (tür: %2)</translation>
    </message>
</context>
<context>
    <name>portico::ui::ResultsTablesView</name>
    <message>
        <source>Table view status</source>
        <translation>Tablo görünümü durumu</translation>
    </message>
    <message>
        <source>AzureML outputs</source>
        <translation>AzureML çıkışları</translation>
    </message>
    <message>
        <source>The response has no AzureML table.</source>
        <translation>Yanıtta AzureML tablosu yok.</translation>
    </message>
    <message>
        <source>AzureML output %1</source>
        <translation>AzureML çıkışı %1</translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 columns</source>
        <translation>%1: %2 satır × %3 sütun</translation>
    </message>
</context>
<context>
    <name>portico::ui::SecretEditDialog</name>
    <message>
        <source>Add Key</source>
        <translation>Anahtar ekle</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>Anahtarı yeniden adlandır</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Anahtar adı</translation>
    </message>
    <message>
        <source>e.g. scoring-key</source>
        <translation>ör. scoring-key</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Key value</source>
        <translation>Anahtar değeri</translation>
    </message>
    <message>
        <source>Pasted from the developer portal</source>
        <translation>Geliştirici portalından yapıştırın</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Değer:</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>İpucu</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>İletişim kutusu düğmeleri</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Names use letters, digits, “-”, “_” and “.”.</source>
        <translation>Adlarda harf, rakam, “-”, “_” ve “.” kullanılır.</translation>
    </message>
    <message>
        <source>“%1” is not a valid name: use letters, digits, “-”, “_” and “.”, not starting with “.”.</source>
        <translation>“%1” geçerli bir ad değil: harf, rakam, “-”, “_” ve “.” kullanın; ad “.” ile başlamamalı.</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Yeni adı yazın.</translation>
    </message>
    <message>
        <source>A key named “%1” already exists.</source>
        <translation>“%1” adlı bir anahtar zaten var.</translation>
    </message>
    <message>
        <source>A key named “%1” exists; its value will be replaced.</source>
        <translation>“%1” adlı bir anahtar var; değeri değiştirilecek.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Paste the key&apos;s value.</source>
        <translation>Anahtarın değerini yapıştırın.</translation>
    </message>
</context>
<context>
    <name>portico::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Kısayolları filtrele</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrele</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Bul:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>portico::ui::ShortcutsModel</name>
    <message>
        <source> or </source>
        <translation> ya da </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Konum</translation>
    </message>
</context>
<context>
    <name>portico::ui::SignInDialog</name>
    <message>
        <source>Copy address</source>
        <translation>Adresi kopyala</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Kodu kopyala</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Microsoft Entra ID&apos;de oturum açın</translation>
    </message>
    <message>
        <source>Open the address below in a browser on any device and enter the code. This window closes by itself once you have signed in.</source>
        <translation>Aşağıdaki adresi herhangi bir cihazdaki tarayıcıda açın ve kodu girin. Oturum açtığınızda bu pencere kendiliğinden kapanır.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Yönergeler</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Oturum açma adresi</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Oturum açma adresini kopyala</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Kodu kopyala</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Kalan süre</translation>
    </message>
    <message>
        <source>Waiting for the sign-in</source>
        <translation>Oturum açma bekleniyor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Oturum açmayı yeniden dene</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Oturum açmayı iptal et</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser (the server asked to check every %1 seconds)…</source>
        <translation>Tarayıcıda oturum açılması bekleniyor (sunucu her %1 saniyede bir denetlenmesini istedi)…</translation>
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a code…</source>
        <translation>Microsoft Entra ID&apos;den kod isteniyor…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Tarayıcıda oturum açılması bekleniyor…</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation>Kodun süresi %1 içinde doluyor.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>portico::ui::SubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>Abonelik ekle</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonelik</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Abonelik adı</translation>
    </message>
    <message>
        <source>e.g. the developer&apos;s or the app&apos;s name</source>
        <translation>ör. geliştiricinin ya da uygulamanın adı</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Ü&amp;rün:</translation>
    </message>
    <message>
        <source>Why the subscription cannot be created yet</source>
        <translation>Aboneliğin neden henüz oluşturulamadığı</translation>
    </message>
    <message>
        <source>Create subscription</source>
        <translation>Abonelik oluştur</translation>
    </message>
    <message>
        <source>Enter a name for the subscription.</source>
        <translation>Abonelik için bir ad girin.</translation>
    </message>
    <message>
        <source>There is no product to subscribe to yet.</source>
        <translation>Henüz abone olunabilecek bir ürün yok.</translation>
    </message>
</context>
<context>
    <name>portico::ui::SubscriptionsModel</name>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Askıda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonelik</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
</context>
<context>
    <name>portico::ui::SubscriptionsPage</name>
    <message>
        <source>•••••••• hidden</source>
        <translation>•••••••• gizli</translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation>Abonelik &amp;ekle…</translation>
    </message>
    <message>
        <source>Add subscription</source>
        <translation>Abonelik ekle</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>A&amp;skıya al</translation>
    </message>
    <message>
        <source>Suspend subscription</source>
        <translation>Aboneliği askıya al</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Yeniden e&amp;tkinleştir</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation>Aboneliği yeniden etkinleştir</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Subscription</source>
        <translation>Abone&amp;liği iptal et</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Aboneliği iptal et</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Birincil anahtar</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>İkincil anahtar</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Reveal keys</source>
        <translation>Anahtarları göster</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy primary key</source>
        <translation>Birincil anahtarı kopyala</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <source>Copy secondary key</source>
        <translation>İkincil anahtarı kopyala</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>Yeniden oluşt&amp;ur</translation>
    </message>
    <message>
        <source>Regenerate primary key</source>
        <translation>Birincil anahtarı yeniden oluştur</translation>
    </message>
    <message>
        <source>Regen&amp;erate</source>
        <translation>Ye&amp;niden oluştur</translation>
    </message>
    <message>
        <source>Regenerate secondary key</source>
        <translation>İkincil anahtarı yeniden oluştur</translation>
    </message>
    <message>
        <source>Add Subscription…</source>
        <translation>Abonelik ekle…</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonelikler</translation>
    </message>
    <message>
        <source>Subscriptions status</source>
        <translation>Abonelikler durumu</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>Birin&amp;cil anahtar:</translation>
    </message>
    <message>
        <source>Secon&amp;dary key:</source>
        <translation>İkincil ana&amp;htar:</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Gizle</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>“%1” oluşturuluyor…</translation>
    </message>
    <message>
        <source>Created “%1”; its keys are in the keychain as %2.</source>
        <translation>“%1” oluşturuldu; anahtarları anahtarlıkta %2 adlarıyla duruyor.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” aboneliğinin yeni durumu: %2.</translation>
    </message>
    <message>
        <source>Cancel Subscription</source>
        <translation>Aboneliği iptal et</translation>
    </message>
    <message>
        <source>Cancel the subscription “%1”? Its keys stop working at once.</source>
        <translation>“%1” aboneliği iptal edilsin mi? Anahtarları hemen çalışmaz hâle gelir.</translation>
    </message>
    <message>
        <source>Primary key copied to the clipboard.</source>
        <translation>Birincil anahtar panoya kopyalandı.</translation>
    </message>
    <message>
        <source>Secondary key copied to the clipboard.</source>
        <translation>İkincil anahtar panoya kopyalandı.</translation>
    </message>
    <message>
        <source>Regenerate Primary Key</source>
        <translation>Birincil anahtarı yeniden oluştur</translation>
    </message>
    <message>
        <source>Regenerate Secondary Key</source>
        <translation>İkincil anahtarı yeniden oluştur</translation>
    </message>
    <message>
        <source>Regenerate the primary key of “%1”? Callers using the current one are refused from now on.</source>
        <translation>“%1” aboneliğinin birincil anahtarı yeniden oluşturulsun mu? Geçerli anahtarı kullanan çağıranlar bundan sonra reddedilir.</translation>
    </message>
    <message>
        <source>Regenerate the secondary key of “%1”? Callers using the current one are refused from now on.</source>
        <translation>“%1” aboneliğinin ikincil anahtarı yeniden oluşturulsun mu? Geçerli anahtarı kullanan çağıranlar bundan sonra reddedilir.</translation>
    </message>
    <message>
        <source>New key stored in the keychain as %1; reveal it to see it.</source>
        <translation>Yeni anahtar anahtarlığa %1 adıyla kaydedildi; görmek için anahtarları gösterin.</translation>
    </message>
</context>
<context>
    <name>portico::ui::TemplateParametersModel</name>
    <message>
        <source>query</source>
        <translation>sorgu</translation>
    </message>
    <message>
        <source>path</source>
        <translation>yol</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
</context>
<context>
    <name>portico::ui::TryItPage</name>
    <message>
        <source>Try it</source>
        <translation>Dene</translation>
    </message>
    <message>
        <source>History of this operation</source>
        <translation>Bu işlemin geçmişi</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Yeniden deneme geri sayımı</translation>
    </message>
    <message>
        <source>Calls left under the gateway&apos;s limits</source>
        <translation>Ağ geçidi sınırları içinde kalan çağrılar</translation>
    </message>
    <message>
        <source>Throttled: sending again (attempt %1)</source>
        <translation>Kısıtlandı: yeniden gönderilecek (%1. deneme)</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 adresine gönderiliyor…</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API&apos;ler</translation>
    </message>
    <message>
        <source>&amp;APIs</source>
        <translation>A&amp;PI&apos;ler</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>İşlemleri filtrele</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>İşlemler</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>İş&amp;lemler</translation>
    </message>
    <message>
        <source>Throttled: the gateway takes calls again</source>
        <translation>Kısıtlandı: ağ geçidi çağrıları yeniden kabul edecek</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n s</source>
        <translation>
            <numerusform>%1 — %n sn sonra</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 calls left in the rate window</source>
        <translation>Hız sınırı penceresinde %1 / %2 çağrı kaldı</translation>
    </message>
    <message>
        <source>%1 of %2 left in the quota</source>
        <translation>Kotada %1 / %2 kaldı</translation>
    </message>
    <message>
        <source>Request and sample code</source>
        <translation>İstek ve örnek kod</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>İstek</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
</context>
<context>
    <name>portico::ui::TryItPanel</name>
    <message>
        <source>Choose an operation</source>
        <translation>Bir işlem seçin</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ortam</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Ortam:</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>İstek URL&apos;si</translation>
    </message>
    <message>
        <source>Request &amp;URL:</source>
        <translation>İstek &amp;URL&apos;si:</translation>
    </message>
    <message>
        <source>Request problems</source>
        <translation>İstek sorunları</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>İstek parametreleri</translation>
    </message>
    <message>
        <source>&amp;Parameters (* required)</source>
        <translation>Pa&amp;rametreler (* zorunlu)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>İstek üst bilgileri</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>Üst &amp;bilgiler</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Üst bilgi ekle</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Üst bilgiyi kaldır</translation>
    </message>
    <message>
        <source>Insert secret</source>
        <translation>Gizli dizi ekle</translation>
    </message>
    <message>
        <source>Insert a keychain secret reference into the selected header</source>
        <translation>Seçili üst bilgiye anahtarlıktaki bir gizli diziye başvuru ekle</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>İstek gövdesi</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>Gö&amp;vde</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçimlendir</translation>
    </message>
    <message>
        <source>Format the JSON body</source>
        <translation>JSON gövdesini biçimlendir</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Dosyadan yükle…</translation>
    </message>
    <message>
        <source>Load the body from a file</source>
        <translation>Gövdeyi bir dosyadan yükle</translation>
    </message>
    <message>
        <source>Body status</source>
        <translation>Gövde durumu</translation>
    </message>
    <message>
        <source>Retry automatically when throttled</source>
        <translation>Kısıtlandığında otomatik olarak yeniden dene</translation>
    </message>
    <message>
        <source>On 429 or 503 with Retry-After, send again once the wait is over.</source>
        <translation>Retry-After içeren bir 429 ya da 503 yanıtında, bekleme süresi dolunca yeniden gönder.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>İsteği iptal et</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>İptal (Esc)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>İsteği gönder</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Gönder (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Operation %1 %2</source>
        <translation>İşlem: %1 %2</translation>
    </message>
    <message>
        <source>No secrets in the keychain yet (Tools → Keys)</source>
        <translation>Anahtarlıkta henüz gizli dizi yok (Araçlar → Anahtarlar)</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Satır %1, sütun %2: %3</translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation>✓ Geçerli JSON</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Load request body</source>
        <translation>İstek gövdesini yükle</translation>
    </message>
    <message>
        <source>⚠ Cannot read %1: %2</source>
        <translation>⚠ %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>⚠ %1 is larger than 64 MB; send large files as a batch job.</source>
        <translation>⚠ %1 dosyası 64 MB&apos;tan büyük; büyük dosyaları toplu iş olarak gönderin.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl olarak kopyala</translation>
    </message>
    <message>
        <source>Copy the request as a curl command</source>
        <translation>İsteği curl komutu olarak kopyala</translation>
    </message>
    <message>
        <source>Keys become $PORTICO_SECRET_&lt;NAME&gt; environment variables, never the key itself.</source>
        <translation>Anahtarlar $PORTICO_SECRET_&lt;NAME&gt; ortam değişkenlerine dönüşür, anahtarın kendisi asla yazılmaz.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Edit environments</source>
        <translation>Ortamları düzenle</translation>
    </message>
    <message>
        <source>Add, change or remove environments (Ctrl+Shift+E)</source>
        <translation>Ortam ekleyin, değiştirin ya da kaldırın (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>portico::ui::UsageChart</name>
    <message>
        <source>%1: no calls.</source>
        <translation>%1: çağrı yok.</translation>
    </message>
</context>
</TS>
