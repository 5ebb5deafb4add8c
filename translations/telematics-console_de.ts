<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EmbeddedSandbox</name>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="64"/>
        <source>The sandbox database %1 is in use by another program (%2, process %3). Close it, or use that console&apos;s sandbox.</source>
        <translation>Die Sandbox-Datenbank %1 wird von einem anderen Programm verwendet (%2, Prozess %3). Schließen Sie es oder verwenden Sie die Sandbox dieser Konsole.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="46"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="48"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="50"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="51"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="32"/>
        <location filename="../app/ui/RegisterPage.cpp" line="52"/>
        <source>Partly checked: not sent (the service&apos;s default applies).</source>
        <translation>Teilweise angekreuzt: wird nicht gesendet (es gilt die Vorgabe des Dienstes).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>A desktop admin console for the Telematics (Damoov) user service: profiles and sessions, a token inspector, registration, bulk registration and a ledger of every DeviceToken.</source>
        <translation>Eine Desktop-Verwaltungskonsole für den Telematics-(Damoov-)Benutzerdienst: Profile und Sitzungen, ein Token-Inspektor, Registrierung, Massenregistrierung und ein Journal aller DeviceTokens.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>Select the profile NAME at start.</source>
        <translation>Beim Start das Profil NAME auswählen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="50"/>
        <source>Start the embedded local sandbox at start, even when no profile needs it.</source>
        <translation>Die eingebaute lokale Sandbox beim Start starten, auch wenn kein Profil sie braucht.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Do not start the embedded local sandbox at start (the Sandbox menu still can).</source>
        <translation>Die eingebaute lokale Sandbox beim Start nicht starten (über das Menü „Sandbox“ geht es weiterhin).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="72"/>
        <source>Try &apos;telematics-console --help&apos;.</source>
        <translation>Siehe „telematics-console --help“.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83"/>
        <source>--sandbox and --no-sandbox exclude each other</source>
        <translation>--sandbox und --no-sandbox schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="146"/>
        <source>Telematics Console is already running: its window was brought to the front.</source>
        <translation>Telematics Console läuft bereits: Ihr Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="161"/>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>es gibt kein Profil namens „%1“</translation>
    </message>
