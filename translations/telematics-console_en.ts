<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EmbeddedSandbox</name>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="161"/>
        <source>The sandbox database %1 is in use by another program (%2, process %3). Close it, or use that console&apos;s sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="101"/>
        <source>the disk is full (or the ledger reached its size limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="103"/>
        <source>the ledger file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="105"/>
        <source>the disk could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="108"/>
        <source>another program holds the ledger locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagedUser</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="159"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="39"/>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="45"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="54"/>
        <source>cannot make the folder %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="66"/>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="73"/>
        <source>cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="82"/>
        <source>cannot make the file private: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="48"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="50"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="52"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="53"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="36"/>
        <location filename="../app/ui/RegisterPage.cpp" line="55"/>
        <source>Partly checked: not sent (the service&apos;s default applies).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="28"/>
        <source>the pin must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed (openssl x509 -noout -fingerprint -sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="37"/>
        <source>the pin has %1 hexadecimal digits; a SHA-256 fingerprint has 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="57"/>
        <source>the CA file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="63"/>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserChanges</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="266"/>
        <source>An e-mail address has one @ with text on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="270"/>
        <source>A phone number is digits, spaces and + - ( ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="272"/>
        <source>%1 is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="275"/>
        <source>%1 is a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="280"/>
        <source>%1 is one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="308"/>
        <source>GetFilteredPage answered with a Result that is not a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="314"/>
        <source>GetFilteredPage answered with Users that is not a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>A desktop admin console for the Telematics (Damoov) user service: profiles and sessions, a token inspector, registration, bulk registration and a ledger of every DeviceToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Select the profile NAME at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>Start the embedded local sandbox at start, even when no profile needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>Do not start the embedded local sandbox at start (the Sandbox menu still can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Try &apos;telematics-console --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="78"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="84"/>
        <source>--sandbox and --no-sandbox exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>Telematics Console is already running: its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172"/>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ApiClient</name>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="162"/>
        <source>no base URL is set (give --base-url or a profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="164"/>
        <source>the base URL is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="168"/>
        <source>the base URL must start with https:// or http:// (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="172"/>
        <source>the base URL has no host (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="175"/>
        <source>the base URL must not carry a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="274"/>
        <location filename="../app/core/api/ApiClient.cpp" line="294"/>
        <source>registration needs the group&apos;s InstanceId and InstanceKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="298"/>
        <source>Quantity must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="300"/>
        <source>CreateMany&apos;s CustomFields have no ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="335"/>
        <source>an admin login needs the API login (e-mail) and the API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="355"/>
        <source>a user login needs the group&apos;s InstanceId, the DeviceToken and the InstanceKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="405"/>
        <source>a refresh needs both the access token (JWT) and the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="437"/>
        <source>users/find has no criterion &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="440"/>
        <source>the %1 criterion is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="444"/>
        <source>users/find needs at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="446"/>
        <source>users/find needs an admin access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="457"/>
        <source>reading the own profile needs a user access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="465"/>
        <source>updating a user needs an admin access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="467"/>
        <source>updating a user needs its DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="478"/>
        <source>setting a password needs an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="481"/>
        <source>setting a password needs the user&apos;s DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="483"/>
        <source>the new password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="496"/>
        <source>deleting a user needs an admin access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="498"/>
        <source>deleting a user needs its DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="508"/>
        <source>reading a page of users needs an admin access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="519"/>
        <source>moving a user needs an admin access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="521"/>
        <source>moving a user needs its DeviceToken and the target group&apos;s InstanceId and InstanceKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="526"/>
        <source>the target group&apos;s InstanceKey is sent only to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="579"/>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="600"/>
        <source>not sent: the request carries a password, key or token, and %1 is plain http:// to another computer, where it would cross the network unencrypted. Use https:// (plain http:// is for a service on this computer only: localhost, 127.0.0.1, ::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="913"/>
        <source>the answer carries no access token (Result.AccessToken.Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="916"/>
        <source>the answer carries no DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="927"/>
        <source>Results[%1] carries no DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="935"/>
        <source>users/find answered with a Result that is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="941"/>
        <source>the user profile (Result) is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ApiError</name>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="152"/>
        <source>the server closed the connection during the TLS handshake (does it speak HTTPS on this port?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="180"/>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="192"/>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="255"/>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="260"/>
        <source> (The answer&apos;s body said Status %1 although HTTP said %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="266"/>
        <source> The service said: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="270"/>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="274"/>
        <source>Could not connect to %1: the connection was refused. Check the base URL and that the service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="278"/>
        <source>Could not find the host %1. Check the base URL and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="283"/>
        <source>The connection to %1 closed before the answer was complete. The service may or may not have acted on the request; check before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="288"/>
        <source>Could not reach %1: %2. Check the base URL and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="291"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="294"/>
        <source>The secure (TLS) connection to %1 failed: %2. The console never skips certificate checks; fix the certificate or the base URL, or, for a private endpoint, name its CA file or pin its certificate in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="300"/>
        <source>handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="303"/>
        <source>The whole request to %1 took longer than %2 s (the limit from sending to the last byte of the answer), so it was stopped. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="309"/>
        <source>%1 did not answer within %2 s. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="313"/>
        <source>%1 did not answer in time. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="316"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="319"/>
        <source>The service redirected the request (HTTP %1)%2. Set the base URL to the final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="325"/>
        <source>The service failed (HTTP %1).%2 Try again later.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="329"/>
        <source>Not found (HTTP 404).%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="331"/>
        <source> Check the path and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="334"/>
        <source>The service refused the request (HTTP %1).%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="339"/>
        <source>The answer from %1 (HTTP %2) is larger than the limit of %3 bytes (%4); it was refused before it was read. Narrow the request, or allow more (--max-answer-bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="346"/>
        <source>it announced %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="348"/>
        <source>%1 bytes had arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="351"/>
        <source>The server answered with an HTML page instead of JSON (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="354"/>
        <source> Check that the base URL points at the user service&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="357"/>
        <source>The server&apos;s answer is not valid JSON (HTTP %1): %2. It may have been cut off; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="363"/>
        <source>The server answered with JSON of an unexpected shape (HTTP %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="370"/>
        <source>The service refused this token for this call (403): it is the wrong kind of token (a user token on an admin API, or the reverse). Log in as the right kind of account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="375"/>
        <source>The service refused the refresh token (%1): it is spent or expired. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="380"/>
        <source>The service refused the login (%1): check the instance id, the login and the password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="384"/>
        <source> A bare 401 can also mean the service expects the other LoginFields shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="387"/>
        <source>The service refused the group&apos;s credentials (%1): check the InstanceId and the InstanceKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="391"/>
        <source>The service refused the request (%1): it needs credentials that this request did not carry, or they are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="396"/>
        <source>The service refused the token (%1): it has expired or was issued for another group. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="407"/>
        <source>Logins paused until %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="412"/>
        <source>Too many logins: try again in %1 s (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="413"/>
        <source>Too many requests: try again in %1 s (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="420"/>
        <source>Too many logins: try again at %1 (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="421"/>
        <source>Too many requests: try again at %1 (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="425"/>
        <source>Too many logins (429): wait before trying again; the service may block logins for up to an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="427"/>
        <source>Too many requests (429): wait before trying again; the service may block logins for up to an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="435"/>
        <source>The keychain is unavailable: no Secret Service answered. Unlock it (or start a Secret Service such as gnome-keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="438"/>
        <source>The keychain is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="441"/>
        <source>Invalid input: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::AuthResult</name>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="22"/>
        <source>Result is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="23"/>
        <source>Result is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="29"/>
        <source>DeviceToken is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="37"/>
        <source>AccessToken.Token is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="43"/>
        <source>AccessToken.ExpiresIn is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="49"/>
        <source>AccessToken is neither an object nor null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="59"/>
        <source>RefreshToken is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="71"/>
        <source>Result has no Results list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkDryRun</name>
    <message>
        <location filename="../app/core/bulk/BulkDryRun.cpp" line="28"/>
        <source>the column mapping was made for another header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkDryRun.cpp" line="57"/>
        <source>%1: the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkExport</name>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="33"/>
        <location filename="../app/core/bulk/BulkExport.cpp" line="85"/>
        <location filename="../app/core/bulk/BulkExport.cpp" line="97"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="80"/>
        <source>NOT IN THE LEDGER (its write failed): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="92"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkJob</name>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="193"/>
        <source>canceled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="196"/>
        <source>bulk registration needs the group&apos;s InstanceId and InstanceKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="199"/>
        <source>the ledger is not open: nothing is sent without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="211"/>
        <source>the ledger has no bulk run %1 to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="214"/>
        <source>%1 changed since run %2 started (its rows would not line up): start a new run instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="220"/>
        <source>run %1 registered into group %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="237"/>
        <source>the column mapping was made for another header (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="254"/>
        <source>%1: the file has a header but no rows: nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="267"/>
        <location filename="../app/core/bulk/BulkJob.cpp" line="524"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="298"/>
        <source>%n row(s) were in flight when run %1 stopped: now &quot;unknown&quot;</source>
        <translation>
            <numerusform>%n row was in flight when run %1 stopped: now "unknown"</numerusform>
            <numerusform>%n rows were in flight when run %1 stopped: now "unknown"</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="300"/>
        <source>%n row(s) marked ahead were never sent: pending again</source>
        <translation>
            <numerusform>%n row marked ahead were never sent: pending again</numerusform>
            <numerusform>%n rows marked ahead were never sent: pending again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="333"/>
        <source>cannot write or remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="373"/>
        <location filename="../app/core/bulk/BulkJob.cpp" line="416"/>
        <source>sent again after reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="398"/>
        <source>bulk row %1: reconcile (find)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="424"/>
        <source>reconciling unknown rows with Management/users/find failed (%1); the rest stay unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="440"/>
        <source>found on the service by its CustomToken after the answer was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="450"/>
        <source>found on the service by its ClientId after the answer was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="456"/>
        <source>%n users have ClientId %1: which one this row made is not known</source>
        <translation>
            <numerusform>%n users have ClientId %1: which one this row made is not known</numerusform>
            <numerusform>%n users have ClientId %1: which one this row made is not known</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="654"/>
        <source>bulk row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="795"/>
        <source>the service refused the registration credentials: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="802"/>
        <source> (not retried: the request may have reached the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="819"/>
        <source>not sent (%1): trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="822"/>
        <source>the service cannot be reached: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="832"/>
        <source>rate limited (429): waiting %1 s before sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="886"/>
        <source>%n row(s) ended unknown: resume the run to reconcile them before anything is sent again</source>
        <translation>
            <numerusform>%n row ended unknown: resume the run to reconcile them before anything is sent again</numerusform>
            <numerusform>%n rows ended unknown: resume the run to reconcile them before anything is sent again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="944"/>
        <source>canceled: rows not sent yet stay pending (the run can be resumed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkPage</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="68"/>
        <source>a CSV of profiles: a header row, then one user per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="69"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="71"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="84"/>
        <source>Res&amp;ume that run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <location filename="../app/ui/BulkPage.cpp" line="282"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="283"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="284"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="113"/>
        <source>Pick each DeviceToken here (CustomToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="116"/>
        <source>Each row&apos;s DeviceToken is chosen and recorded before sending, so a lost answer still leaves it known. Off by default: the vendor does not document whether the service refuses a reused CustomToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="119"/>
        <source>Re&amp;quests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="121"/>
        <source>Requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="129"/>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="131"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="133"/>
        <location filename="../app/ui/BulkPage.cpp" line="802"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="135"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="137"/>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="177"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="178"/>
        <source>Dry-run problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="179"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="180"/>
        <source>1 · Column &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="182"/>
        <source>3 · Ro&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="212"/>
        <source>A CSV of profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="213"/>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="292"/>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="372"/>
        <source>The ledger has finished run %1 of this file into this group (%2 done, %3 failed). Running the file again registers its rows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="380"/>
        <source>The ledger has run %1 of this file into this group (%2; %3 done, %4 failed, %5 unknown, %6 in flight). Resuming skips the confirmed rows; rows whose request was in flight are reconciled first%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="390"/>
        <source> with the admin session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="391"/>
        <source> (needs an admin session on %1; else they stay unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="475"/>
        <location filename="../app/ui/BulkPage.cpp" line="483"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="499"/>
        <source>The ledger already has run %1 of this file into this group, not finished. Resume it (confirmed rows are skipped)? No starts a new run that registers every row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="530"/>
        <source>Register every row again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="531"/>
        <source>Run %1 already registered %2 into group %3 at %4. A new run registers every row AGAIN: each becomes a second user. Register them again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="538"/>
        <location filename="../app/ui/BulkPage.cpp" line="603"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="555"/>
        <source>The file has no rows to register: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="559"/>
        <source>Every row has problems (listed below): nothing was sent. Fix the file and make a dry run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="569"/>
        <source>Register %n real user(s) from %1 into group %2 at %3 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>Register %n real user from %1 into group %2 at %3 (PRODUCTION)? It cannot be taken back from here.</numerusform>
            <numerusform>Register %n real users from %1 into group %2 at %3 (PRODUCTION)? They cannot be taken back from here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="581"/>
        <source> (line %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="583"/>
        <source>, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="584"/>
        <source>%n row(s)%1 have problems and are NOT sent: they are marked failed in the ledger. Skip them and register the other %2 into group %3 at %4?</source>
        <translation>
            <numerusform>%n row%1 has problems and is NOT sent: it is marked failed in the ledger. Skip it and register the other %2 into group %3 at %4?</numerusform>
            <numerusform>%n rows%1 have problems and are NOT sent: they are marked failed in the ledger. Skip them and register the other %2 into group %3 at %4?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="594"/>
        <source>Register in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="622"/>
        <source>Resume in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="623"/>
        <source>Resume run %1 of %2 into group %3 at %4 (PRODUCTION)? Rows not confirmed yet are registered; confirmed rows are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="696"/>
        <source>%1 / %2 rows · %3 done · %4 failed · %5 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="424"/>
        <source>Dry run: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="459"/>
        <source>Dry run stopped after %n row(s). Nothing was sent.</source>
        <translation>
            <numerusform>Dry run stopped after %n row. Nothing was sent.</numerusform>
            <numerusform>Dry run stopped after %n rows. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="467"/>
        <source>%1
Nothing can be sent from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="473"/>
        <source>Dry run: %n row(s), no problems. Nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n row, no problems. Nothing was sent.</numerusform>
            <numerusform>Dry run: %n rows, no problems. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="478"/>
        <source>, the first %1 listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="594"/>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="498"/>
        <source>Register the file again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="252"/>
        <location filename="../app/ui/BulkPage.cpp" line="341"/>
        <source>%n column(s). Check the mapping, then make a dry run.</source>
        <translation>
            <numerusform>%n column. Check the mapping, then make a dry run.</numerusform>
            <numerusform>%n columns. Check the mapping, then make a dry run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="253"/>
        <source>%n column(s), and a dry run waits for the mapping: %1. Pick a field for a column in the list below.</source>
        <translation>
            <numerusform>%n column, and a dry run waits for the mapping: %1. Pick a field for a column in the list below.</numerusform>
            <numerusform>%n columns, and a dry run waits for the mapping: %1. Pick a field for a column in the list below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="296"/>
        <source>Field for column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="421"/>
        <source>Checking: %n row(s) read</source>
        <translation>
            <numerusform>Checking: %n row read</numerusform>
            <numerusform>Checking: %n rows read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="474"/>
        <source>Dry run: %1, %2 of them with problems (%3%4). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="476"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="640"/>
        <source>2 · Dry-run pro&amp;blems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="641"/>
        <source>2 · Dry-run pro&amp;blems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="667"/>
        <source>Running: each row counts once its DeviceToken is in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="669"/>
        <source>Paused: no new request goes out until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="671"/>
        <source>Stopping: waiting for the answers to the requests already sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="677"/>
        <source>Resuming run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="677"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="692"/>
        <source>Paused (requests already sent are awaited) · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="694"/>
        <source>Stopping · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="698"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="704"/>
        <source> · %1 rows/s · ETA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="717"/>
        <source>Run %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="718"/>
        <source>Run %1 %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="724"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="726"/>
        <source>
NOT recorded in the ledger (export the results now; they exist only here):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="772"/>
        <source>no run to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="780"/>
        <source>Export the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="780"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="782"/>
        <source>Results written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="783"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="794"/>
        <location filename="../app/ui/BulkPage.cpp" line="798"/>
        <source>Choose a CSV file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="802"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkRowCheck</name>
    <message>
        <location filename="../app/core/bulk/BulkRowCheck.cpp" line="28"/>
        <source>%1 &quot;%2&quot; repeats row %3&apos;s (line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowCheck.cpp" line="42"/>
        <source>not sent: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkRowModel</name>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="127"/>
        <source> (NOT in the ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkSource</name>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="31"/>
        <location filename="../app/core/bulk/BulkSource.cpp" line="135"/>
        <location filename="../app/core/bulk/BulkSource.cpp" line="140"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="43"/>
        <source>%1: this does not look like a CSV text file (binary data at byte %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="50"/>
        <source>: it looks like UTF-16 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="61"/>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="62"/>
        <source>%1: the file is empty (it holds only blank lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="72"/>
        <source>line %1: the header row is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="80"/>
        <source>: the header row is not UTF-8 text (if the file is text, save it as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="85"/>
        <source>%1: this does not look like a CSV text file%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="100"/>
        <source>%1: the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ClaimGlossary</name>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="15"/>
        <source>Subject: whom the token is for (the user&apos;s DeviceToken, or the admin&apos;s id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="17"/>
        <source>Token id: a unique number for this one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="18"/>
        <source>Issued at: when the service made this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="19"/>
        <source>Not before: the token is refused before this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="21"/>
        <source>Expires: after this moment the service answers 401; refresh the token before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="24"/>
        <source>Issuer: the service part that signed the token (&quot;webApi&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="25"/>
        <source>Audience: the services meant to accept the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="27"/>
        <source>Application id: the customer&apos;s application (app) in DataHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="29"/>
        <source>Company id: the customer account that owns the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="31"/>
        <source>InstanceId: the user group (or API credentials set) the identity belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="34"/>
        <source>InstanceKey: the group&apos;s secret key, the password for user logins and registration. Anyone who sees this token has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="36"/>
        <source>DeviceToken: the app user&apos;s id, also the SDK&apos;s key for that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="39"/>
        <source>Whether the SDK sends its logs for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="41"/>
        <source>Whether the SDK records trips for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="43"/>
        <source>Whether the SDK shares the user&apos;s live location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="45"/>
        <source>ClientId: the user&apos;s id in the customer&apos;s own system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="47"/>
        <source>When the refresh token dies (service time, UTC): after it, log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="50"/>
        <source>The refresh token, in clear: it buys a new token pair once. Keep it secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="52"/>
        <source>The DataHub account&apos;s e-mail (admin tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="54"/>
        <source>Whether the identity is a DataHub (admin) account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="55"/>
        <location filename="../app/ui/ClaimGlossary.cpp" line="57"/>
        <source>The role the service grants this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="58"/>
        <source>The service&apos;s internal id of the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="70"/>
        <source>Signing algorithm: none. The token is not signed: anyone could have written its claims, and the service refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="74"/>
        <source>Signing algorithm %1 is named, but the token carries no signature: it is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="75"/>
        <location filename="../app/ui/ClaimGlossary.cpp" line="80"/>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="78"/>
        <source>Signing algorithm %1, but the signature is damaged (a truncated paste?): the service refuses the token as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="83"/>
        <source>Signing algorithm. HS256: signed with the service&apos;s secret key, which the console does not have, so the signature is not checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="86"/>
        <source>Signing algorithm (%1). The service signs its tokens with HS256; the signature is not checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="90"/>
        <source>Token type (JWT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="93"/>
        <source>Key id: which of the service&apos;s keys signed the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="96"/>
        <source>Content type of the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="98"/>
        <source>A header field the console does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="107"/>
        <source>A claim the console does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ClearButton</name>
    <message>
        <location filename="../app/ui/ClearButton.cpp" line="16"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::CsvMapping</name>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="119"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="195"/>
        <source>a column mapping is COLUMN=FIELD (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="206"/>
        <source>&quot;%1&quot; is not a field (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="226"/>
        <source>the file has no column &quot;%1&quot; (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="249"/>
        <source>columns &quot;%1&quot; and &quot;%2&quot; both feed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="257"/>
        <source>no column names a registration field (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="283"/>
        <source>the row has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="292"/>
        <source>field %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="313"/>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="333"/>
        <source>ChildrenCount must be a whole number (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::CsvReader</name>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="35"/>
        <source>not valid UTF-8 text (byte 0x%1 at position %2); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="203"/>
        <source>the record is longer than %1 bytes (an unterminated quote?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="211"/>
        <source>malformed quoting (a quote inside an unquoted field, or text after a closing quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="270"/>
        <source>unterminated quoted field (the file ends inside quotes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::EmbeddedSandbox</name>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="44"/>
        <source>The local sandbox is not installed: %1 is missing. Reinstall the console, or use a profile for another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="53"/>
        <source>The local sandbox %1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="60"/>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="186"/>
        <source>%1 is not a local sandbox for this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="66"/>
        <source>The local sandbox %1 is version %2, this console %3. Reinstall the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="166"/>
        <source>Cannot lock the sandbox database %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::Envelope</name>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="75"/>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="88"/>
        <source>the answer is a JSON array, not the envelope object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="90"/>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="97"/>
        <source>the answer has neither Status nor Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="104"/>
        <source>the envelope&apos;s Status is not an HTTP status code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::EnvironmentBanner</name>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="19"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="34"/>
        <source>PRODUCTION — user.telematicssdk.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="43"/>
        <source>Profile “%1”: real users and real logins (rate-limited per IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="47"/>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="50"/>
        <source>Profile “%1” · %2 · test data on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="52"/>
        <source>Profile “%1” · the local sandbox is not running (Sandbox → Start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="56"/>
        <source>Custom service — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="57"/>
        <source>Profile “%1” · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="66"/>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="67"/>
        <source>Pick a profile on the left to see where its requests go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ErrorText</name>
    <message>
        <location filename="../app/ui/ErrorText.cpp" line="16"/>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ErrorText.cpp" line="20"/>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ExchangeExplanation</name>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="78"/>
        <source>The envelope&apos;s Status (%1) differs from the HTTP status (%2): the service&apos;s answer contradicts itself; the console goes by the HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="86"/>
        <source>No answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="90"/>
        <source>No answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="96"/>
        <source>401: the service refused these credentials (a wrong login or password, or a LoginFields shape it cannot read). No token is needed on this route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="99"/>
        <source>401: no token was sent. This route needs “Authorization: Bearer &lt;JWT&gt;”: choose a session&apos;s token as the auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="106"/>
        <source>401: the token sent is not a readable JWT (its claims do not decode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="108"/>
        <source>401: the token sent had expired: its exp is %1, %2 before the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="111"/>
        <source>401: the token sent was not yet valid: its nbf is %1, %2 after the request (a clock difference?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="115"/>
        <source>401: the token sent is a user&apos;s (it carries a DeviceToken) and this route is for admins: use an admin session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="118"/>
        <source>401: the token sent is an admin&apos;s; this route reads a user&apos;s own profile: use a user session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="121"/>
        <source>401: the token sent is of no known kind (its claims name neither a DeviceToken nor an admin role), so the service may not accept it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="124"/>
        <source>401: the token sent looks valid (not expired, of the right kind), so the service did not accept its signature or no longer knows it (logged out, rotated, another environment&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="132"/>
        <source>403: the token is a user&apos;s token (it carries a DeviceToken) on a route for admins. Use an admin session&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="135"/>
        <source>403: the service knows who you are but does not allow this (a user token on an admin route, or a group outside your account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="139"/>
        <source>415: the service takes only JSON bodies with “Content-Type: application/json”; this request sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="141"/>
        <source>no Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="149"/>
        <source>429: too many requests. The service asks to wait until %1 (Retry-After: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="151"/>
        <source>429: too many requests. The service did not say how long to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="153"/>
        <source>%1: success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="155"/>
        <source>%1: the service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="167"/>
        <source>You may try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="168"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Try again in %n s.</numerusform>
            <numerusform>Try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::InfoStrip</name>
    <message>
        <location filename="../app/ui/InfoStrip.cpp" line="32"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/InfoStrip.cpp" line="33"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::Jwt</name>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="38"/>
        <source>not valid base64url (character %1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="45"/>
        <source>not valid base64url (impossible length %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="49"/>
        <source>not valid base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="101"/>
        <source>too long (%1 characters; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="110"/>
        <source>too long (%1 bytes; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="115"/>
        <source>contains a NUL byte at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="127"/>
        <source>expected 3 parts separated by &apos;.&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="144"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="148"/>
        <source>JSON, but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="166"/>
        <source>an %1 signature is %2 bytes, this one %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="377"/>
        <source>The token&apos;s exp gives a lifetime of %1 s but the answer&apos;s ExpiresIn says %2 s; using exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="382"/>
        <source> ExpiresIn looks like milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::JwtReport</name>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="17"/>
        <source>Unsigned: anyone could have written these claims. The token ends after its claims, with no signature: was its end cut off when it was copied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="21"/>
        <source>Unsigned: anyone could have written these claims. Its header says &quot;alg&quot;: &quot;none&quot;; the service never issues such a token and refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="24"/>
        <source>Unsigned: anyone could have written these claims. Nothing follows the last dot, so the token has no signature; the service refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="29"/>
        <source>Signature damaged — truncated paste? Its signature part: %1. The header and claims decode and are shown, but the service refuses the token as it is: copy it again in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="39"/>
        <source>Expired %1. The service answers 401 to it; refresh or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="41"/>
        <source>The token has no expiry (exp) claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="44"/>
        <source>Not yet valid: the service accepts it %1. Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="47"/>
        <source>Issued in the future, %1: this computer&apos;s clock or the server&apos;s is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="53"/>
        <source>This token embeds the group&apos;s InstanceKey: anyone who sees the token has the group&apos;s key (the password of every user of the group, and the key to register new users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="57"/>
        <source>This token embeds a refresh token: anyone who sees it can get a new token pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="59"/>
        <source>This token embeds a secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="65"/>
        <source>Its refresh token expired %1: only a new login helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="72"/>
        <source>its claims name neither a user (DeviceToken) nor an admin role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="86"/>
        <source>An admin token (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="87"/>
        <source>An admin token for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="89"/>
        <source>A user token (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="92"/>
        <source>A token of unknown kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="98"/>
        <source>Unsigned: there is no signature part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="100"/>
        <source>Unsigned: the header says &quot;alg&quot;: &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="102"/>
        <source>Unsigned: the signature part is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="104"/>
        <source>Its signature is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="106"/>
        <source>Signed, with no algorithm named in the header; the signature is not checked here (the console does not hold the service&apos;s key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="108"/>
        <source>Signed with %1; the signature is not checked here (the console does not hold the service&apos;s key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::KeychainStore</name>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="257"/>
        <source>Secrets are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="259"/>
        <source>Secrets are kept in memory only for this run (nothing is saved): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="358"/>
        <source>%1 reached the D-Bus session bus, but no Secret Service answers on it (org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="363"/>
        <source>%1 found no D-Bus session bus, so no keychain can be reached: run it inside a desktop session (or under dbus-run-session with an unlocked gnome-keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="368"/>
        <source>The Secret Service answered, but the keyring is locked or has no default collection: unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="373"/>
        <source>The keyring is locked and could not be unlocked: its unlock prompt could not be shown (no display) or was closed. Unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="378"/>
        <source>Access to the keychain was denied: allow telematics-console when your keyring asks, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="382"/>
        <source>The keychain did not answer within %1 s (it may be locked and waiting for a password prompt): unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="387"/>
        <source>The keychain failed: check that gnome-keyring or KWallet is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::Language</name>
    <message>
        <location filename="../app/ui/Language.cpp" line="36"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::Ledger</name>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="149"/>
        <source>cannot switch the ledger to WAL: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="170"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="208"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="214"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="217"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="23"/>
        <source>create the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="309"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="723"/>
        <source>The ledger could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="358"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="361"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="368"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="376"/>
        <source>record a registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="359"/>
        <location filename="../app/core/ledger/LedgerReader.cpp" line="163"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="33"/>
        <source>the ledger is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="394"/>
        <source>update a registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="412"/>
        <source>update a bulk row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="437"/>
        <source>record the bulk run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="456"/>
        <source>update the bulk run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="466"/>
        <source>the run stopped while this row&apos;s request may have been in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="471"/>
        <source>mark interrupted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="724"/>
        <source>be read for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="741"/>
        <source>The export was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="704"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="734"/>
        <source>The export could not be written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="32"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="47"/>
        <source>record a user event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::LedgerModel</name>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>InstanceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::LedgerPage</name>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="36"/>
        <source>Every DeviceToken this console received, recorded before it was shown. Access and refresh tokens are never kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="45"/>
        <source>Search DeviceToken, ClientId, InstanceId, name, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="47"/>
        <source>Search the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="50"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="55"/>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="58"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="61"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="72"/>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="91"/>
        <location filename="../app/ui/LedgerPage.cpp" line="108"/>
        <source>Copy &amp;DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="94"/>
        <location filename="../app/ui/LedgerPage.cpp" line="111"/>
        <source>Copy row as C&amp;SV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="110"/>
        <source>Copy the selected entry&apos;s DeviceToken (Ctrl+C in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="113"/>
        <source>Copy the selected entry, with the column names, as CSV (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="142"/>
        <source>&amp;Find this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="144"/>
        <source>Look the selected entry&apos;s DeviceToken up in the Users area (with an admin session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="200"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="202"/>
        <source>The ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="204"/>
        <source>%n or more entries (counting…)</source>
        <translation>
            <numerusform>%n or more entries (counting…)</numerusform>
            <numerusform>%n or more entries (counting…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="206"/>
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="209"/>
        <source>preparing search: %n older entr(y/ies) left</source>
        <translation>
            <numerusform>preparing search: %n older entry left</numerusform>
            <numerusform>preparing search: %n older entries left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="282"/>
        <source>the ledger is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="301"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="306"/>
        <source>Exporting to %1: %n entr(y/ies) so far…</source>
        <translation>
            <numerusform>Exporting to %1: %n entry so far…</numerusform>
            <numerusform>Exporting to %1: %n entries so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="313"/>
        <source>Exported %n entr(y/ies) to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="324"/>
        <source>Export the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="324"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="282"/>
        <location filename="../app/ui/LedgerPage.cpp" line="314"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::LoginAttempt</name>
    <message>
        <location filename="../app/core/auth/LoginAttempt.cpp" line="27"/>
        <source>the service rate-limited logins earlier; no login is sent before then</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/auth/LoginAttempt.cpp" line="32"/>
        <source>automatic logins are paused: %n login(s) in the last %1 min for this profile; log in by hand or wait</source>
        <translation>
            <numerusform>automatic logins are paused: %n login in the last %1 min for this profile; log in by hand or wait</numerusform>
            <numerusform>automatic logins are paused: %n logins in the last %1 min for this profile; log in by hand or wait</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="75"/>
        <source>Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="85"/>
        <source>Keychain message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="86"/>
        <source>Sandbox message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="87"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="98"/>
        <source>&amp;Work areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="104"/>
        <source>Work areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="113"/>
        <source>Work area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="125"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="127"/>
        <source>Local sandbox state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="129"/>
        <source>Keychain state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="136"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="148"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="162"/>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="219"/>
        <location filename="../app/ui/MainWindow.cpp" line="514"/>
        <source>The system keychain cannot be used: %1
Until that is fixed, secrets you enter are kept in memory only for this run: nothing is saved, and you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="244"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="245"/>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="247"/>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="250"/>
        <source>&amp;Log in / register user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="254"/>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="258"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="261"/>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="262"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="263"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="265"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="266"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="270"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="271"/>
        <source>&amp;About Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="272"/>
        <source>About Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="273"/>
        <source>Telematics Console %1
A desktop admin console for the Telematics (Damoov) user service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="293"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="472"/>
        <source>The new language is used from the next start: a registration or bulk run is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="533"/>
        <source>First run: starting a local sandbox so you can try the console safely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="601"/>
        <source>The local sandbox is stopped. Its data stays in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="602"/>
        <source>&amp;Start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="608"/>
        <source>Stop the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="609"/>
        <source>One open session uses the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="610"/>
        <source>%1 open sessions use the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="611"/>
        <source>; their refreshes fail until it runs again. Stop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="643"/>
        <source>The local sandbox runs at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="667"/>
        <source>The local sandbox did not start: %1
Its database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="668"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="804"/>
        <source>No user was registered in “%1”.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="806"/>
        <source>The user %1 (in “%2”) has no profile to log in with.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="821"/>
        <source>&amp;Discard profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="903"/>
        <location filename="../app/ui/MainWindow.cpp" line="926"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="904"/>
        <source>Log in as this user first: the DeviceToken the password belongs to comes from the login&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="927"/>
        <source>Log in with an admin profile of this service first: an admin sets a user&apos;s first password. (A UBI user&apos;s own session can change it later.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="942"/>
        <source>The password of %1 was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="943"/>
        <source>The password of %1 was set, but not kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1042"/>
        <source>ClientId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1042"/>
        <source>%1 (ClientId %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1113"/>
        <source>The ledger (%1) could not be opened: %2. Nothing is registered until it can be: a DeviceToken the service returns must be recorded before it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1144"/>
        <source>No group-key profile for %1, the service of “%2”. Pick one above (it names its own service) or create one with the group&apos;s InstanceId and InstanceKEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1147"/>
        <source>Select a profile, or pick a group-key profile above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1165"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="682"/>
        <source>First run: the console started a local sandbox at %1 (its data: %2) and created the profiles “%3” and “%4” with its demo credentials %5. Select one on the left and press Log in — nothing here touches production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="687"/>
        <source>(kept in memory only for this run: the keychain is unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="688"/>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="717"/>
        <source>Starting the local sandbox first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="729"/>
        <source>Logging in with “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="733"/>
        <source>Logged in with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="735"/>
        <source>Login with “%1” failed (see its card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="738"/>
        <source>Logged in, but the session could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="754"/>
        <source>Register a user in production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="754"/>
        <source>Register a user and log in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="755"/>
        <source>“%1” is a group key: it cannot log in, it can only register users.

Register a NEW user in group %2 at %3%4, record its DeviceToken in the ledger, and log in as that user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="759"/>
        <source> (PRODUCTION: a real user that stays in the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="782"/>
        <source>Registering a user in “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="811"/>
        <source>A secret of “%1” could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="818"/>
        <source>“%1” is now one of your profiles: it logs in as this user again. Keep it, or discard it when you are done (the user stays registered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="864"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="865"/>
        <source>Delete the profile “%1” and its secrets in the keychain? Its session ends here. (Nothing changes on the service.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="878"/>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="880"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="966"/>
        <source>Sandbox: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="967"/>
        <source>Sandbox: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="969"/>
        <source>Sandbox: running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="971"/>
        <source>Sandbox: failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="978"/>
        <source>⚠ Secrets: memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="978"/>
        <source>Secrets: system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="984"/>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="989"/>
        <source>PRODUCTION (user.telematicssdk.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="991"/>
        <source>local sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="992"/>
        <source>local sandbox (not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="996"/>
        <location filename="../app/ui/MainWindow.cpp" line="1002"/>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="999"/>
        <source>the local sandbox is stopped: refreshes fail until it runs (Sandbox → Start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1003"/>
        <source>logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1004"/>
        <source>connected, token valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1005"/>
        <source>refreshing the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1006"/>
        <source>token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1007"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1010"/>
        <source>group key (registration only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1012"/>
        <source>“%1” → %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1075"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1087"/>
        <source>Register many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1094"/>
        <source>Bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1101"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::OpenSessions</name>
    <message>
        <location filename="../app/core/auth/OpenSessions.cpp" line="58"/>
        <source>%1 session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="18"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="28"/>
        <source>The window changes to the new language at once. Sessions, the sandbox and your profiles stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::Profile</name>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="67"/>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="70"/>
        <source>A profile name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="74"/>
        <source>The base URL must be an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="78"/>
        <source>The API login must be an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="84"/>
        <source>A UBI user logs in with a phone number or an e-mail, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="87"/>
        <source>The UBI user&apos;s login must be an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="97"/>
        <source>Endpoint paths start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="101"/>
        <source>TLS: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="113"/>
        <source>A phone number holds digits, spaces and + - ( ) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="116"/>
        <source>A phone number needs digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileEditor</name>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="69"/>
        <source>Enter the service&apos;s base URL, e.g. https://user.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="73"/>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="76"/>
        <source>The URL must start with https:// (or http:// for a local service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="79"/>
        <source>The URL needs a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="86"/>
        <source>Plain http:// is for a service on this computer only (localhost, 127.0.0.1, ::1): the password and tokens would cross the network unencrypted. Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="99"/>
        <source>&amp;Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="99"/>
        <source>Cancel tes&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="103"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="104"/>
        <source>Profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="139"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="140"/>
        <source>e.g. Production — admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="141"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="143"/>
        <source>Production (user.telematicssdk.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="145"/>
        <source>Local sandbox (embedded; its URL is found at run time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="147"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="148"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="149"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="151"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="153"/>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="158"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="159"/>
        <source>optional: a PEM file of the private CA that signed the service&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="160"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="162"/>
        <source>Browse for the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="164"/>
        <source>The private CA&apos;s certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="165"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="176"/>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="178"/>
        <source>Certificate SHA-256 pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="179"/>
        <source>optional: AB:CD:… (openssl x509 -noout -fingerprint -sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="180"/>
        <source>Certificate &amp;pin (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="182"/>
        <source>Admin — API credentials (DataHub → Management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="184"/>
        <source>User — one app user&apos;s DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="185"/>
        <source>Group key — InstanceID + InstanceKEY (registration, no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="187"/>
        <source>UBI user — phone number or e-mail + the user&apos;s own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="189"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="190"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="192"/>
        <source>&amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="194"/>
        <source>InstanceID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="198"/>
        <source>API login e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="199"/>
        <source>api-login@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="200"/>
        <source>API &amp;login (e-mail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="202"/>
        <source>API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="203"/>
        <source>API &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="205"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="207"/>
        <source>&amp;DeviceToken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="209"/>
        <source>InstanceKEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="210"/>
        <source>Instance&amp;KEY:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="213"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="214"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="215"/>
        <source>UBI login kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="216"/>
        <source>UBI user login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="221"/>
        <source>User &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="223"/>
        <source>User&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="224"/>
        <source>User&apos;s pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="226"/>
        <source>Auto: object, then the string shape once on a bare 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="227"/>
        <source>Object: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (2020 docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="228"/>
        <source>String: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (newer docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="230"/>
        <source>LoginFields shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="231"/>
        <source>Login&amp;Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="233"/>
        <source>Endpoint paths (leave empty for the documented ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="240"/>
        <source>Path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="259"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="532"/>
        <source>Logs in once with these fields (uses one of the service&apos;s rate-limited logins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="262"/>
        <source>Test login in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="275"/>
        <source>Test login result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="285"/>
        <source>Save error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="353"/>
        <source>Discard this profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="354"/>
        <source>Discard what you entered for this new profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="355"/>
        <source>Discard your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="371"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="406"/>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="442"/>
        <source>reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="459"/>
        <source>not in the keychain: enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="512"/>
        <source>(found when the local sandbox runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="519"/>
        <source>API &amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="519"/>
        <source>Group &amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="527"/>
        <source>+1 555 010 2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="527"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="531"/>
        <source>A group-key profile does not log in; it registers users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="571"/>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="573"/>
        <source>Another profile already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="575"/>
        <source>Another profile is named &quot;%1&quot;: names that differ only in capitals cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="578"/>
        <source>A profile name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="590"/>
        <source>Enter the InstanceID (a UUID such as 3f2a9c1e-….).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="592"/>
        <source>An InstanceID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="596"/>
        <source>Enter the API login (an e-mail address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="597"/>
        <source>The API login is an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="601"/>
        <source>Enter the user&apos;s DeviceToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="602"/>
        <source>A DeviceToken looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="607"/>
        <source>Enter the phone number the user was registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="608"/>
        <source>Enter the e-mail the user was registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="610"/>
        <source>An e-mail address looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="617"/>
        <source>A path starts with “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="667"/>
        <source>Enter the API password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="668"/>
        <source>Enter the user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="669"/>
        <source>Enter the InstanceKEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="672"/>
        <source>A group-key profile does not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="675"/>
        <source>The local sandbox is not running: start it with Sandbox → Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="678"/>
        <source>Cannot test yet:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="683"/>
        <source>The service blocked logins from here (HTTP 429) until %1. Try again %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="704"/>
        <source>Logging in to %1 (LoginFields as %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="724"/>
        <source>Test login cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="729"/>
        <source>Login failed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="731"/>
        <source>Both LoginFields shapes were tried (object and string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="741"/>
        <source>Login worked (LoginFields sent as %1). The token is valid until %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="749"/>
        <source>The %1 shape was refused with a 401 naming no field; the %2 shape worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="773"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="783"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="794"/>
        <source>Could not rename the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="844"/>
        <source>The profile was saved, but a secret was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileList</name>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <location filename="../app/ui/ProfileList.cpp" line="204"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="24"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="24"/>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="28"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="34"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="147"/>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="148"/>
        <source>local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="154"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="158"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="162"/>
        <source>group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="166"/>
        <source>UBI user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="173"/>
        <source>logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="174"/>
        <source>logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="175"/>
        <source>● signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="176"/>
        <source>● refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="177"/>
        <source>token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="178"/>
        <source>⚠ error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="199"/>
        <source>Register a user and &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="201"/>
        <source>Registers a new user in this group (Registration/Create), keeps its DeviceToken in a new user profile and logs it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="205"/>
        <source>Logs in with the profile&apos;s credentials from the keychain (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileStore</name>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="151"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="208"/>
        <source>A profile named &quot;%1&quot; already exists: names that differ only in capitals cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="198"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="291"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="204"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegisterManyPage</name>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="55"/>
        <source>Registration/CreateMany: the DeviceTokens come back once. Each is written to the ledger before it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="66"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="69"/>
        <source>1–%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="75"/>
        <source>&amp;Quantity (1–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="77"/>
        <source>Return access tokens (CreateAccessToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="81"/>
        <source>Enable tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="82"/>
        <source>Enable logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="83"/>
        <source>Enabled (SDK on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="84"/>
        <source>CustomFields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="90"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="92"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="94"/>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="95"/>
        <source>Include access and refresh tokens (secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="118"/>
        <source>Registered users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="202"/>
        <source>Create users in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="203"/>
        <source>Create %n real user(s) in group %1 at %2 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>Create %n real user in group %1 at %2 (PRODUCTION)? It cannot be taken back from here.</numerusform>
            <numerusform>Create %n real users in group %1 at %2 (PRODUCTION)? They cannot be taken back from here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="213"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="229"/>
        <source>Registering %n user(s) into group %1 at %2…</source>
        <translation>
            <numerusform>Registering %n user into group %1 at %2…</numerusform>
            <numerusform>Registering %n users into group %1 at %2…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="246"/>
        <source>%1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="253"/>
        <source>No certain answer: %1
Up to %n user(s) may exist whose DeviceTokens were not received. Not retried.</source>
        <translation>
            <numerusform>No certain answer: %1
Up to %n user may exist whose DeviceTokens were not received. Not retried.</numerusform>
            <numerusform>No certain answer: %1
Up to %n users may exist whose DeviceTokens were not received. Not retried.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="308"/>
        <source>Exported to %1 with tokens (secrets; readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="309"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="311"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="243"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="251"/>
        <source>%n user(s) registered.</source>
        <translation>
            <numerusform>%n user registered.</numerusform>
            <numerusform>%n users registered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="261"/>
        <source>
NOT recorded in the ledger: %1. Export the table now: these DeviceTokens exist only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="264"/>
        <source>
Every DeviceToken is recorded in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="298"/>
        <source>Export DeviceTokens WITH access and refresh tokens (secrets: the file is readable by you only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="300"/>
        <source>Export the DeviceTokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="302"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="302"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegisterPage</name>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="114"/>
        <source>Registration/Create: every field is optional. The DeviceToken is written to the ledger before it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="138"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="139"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="140"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="141"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="142"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="145"/>
        <location filename="../app/ui/RegisterPage.cpp" line="166"/>
        <location filename="../app/ui/RegisterPage.cpp" line="173"/>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="148"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="153"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="163"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="169"/>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="175"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="177"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="178"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="179"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="180"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="181"/>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="182"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="187"/>
        <source>a UUID you pick: it becomes the DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="188"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="194"/>
        <source>CustomToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="196"/>
        <source>With a CustomToken the DeviceToken is recorded before sending, so a lost answer still leaves it known. The vendor does not document whether a reused CustomToken is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="203"/>
        <source>the user&apos;s id in your own system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="203"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="204"/>
        <source>Enable tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="204"/>
        <source>UserFields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="205"/>
        <source>Enable logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="206"/>
        <source>Enabled (SDK on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="207"/>
        <source>Return an access token now (CreateAccessToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="217"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="220"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="242"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="241"/>
        <location filename="../app/ui/RegisterPage.cpp" line="246"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="250"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="254"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="255"/>
        <source>Log &amp;in as this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="331"/>
        <source>Fix the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="406"/>
        <source>Registering into group %1 at %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="415"/>
        <source>Registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="417"/>
        <source>No certain answer: %1
The user may exist. It was not retried.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="419"/>
        <source> Pick a CustomToken next time to make this checkable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="420"/>
        <source> If it exists, its DeviceToken is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="425"/>
        <source>
The fields concerned are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="434"/>
        <source>Access token ●●●●●●●● received%1; refresh token %2. Kept in memory only, never in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="435"/>
        <source> (expires in %1 s, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="439"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="439"/>
        <source>●●●●●●●● received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="442"/>
        <source>No access token (CreateAccessToken: false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="448"/>
        <source>NOT recorded: %1. Copy the DeviceToken now: it exists only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="450"/>
        <source>Recorded in the ledger (entry %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegistrationJob</name>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="79"/>
        <source>the ledger is not open: nothing is registered without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="86"/>
        <source>nothing was sent: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="90"/>
        <source>register a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="150"/>
        <source> (the user may exist; not retried)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegistrationManyJob</name>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="50"/>
        <source>Quantity must be at least 1 (got %1): nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="52"/>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="70"/>
        <source>Quantity must be at most %1, the service&apos;s maximum for one call (got %2): nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="62"/>
        <source>Give how many users to register (1–%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="65"/>
        <source>Quantity must be a whole number from 1 to %1 (got “%2”): nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="97"/>
        <source>the ledger is not open: nothing is registered without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="101"/>
        <source>register %n user(s) at once</source>
        <translation>
            <numerusform>register %n user at once</numerusform>
            <numerusform>register %n users at once</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="148"/>
        <source> (up to %1 users may exist whose DeviceTokens were never received)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegistrationProfile</name>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="153"/>
        <source>Gender must be one of %1 (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="159"/>
        <source>Birthday must be a date (yyyy-MM-dd) or an ISO 8601 date-time (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="168"/>
        <source>MaritalStatus must be one of %1 or a code 1-4 (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="173"/>
        <source>ChildrenCount must be between 0 and 100 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="177"/>
        <source>CustomToken must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="184"/>
        <source>ImageUrl must be an absolute URL (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="189"/>
        <source>Email must be one address: a name, one &apos;@&apos; and a domain, no spaces (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="194"/>
        <source>Phone may hold only digits, spaces and + - ( ), with at least one digit (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegistrationService</name>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="146"/>
        <source>No user group is chosen: pick a group-key profile. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="152"/>
        <source>No InstanceKEY was given for group %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="160"/>
        <source>The group-key profile “%1” no longer exists. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="164"/>
        <source>The group-key profile “%1” changed: it now registers into group %2 at %3, not group %4 at %5. Check the target and try again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="174"/>
        <source>the InstanceKEY of “%1” could not be read: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="177"/>
        <source>The group-key profile “%1” has no InstanceKEY in the keychain: edit the profile to enter it. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="192"/>
        <source>Pick a group-key profile: its InstanceKEY is read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="265"/>
        <source> — user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="270"/>
        <source>%1 — user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="281"/>
        <source>A user profile needs the group-key profile the user was registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="293"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="328"/>
        <source>The registration did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="333"/>
        <source>The user %1 was registered but NOT recorded in the ledger (%2): copy the DeviceToken now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegistrationTarget</name>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="47"/>
        <source>No user group chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="50"/>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="52"/>
        <source>local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="54"/>
        <source>custom service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="55"/>
        <source>Registers into group %1 at %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegistrationTargetBox</name>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="19"/>
        <source>Registers into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="20"/>
        <source>&amp;New group-key profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="25"/>
        <source>&amp;Group-key profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="28"/>
        <source>Group-key profile to register into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="58"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="78"/>
        <source>Pick the group-key profile to register into, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="95"/>
        <source>Group-key profile “%1”; its InstanceKEY is read from the keychain when you register and is sent only to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::Renewal</name>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="62"/>
        <source>no API password is stored for this profile; log in once with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="64"/>
        <source>no password is stored for this UBI user; log in once with the user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="65"/>
        <source>no InstanceKEY is stored for this profile; log in once with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="96"/>
        <source>no API login e-mail is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="98"/>
        <source>no phone number or e-mail is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="99"/>
        <source>no DeviceToken is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="103"/>
        <source>a user login needs the group&apos;s InstanceId</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RequestComposer</name>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="60"/>
        <source>Header line %1 is not “Name: value”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="150"/>
        <source>Choose a profile to send as (its service and credentials). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="154"/>
        <source>“%1” cannot send with this auth. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="158"/>
        <source>Give a path, e.g. /v1/Auth/Login. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="165"/>
        <source>The body is not JSON (%1 at character %2). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="176"/>
        <location filename="../app/core/services/RequestComposer.cpp" line="177"/>
        <source>composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="194"/>
        <source>the InstanceKEY of “%1” could not be read: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="195"/>
        <source>none is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="210"/>
        <source>“%1” has no session. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="279"/>
        <source>These DeviceTokens are NOT recorded in the ledger (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/services/RequestComposer.cpp" line="283"/>
        <source>%n DeviceToken(s) recorded in the ledger.</source>
        <translation>
            <numerusform>%n DeviceToken recorded in the ledger.</numerusform>
            <numerusform>%n DeviceTokens recorded in the ledger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::SandboxProfiles</name>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="14"/>
        <source>Local sandbox — admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="19"/>
        <source>Local sandbox — user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="44"/>
        <source>Could not create the profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="50"/>
        <source>A credential could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::SecretEdit</name>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="19"/>
        <source>Show or hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="31"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="53"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::Session</name>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="392"/>
        <source>automatic refresh: try %1 after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="396"/>
        <source>automatic refresh: the token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="398"/>
        <source>automatic refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="401"/>
        <source>automatic refresh, before the refresh token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="403"/>
        <source>automatic refresh, 5 min before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="405"/>
        <location filename="../app/core/auth/Session.cpp" line="406"/>
        <source>automatic refresh, %1 % of lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="417"/>
        <source>the last refresh answer was lost, so the refresh token may be spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="419"/>
        <source>the refresh token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="421"/>
        <source>no refresh token was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="425"/>
        <location filename="../app/core/auth/Session.cpp" line="572"/>
        <source>re-login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="427"/>
        <source>%1 (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="462"/>
        <source>refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="516"/>
        <source>re-login: refresh token refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="518"/>
        <source>the refresh token was refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="572"/>
        <source>automatic login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="573"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="746"/>
        <source>resume: the kept token had lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="805"/>
        <source>not logged in: log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="809"/>
        <source>refresh asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="856"/>
        <source>the request could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="878"/>
        <source>refresh after a 401</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::SetPasswordDialog</name>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="38"/>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="39"/>
        <source>Set a UBI user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="45"/>
        <source>About this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="49"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="50"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="51"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="53"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="62"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="65"/>
        <source>Setting the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="70"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="75"/>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="119"/>
        <source>Password of UBI user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="120"/>
        <source>The vendor&apos;s own flow generates a password and sends it to the user by SMS (phone login) or e-mail (e-mail login). This sets one directly: nothing is sent to the user, so tell them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="125"/>
        <source>Sent with the user&apos;s own session (“%1”): the service wants the current password, which is taken from that profile&apos;s keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="128"/>
        <source>Sent as the admin of “%1”: the current password is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="130"/>
        <source>The new password is kept in the keychain entry of profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="140"/>
        <source>Type the new password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="146"/>
        <source>Type it once more in the second field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="149"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="206"/>
        <source>The password was not set.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="214"/>
        <source>The password was set, but it could not be kept in the keychain entry of “%1”: %2
That profile logs in with the old one until you enter the new one in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::SingleInstance</name>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="55"/>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="107"/>
        <source>Another Telematics Console is running (its lock is %1) but does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="116"/>
        <source>Another Telematics Console is running but did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TimeText</name>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="21"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="27"/>
        <location filename="../app/core/util/TimeText.cpp" line="32"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="32"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="35"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="35"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="37"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="43"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="45"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="45"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="54"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="64"/>
        <location filename="../app/core/util/TimeText.cpp" line="72"/>
        <location filename="../app/core/util/TimeText.cpp" line="80"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="66"/>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TokenCard</name>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="50"/>
        <source>&amp;Start the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="53"/>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="53"/>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="58"/>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="75"/>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="84"/>
        <source>InstanceId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="87"/>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="88"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="96"/>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="99"/>
        <source>Fraction of the token&apos;s life left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="101"/>
        <source>Refresh token expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="105"/>
        <source>Clock skew warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="107"/>
        <location filename="../app/ui/TokenCard.cpp" line="314"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="109"/>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="113"/>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="114"/>
        <source>The local sandbox is stopped: refreshes and logins of this session fail until it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="134"/>
        <source>Copy the JWT; the clipboard is cleared after 30 s if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="176"/>
        <source>Refresh of “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="177"/>
        <source>Login with “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="184"/>
        <source>Token copied. The clipboard is cleared in %1 s if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="291"/>
        <source>Admin · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="291"/>
        <source>(API login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="293"/>
        <source>User · DeviceToken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="47"/>
        <source>DeviceToken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="54"/>
        <source>Set pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="85"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="124"/>
        <source>Refresh the token on its own before it lapses (at 80 % of its life or 5 min before the end; sooner when the refresh token lapses first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="137"/>
        <source>&amp;Find this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="138"/>
        <source>Look this DeviceToken up in the Users area (with an admin session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="140"/>
        <source>Set the password this user logs in with by phone number or e-mail (a UBI user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="202"/>
        <source>Logged out of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="284"/>
        <source>UBI user · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="286"/>
        <source>A UBI user&apos;s session (phone number + the user&apos;s own password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="287"/>
        <source>A UBI user&apos;s session (e-mail + the user&apos;s own password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="292"/>
        <source>User · DeviceToken (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="294"/>
        <source>User · %1 · DeviceToken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="295"/>
        <source>An admin session (API credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="296"/>
        <source>A user session (DeviceToken login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="298"/>
        <source>— (known after the login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="303"/>
        <location filename="../app/ui/TokenCard.cpp" line="408"/>
        <location filename="../app/ui/TokenCard.cpp" line="411"/>
        <location filename="../app/ui/TokenCard.cpp" line="412"/>
        <location filename="../app/ui/TokenCard.cpp" line="413"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="307"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="308"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="310"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="310"/>
        <source>Active (refresh token may be spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="312"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="313"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="317"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="345"/>
        <source>Stop the refresh; the current token is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="345"/>
        <source>Stop the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="369"/>
        <source>⚠ This computer&apos;s clock is %1 %2 the server&apos;s. Times here use the server&apos;s clock; set the system clock right (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="371"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="371"/>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="381"/>
        <source>The last refresh answer was lost: the refresh token may already be spent. The next attempt logs in again (within the login budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="389"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenCard.cpp" line="392"/>
        <source>Renewing the token failed %n time(s)%1; retrying in %2.</source>
        <translation>
            <numerusform>Renewing the token failed %n time%1; retrying in %2.</numerusform>
            <numerusform>Renewing the token failed %n times%1; retrying in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="393"/>
        <location filename="../app/ui/TokenCard.cpp" line="397"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenCard.cpp" line="395"/>
        <source>Renewing the token failed %n time(s)%1; auto-refresh is off: press Refresh now.</source>
        <translation>
            <numerusform>Renewing the token failed %n time%1; auto-refresh is off: press Refresh now.</numerusform>
            <numerusform>Renewing the token failed %n times%1; auto-refresh is off: press Refresh now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="402"/>
        <source>Logged in again at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="408"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="409"/>
        <location filename="../app/ui/TokenCard.cpp" line="435"/>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="432"/>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="436"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="448"/>
        <source>may be spent (its refresh answer was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="450"/>
        <source>not stated in the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="468"/>
        <source>Less than a quarter of the token&apos;s life is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="469"/>
        <source>The token is about to lapse (or has).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TokenInspector</name>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="37"/>
        <source>•••••••• (hidden: tick “Reveal secret claims”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="61"/>
        <source>A JWT is three base64url parts joined by dots: header.payload.signature. It usually starts with “eyJ”. Check that the whole token was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="65"/>
        <source>The first part (the header, before the first dot) must be base64url-encoded JSON such as {&quot;alg&quot;:&quot;HS256&quot;,&quot;typ&quot;:&quot;JWT&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="69"/>
        <source>The second part (the claims, between the dots) must be base64url-encoded JSON. A character may have been lost or added when copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="73"/>
        <source>The third part (the signature, after the second dot) must be base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenInspector.cpp" line="86"/>
        <source>This is not a JWT: a JWT has three parts joined by dots, and this text has %n part(s).</source>
        <translation>
            <numerusform>This is not a JWT: a JWT has three parts joined by dots, and this text has %n part.</numerusform>
            <numerusform>This is not a JWT: a JWT has three parts joined by dots, and this text has %n parts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="91"/>
        <source>This text cannot be read as a JWT: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="94"/>
        <source>This looks like a JWT, but its header cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="97"/>
        <source>This looks like a JWT, but its claims (the payload) cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="101"/>
        <source>This looks like a JWT, but its signature cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="105"/>
        <source>This text cannot be read as a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="111"/>
        <source>&amp;Use this session&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="112"/>
        <source>&amp;Reveal secret claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="115"/>
        <source>Token inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="118"/>
        <source>Paste a JWT (eyJ…); it stays masked unless you show it with the eye button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="119"/>
        <source>Token to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="121"/>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="126"/>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="131"/>
        <source>&amp;Or a session&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="140"/>
        <source>Token summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="147"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="151"/>
        <source>Reveal secret claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="155"/>
        <source>&amp;Find this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="157"/>
        <source>Look the token&apos;s DeviceToken up in the Users area (with an admin session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="171"/>
        <source>Header and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="211"/>
        <location filename="../app/ui/TokenInspector.cpp" line="319"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="215"/>
        <source>(no session with a token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="295"/>
        <source>Paste a JWT above, or pick an open session and press “Use this session&apos;s token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="323"/>
        <source>InstanceId: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="327"/>
        <source>A JWT is a secret: whoever holds it can act as this identity until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenInspector.cpp" line="344"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="366"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="385"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TokenPanel</name>
    <message>
        <location filename="../app/ui/TokenPanel.cpp" line="18"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenPanel.cpp" line="21"/>
        <source>No session yet. Select a profile on the left and press Log in (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenPanel.cpp" line="31"/>
        <source>Session cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TrafficModel</name>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="233"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="268"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="286"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="287"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="288"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="289"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="290"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="291"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="292"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="293"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="294"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="295"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="296"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="297"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TrafficPage</name>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="53"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="93"/>
        <source>Traffic views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="94"/>
        <source>&amp;Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="95"/>
        <source>C&amp;omposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="104"/>
        <source>The history is not kept on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="116"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="117"/>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="121"/>
        <source>Status class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="122"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="127"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="129"/>
        <source>Path contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="130"/>
        <source>Path contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="133"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="134"/>
        <source>E&amp;rrors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="144"/>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="163"/>
        <source>Exchange details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="164"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="185"/>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="186"/>
        <source>The selected requests as curl commands; hidden values become $TELEMATICS_… variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="187"/>
        <source>E&amp;xport HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="188"/>
        <source>The selected exchanges (or all shown) as HAR 1.2, secrets hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="197"/>
        <source>C&amp;lear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="260"/>
        <source>Any profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="323"/>
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 of %n exchange</numerusform>
            <numerusform>%1 of %n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="353"/>
        <source>Envelope: Status %1 · Title “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="351"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="365"/>
        <source>Sent by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="366"/>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="368"/>
        <source>Token sent (claims, secrets hidden): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="370"/>
        <source>Request headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="372"/>
        <source>Request body%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="372"/>
        <location filename="../app/ui/TrafficPage.cpp" line="383"/>
        <source> (cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="376"/>
        <source>No answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="378"/>
        <source>Answer: HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="381"/>
        <source>Response headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="383"/>
        <source>Response body%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="408"/>
        <source>The details of this exchange are no longer kept (only the last %n are).</source>
        <translation>
            <numerusform>The details of this exchange are no longer kept (only the last %n are).</numerusform>
            <numerusform>The details of this exchange are no longer kept (only the last %n are).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="499"/>
        <location filename="../app/ui/TrafficPage.cpp" line="541"/>
        <source>No exchange to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="554"/>
        <source>Copied %n curl command(s).</source>
        <translation>
            <numerusform>Copied %n curl command.</numerusform>
            <numerusform>Copied %n curl commands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="555"/>
        <source>Copied %n curl command(s); set %1 first.</source>
        <translation>
            <numerusform>Copied %n curl command; set %1 first.</numerusform>
            <numerusform>Copied %n curl commands; set %1 first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="518"/>
        <location filename="../app/ui/TrafficPage.cpp" line="567"/>
        <source>No exchange to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="533"/>
        <location filename="../app/ui/TrafficPage.cpp" line="570"/>
        <location filename="../app/ui/TrafficPage.cpp" line="575"/>
        <source>Export as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="523"/>
        <location filename="../app/ui/TrafficPage.cpp" line="570"/>
        <source>HAR (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="165"/>
        <source>Re&amp;veal secrets (screen only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="167"/>
        <source>Shows the passwords, keys and tokens of this run&apos;s exchanges on screen until switched off; copies and exports stay hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="189"/>
        <source>Copy unredacted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="191"/>
        <source>The selected requests as curl commands with their secrets in plain text: asks first, every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="193"/>
        <source>Export unredacted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="196"/>
        <source>The selected exchanges as HAR 1.2 with their secrets in plain text: asks first, every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="352"/>
        <source>Envelope: Status %1, no Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="417"/>
        <source>Secrets shown, on screen only: copies and exports stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="428"/>
        <source>Nothing to reveal: the secrets of exchanges from an earlier run were never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="430"/>
        <source>Nothing to reveal yet: its secrets are kept once the answer has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="432"/>
        <source>Nothing to reveal: secrets are not kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="433"/>
        <source>Nothing to reveal: the secrets of this exchange are no longer kept (only those of the last %n exchanges of this run are, in memory).</source>
        <translation>
            <numerusform>Nothing to reveal: the secrets of this exchange are no longer kept (only those of the last %n exchanges of this run are, in memory).</numerusform>
            <numerusform>Nothing to reveal: the secrets of this exchange are no longer kept (only those of the last %n exchanges of this run are, in memory).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="474"/>
        <source>The secrets of these exchanges are not kept: only the last %n exchanges of this run keep them, in memory, and exchanges from an earlier run never did. Nothing was copied.</source>
        <translation>
            <numerusform>The secrets of these exchanges are not kept: only the last %n exchanges of this run keep them, in memory, and exchanges from an earlier run never did. Nothing was copied.</numerusform>
            <numerusform>The secrets of these exchanges are not kept: only the last %n exchanges of this run keep them, in memory, and exchanges from an earlier run never did. Nothing was copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="482"/>
        <source>%n of the chosen exchange(s) no longer have their secrets and are left out.</source>
        <translation>
            <numerusform>%n of the chosen exchange no longer have their secrets and are left out.</numerusform>
            <numerusform>%n of the chosen exchanges no longer have their secrets and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="487"/>
        <source>Nothing was copied with its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="499"/>
        <source>Copy with secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="500"/>
        <source>Copy %n curl command(s) with their passwords, keys and tokens in plain text? Anything that reads the clipboard can see them; it is cleared after %1 seconds. This applies to this one copy only.</source>
        <translation>
            <numerusform>Copy %n curl command with their passwords, keys and tokens in plain text? Anything that reads the clipboard can see them; it is cleared after %1 seconds. This applies to this one copy only.</numerusform>
            <numerusform>Copy %n curl commands with their passwords, keys and tokens in plain text? Anything that reads the clipboard can see them; it is cleared after %1 seconds. This applies to this one copy only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="509"/>
        <source>Copied %n curl command(s) with their secrets, this once; the next copy hides them again.</source>
        <translation>
            <numerusform>Copied %n curl command with their secrets, this once; the next copy hides them again.</numerusform>
            <numerusform>Copied %n curl commands with their secrets, this once; the next copy hides them again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="518"/>
        <source>Export with secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="519"/>
        <source>Export %n exchange(s) as HAR with their passwords, keys and tokens in plain text? Whoever gets the file can use them. This applies to this one export only.</source>
        <translation>
            <numerusform>Export %n exchange as HAR with their passwords, keys and tokens in plain text? Whoever gets the file can use them. This applies to this one export only.</numerusform>
            <numerusform>Export %n exchanges as HAR with their passwords, keys and tokens in plain text? Whoever gets the file can use them. This applies to this one export only.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="523"/>
        <source>Export as HAR, with secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="527"/>
        <source>Exported %n exchange(s) to %1 WITH their secrets (readable by you only); the next export hides them again.</source>
        <translation>
            <numerusform>Exported %n exchange to %1 WITH their secrets (readable by you only); the next export hides them again.</numerusform>
            <numerusform>Exported %n exchanges to %1 WITH their secrets (readable by you only); the next export hides them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="573"/>
        <source>Exported %n exchange(s) to %1 (secrets hidden).</source>
        <translation>
            <numerusform>Exported %n exchange to %1 (secrets hidden).</numerusform>
            <numerusform>Exported %n exchanges to %1 (secrets hidden).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="581"/>
        <source>Clear the traffic history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="582"/>
        <source>Forget every recorded exchange, on screen and on disk (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="583"/>
        <source>not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="589"/>
        <source>The traffic history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="609"/>
        <source>Send as profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="611"/>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="613"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="617"/>
        <source>Send &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="621"/>
        <source>Request method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="624"/>
        <source>Request path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="626"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="631"/>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="634"/>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="635"/>
        <source>Name: value, one per line (Content-Type and the auth are added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="637"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="640"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="642"/>
        <source>JSON body (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="646"/>
        <source>&amp;Pretty-print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="652"/>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="656"/>
        <source>Saved requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="658"/>
        <source>Save as name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="659"/>
        <source>Name to save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="660"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="661"/>
        <source>Saves method, path, headers and body in the settings; secrets are never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="662"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="663"/>
        <source>Delete saved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="668"/>
        <source>Sa&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="678"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="680"/>
        <source>Re&amp;veal secrets in this answer (screen only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="682"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="683"/>
        <source>Export HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="732"/>
        <source>No auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="733"/>
        <source>Group key headers (from the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="734"/>
        <source>Session token (refreshed as needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="739"/>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="771"/>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="779"/>
        <source>Valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="785"/>
        <source>Not JSON: %1 at line %2, column %3. Send waits until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="811"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="817"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="850"/>
        <source>The first answer was a 401: the session refreshed its token and sent it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="908"/>
        <source>Saved request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="937"/>
        <source>Give the request a name to save it under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="956"/>
        <source>Saved “%1” (without secrets).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::UserAdmin</name>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="51"/>
        <source>No session is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="110"/>
        <source>Give a DeviceToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="181"/>
        <location filename="../app/core/users/UserAdmin.cpp" line="235"/>
        <location filename="../app/core/users/UserAdmin.cpp" line="295"/>
        <source>Give a DeviceToken. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="183"/>
        <source>Some values are not valid (see the fields). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="225"/>
        <source>the ledger is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="237"/>
        <source>The target group&apos;s InstanceId and InstanceKEY are needed. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="239"/>
        <source>The ledger is not open, so the move could not be recorded. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="241"/>
        <source>The target group&apos;s key belongs to %1, but this session is on %2: a key is sent only to its own service. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="265"/>
        <source>No user has the DeviceToken %1. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="297"/>
        <source>The ledger is not open, so the deletion could not be recorded. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::UserPasswordChange</name>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="31"/>
        <source>the new password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="34"/>
        <source>a password of spaces only is refused by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="37"/>
        <source>the service takes at most 1,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="40"/>
        <source>the password starts or ends with a space: on a phone that is easy to miss; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="50"/>
        <source>a password change needs the user&apos;s DeviceToken and a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="63"/>
        <source>the user&apos;s current password is not in the keychain of profile “%1”; an admin session can set a new one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::UsersPage</name>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="50"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="51"/>
        <source>Tracking enabled (EnableTracking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="52"/>
        <source>SDK logging (EnableLogging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="53"/>
        <source>SDK enabled (Enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="54"/>
        <location filename="../app/ui/UsersPage.cpp" line="152"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="55"/>
        <location filename="../app/ui/UsersPage.cpp" line="153"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="56"/>
        <location filename="../app/ui/UsersPage.cpp" line="154"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="57"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="58"/>
        <location filename="../app/ui/UsersPage.cpp" line="150"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="59"/>
        <location filename="../app/ui/UsersPage.cpp" line="151"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="60"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="61"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="62"/>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="63"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="64"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="65"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="66"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="67"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="68"/>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="119"/>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="122"/>
        <source>Session for the Users area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="125"/>
        <source>&amp;My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="127"/>
        <source>With a user session: that user&apos;s own profile (GET Management/users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="134"/>
        <source>About the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="148"/>
        <source>Find by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="149"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="155"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="158"/>
        <source>Find value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="159"/>
        <source>What to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="160"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="162"/>
        <source>Find &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="174"/>
        <source>Group InstanceId to page through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="178"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="180"/>
        <source>&amp;List users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="182"/>
        <source>Management/users/GetFilteredPage: the group&apos;s users, newest first, 50 a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="183"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="185"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="195"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="200"/>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="205"/>
        <source>Users found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="217"/>
        <source>Users area status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="253"/>
        <source>The user shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="270"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="272"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="274"/>
        <source>PUT Management/users with only the fields you changed; the user is read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="275"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="282"/>
        <source>Status, UserFields and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="326"/>
        <source>Mo&amp;ve or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="327"/>
        <source>Login password (UBI user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="331"/>
        <source>About the login password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="333"/>
        <source>Set pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="338"/>
        <source>Move to another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="342"/>
        <source>About moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="348"/>
        <source>Target group-key profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="349"/>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="356"/>
        <source>Delete this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="360"/>
        <source>The user to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="366"/>
        <source>Last 8 characters of the DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="367"/>
        <source>last 8 characters of the DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="369"/>
        <source>&amp;Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="376"/>
        <source>About the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="385"/>
        <source>All &amp;fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="388"/>
        <source>All fields of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="394"/>
        <source>In the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="430"/>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="430"/>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="431"/>
        <source>%1 (admin, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="432"/>
        <source>%1 (user, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="436"/>
        <source>(no open session: log in with an admin profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="481"/>
        <source>The session changed while a request was under way; its outcome is unknown here. Find the user again to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="504"/>
        <source>Log in with an admin profile (Profiles, then Log in) to find and change users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="506"/>
        <source>A user session reads only its own profile: press My profile. Pick an admin session to find, change, move or delete users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="510"/>
        <source>Requests go to %1 as the admin of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="554"/>
        <source>Type the %1 to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="560"/>
        <location filename="../app/ui/UsersPage.cpp" line="586"/>
        <location filename="../app/ui/UsersPage.cpp" line="816"/>
        <source>Pick an admin session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="564"/>
        <source>Looking for %1 “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="572"/>
        <source>No user found for %1 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="581"/>
        <source>Give the group&apos;s InstanceId to page through its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="592"/>
        <source>Reading page %1 of group %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/UsersPage.cpp" line="613"/>
        <source>Page %1 of %2 · users in the group: %n</source>
        <translation>
            <numerusform>Page %1 of %2 · users in the group: %n</numerusform>
            <numerusform>Page %1 of %2 · users in the group: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="795"/>
        <source>This user has neither a phone number nor an e-mail to log in with: set one first on the Edit tab, then a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="605"/>
        <source>Group %1 has no users on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/UsersPage.cpp" line="662"/>
        <source>Users found: %n.</source>
        <translation>
            <numerusform>Users found: %n.</numerusform>
            <numerusform>Users found: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="707"/>
        <source>To find %1, log in with an admin profile (Profiles, then Log in), then press Find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="712"/>
        <source>Wait for the request under way, then press Find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="723"/>
        <source>Reading your own profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="735"/>
        <source>Your own profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="732"/>
        <source>The service returned no profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="749"/>
        <source>No user shown. Find one on the left, or use “Find this user” on a token card, in the inspector or in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="768"/>
        <source>%1 — %2
DeviceToken %3 · group %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="769"/>
        <source>status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="797"/>
        <source>The user logs in with %1 and a password of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="802"/>
        <source>Deleting is irreversible: %1 (DeviceToken %2, group %3) and everything the service keeps for this user go. To confirm, type the DeviceToken&apos;s last 8 characters (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="829"/>
        <source>The password of %1 was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="843"/>
        <source>Registered by this console on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="848"/>
        <source>Moved from group %1 to %2 on %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="850"/>
        <source>A move to group %1 on %2 may have happened (the answer was lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="853"/>
        <source>%1 on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="856"/>
        <source>Not in this console&apos;s ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="856"/>
        <source>Ledger: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="906"/>
        <source>Nothing changed: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="910"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="931"/>
        <source>Saved (%1) and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="933"/>
        <source>Saved (%1), but reading the user back failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="952"/>
        <source>%1 — group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="962"/>
        <source>The target group&apos;s InstanceKEY is read from the chosen group-key profile&apos;s keychain entry when you press Move, and sent only to that profile&apos;s service. The move is recorded in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="965"/>
        <source>No group-key profile of this service for another group. Create one (Profiles, New…, kind Group key) with that group&apos;s InstanceId and InstanceKEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="976"/>
        <source>That group-key profile no longer exists. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="982"/>
        <source>Moving %1 to group %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="994"/>
        <source>%1 %2, but the ledger could not record it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="995"/>
        <source>was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="995"/>
        <source>may have been moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1001"/>
        <source>Moved %1 to group %2 (%3). Recorded in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1026"/>
        <source>Delete stays off until the last 8 characters match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1028"/>
        <source>That matches. Delete permanently removes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1031"/>
        <source>“%1” is not the last 8 characters of this DeviceToken (it ends in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1042"/>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1045"/>
        <source>%1 (%2) %3, but the ledger could not record it: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1047"/>
        <source>was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1047"/>
        <source>may have been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1053"/>
        <source>Deleted %1 (%2). Recorded in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1063"/>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