</context>
<context>
    <name>tc::ApiClient</name>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="117"/>
        <source>no base URL is set (give --base-url or a profile)</source>
        <translation>keine Basis-URL gesetzt (--base-url oder ein Profil angeben)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="119"/>
        <source>the base URL is not a valid URL: %1</source>
        <translation>die Basis-URL ist keine gültige URL: %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="123"/>
        <source>the base URL must start with https:// or http:// (got &quot;%1&quot;)</source>
        <translation>die Basis-URL muss mit https:// oder http:// beginnen (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="127"/>
        <source>the base URL has no host (got &quot;%1&quot;)</source>
        <translation>die Basis-URL hat keinen Host (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="130"/>
        <source>the base URL must not carry a user name or password</source>
        <translation>die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="186"/>
        <location filename="../app/core/api/ApiClient.cpp" line="206"/>
        <source>registration needs the group&apos;s InstanceId and InstanceKey</source>
        <translation>die Registrierung braucht die InstanceId und den InstanceKey der Gruppe</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="210"/>
        <source>Quantity must be at least 1 (got %1)</source>
        <translation>Quantity muss mindestens 1 sein (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="212"/>
        <source>CreateMany&apos;s CustomFields have no ClientId</source>
        <translation>die CustomFields von CreateMany haben keine ClientId</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="247"/>
        <source>an admin login needs the API login (e-mail) and the API password</source>
        <translation>eine Admin-Anmeldung braucht das API-Login (E-Mail) und das API-Passwort</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="267"/>
        <source>a user login needs the group&apos;s InstanceId, the DeviceToken and the InstanceKey</source>
        <translation>eine Benutzeranmeldung braucht die InstanceId der Gruppe, das DeviceToken und den InstanceKey</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="287"/>
        <source>a refresh needs both the access token (JWT) and the refresh token</source>
        <translation>eine Erneuerung braucht das Zugriffstoken (JWT) und das Refresh-Token</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="310"/>
        <source>users/find has no criterion &quot;%1&quot; (known: %2)</source>
        <translation>users/find kennt kein Kriterium „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="313"/>
        <source>the %1 criterion is empty</source>
        <translation>das Kriterium %1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="317"/>
        <source>users/find needs at least one criterion</source>
        <translation>users/find braucht mindestens ein Kriterium</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="319"/>
        <source>users/find needs an admin access token</source>
        <translation>users/find braucht ein Admin-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="335"/>
        <source>reading the own profile needs a user access token</source>
        <translation>das eigene Profil zu lesen braucht ein Benutzer-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="348"/>
        <source>updating a user needs an admin access token</source>
        <translation>einen Benutzer zu ändern braucht ein Admin-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="350"/>
        <source>updating a user needs its DeviceToken</source>
        <translation>einen Benutzer zu ändern braucht sein DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="364"/>
        <source>deleting a user needs an admin access token</source>
        <translation>einen Benutzer zu löschen braucht ein Admin-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="366"/>
        <source>deleting a user needs its DeviceToken</source>
        <translation>einen Benutzer zu löschen braucht sein DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="407"/>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation>„%1“ ist keine HTTP-Methode</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="611"/>
        <source>the answer carries no access token (Result.AccessToken.Token)</source>
        <translation>die Antwort enthält kein Zugriffstoken (Result.AccessToken.Token)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="614"/>
        <source>the answer carries no DeviceToken</source>
        <translation>die Antwort enthält kein DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="625"/>
        <source>Results[%1] carries no DeviceToken</source>
        <translation>Results[%1] enthält kein DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="633"/>
        <source>users/find answered with a Result that is not a list</source>
        <translation>users/find antwortete mit einem Result, das keine Liste ist</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="639"/>
        <source>the user profile (Result) is not an object</source>
        <translation>das Benutzerprofil (Result) ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>tc::ApiError</name>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="144"/>
        <source>the server closed the connection during the TLS handshake (does it speak HTTPS on this port?)</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen (spricht er auf diesem Port HTTPS?)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="172"/>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="184"/>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="247"/>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="252"/>
        <source> (The answer&apos;s body said Status %1 although HTTP said %2.)</source>
        <translation> (Der Inhalt der Antwort nannte Status %1, HTTP aber %2.)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="258"/>
        <source> The service said: </source>
        <translation> Der Dienst meldete: </translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="262"/>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="266"/>
        <source>Could not connect to %1: the connection was refused. Check the base URL and that the service is running.</source>
        <translation>Keine Verbindung zu %1: die Verbindung wurde abgelehnt. Prüfen Sie die Basis-URL und ob der Dienst läuft.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="270"/>
        <source>Could not find the host %1. Check the base URL and your network.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Basis-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="275"/>
        <source>The connection to %1 closed before the answer was complete. The service may or may not have acted on the request; check before repeating it.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war. Der Dienst hat die Anfrage vielleicht ausgeführt, vielleicht nicht; prüfen Sie das, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="280"/>
        <source>Could not reach %1: %2. Check the base URL and your network.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Basis-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="283"/>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="286"/>
        <source>The secure (TLS) connection to %1 failed: %2. The console never skips certificate checks; fix the certificate or the base URL.</source>
        <translation>Die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen: %2. Die Konsole überspringt nie die Zertifikatsprüfung; korrigieren Sie das Zertifikat oder die Basis-URL.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="290"/>
        <source>handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="293"/>
        <source>The whole request to %1 took longer than %2 s (the limit from sending to the last byte of the answer), so it was stopped. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>Die gesamte Anfrage an %1 dauerte länger als %2 s (das Limit vom Senden bis zum letzten Byte der Antwort) und wurde deshalb abgebrochen. Die Anfrage wurde vielleicht verarbeitet, vielleicht nicht; versuchen Sie es erneut oder erlauben Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="299"/>
        <source>%1 did not answer within %2 s. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Die Anfrage wurde vielleicht verarbeitet, vielleicht nicht; versuchen Sie es erneut oder erlauben Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="303"/>
        <source>%1 did not answer in time. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Die Anfrage wurde vielleicht verarbeitet, vielleicht nicht; versuchen Sie es erneut oder erlauben Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="306"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="309"/>
        <source>The service redirected the request (HTTP %1)%2. Set the base URL to the final address.</source>
        <translation>Der Dienst hat die Anfrage umgeleitet (HTTP %1)%2. Setzen Sie die Basis-URL auf die endgültige Adresse.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="315"/>
        <source>The service failed (HTTP %1).%2 Try again later.%3</source>
        <translation>Der Dienst ist fehlgeschlagen (HTTP %1).%2 Versuchen Sie es später erneut.%3</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="319"/>
        <source>Not found (HTTP 404).%1%2</source>
        <translation>Nicht gefunden (HTTP 404).%1%2</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="321"/>
        <source> Check the path and the base URL.</source>
        <translation> Prüfen Sie den Pfad und die Basis-URL.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="324"/>
        <source>The service refused the request (HTTP %1).%2%3</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (HTTP %1).%2%3</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="329"/>
        <source>The answer from %1 (HTTP %2) is larger than the limit of %3 bytes (%4); it was refused before it was read. Narrow the request, or allow more (--max-answer-bytes).</source>
        <translation>Die Antwort von %1 (HTTP %2) ist größer als das Limit von %3 Bytes (%4); sie wurde abgelehnt, bevor sie gelesen wurde. Grenzen Sie die Anfrage ein oder erlauben Sie mehr (--max-answer-bytes).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="336"/>
        <source>it announced %1 bytes</source>
        <translation>sie kündigte %1 Bytes an</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="338"/>
        <source>%1 bytes had arrived</source>
        <translation>%1 Bytes waren angekommen</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="341"/>
        <source>The server answered with an HTML page instead of JSON (HTTP %1).</source>
        <translation>Der Server antwortete mit einer HTML-Seite statt mit JSON (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="344"/>
        <source> Check that the base URL points at the user service&apos;s API.</source>
        <translation> Prüfen Sie, ob die Basis-URL auf die API des Benutzerdienstes zeigt.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="347"/>
        <source>The server&apos;s answer is not valid JSON (HTTP %1): %2. It may have been cut off; try again.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (HTTP %1): %2. Sie wurde vielleicht abgeschnitten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="353"/>
        <source>The server answered with JSON of an unexpected shape (HTTP %1): %2.</source>
        <translation>Der Server antwortete mit JSON in unerwarteter Form (HTTP %1): %2.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="360"/>
        <source>The service refused this token for this call (403): it is the wrong kind of token (a user token on an admin API, or the reverse). Log in as the right kind of account.</source>
        <translation>Der Dienst hat dieses Token für diesen Aufruf abgelehnt (403): Es ist die falsche Art Token (ein Benutzertoken an einer Admin-API oder umgekehrt). Melden Sie sich mit der richtigen Art Konto an.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="365"/>
        <source>The service refused the refresh token (%1): it is spent or expired. Log in again.</source>
        <translation>Der Dienst hat das Refresh-Token abgelehnt (%1): Es ist verbraucht oder abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="370"/>
        <source>The service refused the login (%1): check the instance id, the login and the password or key.</source>
        <translation>Der Dienst hat die Anmeldung abgelehnt (%1): Prüfen Sie die Instanz-ID, das Login und das Passwort bzw. den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="374"/>
        <source> A bare 401 can also mean the service expects the other LoginFields shape.</source>
        <translation> Ein 401 ohne Meldung kann auch heißen, dass der Dienst die andere LoginFields-Form erwartet.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="377"/>
        <source>The service refused the group&apos;s credentials (%1): check the InstanceId and the InstanceKey.</source>
        <translation>Der Dienst hat die Zugangsdaten der Gruppe abgelehnt (%1): Prüfen Sie InstanceId und InstanceKey.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="381"/>
        <source>The service refused the request (%1): it needs credentials that this request did not carry, or they are wrong.</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (%1): Sie braucht Zugangsdaten, die diese Anfrage nicht mitschickte, oder diese sind falsch.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="386"/>
        <source>The service refused the token (%1): it has expired or was issued for another group. Log in again.</source>
        <translation>Der Dienst hat das Token abgelehnt (%1): Es ist abgelaufen oder wurde für eine andere Gruppe ausgestellt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="397"/>
        <source>Logins paused until %1: %2.</source>
        <translation>Anmeldungen pausiert bis %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="404"/>
        <source>Too many logins: try again at %1 (429).</source>
        <translation>Zu viele Anmeldungen: Versuchen Sie es um %1 erneut (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="405"/>
        <source>Too many requests: try again at %1 (429).</source>
        <translation>Zu viele Anfragen: Versuchen Sie es um %1 erneut (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="402"/>
        <source>Too many logins: try again in %1 s (429).</source>
        <translation>Zu viele Anmeldungen: Versuchen Sie es in %1 s erneut (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="402"/>
        <source>Too many requests: try again in %1 s (429).</source>
        <translation>Zu viele Anfragen: Versuchen Sie es in %1 s erneut (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="409"/>
        <source>Too many logins (429): wait before trying again; the service may block logins for up to an hour.</source>
        <translation>Zu viele Anmeldungen (429): Warten Sie, bevor Sie es erneut versuchen; der Dienst kann Anmeldungen bis zu einer Stunde sperren.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="411"/>
        <source>Too many requests (429): wait before trying again; the service may block logins for up to an hour.</source>
        <translation>Zu viele Anfragen (429): Warten Sie, bevor Sie es erneut versuchen; der Dienst kann Anmeldungen bis zu einer Stunde sperren.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="419"/>
        <source>The keychain is unavailable: no Secret Service answered. Unlock it (or start a Secret Service such as gnome-keyring) and try again.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: Kein Secret Service hat geantwortet. Entsperren Sie ihn (oder starten Sie einen Secret Service wie gnome-keyring) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="422"/>
        <source>The keychain is unavailable: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="425"/>
        <source>Invalid input: %1. Nothing was sent.</source>
        <translation>Ungültige Eingabe: %1. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>tc::AuthResult</name>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="22"/>
        <source>Result is null</source>
        <translation>Result ist null</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="23"/>
        <source>Result is not an object</source>
        <translation>Result ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="29"/>
        <source>DeviceToken is not a string</source>
        <translation>DeviceToken ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="37"/>
        <source>AccessToken.Token is not a string</source>
        <translation>AccessToken.Token ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="43"/>
        <source>AccessToken.ExpiresIn is not a number of seconds</source>
        <translation>AccessToken.ExpiresIn ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="49"/>
        <source>AccessToken is neither an object nor null</source>
        <translation>AccessToken ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="59"/>
        <source>RefreshToken is not a string</source>
        <translation>RefreshToken ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="71"/>
        <source>Result has no Results list</source>
        <translation>Result hat keine Liste Results</translation>
    </message>
</context>
<context>
    <name>tc::BulkDryRun</name>
    <message>
        <location filename="../app/core/bulk/BulkDryRun.cpp" line="28"/>
        <source>the column mapping was made for another header</source>
        <translation>die Spaltenzuordnung wurde für eine andere Kopfzeile erstellt</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkDryRun.cpp" line="57"/>
        <source>%1: the file has a header but no rows</source>
        <translation>%1: Die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
</context>
<context>
    <name>tc::BulkExport</name>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="30"/>
        <location filename="../app/core/bulk/BulkExport.cpp" line="77"/>
        <location filename="../app/core/bulk/BulkExport.cpp" line="89"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="72"/>
        <source>NOT IN THE LEDGER (its write failed): </source>
        <translation>NICHT IM JOURNAL (das Schreiben schlug fehl): </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="84"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tc::BulkJob</name>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="169"/>
        <source>canceled before it started</source>
        <translation>abgebrochen, bevor er begann</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="172"/>
        <source>bulk registration needs the group&apos;s InstanceId and InstanceKey</source>
        <translation>die Massenregistrierung braucht die InstanceId und den InstanceKey der Gruppe</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="175"/>
        <source>the ledger is not open: nothing is sent without it</source>
        <translation>das Journal ist nicht geöffnet: ohne es wird nichts gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="187"/>
        <source>the ledger has no bulk run %1 to resume</source>
        <translation>das Journal hat keinen Massenlauf %1 zum Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="190"/>
        <source>%1 changed since run %2 started (its rows would not line up): start a new run instead</source>
        <translation>%1 hat sich seit dem Start von Lauf %2 geändert (seine Zeilen würden nicht mehr passen): Starten Sie stattdessen einen neuen Lauf</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="196"/>
        <source>run %1 registered into group %2, not %3</source>
        <translation>Lauf %1 registrierte in Gruppe %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="213"/>
        <source>the column mapping was made for another header (%1)</source>
        <translation>die Spaltenzuordnung wurde für eine andere Kopfzeile erstellt (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="230"/>
        <source>%1: the file has a header but no rows: nothing to send</source>
        <translation>%1: Die Datei hat eine Kopfzeile, aber keine Zeilen: nichts zu senden</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="243"/>
        <location filename="../app/core/bulk/BulkJob.cpp" line="480"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="269"/>
        <source>%n row(s) were in flight when run %1 stopped: now &quot;unknown&quot;</source>
        <translation>
            <numerusform>%n Zeile war unterwegs, als Lauf %1 endete: jetzt „unbekannt“</numerusform>
            <numerusform>%n Zeilen waren unterwegs, als Lauf %1 endete: jetzt „unbekannt“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="331"/>
        <location filename="../app/core/bulk/BulkJob.cpp" line="372"/>
        <source>sent again after reconciliation</source>
        <translation>nach dem Abgleich erneut gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="380"/>
        <source>reconciling unknown rows with Management/users/find failed (%1); the rest stay unknown</source>
        <translation>der Abgleich unbekannter Zeilen über Management/users/find schlug fehl (%1); die übrigen bleiben unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="396"/>
        <source>found on the service by its CustomToken after the answer was lost</source>
        <translation>beim Dienst über sein CustomToken gefunden, nachdem die Antwort verloren ging</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="406"/>
        <source>found on the service by its ClientId after the answer was lost</source>
        <translation>beim Dienst über seine ClientId gefunden, nachdem die Antwort verloren ging</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="412"/>
        <source>%n users have ClientId %1: which one this row made is not known</source>
        <translation>
            <numerusform>%n Benutzer hat die ClientId %1: Welchen diese Zeile angelegt hat, ist unbekannt</numerusform>
            <numerusform>%n Benutzer haben die ClientId %1: Welchen diese Zeile angelegt hat, ist unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="733"/>
        <source>the service refused the registration credentials: </source>
        <translation>der Dienst hat die Zugangsdaten für die Registrierung abgelehnt: </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="740"/>
        <source> (not retried: the request may have reached the service)</source>
        <translation> (nicht wiederholt: die Anfrage hat den Dienst vielleicht erreicht)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="755"/>
        <source>not sent (%1): trying again</source>
        <translation>nicht gesendet (%1): neuer Versuch</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="758"/>
        <source>the service cannot be reached: </source>
        <translation>der Dienst ist nicht erreichbar: </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="766"/>
        <source>rate limited (429): waiting %1 s before sending again</source>
        <translation>Rate-Limit (429): %1 s warten, bevor wieder gesendet wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="820"/>
        <source>%n row(s) ended unknown: resume the run to reconcile them before anything is sent again</source>
        <translation>
            <numerusform>%n Zeile endete unbekannt: Setzen Sie den Lauf fort, um sie abzugleichen, bevor irgendetwas erneut gesendet wird</numerusform>
            <numerusform>%n Zeilen endeten unbekannt: Setzen Sie den Lauf fort, um sie abzugleichen, bevor irgendetwas erneut gesendet wird</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="874"/>
        <source>canceled: rows not sent yet stay pending (the run can be resumed)</source>
        <translation>abgebrochen: noch nicht gesendete Zeilen bleiben ausstehend (der Lauf kann fortgesetzt werden)</translation>
    </message>
</context>
<context>
    <name>tc::BulkPage</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="66"/>
        <source>a CSV of profiles: a header row, then one user per row</source>
        <translation>eine CSV-Datei mit Profilen: eine Kopfzeile, dann ein Benutzer pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="67"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="68"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="69"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="82"/>
        <source>Res&amp;ume that run</source>
        <translation>Diesen Lauf fort&amp;setzen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="94"/>
        <location filename="../app/ui/BulkPage.cpp" line="155"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="94"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="94"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="105"/>
        <source>Pick each DeviceToken here (CustomToken)</source>
        <translation>Jedes DeviceToken hier wählen (CustomToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="108"/>
        <source>Each row&apos;s DeviceToken is chosen and recorded before sending, so a lost answer still leaves it known. Off by default: the vendor does not document whether the service refuses a reused CustomToken.</source>
        <translation>Das DeviceToken jeder Zeile wird vor dem Senden gewählt und festgehalten, sodass es auch bei einer verlorenen Antwort bekannt bleibt. Standardmäßig aus: Der Anbieter dokumentiert nicht, ob der Dienst ein wiederverwendetes CustomToken ablehnt.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="111"/>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="118"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="120"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="122"/>
        <location filename="../app/ui/BulkPage.cpp" line="724"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="124"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="126"/>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="155"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="155"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="174"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="175"/>
        <source>Dry-run problems</source>
        <translation>Probleme im Probelauf</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="176"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="206"/>
        <source>A CSV of profiles</source>
        <translation>Eine CSV-Datei mit Profilen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="207"/>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="242"/>
        <source>%1 columns. Check the mapping, then make a dry run.</source>
        <translation>%1 Spalten. Prüfen Sie die Zuordnung und machen Sie dann einen Probelauf.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="256"/>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="324"/>
        <source>The ledger has finished run %1 of this file into this group (%2 done, %3 failed). Running the file again registers its rows again.</source>
        <translation>Das Journal enthält den abgeschlossenen Lauf %1 dieser Datei in diese Gruppe (%2 erledigt, %3 fehlgeschlagen). Wird die Datei erneut ausgeführt, werden ihre Zeilen erneut registriert.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="332"/>
        <source>The ledger has run %1 of this file into this group (%2; %3 done, %4 failed, %5 unknown, %6 in flight). Resuming skips the confirmed rows; rows whose request was in flight are reconciled first%7.</source>
        <translation>Das Journal enthält Lauf %1 dieser Datei in diese Gruppe (%2; %3 erledigt, %4 fehlgeschlagen, %5 unbekannt, %6 unterwegs). Beim Fortsetzen werden bestätigte Zeilen übersprungen; Zeilen, deren Anfrage unterwegs war, werden zuerst abgeglichen%7.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="342"/>
        <source> with the admin session</source>
        <translation> mit der Admin-Sitzung</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="343"/>
        <source> (needs an admin session on %1; else they stay unknown)</source>
        <translation> (braucht eine Admin-Sitzung auf %1; sonst bleiben sie unbekannt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="426"/>
        <source>Dry run: %1 rows, %2 with problems (%n problem(s)%3). Nothing was sent.</source>
        <translation>
            <numerusform>Probelauf: %1 Zeilen, %2 mit Problemen (%n Problem%3). Es wurde nichts gesendet.</numerusform>
            <numerusform>Probelauf: %1 Zeilen, %2 mit Problemen (%n Probleme%3). Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="434"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="448"/>
        <source>The ledger already has run %1 of this file into this group, not finished. Resume it (confirmed rows are skipped)? No starts a new run that registers every row again.</source>
        <translation>Das Journal enthält bereits einen nicht abgeschlossenen Lauf %1 dieser Datei in diese Gruppe. Fortsetzen (bestätigte Zeilen werden übersprungen)? „Nein“ startet einen neuen Lauf, der jede Zeile erneut registriert.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="479"/>
        <source>Register every row again?</source>
        <translation>Jede Zeile erneut registrieren?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="480"/>
        <source>Run %1 already registered %2 into group %3 at %4. A new run registers every row AGAIN: each becomes a second user. Register them again?</source>
        <translation>Lauf %1 hat %2 bereits in Gruppe %3 auf %4 registriert. Ein neuer Lauf registriert jede Zeile ERNEUT: Jede wird zu einem zweiten Benutzer. Erneut registrieren?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="487"/>
        <location filename="../app/ui/BulkPage.cpp" line="552"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="504"/>
        <source>The file has no rows to register: nothing was sent.</source>
        <translation>Die Datei hat keine Zeilen zum Registrieren: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="508"/>
        <source>Every row has problems (listed below): nothing was sent. Fix the file and make a dry run again.</source>
        <translation>Jede Zeile hat Probleme (unten aufgeführt): Es wurde nichts gesendet. Korrigieren Sie die Datei und machen Sie erneut einen Probelauf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="518"/>
        <source>Register %n real user(s) from %1 into group %2 at %3 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>%n echten Benutzer aus %1 in Gruppe %2 auf %3 registrieren (PRODUKTION)? Das lässt sich hier nicht rückgängig machen.</numerusform>
            <numerusform>%n echte Benutzer aus %1 in Gruppe %2 auf %3 registrieren (PRODUKTION)? Das lässt sich hier nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="530"/>
        <source> (line %1%2)</source>
        <translation> (Zeile %1%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="532"/>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="533"/>
        <source>%n row(s)%1 have problems and are NOT sent: they are marked failed in the ledger. Skip them and register the other %2 into group %3 at %4?</source>
        <translation>
            <numerusform>%n Zeile%1 hat Probleme und wird NICHT gesendet: Sie wird im Journal als fehlgeschlagen markiert. Überspringen und die übrigen %2 in Gruppe %3 auf %4 registrieren?</numerusform>
            <numerusform>%n Zeilen%1 haben Probleme und werden NICHT gesendet: Sie werden im Journal als fehlgeschlagen markiert. Überspringen und die übrigen %2 in Gruppe %3 auf %4 registrieren?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="543"/>
        <source>Register in production</source>
        <translation>In der Produktion registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="571"/>
        <source>Resume in production</source>
        <translation>In der Produktion fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="572"/>
        <source>Resume run %1 of %2 into group %3 at %4 (PRODUCTION)? Rows not confirmed yet are registered; confirmed rows are skipped.</source>
        <translation>Lauf %1 von %2 in Gruppe %3 auf %4 fortsetzen (PRODUKTION)? Noch nicht bestätigte Zeilen werden registriert; bestätigte werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="372"/>
        <source>Checking: %1 rows read</source>
        <translation>Prüfung: %1 Zeilen gelesen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="375"/>
        <source>Dry run: nothing is sent.</source>
        <translation>Probelauf: Es wird nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="409"/>
        <source>Dry run stopped after %n row(s). Nothing was sent.</source>
        <translation>
            <numerusform>Probelauf nach %n Zeile angehalten. Es wurde nichts gesendet.</numerusform>
            <numerusform>Probelauf nach %n Zeilen angehalten. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="417"/>
        <source>%1
Nothing can be sent from this file.</source>
        <translation>%1
Aus dieser Datei kann nichts gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="425"/>
        <source>Dry run: %n row(s), no problems. Nothing was sent.</source>
        <translation>
            <numerusform>Probelauf: %n Zeile, keine Probleme. Es wurde nichts gesendet.</numerusform>
            <numerusform>Probelauf: %n Zeilen, keine Probleme. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="429"/>
        <source>, the first %1 listed</source>
        <translation>, die ersten %1 aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="543"/>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="447"/>
        <source>Register the file again?</source>
        <translation>Die Datei erneut registrieren?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="612"/>
        <source>Resuming run %1…</source>
        <translation>Lauf %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="612"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="626"/>
        <source>Paused (requests already sent are awaited) · </source>
        <translation>Pausiert (auf bereits gesendete Anfragen wird gewartet) · </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="628"/>
        <source>Stopping · </source>
        <translation>Wird angehalten · </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="630"/>
        <source>%1 / %2 rows · %3 done · %4 failed · %5 unknown · %6 rows/s · ETA %7</source>
        <translation>%1 / %2 Zeilen · %3 erledigt · %4 fehlgeschlagen · %5 unbekannt · %6 Zeilen/s · Rest %7</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="632"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="642"/>
        <source>Run %1 %2.</source>
        <translation>Lauf %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="650"/>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="652"/>
        <source>
NOT recorded in the ledger (export the results now; they exist only here):
</source>
        <translation>
NICHT im Journal erfasst (exportieren Sie die Ergebnisse jetzt; es gibt sie nur hier):
</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="698"/>
        <source>no run to export</source>
        <translation>kein Lauf zum Exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="706"/>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="706"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="708"/>
        <source>Results written to %1.</source>
        <translation>Ergebnisse nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="709"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="724"/>
        <source>Res&amp;ume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
</context>
<context>
    <name>tc::BulkRowCheck</name>
    <message>
        <location filename="../app/core/bulk/BulkRowCheck.cpp" line="28"/>
        <source>%1 &quot;%2&quot; repeats row %3&apos;s (line %4)</source>
        <translation>%1 „%2“ wiederholt den Wert von Zeile %3 (Zeile %4 der Datei)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowCheck.cpp" line="42"/>
        <source>not sent: </source>
        <translation>nicht gesendet: </translation>
    </message>
</context>
<context>
    <name>tc::BulkRowModel</name>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="127"/>
        <source> (NOT in the ledger)</source>
        <translation> (NICHT im Journal)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Line</source>
        <translation>Zeile (Datei)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>tc::BulkSource</name>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="31"/>
        <location filename="../app/core/bulk/BulkSource.cpp" line="135"/>
        <location filename="../app/core/bulk/BulkSource.cpp" line="140"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="43"/>
        <source>%1: this does not look like a CSV text file (binary data at byte %2)%3</source>
        <translation>%1: Das sieht nicht wie eine CSV-Textdatei aus (Binärdaten bei Byte %2)%3</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="50"/>
        <source>: it looks like UTF-16 text; save it as UTF-8</source>
        <translation>: Es sieht nach UTF-16-Text aus; speichern Sie ihn als UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="61"/>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="62"/>
        <source>%1: the file is empty (it holds only blank lines)</source>
        <translation>%1: Die Datei ist leer (sie enthält nur Leerzeilen)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="72"/>
        <source>line %1: the header row is malformed: %2</source>
        <translation>Zeile %1: Die Kopfzeile ist fehlerhaft: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="80"/>
        <source>: the header row is not UTF-8 text (if the file is text, save it as UTF-8)</source>
        <translation>: Die Kopfzeile ist kein UTF-8-Text (wenn die Datei Text ist, speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="85"/>
        <source>%1: this does not look like a CSV text file%2</source>
        <translation>%1: Das sieht nicht wie eine CSV-Textdatei aus%2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="100"/>
        <source>%1: the file has a header but no rows</source>
        <translation>%1: Die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
</context>
<context>
    <name>tc::ClaimGlossary</name>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="15"/>
        <source>Subject: whom the token is for (the user&apos;s DeviceToken, or the admin&apos;s id).</source>
        <translation>Subject: für wen das Token gilt (das DeviceToken des Benutzers oder die ID des Admins).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="17"/>
        <source>Token id: a unique number for this one token.</source>
        <translation>Token-ID: eine eindeutige Nummer für genau dieses Token.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="18"/>
        <source>Issued at: when the service made this token.</source>
        <translation>Ausgestellt: wann der Dienst dieses Token erzeugt hat.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="19"/>
        <source>Not before: the token is refused before this moment.</source>
        <translation>Nicht vor: Vor diesem Zeitpunkt wird das Token abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="21"/>
        <source>Expires: after this moment the service answers 401; refresh the token before it.</source>
        <translation>Läuft ab: Danach antwortet der Dienst mit 401; erneuern Sie das Token vorher.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="24"/>
        <source>Issuer: the service part that signed the token (&quot;webApi&quot;).</source>
        <translation>Aussteller: der Teil des Dienstes, der das Token signiert hat („webApi“).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="25"/>
        <source>Audience: the services meant to accept the token.</source>
        <translation>Zielgruppe: die Dienste, die das Token annehmen sollen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="27"/>
        <source>Application id: the customer&apos;s application (app) in DataHub.</source>
        <translation>Anwendungs-ID: die Anwendung (App) des Kunden in DataHub.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="29"/>
        <source>Company id: the customer account that owns the application.</source>
        <translation>Firmen-ID: das Kundenkonto, dem die Anwendung gehört.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="31"/>
        <source>InstanceId: the user group (or API credentials set) the identity belongs to.</source>
        <translation>InstanceId: die Benutzergruppe (oder der API-Zugangsdatensatz), zu der die Identität gehört.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="34"/>
        <source>InstanceKey: the group&apos;s secret key, the password for user logins and registration. Anyone who sees this token has it.</source>
        <translation>InstanceKey: der geheime Schlüssel der Gruppe, das Passwort für Benutzeranmeldungen und Registrierung. Wer dieses Token sieht, hat ihn.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="36"/>
        <source>DeviceToken: the app user&apos;s id, also the SDK&apos;s key for that user.</source>
        <translation>DeviceToken: die ID des App-Benutzers, zugleich der Schlüssel des SDK für diesen Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="39"/>
        <source>Whether the SDK sends its logs for this user.</source>
        <translation>Ob das SDK seine Protokolle für diesen Benutzer sendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="41"/>
        <source>Whether the SDK records trips for this user.</source>
        <translation>Ob das SDK Fahrten für diesen Benutzer aufzeichnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="43"/>
        <source>Whether the SDK shares the user&apos;s live location.</source>
        <translation>Ob das SDK den Live-Standort des Benutzers teilt.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="45"/>
        <source>ClientId: the user&apos;s id in the customer&apos;s own system.</source>
        <translation>ClientId: die ID des Benutzers im eigenen System des Kunden.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="47"/>
        <source>When the refresh token dies (service time, UTC): after it, log in again.</source>
        <translation>Wann das Refresh-Token abläuft (Zeit des Dienstes, UTC): danach erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="50"/>
        <source>The refresh token, in clear: it buys a new token pair once. Keep it secret.</source>
        <translation>Das Refresh-Token im Klartext: Es bringt einmal ein neues Token-Paar. Halten Sie es geheim.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="52"/>
        <source>The DataHub account&apos;s e-mail (admin tokens).</source>
        <translation>Die E-Mail des DataHub-Kontos (Admin-Tokens).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="54"/>
        <source>Whether the identity is a DataHub (admin) account.</source>
        <translation>Ob die Identität ein DataHub-(Admin-)Konto ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="55"/>
        <location filename="../app/ui/ClaimGlossary.cpp" line="57"/>
        <source>The role the service grants this identity.</source>
        <translation>Die Rolle, die der Dienst dieser Identität gewährt.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="58"/>
        <source>The service&apos;s internal id of the identity.</source>
        <translation>Die interne ID der Identität beim Dienst.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="70"/>
        <source>Signing algorithm: none. The token is not signed: anyone could have written its claims, and the service refuses it.</source>
        <translation>Signaturalgorithmus: none. Das Token ist nicht signiert: Jeder könnte seine Claims geschrieben haben, und der Dienst lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="74"/>
        <source>Signing algorithm %1 is named, but the token carries no signature: it is not signed.</source>
        <translation>Signaturalgorithmus %1 ist angegeben, aber das Token trägt keine Signatur: Es ist nicht signiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="75"/>
        <location filename="../app/ui/ClaimGlossary.cpp" line="80"/>
        <source>(none given)</source>
        <translation>(keiner angegeben)</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="78"/>
        <source>Signing algorithm %1, but the signature is damaged (a truncated paste?): the service refuses the token as it is.</source>
        <translation>Signaturalgorithmus %1, aber die Signatur ist beschädigt (unvollständig eingefügt?): Der Dienst lehnt das Token so ab.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="83"/>
        <source>Signing algorithm. HS256: signed with the service&apos;s secret key, which the console does not have, so the signature is not checked here.</source>
        <translation>Signaturalgorithmus. HS256: signiert mit dem geheimen Schlüssel des Dienstes, den die Konsole nicht hat; die Signatur wird hier daher nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="86"/>
        <source>Signing algorithm (%1). The service signs its tokens with HS256; the signature is not checked here.</source>
        <translation>Signaturalgorithmus (%1). Der Dienst signiert seine Tokens mit HS256; die Signatur wird hier nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="90"/>
        <source>Token type (JWT).</source>
        <translation>Token-Typ (JWT).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="93"/>
        <source>Key id: which of the service&apos;s keys signed the token.</source>
        <translation>Schlüssel-ID: welcher Schlüssel des Dienstes das Token signiert hat.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="96"/>
        <source>Content type of the payload.</source>
        <translation>Inhaltstyp der Nutzdaten.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="98"/>
        <source>A header field the console does not know.</source>
        <translation>Ein Header-Feld, das die Konsole nicht kennt.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="107"/>
        <source>A claim the console does not know.</source>
        <translation>Ein Claim, den die Konsole nicht kennt.</translation>
    </message>
</context>
<context>
    <name>tc::CsvMapping</name>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="119"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="195"/>
        <source>a column mapping is COLUMN=FIELD (got &quot;%1&quot;)</source>
        <translation>eine Spaltenzuordnung lautet SPALTE=FELD (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="206"/>
        <source>&quot;%1&quot; is not a field (known: %2)</source>
        <translation>„%1“ ist kein Feld (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="226"/>
        <source>the file has no column &quot;%1&quot; (columns: %2)</source>
        <translation>die Datei hat keine Spalte „%1“ (Spalten: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="249"/>
        <source>columns &quot;%1&quot; and &quot;%2&quot; both feed %3</source>
        <translation>die Spalten „%1“ und „%2“ speisen beide %3</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="257"/>
        <source>no column names a registration field (columns: %1)</source>
        <translation>keine Spalte benennt ein Registrierungsfeld (Spalten: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="283"/>
        <source>the row has %1 fields, the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="292"/>
        <source>field %1: </source>
        <translation>Feld %1: </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="313"/>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation>%1 muss true oder false sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="333"/>
        <source>ChildrenCount must be a whole number (got &quot;%1&quot;)</source>
        <translation>ChildrenCount muss eine ganze Zahl sein (erhalten: „%1“)</translation>
    </message>
</context>
<context>
    <name>tc::CsvReader</name>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="33"/>
        <source>not valid UTF-8 text (byte 0x%1 at position %2); save the file as UTF-8</source>
        <translation>kein gültiger UTF-8-Text (Byte 0x%1 an Position %2); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="198"/>
        <source>the record is longer than %1 bytes (an unterminated quote?)</source>
        <translation>der Datensatz ist länger als %1 Bytes (ein nicht geschlossenes Anführungszeichen?)</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="206"/>
        <source>malformed quoting (a quote inside an unquoted field, or text after a closing quote)</source>
        <translation>fehlerhafte Anführungszeichen (ein Anführungszeichen in einem Feld ohne Anführungszeichen oder Text nach einem schließenden Anführungszeichen)</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="265"/>
        <source>unterminated quoted field (the file ends inside quotes)</source>
        <translation>nicht geschlossenes Feld in Anführungszeichen (die Datei endet innerhalb von Anführungszeichen)</translation>
    </message>
</context>
<context>
    <name>tc::EmbeddedSandbox</name>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="69"/>
        <source>Cannot lock the sandbox database %1.</source>
        <translation>Die Sandbox-Datenbank %1 kann nicht gesperrt werden.</translation>
    </message>
</context>
<context>
    <name>tc::Envelope</name>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="75"/>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="88"/>
        <source>the answer is a JSON array, not the envelope object</source>
        <translation>die Antwort ist ein JSON-Array, nicht das Umschlag-Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="90"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="97"/>
        <source>the answer has neither Status nor Result</source>
        <translation>die Antwort hat weder Status noch Result</translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="104"/>
        <source>the envelope&apos;s Status is not an HTTP status code</source>
        <translation>der Status des Umschlags ist kein HTTP-Statuscode</translation>
    </message>
</context>
<context>
    <name>tc::EnvironmentBanner</name>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="19"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="34"/>
        <source>PRODUCTION — user.telematicssdk.com</source>
        <translation>PRODUKTION — user.telematicssdk.com</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="43"/>
        <source>Profile “%1”: real users and real logins (rate-limited per IP).</source>
        <translation>Profil „%1“: echte Benutzer und echte Anmeldungen (Rate-Limit pro IP).</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="47"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="50"/>
        <source>Profile “%1” · %2 · test data on this computer only.</source>
        <translation>Profil „%1“ · %2 · Testdaten nur auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="52"/>
        <source>Profile “%1” · the local sandbox is not running (Sandbox → Start).</source>
        <translation>Profil „%1“ · die lokale Sandbox läuft nicht (Sandbox → Starten).</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="56"/>
        <source>Custom service — %1</source>
        <translation>Eigener Dienst — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="57"/>
        <source>Profile “%1” · %2</source>
        <translation>Profil „%1“ · %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="66"/>
        <source>No profile selected</source>
        <translation>Kein Profil ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="67"/>
        <source>Pick a profile on the left to see where its requests go.</source>
        <translation>Wählen Sie links ein Profil, um zu sehen, wohin seine Anfragen gehen.</translation>
    </message>
</context>
<context>
    <name>tc::ErrorText</name>
    <message>
        <location filename="../app/ui/ErrorText.cpp" line="16"/>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ErrorText.cpp" line="20"/>
        <source>Errors:</source>
        <translation>Errors:</translation>
    </message>
</context>
<context>
    <name>tc::InfoStrip</name>
    <message>
        <location filename="../app/ui/InfoStrip.cpp" line="32"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/InfoStrip.cpp" line="33"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>tc::Jwt</name>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="38"/>
        <source>not valid base64url (character %1 at offset %2)</source>
        <translation>kein gültiges base64url (Zeichen %1 an Position %2)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="45"/>
        <source>not valid base64url (impossible length %1)</source>
        <translation>kein gültiges base64url (unmögliche Länge %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="49"/>
        <source>not valid base64url</source>
        <translation>kein gültiges base64url</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="101"/>
        <source>too long (%1 characters; the limit is %2)</source>
        <translation>zu lang (%1 Zeichen; das Limit ist %2)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="110"/>
        <source>too long (%1 bytes; the limit is %2)</source>
        <translation>zu lang (%1 Bytes; das Limit ist %2)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="115"/>
        <source>contains a NUL byte at offset %1</source>
        <translation>enthält ein NUL-Byte an Position %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="127"/>
        <source>expected 3 parts separated by &apos;.&apos;, found %1</source>
        <translation>3 durch „.“ getrennte Teile erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="144"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="148"/>
        <source>JSON, but not an object</source>
        <translation>JSON, aber kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="166"/>
        <source>an %1 signature is %2 bytes, this one %3</source>
        <translation>eine %1-Signatur hat %2 Bytes, diese %3</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="377"/>
        <source>The token&apos;s exp gives a lifetime of %1 s but the answer&apos;s ExpiresIn says %2 s; using exp.</source>
        <translation>Das exp des Tokens ergibt eine Lebensdauer von %1 s, aber ExpiresIn in der Antwort nennt %2 s; exp wird verwendet.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="382"/>
        <source> ExpiresIn looks like milliseconds.</source>
        <translation> ExpiresIn sieht nach Millisekunden aus.</translation>
    </message>
</context>
<context>
    <name>tc::JwtReport</name>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="17"/>
        <source>Unsigned: anyone could have written these claims. The token ends after its claims, with no signature: was its end cut off when it was copied?</source>
        <translation>Nicht signiert: Jeder könnte diese Claims geschrieben haben. Das Token endet nach seinen Claims ohne Signatur: Wurde sein Ende beim Kopieren abgeschnitten?</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="21"/>
        <source>Unsigned: anyone could have written these claims. Its header says &quot;alg&quot;: &quot;none&quot;; the service never issues such a token and refuses it.</source>
        <translation>Nicht signiert: Jeder könnte diese Claims geschrieben haben. Sein Header sagt &quot;alg&quot;: &quot;none&quot;; der Dienst stellt so ein Token nie aus und lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="24"/>
        <source>Unsigned: anyone could have written these claims. Nothing follows the last dot, so the token has no signature; the service refuses it.</source>
        <translation>Nicht signiert: Jeder könnte diese Claims geschrieben haben. Nach dem letzten Punkt folgt nichts, das Token hat also keine Signatur; der Dienst lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="29"/>
        <source>Signature damaged — truncated paste? Its signature part: %1. The header and claims decode and are shown, but the service refuses the token as it is: copy it again in full.</source>
        <translation>Signatur beschädigt — unvollständig eingefügt? Ihr Signaturteil: %1. Header und Claims lassen sich dekodieren und werden angezeigt, aber der Dienst lehnt das Token so ab: Kopieren Sie es erneut vollständig.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="39"/>
        <source>Expired %1. The service answers 401 to it; refresh or log in again.</source>
        <translation>Abgelaufen (%1). Der Dienst antwortet darauf mit 401; erneuern Sie es oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="41"/>
        <source>The token has no expiry (exp) claim.</source>
        <translation>Das Token hat keinen Ablauf-Claim (exp).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="44"/>
        <source>Not yet valid: the service accepts it %1. Check this computer&apos;s clock.</source>
        <translation>Noch nicht gültig: Der Dienst akzeptiert es erst dann (%1). Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="47"/>
        <source>Issued in the future, %1: this computer&apos;s clock or the server&apos;s is wrong.</source>
        <translation>In der Zukunft ausgestellt (%1): Die Uhr dieses Computers oder die des Servers geht falsch.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="53"/>
        <source>This token embeds the group&apos;s InstanceKey: anyone who sees the token has the group&apos;s key (the password of every user of the group, and the key to register new users).</source>
        <translation>Dieses Token enthält den InstanceKey der Gruppe: Wer das Token sieht, hat den Schlüssel der Gruppe (das Passwort jedes Benutzers der Gruppe und den Schlüssel zum Registrieren neuer Benutzer).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="57"/>
        <source>This token embeds a refresh token: anyone who sees it can get a new token pair.</source>
        <translation>Dieses Token enthält ein Refresh-Token: Wer es sieht, kann ein neues Token-Paar bekommen.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="59"/>
        <source>This token embeds a secret (%1).</source>
        <translation>Dieses Token enthält ein Geheimnis (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="65"/>
        <source>Its refresh token expired %1: only a new login helps.</source>
        <translation>Sein Refresh-Token ist abgelaufen (%1): Nur eine neue Anmeldung hilft.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="72"/>
        <source>its claims name neither a user (DeviceToken) nor an admin role</source>
        <translation>seine Claims nennen weder einen Benutzer (DeviceToken) noch eine Admin-Rolle</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="86"/>
        <source>An admin token (%1).</source>
        <translation>Ein Admin-Token (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="87"/>
        <source>An admin token for %1 (%2).</source>
        <translation>Ein Admin-Token für %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="89"/>
        <source>A user token (%1).</source>
        <translation>Ein Benutzertoken (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="92"/>
        <source>A token of unknown kind: %1.</source>
        <translation>Ein Token unbekannter Art: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="98"/>
        <source>Unsigned: there is no signature part.</source>
        <translation>Nicht signiert: Es gibt keinen Signaturteil.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="100"/>
        <source>Unsigned: the header says &quot;alg&quot;: &quot;none&quot;.</source>
        <translation>Nicht signiert: Der Header sagt &quot;alg&quot;: &quot;none&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="102"/>
        <source>Unsigned: the signature part is empty.</source>
        <translation>Nicht signiert: Der Signaturteil ist leer.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="104"/>
        <source>Its signature is damaged (%1).</source>
        <translation>Seine Signatur ist beschädigt (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="106"/>
        <source>Signed, with no algorithm named in the header; the signature is not checked here (the console does not hold the service&apos;s key).</source>
        <translation>Signiert, ohne im Header genannten Algorithmus; die Signatur wird hier nicht geprüft (die Konsole hat den Schlüssel des Dienstes nicht).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="108"/>
        <source>Signed with %1; the signature is not checked here (the console does not hold the service&apos;s key).</source>
        <translation>Signiert mit %1; die Signatur wird hier nicht geprüft (die Konsole hat den Schlüssel des Dienstes nicht).</translation>
    </message>
</context>
<context>
    <name>tc::KeychainStore</name>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="257"/>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Geheimnisse werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="259"/>
        <source>Secrets are kept in memory only for this run (nothing is saved): %1</source>
        <translation>Geheimnisse werden nur für diese Sitzung im Speicher gehalten (nichts wird gespeichert): %1</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="353"/>
        <source>%1 reached the D-Bus session bus, but no Secret Service answers on it (org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>%1 hat den D-Bus-Sitzungsbus erreicht, aber dort antwortet kein Secret Service (org.freedesktop.secrets): Installieren und entsperren Sie gnome-keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="358"/>
        <source>%1 found no D-Bus session bus, so no keychain can be reached: run it inside a desktop session (or under dbus-run-session with an unlocked gnome-keyring).</source>
        <translation>%1 hat keinen D-Bus-Sitzungsbus gefunden, daher ist kein Schlüsselbund erreichbar: Starten Sie es in einer Desktop-Sitzung (oder unter dbus-run-session mit entsperrtem gnome-keyring).</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="363"/>
        <source>The Secret Service answered, but the keyring is locked or has no default collection: unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation>Der Secret Service hat geantwortet, aber der Schlüsselbund ist gesperrt oder hat keine Standardsammlung: Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder führen Sie `gnome-keyring-daemon --unlock` aus) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="368"/>
        <source>Access to the keychain was denied: allow telematics-console when your keyring asks, and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: Erlauben Sie telematics-console, wenn Ihr Schlüsselbund fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="372"/>
        <source>The keychain did not answer within %1 s (it may be locked and waiting for a password prompt): unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (vielleicht ist er gesperrt und wartet auf eine Passwortabfrage): Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="377"/>
        <source>The keychain failed: check that gnome-keyring or KWallet is running and unlocked.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: Prüfen Sie, ob gnome-keyring oder KWallet läuft und entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>tc::Language</name>
    <message>
        <location filename="../app/ui/Language.cpp" line="35"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>tc::Ledger</name>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="145"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="157"/>
        <source>cannot switch the ledger to WAL: </source>
        <translation>das Journal kann nicht auf WAL umgestellt werden: </translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="177"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="202"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="206"/>
        <source>create the schema</source>
        <translation>Schema anlegen</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="234"/>
        <source>The ledger could not %1: %2</source>
        <translation>Das Journal ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="283"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="286"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="293"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="301"/>
        <source>record a registration</source>
        <translation>Registrierung speichern</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="284"/>
        <source>the ledger is not open</source>
        <translation>das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="319"/>
        <source>update a registration</source>
        <translation>Registrierung aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="337"/>
        <source>update a bulk row</source>
        <translation>Massenzeile aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="362"/>
        <source>record the bulk run</source>
        <translation>Massenlauf speichern</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="381"/>
        <source>update the bulk run</source>
        <translation>Massenlauf aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="391"/>
        <source>the run stopped while this row&apos;s request may have been in flight</source>
        <translation>der Lauf endete, während die Anfrage dieser Zeile vielleicht unterwegs war</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="396"/>
        <source>mark interrupted rows</source>
        <translation>unterbrochene Zeilen markieren</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="572"/>
        <source>be read for the export</source>
        <translation>Lesen für den Export</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="579"/>
        <source>The export could not be written: </source>
        <translation>Der Export konnte nicht geschrieben werden: </translation>
    </message>
</context>
<context>
    <name>tc::LedgerModel</name>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>InstanceId</source>
        <translation>InstanceId</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>tc::LedgerPage</name>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="27"/>
        <source>Every DeviceToken this console received, recorded before it was shown. Access and refresh tokens are never kept here.</source>
        <translation>Jedes DeviceToken, das diese Konsole erhalten hat, erfasst, bevor es angezeigt wurde. Zugriffs- und Refresh-Tokens werden hier nie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="36"/>
        <source>Search DeviceToken, ClientId, InstanceId, name, e-mail…</source>
        <translation>DeviceToken, ClientId, InstanceId, Name, E-Mail suchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="38"/>
        <source>Search the ledger</source>
        <translation>Im Journal suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="41"/>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="46"/>
        <source>Any source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="49"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="50"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="104"/>
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="139"/>
        <source>Export the ledger</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="139"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="141"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="142"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tc::LoginAttempt</name>
    <message>
        <location filename="../app/core/auth/LoginAttempt.cpp" line="27"/>
        <source>the service rate-limited logins earlier; no login is sent before then</source>
        <translation>der Dienst hat Anmeldungen vorhin begrenzt; vorher wird keine Anmeldung gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/auth/LoginAttempt.cpp" line="32"/>
        <source>automatic logins are paused: %n login(s) in the last %1 min for this profile; log in by hand or wait</source>
        <translation>
            <numerusform>automatische Anmeldungen sind pausiert: %n Anmeldung in den letzten %1 min für dieses Profil; melden Sie sich von Hand an oder warten Sie</numerusform>
            <numerusform>automatische Anmeldungen sind pausiert: %n Anmeldungen in den letzten %1 min für dieses Profil; melden Sie sich von Hand an oder warten Sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="70"/>
        <source>Telematics Console</source>
        <translation>Telematics Console</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="80"/>
        <source>Keychain message</source>
        <translation>Schlüsselbund-Meldung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="81"/>
        <source>Sandbox message</source>
        <translation>Sandbox-Meldung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="82"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="93"/>
        <source>&amp;Work areas</source>
        <translation>&amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="99"/>
        <source>Work areas</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="106"/>
        <source>Work area</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="116"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="117"/>
        <source>Local sandbox state</source>
        <translation>Status der lokalen Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="118"/>
        <source>Keychain state</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="125"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="134"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="187"/>
        <location filename="../app/ui/MainWindow.cpp" line="483"/>
        <source>The system keychain cannot be used: %1
Until that is fixed, secrets you enter are kept in memory only for this run: nothing is saved, and you will be asked again next time.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: %1
Bis das behoben ist, werden eingegebene Geheimnisse nur für diese Sitzung im Speicher gehalten: Nichts wird gespeichert, und Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="212"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="213"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="215"/>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="218"/>
        <source>&amp;Log in / register user</source>
        <translation>&amp;Anmelden / Benutzer registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="222"/>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="226"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="229"/>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="230"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="231"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="233"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="234"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="238"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="239"/>
        <source>&amp;About Telematics Console</source>
        <translation>&amp;Über Telematics Console</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="240"/>
        <source>About Telematics Console</source>
        <translation>Über Telematics Console</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="241"/>
        <source>Telematics Console %1
A desktop admin console for the Telematics (Damoov) user service.</source>
        <translation>Telematics Console %1
Eine Desktop-Verwaltungskonsole für den Telematics-(Damoov-)Benutzerdienst.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="261"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="444"/>
        <source>The new language is used from the next start: a registration or bulk run is in progress.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start: Eine Registrierung oder ein Massenlauf ist im Gange.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="504"/>
        <source>First run: starting a local sandbox so you can try the console safely…</source>
        <translation>Erster Start: Eine lokale Sandbox wird gestartet, damit Sie die Konsole gefahrlos ausprobieren können…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="565"/>
        <source>The local sandbox is stopped. Its data stays in %1.</source>
        <translation>Die lokale Sandbox ist gestoppt. Ihre Daten bleiben in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="566"/>
        <source>&amp;Start sandbox</source>
        <translation>Sandbox &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="572"/>
        <source>Stop the local sandbox</source>
        <translation>Die lokale Sandbox stoppen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="573"/>
        <source>One open session uses the local sandbox</source>
        <translation>Eine offene Sitzung verwendet die lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="574"/>
        <source>%1 open sessions use the local sandbox</source>
        <translation>%1 offene Sitzungen verwenden die lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="575"/>
        <source>; their refreshes fail until it runs again. Stop it?</source>
        <translation>; ihre Erneuerungen schlagen fehl, bis sie wieder läuft. Stoppen?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="607"/>
        <source>The local sandbox runs at %1.</source>
        <translation>Die lokale Sandbox läuft auf %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="631"/>
        <source>The local sandbox did not start: %1
Its database: %2</source>
        <translation>Die lokale Sandbox ist nicht gestartet: %1
Ihre Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="632"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="768"/>
        <source>No user was registered in “%1”.
%2</source>
        <translation>In „%1“ wurde kein Benutzer registriert.
%2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="770"/>
        <source>The user %1 (in “%2”) has no profile to log in with.
%3</source>
        <translation>Der Benutzer %1 (in „%2“) hat kein Profil, mit dem er sich anmelden kann.
%3</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="997"/>
        <source>The ledger (%1) could not be opened: %2. Nothing is registered until it can be: a DeviceToken the service returns must be recorded before it is shown.</source>
        <translation>Das Journal (%1) konnte nicht geöffnet werden: %2. Bis das gelingt, wird nichts registriert: Ein DeviceToken, das der Dienst zurückgibt, muss erfasst sein, bevor es angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1028"/>
        <source>No group-key profile for %1, the service of “%2”. Pick one above (it names its own service) or create one with the group&apos;s InstanceId and InstanceKEY.</source>
        <translation>Kein Gruppenschlüssel-Profil für %1, den Dienst von „%2“. Wählen Sie oben eines (es nennt seinen eigenen Dienst) oder legen Sie eines mit der InstanceId und dem InstanceKEY der Gruppe an.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1031"/>
        <source>Select a profile, or pick a group-key profile above.</source>
        <translation>Wählen Sie ein Profil oder oben ein Gruppenschlüssel-Profil.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="646"/>
        <source>First run: the console started a local sandbox at %1 (its data: %2) and created the profiles “%3” and “%4” with its demo credentials %5. Select one on the left and press Log in — nothing here touches production.</source>
        <translation>Erster Start: Die Konsole hat eine lokale Sandbox auf %1 gestartet (ihre Daten: %2) und die Profile „%3“ und „%4“ mit ihren Demo-Zugangsdaten %5 angelegt. Wählen Sie links eines und drücken Sie „Anmelden“ — nichts hier berührt die Produktion.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="651"/>
        <source>(kept in memory only for this run: the keychain is unavailable)</source>
        <translation>(nur für diese Sitzung im Speicher: der Schlüsselbund ist nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="652"/>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="681"/>
        <source>Starting the local sandbox first…</source>
        <translation>Zuerst wird die lokale Sandbox gestartet…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="693"/>
        <source>Logging in with “%1”…</source>
        <translation>Anmeldung mit „%1“…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="697"/>
        <source>Logged in with “%1”.</source>
        <translation>Mit „%1“ angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="699"/>
        <source>Login with “%1” failed (see its card).</source>
        <translation>Die Anmeldung mit „%1“ ist fehlgeschlagen (siehe ihre Karte).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="702"/>
        <source>Logged in, but the session could not be kept in the keychain: %1</source>
        <translation>Angemeldet, aber die Sitzung konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="718"/>
        <source>Register a user in production?</source>
        <translation>Einen Benutzer in der Produktion registrieren?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="718"/>
        <source>Register a user and log in?</source>
        <translation>Einen Benutzer registrieren und anmelden?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="719"/>
        <source>“%1” is a group key: it cannot log in, it can only register users.

Register a NEW user in group %2 at %3%4, record its DeviceToken in the ledger, and log in as that user?</source>
        <translation>„%1“ ist ein Gruppenschlüssel: Er kann sich nicht anmelden, nur Benutzer registrieren.

Einen NEUEN Benutzer in Gruppe %2 auf %3%4 registrieren, sein DeviceToken im Journal erfassen und sich als dieser Benutzer anmelden?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="723"/>
        <source> (PRODUCTION: a real user that stays in the group)</source>
        <translation> (PRODUKTION: ein echter Benutzer, der in der Gruppe bleibt)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="746"/>
        <source>Registering a user in “%1”…</source>
        <translation>Benutzer wird in „%1“ registriert…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="775"/>
        <source>A secret of “%1” could not be stored: %2</source>
        <translation>Ein Geheimnis von „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="822"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="823"/>
        <source>Delete the profile “%1” and its secrets in the keychain? Its session ends here. (Nothing changes on the service.)</source>
        <translation>Das Profil „%1“ und seine Geheimnisse im Schlüsselbund löschen? Seine Sitzung endet hier. (Beim Dienst ändert sich nichts.)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="836"/>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="838"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="870"/>
        <source>Sandbox: stopped</source>
        <translation>Sandbox: gestoppt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="871"/>
        <source>Sandbox: starting…</source>
        <translation>Sandbox: startet…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="873"/>
        <source>Sandbox: running at %1</source>
        <translation>Sandbox: läuft auf %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="875"/>
        <source>Sandbox: failed to start</source>
        <translation>Sandbox: Start fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="882"/>
        <source>⚠ Secrets: memory only</source>
        <translation>⚠ Geheimnisse: nur im Speicher</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="882"/>
        <source>Secrets: system keychain</source>
        <translation>Geheimnisse: Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="888"/>
        <source>No profile selected</source>
        <translation>Kein Profil ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="893"/>
        <source>PRODUCTION (user.telematicssdk.com)</source>
        <translation>PRODUKTION (user.telematicssdk.com)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="895"/>
        <source>local sandbox (%1)</source>
        <translation>lokale Sandbox (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="896"/>
        <source>local sandbox (not running)</source>
        <translation>lokale Sandbox (läuft nicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="900"/>
        <location filename="../app/ui/MainWindow.cpp" line="906"/>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="903"/>
        <source>the local sandbox is stopped: refreshes fail until it runs (Sandbox → Start)</source>
        <translation>die lokale Sandbox ist gestoppt: Erneuerungen schlagen fehl, bis sie läuft (Sandbox → Starten)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="907"/>
        <source>logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="908"/>
        <source>connected, token valid</source>
        <translation>verbunden, Token gültig</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="909"/>
        <source>refreshing the token…</source>
        <translation>Token wird erneuert…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="910"/>
        <source>token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="911"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="914"/>
        <source>group key (registration only)</source>
        <translation>Gruppenschlüssel (nur Registrierung)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="916"/>
        <source>“%1” → %2 · %3</source>
        <translation>„%1“ → %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="960"/>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="972"/>
        <source>Register many</source>
        <translation>Viele registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="979"/>
        <source>Bulk</source>
        <translation>Massenregistrierung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="986"/>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>tc::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="18"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="28"/>
        <source>The window changes to the new language at once. Sessions, the sandbox and your profiles stay as they are.</source>
        <translation>Das Fenster wechselt sofort zur neuen Sprache. Sitzungen, die Sandbox und Ihre Profile bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>tc::Profile</name>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="67"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="70"/>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>Ein Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="74"/>
        <source>The base URL must be an http:// or https:// URL with a host.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-URL mit Host sein.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="78"/>
        <source>The API login must be an e-mail address.</source>
        <translation>Das API-Login muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="82"/>
        <source>Endpoint paths start with &apos;/&apos;.</source>
        <translation>Endpunktpfade beginnen mit „/“.</translation>
    </message>
</context>
<context>
    <name>tc::ProfileEditor</name>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="64"/>
        <source>Enter the service&apos;s base URL, e.g. https://user.example.com.</source>
        <translation>Geben Sie die Basis-URL des Dienstes ein, z. B. https://user.example.com.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="68"/>
        <source>This is not a valid URL.</source>
        <translation>Das ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="71"/>
        <source>The URL must start with https:// (or http:// for a local service).</source>
        <translation>Die URL muss mit https:// beginnen (oder http:// für einen lokalen Dienst).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="74"/>
        <source>The URL needs a host name.</source>
        <translation>Die URL braucht einen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="84"/>
        <source>&amp;Test login</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="84"/>
        <source>Cancel tes&amp;t</source>
        <translation>Tes&amp;t abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="88"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="89"/>
        <source>Profile editor</source>
        <translation>Profileditor</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="123"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="124"/>
        <source>e.g. Production — admin</source>
        <translation>z. B. Produktion — Admin</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="125"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="127"/>
        <source>Production (user.telematicssdk.com)</source>
        <translation>Produktion (user.telematicssdk.com)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="129"/>
        <source>Local sandbox (embedded; its URL is found at run time)</source>
        <translation>Lokale Sandbox (eingebaut; ihre URL wird zur Laufzeit ermittelt)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="131"/>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="132"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="133"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="135"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="137"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="139"/>
        <source>Admin — API credentials (DataHub → Management)</source>
        <translation>Admin — API-Zugangsdaten (DataHub → Management)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="141"/>
        <source>User — one app user&apos;s DeviceToken</source>
        <translation>Benutzer — das DeviceToken eines App-Benutzers</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="142"/>
        <source>Group key — InstanceID + InstanceKEY (registration, no login)</source>
        <translation>Gruppenschlüssel — InstanceID + InstanceKEY (Registrierung, keine Anmeldung)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="144"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="145"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="147"/>
        <source>&amp;InstanceID:</source>
        <translation>&amp;InstanceID:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="149"/>
        <source>InstanceID</source>
        <translation>InstanceID</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="153"/>
        <source>API login e-mail</source>
        <translation>E-Mail des API-Logins</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="154"/>
        <source>api-login@example.com</source>
        <translation>api-login@example.com</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="155"/>
        <source>API &amp;login (e-mail):</source>
        <translation>API-&amp;Login (E-Mail):</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="157"/>
        <source>API password</source>
        <translation>API-Passwort</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="158"/>
        <source>API &amp;password:</source>
        <translation>API-&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="160"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="162"/>
        <source>&amp;DeviceToken:</source>
        <translation>&amp;DeviceToken:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="164"/>
        <source>InstanceKEY</source>
        <translation>InstanceKEY</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="165"/>
        <source>Instance&amp;KEY:</source>
        <translation>Instance&amp;KEY:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="167"/>
        <source>Auto: object, then the string shape once on a bare 401</source>
        <translation>Automatisch: Objekt, bei einem 401 ohne Meldung einmal die String-Form</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="168"/>
        <source>Object: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (2020 docs)</source>
        <translation>Objekt: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (Doku von 2020)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="169"/>
        <source>String: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (newer docs)</source>
        <translation>String: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (neuere Doku)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="171"/>
        <source>LoginFields shape</source>
        <translation>Form von LoginFields</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="172"/>
        <source>Login&amp;Fields:</source>
        <translation>Login&amp;Fields:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="174"/>
        <source>Endpoint paths (leave empty for the documented ones)</source>
        <translation>Endpunktpfade (leer lassen für die dokumentierten)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="181"/>
        <source>Path of %1</source>
        <translation>Pfad von %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="200"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="412"/>
        <source>Logs in once with these fields (uses one of the service&apos;s rate-limited logins).</source>
        <translation>Meldet sich einmal mit diesen Angaben an (verbraucht eine der begrenzten Anmeldungen des Dienstes).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="203"/>
        <source>Test login in progress</source>
        <translation>Testanmeldung läuft</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="215"/>
        <source>Test login result</source>
        <translation>Ergebnis der Testanmeldung</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="223"/>
        <source>Save error</source>
        <translation>Fehler beim Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="279"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="308"/>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="337"/>
        <source>reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="354"/>
        <source>not in the keychain: enter it</source>
        <translation>nicht im Schlüsselbund: bitte eingeben</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="398"/>
        <source>(found when the local sandbox runs)</source>
        <translation>(wird ermittelt, wenn die lokale Sandbox läuft)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="403"/>
        <source>API &amp;InstanceID:</source>
        <translation>API-&amp;InstanceID:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="403"/>
        <source>Group &amp;InstanceID:</source>
        <translation>Gruppen-&amp;InstanceID:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="411"/>
        <source>A group-key profile does not log in; it registers users.</source>
        <translation>Ein Gruppenschlüssel-Profil meldet sich nicht an; es registriert Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="451"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="453"/>
        <source>Another profile already has this name.</source>
        <translation>Ein anderes Profil hat bereits diesen Namen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="455"/>
        <source>A profile name cannot contain / or \.</source>
        <translation>Ein Profilname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="460"/>
        <source>Enter the InstanceID (a UUID such as 3f2a9c1e-….).</source>
        <translation>Geben Sie die InstanceID ein (eine UUID wie 3f2a9c1e-…).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="462"/>
        <source>An InstanceID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hex digits).</source>
        <translation>Eine InstanceID sieht so aus: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (Hex-Ziffern).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="466"/>
        <source>Enter the API login (an e-mail address).</source>
        <translation>Geben Sie das API-Login ein (eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="467"/>
        <source>The API login is an e-mail address (name@example.com).</source>
        <translation>Das API-Login ist eine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="471"/>
        <source>Enter the user&apos;s DeviceToken.</source>
        <translation>Geben Sie das DeviceToken des Benutzers ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="472"/>
        <source>A DeviceToken looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation>Ein DeviceToken sieht so aus: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="479"/>
        <source>A path starts with “/”.</source>
        <translation>Ein Pfad beginnt mit „/“.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="507"/>
        <source>Enter the API password.</source>
        <translation>Geben Sie das API-Passwort ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="507"/>
        <source>Enter the InstanceKEY.</source>
        <translation>Geben Sie den InstanceKEY ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="510"/>
        <source>A group-key profile does not log in.</source>
        <translation>Ein Gruppenschlüssel-Profil meldet sich nicht an.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="513"/>
        <source>The local sandbox is not running: start it with Sandbox → Start.</source>
        <translation>Die lokale Sandbox läuft nicht: Starten Sie sie mit Sandbox → Starten.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="516"/>
        <source>Cannot test yet:
• %1</source>
        <translation>Test noch nicht möglich:
• %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="521"/>
        <source>The service blocked logins from here (HTTP 429) until %1. Try again %2.</source>
        <translation>Der Dienst hat Anmeldungen von hier bis %1 gesperrt (HTTP 429). Versuchen Sie es dann erneut (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="541"/>
        <source>Logging in to %1 (LoginFields as %2)…</source>
        <translation>Anmeldung bei %1 (LoginFields als %2)…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="561"/>
        <source>Test login cancelled.</source>
        <translation>Testanmeldung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="566"/>
        <source>Login failed.
%1</source>
        <translation>Anmeldung fehlgeschlagen.
%1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="568"/>
        <source>Both LoginFields shapes were tried (object and string).</source>
        <translation>Beide Formen von LoginFields wurden versucht (Objekt und String).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="578"/>
        <source>Login worked (LoginFields sent as %1). The token is valid until %2 (%3).</source>
        <translation>Anmeldung erfolgreich (LoginFields als %1 gesendet). Das Token ist gültig bis %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="586"/>
        <source>The %1 shape was refused with a 401 naming no field; the %2 shape worked.</source>
        <translation>Die Form %1 wurde mit einem 401 ohne Feldangabe abgelehnt; die Form %2 hat funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="610"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="620"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="631"/>
        <source>Could not rename the profile: %1</source>
        <translation>Das Profil konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="680"/>
        <source>The profile was saved, but a secret was not: %1</source>
        <translation>Das Profil wurde gespeichert, ein Geheimnis aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>tc::ProfileList</name>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="22"/>
        <location filename="../app/ui/ProfileList.cpp" line="198"/>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="22"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="27"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="33"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="145"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="146"/>
        <source>local sandbox</source>
        <translation>lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="152"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="156"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="160"/>
        <source>group key</source>
        <translation>Gruppenschlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="167"/>
        <source>logged out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="168"/>
        <source>logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="169"/>
        <source>● signed in</source>
        <translation>● angemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="170"/>
        <source>● refreshing…</source>
        <translation>● wird erneuert…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="171"/>
        <source>token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="172"/>
        <source>⚠ error</source>
        <translation>⚠ Fehler</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="193"/>
        <source>Register a user and &amp;log in</source>
        <translation>Benutzer registrieren und &amp;anmelden</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="195"/>
        <source>Registers a new user in this group (Registration/Create), keeps its DeviceToken in a new user profile and logs it in.</source>
        <translation>Registriert einen neuen Benutzer in dieser Gruppe (Registration/Create), bewahrt sein DeviceToken in einem neuen Benutzerprofil auf und meldet ihn an.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="199"/>
        <source>Logs in with the profile&apos;s credentials from the keychain (Ctrl+L).</source>
        <translation>Meldet sich mit den Zugangsdaten des Profils aus dem Schlüsselbund an (Strg+L).</translation>
    </message>
</context>
<context>
    <name>tc::ProfileStore</name>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="173"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="261"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="179"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>tc::RegisterManyPage</name>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="51"/>
        <source>Registration/CreateMany: the DeviceTokens come back once. Each is written to the ledger before it is shown.</source>
        <translation>Registration/CreateMany: Die DeviceTokens kommen nur einmal zurück. Jedes wird im Journal erfasst, bevor es angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="62"/>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="65"/>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="71"/>
        <source>&amp;Quantity (1–%1)</source>
        <translation>&amp;Anzahl (1–%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="73"/>
        <source>Return access tokens (CreateAccessToken)</source>
        <translation>Zugriffstokens zurückgeben (CreateAccessToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="77"/>
        <source>Enable tracking</source>
        <translation>Tracking aktivieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="78"/>
        <source>Enable logging</source>
        <translation>Protokollierung aktivieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="79"/>
        <source>Enabled (SDK on)</source>
        <translation>Aktiviert (SDK an)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="80"/>
        <source>CustomFields</source>
        <translation>CustomFields</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="86"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="88"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="89"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="90"/>
        <source>Include access and refresh tokens (secrets)</source>
        <translation>Zugriffs- und Refresh-Tokens einschließen (Geheimnisse)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="113"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="113"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="113"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="113"/>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="191"/>
        <source>Create users in production</source>
        <translation>Benutzer in der Produktion anlegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="192"/>
        <source>Create %n real user(s) in group %1 at %2 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>%n echten Benutzer in Gruppe %1 auf %2 anlegen (PRODUKTION)? Das lässt sich hier nicht rückgängig machen.</numerusform>
            <numerusform>%n echte Benutzer in Gruppe %1 auf %2 anlegen (PRODUKTION)? Das lässt sich hier nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="202"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="218"/>
        <source>Registering %n user(s) into group %1 at %2…</source>
        <translation>
            <numerusform>%n Benutzer wird in Gruppe %1 auf %2 registriert…</numerusform>
            <numerusform>%n Benutzer werden in Gruppe %1 auf %2 registriert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="294"/>
        <source>Exported to %1 with tokens (secrets; readable by you only).</source>
        <translation>Nach %1 exportiert, mit Tokens (Geheimnisse; nur für Sie lesbar).</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="295"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="297"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="232"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="233"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="237"/>
        <source>%n user(s) registered.</source>
        <translation>
            <numerusform>%n Benutzer registriert.</numerusform>
            <numerusform>%n Benutzer registriert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="239"/>
        <source>No certain answer: %1
Up to %2 users may exist whose DeviceTokens were not received. Not retried.</source>
        <translation>Keine sichere Antwort: %1
Bis zu %2 Benutzer könnten existieren, deren DeviceTokens nicht empfangen wurden. Nicht wiederholt.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="246"/>
        <source>
NOT recorded in the ledger: %1. Export the table now: these DeviceTokens exist only here.</source>
        <translation>
NICHT im Journal erfasst: %1. Exportieren Sie die Tabelle jetzt: Diese DeviceTokens gibt es nur hier.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="249"/>
        <source>
Every DeviceToken is recorded in the ledger.</source>
        <translation>
Jedes DeviceToken ist im Journal erfasst.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="266"/>
        <source>could not make the file private: %1</source>
        <translation>die Datei konnte nicht privat gemacht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="284"/>
        <source>Export DeviceTokens WITH access and refresh tokens (secrets: the file is readable by you only)</source>
        <translation>DeviceTokens MIT Zugriffs- und Refresh-Tokens exportieren (Geheimnisse: die Datei ist nur für Sie lesbar)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="286"/>
        <source>Export the DeviceTokens</source>
        <translation>DeviceTokens exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="288"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="288"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>tc::RegisterPage</name>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="107"/>
        <source>Registration/Create: every field is optional. The DeviceToken is written to the ledger before it is shown.</source>
        <translation>Registration/Create: Jedes Feld ist optional. Das DeviceToken wird im Journal erfasst, bevor es angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="131"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="132"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="133"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="134"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="135"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="138"/>
        <location filename="../app/ui/RegisterPage.cpp" line="159"/>
        <location filename="../app/ui/RegisterPage.cpp" line="166"/>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="141"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="146"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="156"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="162"/>
        <source>Marital status</source>
        <translation>Familienstand</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="168"/>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="170"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="171"/>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="172"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="173"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="174"/>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="175"/>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="180"/>
        <source>a UUID you pick: it becomes the DeviceToken</source>
        <translation>eine UUID Ihrer Wahl: sie wird zum DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="181"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="187"/>
        <source>CustomToken</source>
        <translation>CustomToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="189"/>
        <source>With a CustomToken the DeviceToken is recorded before sending, so a lost answer still leaves it known. The vendor does not document whether a reused CustomToken is refused.</source>
        <translation>Mit einem CustomToken wird das DeviceToken vor dem Senden erfasst, sodass es auch bei einer verlorenen Antwort bekannt bleibt. Der Anbieter dokumentiert nicht, ob ein wiederverwendetes CustomToken abgelehnt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="196"/>
        <source>the user&apos;s id in your own system</source>
        <translation>die ID des Benutzers in Ihrem eigenen System</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="196"/>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="197"/>
        <source>Enable tracking</source>
        <translation>Tracking aktivieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="197"/>
        <source>UserFields</source>
        <translation>UserFields</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="198"/>
        <source>Enable logging</source>
        <translation>Protokollierung aktivieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="199"/>
        <source>Enabled (SDK on)</source>
        <translation>Aktiviert (SDK an)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="200"/>
        <source>Return an access token now (CreateAccessToken)</source>
        <translation>Jetzt ein Zugriffstoken zurückgeben (CreateAccessToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="210"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="213"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="234"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="238"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="242"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="246"/>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="247"/>
        <source>Log &amp;in as this user</source>
        <translation>Als dieser Benutzer an&amp;melden</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="323"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="398"/>
        <source>Registering into group %1 at %2…</source>
        <translation>Registrierung in Gruppe %1 auf %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="407"/>
        <source>Registered.</source>
        <translation>Registriert.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="409"/>
        <source>No certain answer: %1
The user may exist. It was not retried.%2</source>
        <translation>Keine sichere Antwort: %1
Der Benutzer existiert vielleicht. Es wurde nicht wiederholt.%2</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="411"/>
        <source> Pick a CustomToken next time to make this checkable.</source>
        <translation> Wählen Sie nächstes Mal ein CustomToken, damit sich das prüfen lässt.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="412"/>
        <source> If it exists, its DeviceToken is %1.</source>
        <translation> Falls er existiert, ist sein DeviceToken %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="417"/>
        <source>
The fields concerned are marked.</source>
        <translation>
Die betroffenen Felder sind markiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="426"/>
        <source>Access token ●●●●●●●● received%1; refresh token %2. Kept in memory only, never in the ledger.</source>
        <translation>Zugriffstoken ●●●●●●●● empfangen%1; Refresh-Token %2. Nur im Speicher gehalten, nie im Journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="427"/>
        <source> (expires in %1 s)</source>
        <translation> (läuft in %1 s ab)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="428"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="428"/>
        <source>●●●●●●●● received</source>
        <translation>●●●●●●●● empfangen</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="431"/>
        <source>No access token (CreateAccessToken: false).</source>
        <translation>Kein Zugriffstoken (CreateAccessToken: false).</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="437"/>
        <source>NOT recorded: %1. Copy the DeviceToken now: it exists only here.</source>
        <translation>NICHT erfasst: %1. Kopieren Sie das DeviceToken jetzt: Es gibt es nur hier.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="439"/>
        <source>Recorded in the ledger (entry %1, %2).</source>
        <translation>Im Journal erfasst (Eintrag %1, %2).</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationJob</name>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="79"/>
        <source>the ledger is not open: nothing is registered without it</source>
        <translation>das Journal ist nicht geöffnet: ohne es wird nichts registriert</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="86"/>
        <source>nothing was sent: </source>
        <translation>es wurde nichts gesendet: </translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="149"/>
        <source> (the user may exist; not retried)</source>
        <translation> (der Benutzer existiert vielleicht; nicht wiederholt)</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationManyJob</name>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="50"/>
        <source>Quantity must be at least 1 (got %1): nothing is sent.</source>
        <translation>Quantity muss mindestens 1 sein (erhalten: %1): Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="52"/>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="70"/>
        <source>Quantity must be at most %1, the service&apos;s maximum for one call (got %2): nothing is sent.</source>
        <translation>Quantity darf höchstens %1 sein, das Maximum des Dienstes für einen Aufruf (erhalten: %2): Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="62"/>
        <source>Give how many users to register (1–%1).</source>
        <translation>Geben Sie an, wie viele Benutzer registriert werden sollen (1–%1).</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="65"/>
        <source>Quantity must be a whole number from 1 to %1 (got “%2”).</source>
        <translation>Quantity muss eine ganze Zahl von 1 bis %1 sein (erhalten: „%2“).</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="97"/>
        <source>the ledger is not open: nothing is registered without it</source>
        <translation>das Journal ist nicht geöffnet: ohne es wird nichts registriert</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="147"/>
        <source> (up to %1 users may exist whose DeviceTokens were never received)</source>
        <translation> (bis zu %1 Benutzer könnten existieren, deren DeviceTokens nie empfangen wurden)</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationProfile</name>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="153"/>
        <source>Gender must be one of %1 (got &quot;%2&quot;)</source>
        <translation>Gender muss einer der Werte %1 sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="159"/>
        <source>Birthday must be a date (yyyy-MM-dd) or an ISO 8601 date-time (got &quot;%1&quot;)</source>
        <translation>Birthday muss ein Datum (yyyy-MM-dd) oder ein Datum mit Uhrzeit nach ISO 8601 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="168"/>
        <source>MaritalStatus must be one of %1 or a code 1-4 (got &quot;%2&quot;)</source>
        <translation>MaritalStatus muss einer der Werte %1 oder ein Code 1–4 sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="173"/>
        <source>ChildrenCount must be between 0 and 100 (got %1)</source>
        <translation>ChildrenCount muss zwischen 0 und 100 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="177"/>
        <source>CustomToken must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6 (got &quot;%1&quot;)</source>
        <translation>CustomToken muss eine UUID wie 3fa85f64-5717-4562-b3fc-2c963f66afa6 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="184"/>
        <source>ImageUrl must be an absolute URL (got &quot;%1&quot;)</source>
        <translation>ImageUrl muss eine absolute URL sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="189"/>
        <source>Email must be one address: a name, one &apos;@&apos; and a domain, no spaces (got &quot;%1&quot;)</source>
        <translation>Email muss genau eine Adresse sein: ein Name, ein „@“ und eine Domain, ohne Leerzeichen (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="194"/>
        <source>Phone may hold only digits, spaces and + - ( ), with at least one digit (got &quot;%1&quot;)</source>
        <translation>Phone darf nur Ziffern, Leerzeichen und + - ( ) enthalten, mit mindestens einer Ziffer (erhalten: „%1“)</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationService</name>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="143"/>
        <source>No user group is chosen: pick a group-key profile. Nothing was sent.</source>
        <translation>Keine Benutzergruppe gewählt: Wählen Sie ein Gruppenschlüssel-Profil. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="149"/>
        <source>No InstanceKEY was given for group %1. Nothing was sent.</source>
        <translation>Für Gruppe %1 wurde kein InstanceKEY angegeben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="157"/>
        <source>The group-key profile “%1” no longer exists. Nothing was sent.</source>
        <translation>Das Gruppenschlüssel-Profil „%1“ existiert nicht mehr. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="161"/>
        <source>The group-key profile “%1” changed: it now registers into group %2 at %3, not group %4 at %5. Check the target and try again. Nothing was sent.</source>
        <translation>Das Gruppenschlüssel-Profil „%1“ hat sich geändert: Es registriert jetzt in Gruppe %2 auf %3, nicht in Gruppe %4 auf %5. Prüfen Sie das Ziel und versuchen Sie es erneut. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="171"/>
        <source>the InstanceKEY of “%1” could not be read: %2. Nothing was sent.</source>
        <translation>der InstanceKEY von „%1“ konnte nicht gelesen werden: %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="174"/>
        <source>The group-key profile “%1” has no InstanceKEY in the keychain: edit the profile to enter it. Nothing was sent.</source>
        <translation>Das Gruppenschlüssel-Profil „%1“ hat keinen InstanceKEY im Schlüsselbund: Bearbeiten Sie das Profil, um ihn einzugeben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="246"/>
        <source> — user group</source>
        <translation> — Benutzergruppe</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="249"/>
        <source>%1 — user %2</source>
        <translation>%1 — Benutzer %2</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="260"/>
        <source>A user profile needs the group-key profile the user was registered with.</source>
        <translation>Ein Benutzerprofil braucht das Gruppenschlüssel-Profil, mit dem der Benutzer registriert wurde.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="272"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="307"/>
        <source>The registration did not finish.</source>
        <translation>Die Registrierung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="312"/>
        <source>The user %1 was registered but NOT recorded in the ledger (%2): copy the DeviceToken now.</source>
        <translation>Der Benutzer %1 wurde registriert, aber NICHT im Journal erfasst (%2): Kopieren Sie das DeviceToken jetzt.</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationTarget</name>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="45"/>
        <source>No user group chosen.</source>
        <translation>Keine Benutzergruppe gewählt.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="48"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="50"/>
        <source>local sandbox</source>
        <translation>lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="52"/>
        <source>custom service</source>
        <translation>eigener Dienst</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="53"/>
        <source>Registers into group %1 at %2 — %3</source>
        <translation>Registriert in Gruppe %1 auf %2 — %3</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationTargetBox</name>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="19"/>
        <source>Registers into</source>
        <translation>Ziel der Registrierung</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="20"/>
        <source>&amp;New group-key profile…</source>
        <translation>&amp;Neues Gruppenschlüssel-Profil…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="25"/>
        <source>&amp;Group-key profile</source>
        <translation>&amp;Gruppenschlüssel-Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="28"/>
        <source>Group-key profile to register into</source>
        <translation>Gruppenschlüssel-Profil, in das registriert wird</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="58"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="78"/>
        <source>Pick the group-key profile to register into, or create one.</source>
        <translation>Wählen Sie das Gruppenschlüssel-Profil, in das registriert werden soll, oder legen Sie eines an.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="95"/>
        <source>Group-key profile “%1”; its InstanceKEY is read from the keychain when you register and is sent only to %2.</source>
        <translation>Gruppenschlüssel-Profil „%1“; sein InstanceKEY wird beim Registrieren aus dem Schlüsselbund gelesen und nur an %2 gesendet.</translation>
    </message>
</context>
<context>
    <name>tc::Renewal</name>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="61"/>
        <source>no API password is stored for this profile; log in once with the password</source>
        <translation>für dieses Profil ist kein API-Passwort gespeichert; melden Sie sich einmal mit dem Passwort an</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="62"/>
        <source>no InstanceKEY is stored for this profile; log in once with the key</source>
        <translation>für dieses Profil ist kein InstanceKEY gespeichert; melden Sie sich einmal mit dem Schlüssel an</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="92"/>
        <source>no API login e-mail is known</source>
        <translation>keine E-Mail für das API-Login bekannt</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="93"/>
        <source>no DeviceToken is known</source>
        <translation>kein DeviceToken bekannt</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="97"/>
        <source>a user login needs the group&apos;s InstanceId</source>
        <translation>eine Benutzeranmeldung braucht die InstanceId der Gruppe</translation>
    </message>
</context>
<context>
    <name>tc::SandboxProfiles</name>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="14"/>
        <source>Local sandbox — admin</source>
        <translation>Lokale Sandbox — Admin</translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="19"/>
        <source>Local sandbox — user group</source>
        <translation>Lokale Sandbox — Benutzergruppe</translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="44"/>
        <source>Could not create the profile “%1”: %2</source>
        <translation>Das Profil „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="50"/>
        <source>A credential could not be stored: %1</source>
        <translation>Eine Zugangsangabe konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tc::SecretEdit</name>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="19"/>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="31"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="53"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>tc::Session</name>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="346"/>
        <source>the last refresh answer was lost, so the refresh token may be spent</source>
        <translation>die letzte Erneuerungsantwort ging verloren, das Refresh-Token ist also vielleicht verbraucht</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="348"/>
        <source>the refresh token expired</source>
        <translation>das Refresh-Token ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="350"/>
        <source>no refresh token was kept</source>
        <translation>es wurde kein Refresh-Token aufbewahrt</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="440"/>
        <source>the refresh token was refused (HTTP %1)</source>
        <translation>das Refresh-Token wurde abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="711"/>
        <source>not logged in: log in first</source>
        <translation>nicht angemeldet: melden Sie sich zuerst an</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="762"/>
        <source>the request could not be built</source>
        <translation>die Anfrage konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>tc::SingleInstance</name>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="55"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="107"/>
        <source>Another Telematics Console is running (its lock is %1) but does not answer: %2</source>
        <translation>Eine andere Telematics Console läuft (ihre Sperrdatei ist %1), antwortet aber nicht: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="116"/>
        <source>Another Telematics Console is running but did not answer in time.</source>
        <translation>Eine andere Telematics Console läuft, hat aber nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>tc::TimeText</name>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="25"/>
        <location filename="../app/core/util/TimeText.cpp" line="30"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="30"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="33"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="33"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="35"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="41"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="43"/>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="43"/>
        <source>%1 ago</source>
        <translation>%1 her</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="52"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="62"/>
        <location filename="../app/core/util/TimeText.cpp" line="70"/>
        <location filename="../app/core/util/TimeText.cpp" line="78"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="64"/>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
</context>
<context>
    <name>tc::TokenCard</name>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="49"/>
        <source>&amp;Start the sandbox</source>
        <translation>Sandbox &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="50"/>
        <source>&amp;Auto-refresh</source>
        <translation>&amp;Automatisch erneuern</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="50"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="56"/>
        <source>Session of %1</source>
        <translation>Sitzung von %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="68"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="72"/>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="81"/>
        <source>InstanceId:</source>
        <translation>InstanceId:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="82"/>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="83"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="90"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="91"/>
        <source>Time left:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="94"/>
        <source>Fraction of the token&apos;s life left</source>
        <translation>Verbleibender Anteil der Lebensdauer des Tokens</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="96"/>
        <source>Refresh token expires:</source>
        <translation>Refresh-Token läuft ab:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="99"/>
        <source>Clock skew warning</source>
        <translation>Warnung: Uhrabweichung</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="101"/>
        <location filename="../app/ui/TokenCard.cpp" line="250"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="103"/>
        <source>Session note</source>
        <translation>Sitzungshinweis</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="107"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="108"/>
        <source>The local sandbox is stopped: refreshes and logins of this session fail until it runs.</source>
        <translation>Die lokale Sandbox ist gestoppt: Erneuerungen und Anmeldungen dieser Sitzung schlagen fehl, bis sie läuft.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="119"/>
        <source>Refresh the token on its own before it lapses (at 80 % of its life or 5 min before the end).</source>
        <translation>Das Token selbstständig erneuern, bevor es abläuft (bei 80 % seiner Lebensdauer oder 5 min vor dem Ende).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="124"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="128"/>
        <source>Copy the JWT; the clipboard is cleared after 30 s if it still holds it.</source>
        <translation>Das JWT kopieren; die Zwischenablage wird nach 30 s geleert, wenn sie es noch enthält.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="152"/>
        <source>Refresh of “%1” cancelled.</source>
        <translation>Erneuerung von „%1“ abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="153"/>
        <source>Login with “%1” cancelled.</source>
        <translation>Anmeldung mit „%1“ abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="160"/>
        <source>Token copied. The clipboard is cleared in %1 s if it still holds it.</source>
        <translation>Token kopiert. Die Zwischenablage wird in %1 s geleert, wenn sie es noch enthält.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="236"/>
        <source>Admin · %1</source>
        <translation>Admin · %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="236"/>
        <source>(API login)</source>
        <translation>(API-Login)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="237"/>
        <source>User · DeviceToken %1</source>
        <translation>Benutzer · DeviceToken %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="237"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="238"/>
        <source>An admin session (API credentials)</source>
        <translation>Eine Admin-Sitzung (API-Zugangsdaten)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="238"/>
        <source>A user session (DeviceToken login)</source>
        <translation>Eine Benutzersitzung (Anmeldung per DeviceToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="239"/>
        <location filename="../app/ui/TokenCard.cpp" line="336"/>
        <location filename="../app/ui/TokenCard.cpp" line="337"/>
        <location filename="../app/ui/TokenCard.cpp" line="338"/>
        <location filename="../app/ui/TokenCard.cpp" line="339"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="243"/>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="244"/>
        <source>Logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="246"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="246"/>
        <source>Active (refresh token may be spent)</source>
        <translation>Aktiv (Refresh-Token vielleicht verbraucht)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="248"/>
        <source>Refreshing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="249"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="280"/>
        <source>Stop the refresh; the current token is kept</source>
        <translation>Erneuerung abbrechen; das aktuelle Token bleibt</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="280"/>
        <source>Stop the login</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="297"/>
        <source>⚠ This computer&apos;s clock is %1 %2 the server&apos;s. Times here use the server&apos;s clock; set the system clock right (NTP).</source>
        <translation>⚠ Die Uhr dieses Computers weicht um %1 von der des Servers ab (%2). Zeiten hier verwenden die Uhr des Servers; stellen Sie die Systemuhr richtig (NTP).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="299"/>
        <source>behind</source>
        <translation>sie geht nach</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="299"/>
        <source>ahead of</source>
        <translation>sie geht vor</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="309"/>
        <source>The last refresh answer was lost: the refresh token may already be spent. The next attempt logs in again (within the login budget).</source>
        <translation>Die letzte Erneuerungsantwort ging verloren: Das Refresh-Token ist vielleicht schon verbraucht. Der nächste Versuch meldet sich erneut an (innerhalb des Anmeldebudgets).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="317"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenCard.cpp" line="320"/>
        <source>Renewing the token failed %n time(s)%1; retrying in %2.</source>
        <translation>
            <numerusform>Das Erneuern des Tokens ist %n-mal fehlgeschlagen%1; neuer Versuch in %2.</numerusform>
            <numerusform>Das Erneuern des Tokens ist %n-mal fehlgeschlagen%1; neuer Versuch in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="321"/>
        <location filename="../app/ui/TokenCard.cpp" line="325"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenCard.cpp" line="323"/>
        <source>Renewing the token failed %n time(s)%1; auto-refresh is off: press Refresh now.</source>
        <translation>
            <numerusform>Das Erneuern des Tokens ist %n-mal fehlgeschlagen%1; automatisches Erneuern ist aus: Drücken Sie „Jetzt erneuern“.</numerusform>
            <numerusform>Das Erneuern des Tokens ist %n-mal fehlgeschlagen%1; automatisches Erneuern ist aus: Drücken Sie „Jetzt erneuern“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="330"/>
        <source>Logged in again at %1: %2.</source>
        <translation>Um %1 erneut angemeldet: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="336"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="358"/>
        <source>expired %1</source>
        <translation>abgelaufen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="360"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="372"/>
        <source>may be spent (its refresh answer was lost)</source>
        <translation>vielleicht verbraucht (die Antwort auf die Erneuerung ging verloren)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="374"/>
        <source>not stated in the token</source>
        <translation>im Token nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="392"/>
        <source>Less than a quarter of the token&apos;s life is left.</source>
        <translation>Weniger als ein Viertel der Lebensdauer des Tokens ist übrig.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="393"/>
        <source>The token is about to lapse (or has).</source>
        <translation>Das Token läuft gleich ab (oder ist abgelaufen).</translation>
    </message>
</context>
<context>
    <name>tc::TokenInspector</name>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="37"/>
        <source>•••••••• (hidden: tick “Reveal secret claims”)</source>
        <translation>•••••••• (verborgen: „Geheime Claims anzeigen“ ankreuzen)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="61"/>
        <source>A JWT is three base64url parts joined by dots: header.payload.signature. It usually starts with “eyJ”. Check that the whole token was copied.</source>
        <translation>Ein JWT besteht aus drei base64url-Teilen, verbunden durch Punkte: header.payload.signature. Es beginnt meist mit „eyJ“. Prüfen Sie, ob das ganze Token kopiert wurde.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="65"/>
        <source>The first part (the header, before the first dot) must be base64url-encoded JSON such as {&quot;alg&quot;:&quot;HS256&quot;,&quot;typ&quot;:&quot;JWT&quot;}.</source>
        <translation>Der erste Teil (der Header, vor dem ersten Punkt) muss base64url-kodiertes JSON sein, etwa {&quot;alg&quot;:&quot;HS256&quot;,&quot;typ&quot;:&quot;JWT&quot;}.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="69"/>
        <source>The second part (the claims, between the dots) must be base64url-encoded JSON. A character may have been lost or added when copying.</source>
        <translation>Der zweite Teil (die Claims, zwischen den Punkten) muss base64url-kodiertes JSON sein. Beim Kopieren ging vielleicht ein Zeichen verloren oder kam hinzu.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="73"/>
        <source>The third part (the signature, after the second dot) must be base64url.</source>
        <translation>Der dritte Teil (die Signatur, nach dem zweiten Punkt) muss base64url sein.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="82"/>
        <source>&amp;Use this session&apos;s token</source>
        <translation>Token dieser Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="83"/>
        <source>&amp;Reveal secret claims</source>
        <translation>Geheime Claims an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="86"/>
        <source>Token inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="89"/>
        <source>Paste a JWT (eyJ…); it stays masked unless you press Show</source>
        <translation>JWT einfügen (eyJ…); er bleibt maskiert, bis Sie „Anzeigen“ drücken</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="90"/>
        <source>Token to inspect</source>
        <translation>Zu untersuchendes Token</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="92"/>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="97"/>
        <source>Open session</source>
        <translation>Offene Sitzung</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="102"/>
        <source>&amp;Or a session&apos;s:</source>
        <translation>&amp;Oder das einer Sitzung:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="111"/>
        <source>Token summary</source>
        <translation>Token-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="118"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="122"/>
        <source>Reveal secret claims</source>
        <translation>Geheime Claims anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="127"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="127"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="127"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="128"/>
        <source>Header and claims</source>
        <translation>Header und Claims</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="168"/>
        <location filename="../app/ui/TokenInspector.cpp" line="271"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="172"/>
        <source>(no session with a token)</source>
        <translation>(keine Sitzung mit Token)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="250"/>
        <source>Paste a JWT above, or pick an open session and press “Use this session&apos;s token”.</source>
        <translation>Fügen Sie oben ein JWT ein oder wählen Sie eine offene Sitzung und drücken Sie „Token dieser Sitzung verwenden“.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="257"/>
        <source>This is not a readable JWT. %1: %2.
%3</source>
        <translation>Das ist kein lesbares JWT. %1: %2.
%3</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="275"/>
        <source>InstanceId: %1.</source>
        <translation>InstanceId: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="279"/>
        <source>A JWT is a secret: whoever holds it can act as this identity until it expires.</source>
        <translation>Ein JWT ist ein Geheimnis: Wer es besitzt, kann bis zum Ablauf als diese Identität handeln.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenInspector.cpp" line="296"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="318"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="337"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
</context>
<context>
    <name>tc::TokenPanel</name>
    <message>
        <location filename="../app/ui/TokenPanel.cpp" line="18"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenPanel.cpp" line="21"/>
        <source>No session yet. Select a profile on the left and press Log in (Ctrl+L).</source>
        <translation>Noch keine Sitzung. Wählen Sie links ein Profil und drücken Sie „Anmelden“ (Strg+L).</translation>
    </message>
</context>
</TS>
