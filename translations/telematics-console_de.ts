<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EmbeddedSandbox</name>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="161"/>
        <source>The sandbox database %1 is in use by another program (%2, process %3). Close it, or use that console&apos;s sandbox.</source>
        <translation>Die Sandbox-Datenbank %1 wird von einem anderen Programm verwendet (%2, Prozess %3). Schließen Sie es oder verwenden Sie die Sandbox dieser Konsole.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="101"/>
        <source>the disk is full (or the ledger reached its size limit)</source>
        <translation>der Datenträger ist voll (oder das Journal hat seine Größengrenze erreicht)</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="103"/>
        <source>the ledger file is read-only</source>
        <translation>die Journaldatei ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="105"/>
        <source>the disk could not be written (%1)</source>
        <translation>auf den Datenträger konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="108"/>
        <source>another program holds the ledger locked</source>
        <translation>ein anderes Programm hält das Journal gesperrt</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ManagedUser</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="159"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="39"/>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="45"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="54"/>
        <source>cannot make the folder %1 private: %2</source>
        <translation>der Ordner %1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="66"/>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="73"/>
        <source>cannot make %1 private: %2</source>
        <translation>%1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="82"/>
        <source>cannot make the file private: %1</source>
        <translation>die Datei kann nicht privat gemacht werden: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="48"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="50"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="52"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="53"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="36"/>
        <location filename="../app/ui/RegisterPage.cpp" line="55"/>
        <source>Partly checked: not sent (the service&apos;s default applies).</source>
        <translation>Teilweise angekreuzt: wird nicht gesendet (es gilt die Vorgabe des Dienstes).</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="28"/>
        <source>the pin must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed (openssl x509 -noout -fingerprint -sha256)</source>
        <translation>der Pin muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt (openssl x509 -noout -fingerprint -sha256)</translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="37"/>
        <source>the pin has %1 hexadecimal digits; a SHA-256 fingerprint has 64</source>
        <translation>der Pin hat %1 Hexadezimalziffern; ein SHA-256-Fingerabdruck hat 64</translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="57"/>
        <source>the CA file %1 cannot be read: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="63"/>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>UserChanges</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="266"/>
        <source>An e-mail address has one @ with text on both sides.</source>
        <translation>Eine E-Mail-Adresse hat genau ein @ mit Text auf beiden Seiten.</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="270"/>
        <source>A phone number is digits, spaces and + - ( ).</source>
        <translation>Eine Telefonnummer besteht aus Ziffern, Leerzeichen und + - ( ).</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="272"/>
        <source>%1 is true or false.</source>
        <translation>%1 ist true oder false.</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="275"/>
        <source>%1 is a whole number, 0 or more.</source>
        <translation>%1 ist eine ganze Zahl, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="280"/>
        <source>%1 is one of %2.</source>
        <translation>%1 ist einer der Werte %2.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="308"/>
        <source>GetFilteredPage answered with a Result that is not a page</source>
        <translation>GetFilteredPage antwortete mit einem Result, das keine Seite ist</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="314"/>
        <source>GetFilteredPage answered with Users that is not a list</source>
        <translation>GetFilteredPage antwortete mit Users, das keine Liste ist</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>A desktop admin console for the Telematics (Damoov) user service: profiles and sessions, a token inspector, registration, bulk registration and a ledger of every DeviceToken.</source>
        <translation>Eine Desktop-Verwaltungskonsole für den Telematics-(Damoov-)Benutzerdienst: Profile und Sitzungen, ein Token-Inspektor, Registrierung, Massenregistrierung und ein Journal aller DeviceTokens.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Select the profile NAME at start.</source>
        <translation>Beim Start das Profil NAME auswählen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>Start the embedded local sandbox at start, even when no profile needs it.</source>
        <translation>Die eingebaute lokale Sandbox beim Start starten, auch wenn kein Profil sie braucht.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>Do not start the embedded local sandbox at start (the Sandbox menu still can).</source>
        <translation>Die eingebaute lokale Sandbox beim Start nicht starten (über das Menü „Sandbox“ geht es weiterhin).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Try &apos;telematics-console --help&apos;.</source>
        <translation>Siehe „telematics-console --help“.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="78"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="84"/>
        <source>--sandbox and --no-sandbox exclude each other</source>
        <translation>--sandbox und --no-sandbox schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>Telematics Console is already running: its window was brought to the front.</source>
        <translation>Telematics Console läuft bereits: Ihr Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172"/>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>es gibt kein Profil namens „%1“</translation>
    </message>
</context>
<context>
    <name>tc::ApiClient</name>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="162"/>
        <source>no base URL is set (give --base-url or a profile)</source>
        <translation>keine Basis-URL gesetzt (--base-url oder ein Profil angeben)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="164"/>
        <source>the base URL is not a valid URL: %1</source>
        <translation>die Basis-URL ist keine gültige URL: %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="168"/>
        <source>the base URL must start with https:// or http:// (got &quot;%1&quot;)</source>
        <translation>die Basis-URL muss mit https:// oder http:// beginnen (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="172"/>
        <source>the base URL has no host (got &quot;%1&quot;)</source>
        <translation>die Basis-URL hat keinen Host (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="175"/>
        <source>the base URL must not carry a user name or password</source>
        <translation>die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="274"/>
        <location filename="../app/core/api/ApiClient.cpp" line="294"/>
        <source>registration needs the group&apos;s InstanceId and InstanceKey</source>
        <translation>die Registrierung braucht die InstanceId und den InstanceKey der Gruppe</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="298"/>
        <source>Quantity must be at least 1 (got %1)</source>
        <translation>Quantity muss mindestens 1 sein (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="300"/>
        <source>CreateMany&apos;s CustomFields have no ClientId</source>
        <translation>die CustomFields von CreateMany haben keine ClientId</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="335"/>
        <source>an admin login needs the API login (e-mail) and the API password</source>
        <translation>eine Admin-Anmeldung braucht das API-Login (E-Mail) und das API-Passwort</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="355"/>
        <source>a user login needs the group&apos;s InstanceId, the DeviceToken and the InstanceKey</source>
        <translation>eine Benutzeranmeldung braucht die InstanceId der Gruppe, das DeviceToken und den InstanceKey</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="405"/>
        <source>a refresh needs both the access token (JWT) and the refresh token</source>
        <translation>eine Erneuerung braucht das Zugriffstoken (JWT) und das Refresh-Token</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="437"/>
        <source>users/find has no criterion &quot;%1&quot; (known: %2)</source>
        <translation>users/find kennt kein Kriterium „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="440"/>
        <source>the %1 criterion is empty</source>
        <translation>das Kriterium %1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="444"/>
        <source>users/find needs at least one criterion</source>
        <translation>users/find braucht mindestens ein Kriterium</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="446"/>
        <source>users/find needs an admin access token</source>
        <translation>users/find braucht ein Admin-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="457"/>
        <source>reading the own profile needs a user access token</source>
        <translation>das eigene Profil zu lesen braucht ein Benutzer-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="465"/>
        <source>updating a user needs an admin access token</source>
        <translation>einen Benutzer zu ändern braucht ein Admin-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="467"/>
        <source>updating a user needs its DeviceToken</source>
        <translation>einen Benutzer zu ändern braucht sein DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="478"/>
        <source>setting a password needs an access token</source>
        <translation>ein Passwort zu setzen braucht ein Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="481"/>
        <source>setting a password needs the user&apos;s DeviceToken</source>
        <translation>ein Passwort zu setzen braucht das DeviceToken des Benutzers</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="483"/>
        <source>the new password is empty</source>
        <translation>das neue Passwort ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="496"/>
        <source>deleting a user needs an admin access token</source>
        <translation>einen Benutzer zu löschen braucht ein Admin-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="498"/>
        <source>deleting a user needs its DeviceToken</source>
        <translation>einen Benutzer zu löschen braucht sein DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="508"/>
        <source>reading a page of users needs an admin access token</source>
        <translation>eine Seite von Benutzern zu lesen braucht ein Admin-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="519"/>
        <source>moving a user needs an admin access token</source>
        <translation>einen Benutzer zu verschieben braucht ein Admin-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="521"/>
        <source>moving a user needs its DeviceToken and the target group&apos;s InstanceId and InstanceKey</source>
        <translation>einen Benutzer zu verschieben braucht sein DeviceToken sowie InstanceId und InstanceKey der Zielgruppe</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="526"/>
        <source>the target group&apos;s InstanceKey is sent only to %1</source>
        <translation>der InstanceKey der Zielgruppe wird nur an %1 gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="579"/>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation>„%1“ ist keine HTTP-Methode</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="600"/>
        <source>not sent: the request carries a password, key or token, and %1 is plain http:// to another computer, where it would cross the network unencrypted. Use https:// (plain http:// is for a service on this computer only: localhost, 127.0.0.1, ::1)</source>
        <translation>nicht gesendet: die Anfrage enthält ein Passwort, einen Schlüssel oder ein Token, und %1 ist einfaches http:// zu einem anderen Computer, auf dem Weg dorthin wäre es unverschlüsselt. Verwenden Sie https:// (einfaches http:// ist nur für einen Dienst auf diesem Computer: localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="913"/>
        <source>the answer carries no access token (Result.AccessToken.Token)</source>
        <translation>die Antwort enthält kein Zugriffstoken (Result.AccessToken.Token)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="916"/>
        <source>the answer carries no DeviceToken</source>
        <translation>die Antwort enthält kein DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="927"/>
        <source>Results[%1] carries no DeviceToken</source>
        <translation>Results[%1] enthält kein DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="935"/>
        <source>users/find answered with a Result that is not a list</source>
        <translation>users/find antwortete mit einem Result, das keine Liste ist</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="941"/>
        <source>the user profile (Result) is not an object</source>
        <translation>das Benutzerprofil (Result) ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>tc::ApiError</name>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="152"/>
        <source>the server closed the connection during the TLS handshake (does it speak HTTPS on this port?)</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen (spricht er auf diesem Port HTTPS?)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="180"/>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="192"/>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="255"/>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="260"/>
        <source> (The answer&apos;s body said Status %1 although HTTP said %2.)</source>
        <translation> (Der Inhalt der Antwort nannte Status %1, HTTP aber %2.)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="266"/>
        <source> The service said: </source>
        <translation> Der Dienst meldete: </translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="270"/>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="274"/>
        <source>Could not connect to %1: the connection was refused. Check the base URL and that the service is running.</source>
        <translation>Keine Verbindung zu %1: die Verbindung wurde abgelehnt. Prüfen Sie die Basis-URL und ob der Dienst läuft.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="278"/>
        <source>Could not find the host %1. Check the base URL and your network.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Basis-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="283"/>
        <source>The connection to %1 closed before the answer was complete. The service may or may not have acted on the request; check before repeating it.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war. Der Dienst hat die Anfrage vielleicht ausgeführt, vielleicht nicht; prüfen Sie das, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="288"/>
        <source>Could not reach %1: %2. Check the base URL and your network.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Basis-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="291"/>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="294"/>
        <source>The secure (TLS) connection to %1 failed: %2. The console never skips certificate checks; fix the certificate or the base URL, or, for a private endpoint, name its CA file or pin its certificate in the profile.</source>
        <translation>Die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen: %2. Die Konsole überspringt nie die Zertifikatsprüfung; korrigieren Sie das Zertifikat oder die Basis-URL, oder nennen Sie für einen privaten Endpunkt im Profil dessen CA-Datei oder pinnen Sie sein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="300"/>
        <source>handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="303"/>
        <source>The whole request to %1 took longer than %2 s (the limit from sending to the last byte of the answer), so it was stopped. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>Die gesamte Anfrage an %1 dauerte länger als %2 s (das Limit vom Senden bis zum letzten Byte der Antwort) und wurde deshalb abgebrochen. Die Anfrage wurde vielleicht verarbeitet, vielleicht nicht; versuchen Sie es erneut oder erlauben Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="309"/>
        <source>%1 did not answer within %2 s. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Die Anfrage wurde vielleicht verarbeitet, vielleicht nicht; versuchen Sie es erneut oder erlauben Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="313"/>
        <source>%1 did not answer in time. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Die Anfrage wurde vielleicht verarbeitet, vielleicht nicht; versuchen Sie es erneut oder erlauben Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="316"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="319"/>
        <source>The service redirected the request (HTTP %1)%2. Set the base URL to the final address.</source>
        <translation>Der Dienst hat die Anfrage umgeleitet (HTTP %1)%2. Setzen Sie die Basis-URL auf die endgültige Adresse.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="325"/>
        <source>The service failed (HTTP %1).%2 Try again later.%3</source>
        <translation>Der Dienst ist fehlgeschlagen (HTTP %1).%2 Versuchen Sie es später erneut.%3</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="329"/>
        <source>Not found (HTTP 404).%1%2</source>
        <translation>Nicht gefunden (HTTP 404).%1%2</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="331"/>
        <source> Check the path and the base URL.</source>
        <translation> Prüfen Sie den Pfad und die Basis-URL.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="334"/>
        <source>The service refused the request (HTTP %1).%2%3</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (HTTP %1).%2%3</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="339"/>
        <source>The answer from %1 (HTTP %2) is larger than the limit of %3 bytes (%4); it was refused before it was read. Narrow the request, or allow more (--max-answer-bytes).</source>
        <translation>Die Antwort von %1 (HTTP %2) ist größer als das Limit von %3 Bytes (%4); sie wurde abgelehnt, bevor sie gelesen wurde. Grenzen Sie die Anfrage ein oder erlauben Sie mehr (--max-answer-bytes).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="346"/>
        <source>it announced %1 bytes</source>
        <translation>sie kündigte %1 Bytes an</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="348"/>
        <source>%1 bytes had arrived</source>
        <translation>%1 Bytes waren angekommen</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="351"/>
        <source>The server answered with an HTML page instead of JSON (HTTP %1).</source>
        <translation>Der Server antwortete mit einer HTML-Seite statt mit JSON (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="354"/>
        <source> Check that the base URL points at the user service&apos;s API.</source>
        <translation> Prüfen Sie, ob die Basis-URL auf die API des Benutzerdienstes zeigt.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="357"/>
        <source>The server&apos;s answer is not valid JSON (HTTP %1): %2. It may have been cut off; try again.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (HTTP %1): %2. Sie wurde vielleicht abgeschnitten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="363"/>
        <source>The server answered with JSON of an unexpected shape (HTTP %1): %2.</source>
        <translation>Der Server antwortete mit JSON in unerwarteter Form (HTTP %1): %2.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="370"/>
        <source>The service refused this token for this call (403): it is the wrong kind of token (a user token on an admin API, or the reverse). Log in as the right kind of account.</source>
        <translation>Der Dienst hat dieses Token für diesen Aufruf abgelehnt (403): Es ist die falsche Art Token (ein Benutzertoken an einer Admin-API oder umgekehrt). Melden Sie sich mit der richtigen Art Konto an.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="375"/>
        <source>The service refused the refresh token (%1): it is spent or expired. Log in again.</source>
        <translation>Der Dienst hat das Refresh-Token abgelehnt (%1): Es ist verbraucht oder abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="380"/>
        <source>The service refused the login (%1): check the instance id, the login and the password or key.</source>
        <translation>Der Dienst hat die Anmeldung abgelehnt (%1): Prüfen Sie die Instanz-ID, das Login und das Passwort bzw. den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="384"/>
        <source> A bare 401 can also mean the service expects the other LoginFields shape.</source>
        <translation> Ein 401 ohne Meldung kann auch heißen, dass der Dienst die andere LoginFields-Form erwartet.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="387"/>
        <source>The service refused the group&apos;s credentials (%1): check the InstanceId and the InstanceKey.</source>
        <translation>Der Dienst hat die Zugangsdaten der Gruppe abgelehnt (%1): Prüfen Sie InstanceId und InstanceKey.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="391"/>
        <source>The service refused the request (%1): it needs credentials that this request did not carry, or they are wrong.</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (%1): Sie braucht Zugangsdaten, die diese Anfrage nicht mitschickte, oder diese sind falsch.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="396"/>
        <source>The service refused the token (%1): it has expired or was issued for another group. Log in again.</source>
        <translation>Der Dienst hat das Token abgelehnt (%1): Es ist abgelaufen oder wurde für eine andere Gruppe ausgestellt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="407"/>
        <source>Logins paused until %1: %2.</source>
        <translation>Anmeldungen pausiert bis %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="412"/>
        <source>Too many logins: try again in %1 s (429).</source>
        <translation>Zu viele Anmeldungen: Versuchen Sie es in %1 s erneut (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="413"/>
        <source>Too many requests: try again in %1 s (429).</source>
        <translation>Zu viele Anfragen: Versuchen Sie es in %1 s erneut (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="420"/>
        <source>Too many logins: try again at %1 (429).</source>
        <translation>Zu viele Anmeldungen: Versuchen Sie es um %1 erneut (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="421"/>
        <source>Too many requests: try again at %1 (429).</source>
        <translation>Zu viele Anfragen: Versuchen Sie es um %1 erneut (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="425"/>
        <source>Too many logins (429): wait before trying again; the service may block logins for up to an hour.</source>
        <translation>Zu viele Anmeldungen (429): Warten Sie, bevor Sie es erneut versuchen; der Dienst kann Anmeldungen bis zu einer Stunde sperren.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="427"/>
        <source>Too many requests (429): wait before trying again; the service may block logins for up to an hour.</source>
        <translation>Zu viele Anfragen (429): Warten Sie, bevor Sie es erneut versuchen; der Dienst kann Anmeldungen bis zu einer Stunde sperren.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="435"/>
        <source>The keychain is unavailable: no Secret Service answered. Unlock it (or start a Secret Service such as gnome-keyring) and try again.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: Kein Secret Service hat geantwortet. Entsperren Sie ihn (oder starten Sie einen Secret Service wie gnome-keyring) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="438"/>
        <source>The keychain is unavailable: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="441"/>
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
        <location filename="../app/core/bulk/BulkExport.cpp" line="33"/>
        <location filename="../app/core/bulk/BulkExport.cpp" line="85"/>
        <location filename="../app/core/bulk/BulkExport.cpp" line="97"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="80"/>
        <source>NOT IN THE LEDGER (its write failed): </source>
        <translation>NICHT IM JOURNAL (das Schreiben schlug fehl): </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="92"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tc::BulkJob</name>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="193"/>
        <source>canceled before it started</source>
        <translation>abgebrochen, bevor er begann</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="196"/>
        <source>bulk registration needs the group&apos;s InstanceId and InstanceKey</source>
        <translation>die Massenregistrierung braucht die InstanceId und den InstanceKey der Gruppe</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="199"/>
        <source>the ledger is not open: nothing is sent without it</source>
        <translation>das Journal ist nicht geöffnet: ohne es wird nichts gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="211"/>
        <source>the ledger has no bulk run %1 to resume</source>
        <translation>das Journal hat keinen Massenlauf %1 zum Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="214"/>
        <source>%1 changed since run %2 started (its rows would not line up): start a new run instead</source>
        <translation>%1 hat sich seit dem Start von Lauf %2 geändert (seine Zeilen würden nicht mehr passen): Starten Sie stattdessen einen neuen Lauf</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="220"/>
        <source>run %1 registered into group %2, not %3</source>
        <translation>Lauf %1 registrierte in Gruppe %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="237"/>
        <source>the column mapping was made for another header (%1)</source>
        <translation>die Spaltenzuordnung wurde für eine andere Kopfzeile erstellt (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="254"/>
        <source>%1: the file has a header but no rows: nothing to send</source>
        <translation>%1: Die Datei hat eine Kopfzeile, aber keine Zeilen: nichts zu senden</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="267"/>
        <location filename="../app/core/bulk/BulkJob.cpp" line="524"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="298"/>
        <source>%n row(s) were in flight when run %1 stopped: now &quot;unknown&quot;</source>
        <translation>
            <numerusform>%n Zeile war unterwegs, als Lauf %1 endete: jetzt „unbekannt“</numerusform>
            <numerusform>%n Zeilen waren unterwegs, als Lauf %1 endete: jetzt „unbekannt“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="300"/>
        <source>%n row(s) marked ahead were never sent: pending again</source>
        <translation>
            <numerusform>%n vorab markierte Zeile wurde nie gesendet: wieder ausstehend</numerusform>
            <numerusform>%n vorab markierte Zeilen wurden nie gesendet: wieder ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="333"/>
        <source>cannot write or remove %1: %2</source>
        <translation>%1 kann nicht geschrieben oder entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="373"/>
        <location filename="../app/core/bulk/BulkJob.cpp" line="416"/>
        <source>sent again after reconciliation</source>
        <translation>nach dem Abgleich erneut gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="398"/>
        <source>bulk row %1: reconcile (find)</source>
        <translation>Massenzeile %1: abgleichen (suchen)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="424"/>
        <source>reconciling unknown rows with Management/users/find failed (%1); the rest stay unknown</source>
        <translation>der Abgleich unbekannter Zeilen über Management/users/find schlug fehl (%1); die übrigen bleiben unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="440"/>
        <source>found on the service by its CustomToken after the answer was lost</source>
        <translation>beim Dienst über sein CustomToken gefunden, nachdem die Antwort verloren ging</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="450"/>
        <source>found on the service by its ClientId after the answer was lost</source>
        <translation>beim Dienst über seine ClientId gefunden, nachdem die Antwort verloren ging</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="456"/>
        <source>%n users have ClientId %1: which one this row made is not known</source>
        <translation>
            <numerusform>%n Benutzer hat die ClientId %1: Welchen diese Zeile angelegt hat, ist unbekannt</numerusform>
            <numerusform>%n Benutzer haben die ClientId %1: Welchen diese Zeile angelegt hat, ist unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="654"/>
        <source>bulk row %1</source>
        <translation>Massenzeile %1</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="795"/>
        <source>the service refused the registration credentials: </source>
        <translation>der Dienst hat die Zugangsdaten für die Registrierung abgelehnt: </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="802"/>
        <source> (not retried: the request may have reached the service)</source>
        <translation> (nicht wiederholt: die Anfrage hat den Dienst vielleicht erreicht)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="819"/>
        <source>not sent (%1): trying again</source>
        <translation>nicht gesendet (%1): neuer Versuch</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="822"/>
        <source>the service cannot be reached: </source>
        <translation>der Dienst ist nicht erreichbar: </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="832"/>
        <source>rate limited (429): waiting %1 s before sending again</source>
        <translation>Rate-Limit (429): %1 s warten, bevor wieder gesendet wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="886"/>
        <source>%n row(s) ended unknown: resume the run to reconcile them before anything is sent again</source>
        <translation>
            <numerusform>%n Zeile endete unbekannt: Setzen Sie den Lauf fort, um sie abzugleichen, bevor irgendetwas erneut gesendet wird</numerusform>
            <numerusform>%n Zeilen endeten unbekannt: Setzen Sie den Lauf fort, um sie abzugleichen, bevor irgendetwas erneut gesendet wird</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="944"/>
        <source>canceled: rows not sent yet stay pending (the run can be resumed)</source>
        <translation>abgebrochen: noch nicht gesendete Zeilen bleiben ausstehend (der Lauf kann fortgesetzt werden)</translation>
    </message>
</context>
<context>
    <name>tc::BulkPage</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="68"/>
        <source>a CSV of profiles: a header row, then one user per row</source>
        <translation>eine CSV-Datei mit Profilen: eine Kopfzeile, dann ein Benutzer pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="69"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="71"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="84"/>
        <source>Res&amp;ume that run</source>
        <translation>Diesen Lauf fort&amp;setzen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <location filename="../app/ui/BulkPage.cpp" line="282"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="283"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="284"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="113"/>
        <source>Pick each DeviceToken here (CustomToken)</source>
        <translation>Jedes DeviceToken hier wählen (CustomToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="116"/>
        <source>Each row&apos;s DeviceToken is chosen and recorded before sending, so a lost answer still leaves it known. Off by default: the vendor does not document whether the service refuses a reused CustomToken.</source>
        <translation>Das DeviceToken jeder Zeile wird vor dem Senden gewählt und festgehalten, sodass es auch bei einer verlorenen Antwort bekannt bleibt. Standardmäßig aus: Der Anbieter dokumentiert nicht, ob der Dienst ein wiederverwendetes CustomToken ablehnt.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="119"/>
        <source>Re&amp;quests at once</source>
        <translation>Gleichzeitige An&amp;fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="121"/>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="129"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="131"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="133"/>
        <location filename="../app/ui/BulkPage.cpp" line="802"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="135"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="137"/>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="177"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="178"/>
        <source>Dry-run problems</source>
        <translation>Probleme im Probelauf</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="179"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="180"/>
        <source>1 · Column &amp;mapping</source>
        <translation>1 · Spalten&amp;zuordnung</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="182"/>
        <source>3 · Ro&amp;ws</source>
        <translation>3 · &amp;Zeilen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="212"/>
        <source>A CSV of profiles</source>
        <translation>Eine CSV-Datei mit Profilen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="213"/>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="292"/>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="372"/>
        <source>The ledger has finished run %1 of this file into this group (%2 done, %3 failed). Running the file again registers its rows again.</source>
        <translation>Das Journal enthält den abgeschlossenen Lauf %1 dieser Datei in diese Gruppe (%2 erledigt, %3 fehlgeschlagen). Wird die Datei erneut ausgeführt, werden ihre Zeilen erneut registriert.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="380"/>
        <source>The ledger has run %1 of this file into this group (%2; %3 done, %4 failed, %5 unknown, %6 in flight). Resuming skips the confirmed rows; rows whose request was in flight are reconciled first%7.</source>
        <translation>Das Journal enthält Lauf %1 dieser Datei in diese Gruppe (%2; %3 erledigt, %4 fehlgeschlagen, %5 unbekannt, %6 unterwegs). Beim Fortsetzen werden bestätigte Zeilen übersprungen; Zeilen, deren Anfrage unterwegs war, werden zuerst abgeglichen%7.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="390"/>
        <source> with the admin session</source>
        <translation> mit der Admin-Sitzung</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="391"/>
        <source> (needs an admin session on %1; else they stay unknown)</source>
        <translation> (braucht eine Admin-Sitzung auf %1; sonst bleiben sie unbekannt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="475"/>
        <location filename="../app/ui/BulkPage.cpp" line="483"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="499"/>
        <source>The ledger already has run %1 of this file into this group, not finished. Resume it (confirmed rows are skipped)? No starts a new run that registers every row again.</source>
        <translation>Das Journal enthält bereits einen nicht abgeschlossenen Lauf %1 dieser Datei in diese Gruppe. Fortsetzen (bestätigte Zeilen werden übersprungen)? „Nein“ startet einen neuen Lauf, der jede Zeile erneut registriert.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="530"/>
        <source>Register every row again?</source>
        <translation>Jede Zeile erneut registrieren?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="531"/>
        <source>Run %1 already registered %2 into group %3 at %4. A new run registers every row AGAIN: each becomes a second user. Register them again?</source>
        <translation>Lauf %1 hat %2 bereits in Gruppe %3 auf %4 registriert. Ein neuer Lauf registriert jede Zeile ERNEUT: Jede wird zu einem zweiten Benutzer. Erneut registrieren?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="538"/>
        <location filename="../app/ui/BulkPage.cpp" line="603"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="555"/>
        <source>The file has no rows to register: nothing was sent.</source>
        <translation>Die Datei hat keine Zeilen zum Registrieren: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="559"/>
        <source>Every row has problems (listed below): nothing was sent. Fix the file and make a dry run again.</source>
        <translation>Jede Zeile hat Probleme (unten aufgeführt): Es wurde nichts gesendet. Korrigieren Sie die Datei und machen Sie erneut einen Probelauf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="569"/>
        <source>Register %n real user(s) from %1 into group %2 at %3 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>%n echten Benutzer aus %1 in Gruppe %2 auf %3 registrieren (PRODUKTION)? Das lässt sich hier nicht rückgängig machen.</numerusform>
            <numerusform>%n echte Benutzer aus %1 in Gruppe %2 auf %3 registrieren (PRODUKTION)? Das lässt sich hier nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="581"/>
        <source> (line %1%2)</source>
        <translation> (Zeile %1%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="583"/>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="584"/>
        <source>%n row(s)%1 have problems and are NOT sent: they are marked failed in the ledger. Skip them and register the other %2 into group %3 at %4?</source>
        <translation>
            <numerusform>%n Zeile%1 hat Probleme und wird NICHT gesendet: Sie wird im Journal als fehlgeschlagen markiert. Überspringen und die übrigen %2 in Gruppe %3 auf %4 registrieren?</numerusform>
            <numerusform>%n Zeilen%1 haben Probleme und werden NICHT gesendet: Sie werden im Journal als fehlgeschlagen markiert. Überspringen und die übrigen %2 in Gruppe %3 auf %4 registrieren?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="594"/>
        <source>Register in production</source>
        <translation>In der Produktion registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="622"/>
        <source>Resume in production</source>
        <translation>In der Produktion fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="623"/>
        <source>Resume run %1 of %2 into group %3 at %4 (PRODUCTION)? Rows not confirmed yet are registered; confirmed rows are skipped.</source>
        <translation>Lauf %1 von %2 in Gruppe %3 auf %4 fortsetzen (PRODUKTION)? Noch nicht bestätigte Zeilen werden registriert; bestätigte werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="696"/>
        <source>%1 / %2 rows · %3 done · %4 failed · %5 unknown</source>
        <translation>%1 / %2 Zeilen · %3 erledigt · %4 fehlgeschlagen · %5 unbekannt</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="424"/>
        <source>Dry run: nothing is sent.</source>
        <translation>Probelauf: Es wird nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="459"/>
        <source>Dry run stopped after %n row(s). Nothing was sent.</source>
        <translation>
            <numerusform>Probelauf nach %n Zeile angehalten. Es wurde nichts gesendet.</numerusform>
            <numerusform>Probelauf nach %n Zeilen angehalten. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="467"/>
        <source>%1
Nothing can be sent from this file.</source>
        <translation>%1
Aus dieser Datei kann nichts gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="473"/>
        <source>Dry run: %n row(s), no problems. Nothing was sent.</source>
        <translation>
            <numerusform>Probelauf: %n Zeile, keine Probleme. Es wurde nichts gesendet.</numerusform>
            <numerusform>Probelauf: %n Zeilen, keine Probleme. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="478"/>
        <source>, the first %1 listed</source>
        <translation>, die ersten %1 aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="594"/>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="498"/>
        <source>Register the file again?</source>
        <translation>Die Datei erneut registrieren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="252"/>
        <location filename="../app/ui/BulkPage.cpp" line="341"/>
        <source>%n column(s). Check the mapping, then make a dry run.</source>
        <translation>
            <numerusform>%n Spalte. Prüfen Sie die Zuordnung und machen Sie dann einen Probelauf.</numerusform>
            <numerusform>%n Spalten. Prüfen Sie die Zuordnung und machen Sie dann einen Probelauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="253"/>
        <source>%n column(s), and a dry run waits for the mapping: %1. Pick a field for a column in the list below.</source>
        <translation>
            <numerusform>%n Spalte, und der Probelauf wartet auf die Zuordnung: %1. Wählen Sie in der Liste unten ein Feld für eine Spalte.</numerusform>
            <numerusform>%n Spalten, und der Probelauf wartet auf die Zuordnung: %1. Wählen Sie in der Liste unten ein Feld für eine Spalte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="296"/>
        <source>Field for column “%1”</source>
        <translation>Feld für die Spalte „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="421"/>
        <source>Checking: %n row(s) read</source>
        <translation>
            <numerusform>Prüfung: %n Zeile gelesen</numerusform>
            <numerusform>Prüfung: %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="474"/>
        <source>Dry run: %1, %2 of them with problems (%3%4). Nothing was sent.</source>
        <translation>Probelauf: %1, davon %2 mit Problemen (%3%4). Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="476"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="640"/>
        <source>2 · Dry-run pro&amp;blems (%1)</source>
        <translation>2 · Pro&amp;bleme im Probelauf (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="641"/>
        <source>2 · Dry-run pro&amp;blems</source>
        <translation>2 · Pro&amp;bleme im Probelauf</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="667"/>
        <source>Running: each row counts once its DeviceToken is in the ledger.</source>
        <translation>Läuft: Jede Zeile zählt, sobald ihr DeviceToken im Journal steht.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="669"/>
        <source>Paused: no new request goes out until you resume.</source>
        <translation>Angehalten: Bis Sie fortsetzen, geht keine neue Anfrage hinaus.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="671"/>
        <source>Stopping: waiting for the answers to the requests already sent…</source>
        <translation>Wird beendet: Es wird auf die Antworten der bereits gesendeten Anfragen gewartet…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="677"/>
        <source>Resuming run %1…</source>
        <translation>Lauf %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="677"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="692"/>
        <source>Paused (requests already sent are awaited) · </source>
        <translation>Pausiert (auf bereits gesendete Anfragen wird gewartet) · </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="694"/>
        <source>Stopping · </source>
        <translation>Wird angehalten · </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="698"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="704"/>
        <source> · %1 rows/s · ETA %2</source>
        <translation> · %1 Zeilen/s · Rest %2</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="717"/>
        <source>Run %1 %2.</source>
        <translation>Lauf %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="718"/>
        <source>Run %1 %2: %3.</source>
        <translation>Lauf %1 %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="724"/>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="726"/>
        <source>
NOT recorded in the ledger (export the results now; they exist only here):
</source>
        <translation>
NICHT im Journal erfasst (exportieren Sie die Ergebnisse jetzt; es gibt sie nur hier):
</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="772"/>
        <source>no run to export</source>
        <translation>kein Lauf zum Exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="780"/>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="780"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="782"/>
        <source>Results written to %1.</source>
        <translation>Ergebnisse nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="783"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="794"/>
        <location filename="../app/ui/BulkPage.cpp" line="798"/>
        <source>Choose a CSV file first.</source>
        <translation>Wählen Sie zuerst eine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="802"/>
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
    <name>tc::ClearButton</name>
    <message>
        <location filename="../app/ui/ClearButton.cpp" line="16"/>
        <source>Clear</source>
        <translation>Leeren</translation>
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
        <location filename="../app/core/util/CsvReader.cpp" line="35"/>
        <source>not valid UTF-8 text (byte 0x%1 at position %2); save the file as UTF-8</source>
        <translation>kein gültiger UTF-8-Text (Byte 0x%1 an Position %2); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="203"/>
        <source>the record is longer than %1 bytes (an unterminated quote?)</source>
        <translation>der Datensatz ist länger als %1 Bytes (ein nicht geschlossenes Anführungszeichen?)</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="211"/>
        <source>malformed quoting (a quote inside an unquoted field, or text after a closing quote)</source>
        <translation>fehlerhafte Anführungszeichen (ein Anführungszeichen in einem Feld ohne Anführungszeichen oder Text nach einem schließenden Anführungszeichen)</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="270"/>
        <source>unterminated quoted field (the file ends inside quotes)</source>
        <translation>nicht geschlossenes Feld in Anführungszeichen (die Datei endet innerhalb von Anführungszeichen)</translation>
    </message>
</context>
<context>
    <name>tc::EmbeddedSandbox</name>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="44"/>
        <source>The local sandbox is not installed: %1 is missing. Reinstall the console, or use a profile for another service.</source>
        <translation>Die lokale Sandbox ist nicht installiert: %1 fehlt. Installieren Sie die Konsole neu, oder verwenden Sie ein Profil für einen anderen Dienst.</translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="53"/>
        <source>The local sandbox %1 cannot be loaded: %2</source>
        <translation>Die lokale Sandbox %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="60"/>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="186"/>
        <source>%1 is not a local sandbox for this console.</source>
        <translation>%1 ist keine lokale Sandbox für diese Konsole.</translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="66"/>
        <source>The local sandbox %1 is version %2, this console %3. Reinstall the console.</source>
        <translation>Die lokale Sandbox %1 hat die Version %2, diese Konsole %3. Installieren Sie die Konsole neu.</translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="166"/>
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
    <name>tc::ExchangeExplanation</name>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="78"/>
        <source>The envelope&apos;s Status (%1) differs from the HTTP status (%2): the service&apos;s answer contradicts itself; the console goes by the HTTP status.</source>
        <translation>Der Status im Umschlag (%1) weicht vom HTTP-Status (%2) ab: Die Antwort des Dienstes widerspricht sich selbst; die Konsole richtet sich nach dem HTTP-Status.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="86"/>
        <source>No answer yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="90"/>
        <source>No answer arrived.</source>
        <translation>Es kam keine Antwort.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="96"/>
        <source>401: the service refused these credentials (a wrong login or password, or a LoginFields shape it cannot read). No token is needed on this route.</source>
        <translation>401: Der Dienst hat diese Zugangsdaten abgelehnt (falsches Login oder Passwort oder eine LoginFields-Form, die er nicht lesen kann). Auf dieser Route ist kein Token nötig.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="99"/>
        <source>401: no token was sent. This route needs “Authorization: Bearer &lt;JWT&gt;”: choose a session&apos;s token as the auth.</source>
        <translation>401: Es wurde kein Token gesendet. Diese Route braucht „Authorization: Bearer &lt;JWT&gt;“: Wählen Sie das Token einer Sitzung als Auth.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="106"/>
        <source>401: the token sent is not a readable JWT (its claims do not decode).</source>
        <translation>401: Das gesendete Token ist kein lesbares JWT (seine Claims lassen sich nicht dekodieren).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="108"/>
        <source>401: the token sent had expired: its exp is %1, %2 before the request.</source>
        <translation>401: Das gesendete Token war abgelaufen: Sein exp ist %1, %2 vor der Anfrage.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="111"/>
        <source>401: the token sent was not yet valid: its nbf is %1, %2 after the request (a clock difference?).</source>
        <translation>401: Das gesendete Token war noch nicht gültig: Sein nbf ist %1, %2 nach der Anfrage (eine Uhrabweichung?).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="115"/>
        <source>401: the token sent is a user&apos;s (it carries a DeviceToken) and this route is for admins: use an admin session.</source>
        <translation>401: Das gesendete Token ist ein Benutzertoken (es enthält ein DeviceToken), und diese Route ist für Admins: Verwenden Sie eine Admin-Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="118"/>
        <source>401: the token sent is an admin&apos;s; this route reads a user&apos;s own profile: use a user session.</source>
        <translation>401: Das gesendete Token ist ein Admin-Token; diese Route liest das eigene Profil eines Benutzers: Verwenden Sie eine Benutzersitzung.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="121"/>
        <source>401: the token sent is of no known kind (its claims name neither a DeviceToken nor an admin role), so the service may not accept it here.</source>
        <translation>401: Das gesendete Token ist von keiner bekannten Art (seine Claims nennen weder ein DeviceToken noch eine Admin-Rolle), daher nimmt der Dienst es hier womöglich nicht an.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="124"/>
        <source>401: the token sent looks valid (not expired, of the right kind), so the service did not accept its signature or no longer knows it (logged out, rotated, another environment&apos;s).</source>
        <translation>401: Das gesendete Token sieht gültig aus (nicht abgelaufen, von der richtigen Art), also hat der Dienst seine Signatur nicht akzeptiert oder kennt es nicht mehr (abgemeldet, rotiert, aus einer anderen Umgebung).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="132"/>
        <source>403: the token is a user&apos;s token (it carries a DeviceToken) on a route for admins. Use an admin session&apos;s token.</source>
        <translation>403: Das Token ist ein Benutzertoken (es enthält ein DeviceToken) auf einer Route für Admins. Verwenden Sie das Token einer Admin-Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="135"/>
        <source>403: the service knows who you are but does not allow this (a user token on an admin route, or a group outside your account).</source>
        <translation>403: Der Dienst weiß, wer Sie sind, erlaubt dies aber nicht (ein Benutzertoken auf einer Admin-Route oder eine Gruppe außerhalb Ihres Kontos).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="139"/>
        <source>415: the service takes only JSON bodies with “Content-Type: application/json”; this request sent %1.</source>
        <translation>415: Der Dienst nimmt nur JSON-Inhalte mit „Content-Type: application/json“ an; diese Anfrage sendete %1.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="141"/>
        <source>no Content-Type</source>
        <translation>keinen Content-Type</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="149"/>
        <source>429: too many requests. The service asks to wait until %1 (Retry-After: %2).</source>
        <translation>429: Zu viele Anfragen. Der Dienst bittet, bis %1 zu warten (Retry-After: %2).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="151"/>
        <source>429: too many requests. The service did not say how long to wait.</source>
        <translation>429: Zu viele Anfragen. Der Dienst hat nicht gesagt, wie lange zu warten ist.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="153"/>
        <source>%1: success.</source>
        <translation>%1: Erfolg.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="155"/>
        <source>%1: the service refused the request.</source>
        <translation>%1: Der Dienst hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="167"/>
        <source>You may try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="168"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
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
        <location filename="../app/core/profiles/KeychainStore.cpp" line="358"/>
        <source>%1 reached the D-Bus session bus, but no Secret Service answers on it (org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>%1 hat den D-Bus-Sitzungsbus erreicht, aber dort antwortet kein Secret Service (org.freedesktop.secrets): Installieren und entsperren Sie gnome-keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="363"/>
        <source>%1 found no D-Bus session bus, so no keychain can be reached: run it inside a desktop session (or under dbus-run-session with an unlocked gnome-keyring).</source>
        <translation>%1 hat keinen D-Bus-Sitzungsbus gefunden, daher ist kein Schlüsselbund erreichbar: Starten Sie es in einer Desktop-Sitzung (oder unter dbus-run-session mit entsperrtem gnome-keyring).</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="368"/>
        <source>The Secret Service answered, but the keyring is locked or has no default collection: unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation>Der Secret Service hat geantwortet, aber der Schlüsselbund ist gesperrt oder hat keine Standardsammlung: Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder führen Sie `gnome-keyring-daemon --unlock` aus) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="373"/>
        <source>The keyring is locked and could not be unlocked: its unlock prompt could not be shown (no display) or was closed. Unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt und konnte nicht entsperrt werden: Seine Entsperrabfrage konnte nicht angezeigt werden (kein Display) oder wurde geschlossen. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder führen Sie `gnome-keyring-daemon --unlock` aus) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="378"/>
        <source>Access to the keychain was denied: allow telematics-console when your keyring asks, and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: Erlauben Sie telematics-console, wenn Ihr Schlüsselbund fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="382"/>
        <source>The keychain did not answer within %1 s (it may be locked and waiting for a password prompt): unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (vielleicht ist er gesperrt und wartet auf eine Passwortabfrage): Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="387"/>
        <source>The keychain failed: check that gnome-keyring or KWallet is running and unlocked.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: Prüfen Sie, ob gnome-keyring oder KWallet läuft und entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>tc::Language</name>
    <message>
        <location filename="../app/ui/Language.cpp" line="36"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>tc::Ledger</name>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="149"/>
        <source>cannot switch the ledger to WAL: </source>
        <translation>das Journal kann nicht auf WAL umgestellt werden: </translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="170"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="208"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="214"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="217"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="23"/>
        <source>create the schema</source>
        <translation>Schema anlegen</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="309"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="723"/>
        <source>The ledger could not %1: %2</source>
        <translation>Das Journal ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="358"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="361"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="368"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="376"/>
        <source>record a registration</source>
        <translation>Registrierung speichern</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="359"/>
        <location filename="../app/core/ledger/LedgerReader.cpp" line="163"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="33"/>
        <source>the ledger is not open</source>
        <translation>das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="394"/>
        <source>update a registration</source>
        <translation>Registrierung aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="412"/>
        <source>update a bulk row</source>
        <translation>Massenzeile aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="437"/>
        <source>record the bulk run</source>
        <translation>Massenlauf speichern</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="456"/>
        <source>update the bulk run</source>
        <translation>Massenlauf aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="466"/>
        <source>the run stopped while this row&apos;s request may have been in flight</source>
        <translation>der Lauf endete, während die Anfrage dieser Zeile vielleicht unterwegs war</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="471"/>
        <source>mark interrupted rows</source>
        <translation>unterbrochene Zeilen markieren</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="724"/>
        <source>be read for the export</source>
        <translation>Lesen für den Export</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="741"/>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="704"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="734"/>
        <source>The export could not be written: </source>
        <translation>Der Export konnte nicht geschrieben werden: </translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="32"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="47"/>
        <source>record a user event</source>
        <translation>Benutzerereignis speichern</translation>
    </message>
</context>
<context>
    <name>tc::LedgerModel</name>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>InstanceId</source>
        <translation>InstanceId</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>tc::LedgerPage</name>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="36"/>
        <source>Every DeviceToken this console received, recorded before it was shown. Access and refresh tokens are never kept here.</source>
        <translation>Jedes DeviceToken, das diese Konsole erhalten hat, erfasst, bevor es angezeigt wurde. Zugriffs- und Refresh-Tokens werden hier nie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="45"/>
        <source>Search DeviceToken, ClientId, InstanceId, name, e-mail…</source>
        <translation>DeviceToken, ClientId, InstanceId, Name, E-Mail suchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="47"/>
        <source>Search the ledger</source>
        <translation>Im Journal suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="50"/>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="55"/>
        <source>Any source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="58"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="61"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="72"/>
        <source>Ledger entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="91"/>
        <location filename="../app/ui/LedgerPage.cpp" line="108"/>
        <source>Copy &amp;DeviceToken</source>
        <translation>&amp;DeviceToken kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="94"/>
        <location filename="../app/ui/LedgerPage.cpp" line="111"/>
        <source>Copy row as C&amp;SV</source>
        <translation>Zeile als C&amp;SV kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="110"/>
        <source>Copy the selected entry&apos;s DeviceToken (Ctrl+C in the table)</source>
        <translation>Das DeviceToken des gewählten Eintrags kopieren (Strg+C in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="113"/>
        <source>Copy the selected entry, with the column names, as CSV (Ctrl+Shift+C)</source>
        <translation>Den gewählten Eintrag mit den Spaltennamen als CSV kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="142"/>
        <source>&amp;Find this user</source>
        <translation>Diesen Benutzer &amp;finden</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="144"/>
        <source>Look the selected entry&apos;s DeviceToken up in the Users area (with an admin session).</source>
        <translation>Das DeviceToken des gewählten Eintrags im Bereich „Benutzer“ nachschlagen (mit einer Admin-Sitzung).</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="200"/>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="202"/>
        <source>The ledger could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="204"/>
        <source>%n or more entries (counting…)</source>
        <translation>
            <numerusform>%n oder mehr Einträge (wird gezählt…)</numerusform>
            <numerusform>%n oder mehr Einträge (wird gezählt…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="206"/>
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="209"/>
        <source>preparing search: %n older entr(y/ies) left</source>
        <translation>
            <numerusform>Suche wird vorbereitet: noch %n älterer Eintrag</numerusform>
            <numerusform>Suche wird vorbereitet: noch %n ältere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="282"/>
        <source>the ledger is not open</source>
        <translation>das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="301"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="306"/>
        <source>Exporting to %1: %n entr(y/ies) so far…</source>
        <translation>
            <numerusform>Export nach %1: bisher %n Eintrag…</numerusform>
            <numerusform>Export nach %1: bisher %n Einträge…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="313"/>
        <source>Exported %n entr(y/ies) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="324"/>
        <source>Export the ledger</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="324"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="282"/>
        <location filename="../app/ui/LedgerPage.cpp" line="314"/>
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
        <location filename="../app/ui/MainWindow.cpp" line="75"/>
        <source>Telematics Console</source>
        <translation>Telematics Console</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="85"/>
        <source>Keychain message</source>
        <translation>Schlüsselbund-Meldung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="86"/>
        <source>Sandbox message</source>
        <translation>Sandbox-Meldung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="87"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="98"/>
        <source>&amp;Work areas</source>
        <translation>&amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="104"/>
        <source>Work areas</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="113"/>
        <source>Work area</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="125"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="127"/>
        <source>Local sandbox state</source>
        <translation>Status der lokalen Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="129"/>
        <source>Keychain state</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="136"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="148"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="162"/>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="219"/>
        <location filename="../app/ui/MainWindow.cpp" line="514"/>
        <source>The system keychain cannot be used: %1
Until that is fixed, secrets you enter are kept in memory only for this run: nothing is saved, and you will be asked again next time.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: %1
Bis das behoben ist, werden eingegebene Geheimnisse nur für diese Sitzung im Speicher gehalten: Nichts wird gespeichert, und Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="244"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="245"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="247"/>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="250"/>
        <source>&amp;Log in / register user</source>
        <translation>&amp;Anmelden / Benutzer registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="254"/>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="258"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="261"/>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="262"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="263"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="265"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="266"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="270"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="271"/>
        <source>&amp;About Telematics Console</source>
        <translation>&amp;Über Telematics Console</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="272"/>
        <source>About Telematics Console</source>
        <translation>Über Telematics Console</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="273"/>
        <source>Telematics Console %1
A desktop admin console for the Telematics (Damoov) user service.</source>
        <translation>Telematics Console %1
Eine Desktop-Verwaltungskonsole für den Telematics-(Damoov-)Benutzerdienst.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="293"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="472"/>
        <source>The new language is used from the next start: a registration or bulk run is in progress.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start: Eine Registrierung oder ein Massenlauf ist im Gange.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="533"/>
        <source>First run: starting a local sandbox so you can try the console safely…</source>
        <translation>Erster Start: Eine lokale Sandbox wird gestartet, damit Sie die Konsole gefahrlos ausprobieren können…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="601"/>
        <source>The local sandbox is stopped. Its data stays in %1.</source>
        <translation>Die lokale Sandbox ist gestoppt. Ihre Daten bleiben in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="602"/>
        <source>&amp;Start sandbox</source>
        <translation>Sandbox &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="608"/>
        <source>Stop the local sandbox</source>
        <translation>Die lokale Sandbox stoppen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="609"/>
        <source>One open session uses the local sandbox</source>
        <translation>Eine offene Sitzung verwendet die lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="610"/>
        <source>%1 open sessions use the local sandbox</source>
        <translation>%1 offene Sitzungen verwenden die lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="611"/>
        <source>; their refreshes fail until it runs again. Stop it?</source>
        <translation>; ihre Erneuerungen schlagen fehl, bis sie wieder läuft. Stoppen?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="643"/>
        <source>The local sandbox runs at %1.</source>
        <translation>Die lokale Sandbox läuft auf %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="667"/>
        <source>The local sandbox did not start: %1
Its database: %2</source>
        <translation>Die lokale Sandbox ist nicht gestartet: %1
Ihre Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="668"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="804"/>
        <source>No user was registered in “%1”.
%2</source>
        <translation>In „%1“ wurde kein Benutzer registriert.
%2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="806"/>
        <source>The user %1 (in “%2”) has no profile to log in with.
%3</source>
        <translation>Der Benutzer %1 (in „%2“) hat kein Profil, mit dem er sich anmelden kann.
%3</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="821"/>
        <source>&amp;Discard profile…</source>
        <translation>Profil &amp;verwerfen…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="903"/>
        <location filename="../app/ui/MainWindow.cpp" line="926"/>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="904"/>
        <source>Log in as this user first: the DeviceToken the password belongs to comes from the login&apos;s answer.</source>
        <translation>Melden Sie sich zuerst als dieser Benutzer an: Das DeviceToken, zu dem das Passwort gehört, kommt aus der Antwort auf die Anmeldung.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="927"/>
        <source>Log in with an admin profile of this service first: an admin sets a user&apos;s first password. (A UBI user&apos;s own session can change it later.)</source>
        <translation>Melden Sie sich zuerst mit einem Admin-Profil dieses Dienstes an: Ein Admin setzt das erste Passwort eines Benutzers. (Die eigene Sitzung eines UBI-Benutzers kann es später ändern.)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="942"/>
        <source>The password of %1 was set.</source>
        <translation>Das Passwort von %1 wurde gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="943"/>
        <source>The password of %1 was set, but not kept in the keychain.</source>
        <translation>Das Passwort von %1 wurde gesetzt, aber nicht im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1042"/>
        <source>ClientId %1</source>
        <translation>ClientId %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1042"/>
        <source>%1 (ClientId %2)</source>
        <translation>%1 (ClientId %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1113"/>
        <source>The ledger (%1) could not be opened: %2. Nothing is registered until it can be: a DeviceToken the service returns must be recorded before it is shown.</source>
        <translation>Das Journal (%1) konnte nicht geöffnet werden: %2. Bis das gelingt, wird nichts registriert: Ein DeviceToken, das der Dienst zurückgibt, muss erfasst sein, bevor es angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1144"/>
        <source>No group-key profile for %1, the service of “%2”. Pick one above (it names its own service) or create one with the group&apos;s InstanceId and InstanceKEY.</source>
        <translation>Kein Gruppenschlüssel-Profil für %1, den Dienst von „%2“. Wählen Sie oben eines (es nennt seinen eigenen Dienst) oder legen Sie eines mit der InstanceId und dem InstanceKEY der Gruppe an.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1147"/>
        <source>Select a profile, or pick a group-key profile above.</source>
        <translation>Wählen Sie ein Profil oder oben ein Gruppenschlüssel-Profil.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1165"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="682"/>
        <source>First run: the console started a local sandbox at %1 (its data: %2) and created the profiles “%3” and “%4” with its demo credentials %5. Select one on the left and press Log in — nothing here touches production.</source>
        <translation>Erster Start: Die Konsole hat eine lokale Sandbox auf %1 gestartet (ihre Daten: %2) und die Profile „%3“ und „%4“ mit ihren Demo-Zugangsdaten %5 angelegt. Wählen Sie links eines und drücken Sie „Anmelden“ — nichts hier berührt die Produktion.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="687"/>
        <source>(kept in memory only for this run: the keychain is unavailable)</source>
        <translation>(nur für diese Sitzung im Speicher: der Schlüsselbund ist nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="688"/>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="717"/>
        <source>Starting the local sandbox first…</source>
        <translation>Zuerst wird die lokale Sandbox gestartet…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="729"/>
        <source>Logging in with “%1”…</source>
        <translation>Anmeldung mit „%1“…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="733"/>
        <source>Logged in with “%1”.</source>
        <translation>Mit „%1“ angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="735"/>
        <source>Login with “%1” failed (see its card).</source>
        <translation>Die Anmeldung mit „%1“ ist fehlgeschlagen (siehe ihre Karte).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="738"/>
        <source>Logged in, but the session could not be kept in the keychain: %1</source>
        <translation>Angemeldet, aber die Sitzung konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="754"/>
        <source>Register a user in production?</source>
        <translation>Einen Benutzer in der Produktion registrieren?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="754"/>
        <source>Register a user and log in?</source>
        <translation>Einen Benutzer registrieren und anmelden?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="755"/>
        <source>“%1” is a group key: it cannot log in, it can only register users.

Register a NEW user in group %2 at %3%4, record its DeviceToken in the ledger, and log in as that user?</source>
        <translation>„%1“ ist ein Gruppenschlüssel: Er kann sich nicht anmelden, nur Benutzer registrieren.

Einen NEUEN Benutzer in Gruppe %2 auf %3%4 registrieren, sein DeviceToken im Journal erfassen und sich als dieser Benutzer anmelden?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="759"/>
        <source> (PRODUCTION: a real user that stays in the group)</source>
        <translation> (PRODUKTION: ein echter Benutzer, der in der Gruppe bleibt)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="782"/>
        <source>Registering a user in “%1”…</source>
        <translation>Benutzer wird in „%1“ registriert…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="811"/>
        <source>A secret of “%1” could not be stored: %2</source>
        <translation>Ein Geheimnis von „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="818"/>
        <source>“%1” is now one of your profiles: it logs in as this user again. Keep it, or discard it when you are done (the user stays registered).</source>
        <translation>„%1“ ist jetzt eines Ihrer Profile: Es meldet sich wieder als dieser Benutzer an. Behalten Sie es, oder verwerfen Sie es, wenn Sie fertig sind (der Benutzer bleibt registriert).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="864"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="865"/>
        <source>Delete the profile “%1” and its secrets in the keychain? Its session ends here. (Nothing changes on the service.)</source>
        <translation>Das Profil „%1“ und seine Geheimnisse im Schlüsselbund löschen? Seine Sitzung endet hier. (Beim Dienst ändert sich nichts.)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="878"/>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="880"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="966"/>
        <source>Sandbox: stopped</source>
        <translation>Sandbox: gestoppt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="967"/>
        <source>Sandbox: starting…</source>
        <translation>Sandbox: startet…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="969"/>
        <source>Sandbox: running at %1</source>
        <translation>Sandbox: läuft auf %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="971"/>
        <source>Sandbox: failed to start</source>
        <translation>Sandbox: Start fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="978"/>
        <source>⚠ Secrets: memory only</source>
        <translation>⚠ Geheimnisse: nur im Speicher</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="978"/>
        <source>Secrets: system keychain</source>
        <translation>Geheimnisse: Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="984"/>
        <source>No profile selected</source>
        <translation>Kein Profil ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="989"/>
        <source>PRODUCTION (user.telematicssdk.com)</source>
        <translation>PRODUKTION (user.telematicssdk.com)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="991"/>
        <source>local sandbox (%1)</source>
        <translation>lokale Sandbox (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="992"/>
        <source>local sandbox (not running)</source>
        <translation>lokale Sandbox (läuft nicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="996"/>
        <location filename="../app/ui/MainWindow.cpp" line="1002"/>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="999"/>
        <source>the local sandbox is stopped: refreshes fail until it runs (Sandbox → Start)</source>
        <translation>die lokale Sandbox ist gestoppt: Erneuerungen schlagen fehl, bis sie läuft (Sandbox → Starten)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1003"/>
        <source>logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1004"/>
        <source>connected, token valid</source>
        <translation>verbunden, Token gültig</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1005"/>
        <source>refreshing the token…</source>
        <translation>Token wird erneuert…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1006"/>
        <source>token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1007"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1010"/>
        <source>group key (registration only)</source>
        <translation>Gruppenschlüssel (nur Registrierung)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1012"/>
        <source>“%1” → %2 · %3</source>
        <translation>„%1“ → %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1075"/>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1087"/>
        <source>Register many</source>
        <translation>Viele registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1094"/>
        <source>Bulk</source>
        <translation>Massenregistrierung</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1101"/>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>tc::OpenSessions</name>
    <message>
        <location filename="../app/core/auth/OpenSessions.cpp" line="58"/>
        <source>%1 session</source>
        <translation>%1-Sitzung</translation>
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
        <location filename="../app/core/profiles/Profile.cpp" line="84"/>
        <source>A UBI user logs in with a phone number or an e-mail, not both.</source>
        <translation>Ein UBI-Benutzer meldet sich mit einer Telefonnummer oder einer E-Mail an, nicht mit beidem.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="87"/>
        <source>The UBI user&apos;s login must be an e-mail address.</source>
        <translation>Das Login des UBI-Benutzers muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="97"/>
        <source>Endpoint paths start with &apos;/&apos;.</source>
        <translation>Endpunktpfade beginnen mit „/“.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="101"/>
        <source>TLS: %1.</source>
        <translation>TLS: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="113"/>
        <source>A phone number holds digits, spaces and + - ( ) only.</source>
        <translation>Eine Telefonnummer enthält nur Ziffern, Leerzeichen und + - ( ).</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="116"/>
        <source>A phone number needs digits.</source>
        <translation>Eine Telefonnummer braucht Ziffern.</translation>
    </message>
</context>
<context>
    <name>tc::ProfileEditor</name>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="69"/>
        <source>Enter the service&apos;s base URL, e.g. https://user.example.com.</source>
        <translation>Geben Sie die Basis-URL des Dienstes ein, z. B. https://user.example.com.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="73"/>
        <source>This is not a valid URL.</source>
        <translation>Das ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="76"/>
        <source>The URL must start with https:// (or http:// for a local service).</source>
        <translation>Die URL muss mit https:// beginnen (oder http:// für einen lokalen Dienst).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="79"/>
        <source>The URL needs a host name.</source>
        <translation>Die URL braucht einen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="86"/>
        <source>Plain http:// is for a service on this computer only (localhost, 127.0.0.1, ::1): the password and tokens would cross the network unencrypted. Use https://.</source>
        <translation>Unverschlüsseltes http:// nur für einen Dienst auf diesem Computer (localhost, 127.0.0.1, ::1): Passwort und Tokens würden unverschlüsselt über das Netzwerk gehen. Verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="99"/>
        <source>&amp;Test login</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="99"/>
        <source>Cancel tes&amp;t</source>
        <translation>Tes&amp;t abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="103"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="104"/>
        <source>Profile editor</source>
        <translation>Profileditor</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="139"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="140"/>
        <source>e.g. Production — admin</source>
        <translation>z. B. Produktion — Admin</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="141"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="143"/>
        <source>Production (user.telematicssdk.com)</source>
        <translation>Produktion (user.telematicssdk.com)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="145"/>
        <source>Local sandbox (embedded; its URL is found at run time)</source>
        <translation>Lokale Sandbox (eingebaut; ihre URL wird zur Laufzeit ermittelt)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="147"/>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="148"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="149"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="151"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="153"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="158"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="159"/>
        <source>optional: a PEM file of the private CA that signed the service&apos;s certificate</source>
        <translation>optional: eine PEM-Datei der privaten CA, die das Zertifikat des Dienstes signiert hat</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="160"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="162"/>
        <source>Browse for the CA certificate file</source>
        <translation>Nach der CA-Zertifikatsdatei suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="164"/>
        <source>The private CA&apos;s certificate (PEM)</source>
        <translation>Das Zertifikat der privaten CA (PEM)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="165"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="176"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="178"/>
        <source>Certificate SHA-256 pin</source>
        <translation>SHA-256-Pin des Zertifikats</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="179"/>
        <source>optional: AB:CD:… (openssl x509 -noout -fingerprint -sha256)</source>
        <translation>optional: AB:CD:… (openssl x509 -noout -fingerprint -sha256)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="180"/>
        <source>Certificate &amp;pin (SHA-256):</source>
        <translation>Zertifikats-Pi&amp;n (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="182"/>
        <source>Admin — API credentials (DataHub → Management)</source>
        <translation>Admin — API-Zugangsdaten (DataHub → Management)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="184"/>
        <source>User — one app user&apos;s DeviceToken</source>
        <translation>Benutzer — das DeviceToken eines App-Benutzers</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="185"/>
        <source>Group key — InstanceID + InstanceKEY (registration, no login)</source>
        <translation>Gruppenschlüssel — InstanceID + InstanceKEY (Registrierung, keine Anmeldung)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="187"/>
        <source>UBI user — phone number or e-mail + the user&apos;s own password</source>
        <translation>UBI-Benutzer — Telefonnummer oder E-Mail + das eigene Passwort des Benutzers</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="189"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="190"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="192"/>
        <source>&amp;InstanceID:</source>
        <translation>&amp;InstanceID:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="194"/>
        <source>InstanceID</source>
        <translation>InstanceID</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="198"/>
        <source>API login e-mail</source>
        <translation>E-Mail des API-Logins</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="199"/>
        <source>api-login@example.com</source>
        <translation>api-login@example.com</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="200"/>
        <source>API &amp;login (e-mail):</source>
        <translation>API-&amp;Login (E-Mail):</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="202"/>
        <source>API password</source>
        <translation>API-Passwort</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="203"/>
        <source>API &amp;password:</source>
        <translation>API-&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="205"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="207"/>
        <source>&amp;DeviceToken:</source>
        <translation>&amp;DeviceToken:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="209"/>
        <source>InstanceKEY</source>
        <translation>InstanceKEY</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="210"/>
        <source>Instance&amp;KEY:</source>
        <translation>Instance&amp;KEY:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="213"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="214"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="215"/>
        <source>UBI login kind</source>
        <translation>Art des UBI-Logins</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="216"/>
        <source>UBI user login</source>
        <translation>Login des UBI-Benutzers</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="221"/>
        <source>User &amp;login:</source>
        <translation>Benutzer-&amp;Login:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="223"/>
        <source>User&apos;s password</source>
        <translation>Passwort des Benutzers</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="224"/>
        <source>User&apos;s pass&amp;word:</source>
        <translation>Pass&amp;wort des Benutzers:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="226"/>
        <source>Auto: object, then the string shape once on a bare 401</source>
        <translation>Automatisch: Objekt, bei einem 401 ohne Meldung einmal die String-Form</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="227"/>
        <source>Object: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (2020 docs)</source>
        <translation>Objekt: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (Doku von 2020)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="228"/>
        <source>String: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (newer docs)</source>
        <translation>String: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (neuere Doku)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="230"/>
        <source>LoginFields shape</source>
        <translation>Form von LoginFields</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="231"/>
        <source>Login&amp;Fields:</source>
        <translation>Login&amp;Fields:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="233"/>
        <source>Endpoint paths (leave empty for the documented ones)</source>
        <translation>Endpunktpfade (leer lassen für die dokumentierten)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="240"/>
        <source>Path of %1</source>
        <translation>Pfad von %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="259"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="532"/>
        <source>Logs in once with these fields (uses one of the service&apos;s rate-limited logins).</source>
        <translation>Meldet sich einmal mit diesen Angaben an (verbraucht eine der begrenzten Anmeldungen des Dienstes).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="262"/>
        <source>Test login in progress</source>
        <translation>Testanmeldung läuft</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="275"/>
        <source>Test login result</source>
        <translation>Ergebnis der Testanmeldung</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="285"/>
        <source>Save error</source>
        <translation>Fehler beim Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="353"/>
        <source>Discard this profile?</source>
        <translation>Dieses Profil verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="354"/>
        <source>Discard what you entered for this new profile?</source>
        <translation>Ihre Eingaben für dieses neue Profil verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="355"/>
        <source>Discard your changes to “%1”?</source>
        <translation>Ihre Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="371"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="406"/>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="442"/>
        <source>reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="459"/>
        <source>not in the keychain: enter it</source>
        <translation>nicht im Schlüsselbund: bitte eingeben</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="512"/>
        <source>(found when the local sandbox runs)</source>
        <translation>(wird ermittelt, wenn die lokale Sandbox läuft)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="519"/>
        <source>API &amp;InstanceID:</source>
        <translation>API-&amp;InstanceID:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="519"/>
        <source>Group &amp;InstanceID:</source>
        <translation>Gruppen-&amp;InstanceID:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="527"/>
        <source>+1 555 010 2030</source>
        <translation>+1 555 010 2030</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="527"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="531"/>
        <source>A group-key profile does not log in; it registers users.</source>
        <translation>Ein Gruppenschlüssel-Profil meldet sich nicht an; es registriert Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="571"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="573"/>
        <source>Another profile already has this name.</source>
        <translation>Ein anderes Profil hat bereits diesen Namen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="575"/>
        <source>Another profile is named &quot;%1&quot;: names that differ only in capitals cannot be told apart.</source>
        <translation>Ein anderes Profil heißt &quot;%1&quot;: Namen, die sich nur in Groß- und Kleinschreibung unterscheiden, lassen sich nicht auseinanderhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="578"/>
        <source>A profile name cannot contain / or \.</source>
        <translation>Ein Profilname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="590"/>
        <source>Enter the InstanceID (a UUID such as 3f2a9c1e-….).</source>
        <translation>Geben Sie die InstanceID ein (eine UUID wie 3f2a9c1e-…).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="592"/>
        <source>An InstanceID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hex digits).</source>
        <translation>Eine InstanceID sieht so aus: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (Hex-Ziffern).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="596"/>
        <source>Enter the API login (an e-mail address).</source>
        <translation>Geben Sie das API-Login ein (eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="597"/>
        <source>The API login is an e-mail address (name@example.com).</source>
        <translation>Das API-Login ist eine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="601"/>
        <source>Enter the user&apos;s DeviceToken.</source>
        <translation>Geben Sie das DeviceToken des Benutzers ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="602"/>
        <source>A DeviceToken looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation>Ein DeviceToken sieht so aus: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="607"/>
        <source>Enter the phone number the user was registered with.</source>
        <translation>Geben Sie die Telefonnummer ein, mit der der Benutzer registriert wurde.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="608"/>
        <source>Enter the e-mail the user was registered with.</source>
        <translation>Geben Sie die E-Mail ein, mit der der Benutzer registriert wurde.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="610"/>
        <source>An e-mail address looks like name@example.com.</source>
        <translation>Eine E-Mail-Adresse sieht so aus: name@example.com.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="617"/>
        <source>A path starts with “/”.</source>
        <translation>Ein Pfad beginnt mit „/“.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="667"/>
        <source>Enter the API password.</source>
        <translation>Geben Sie das API-Passwort ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="668"/>
        <source>Enter the user&apos;s password.</source>
        <translation>Geben Sie das Passwort des Benutzers ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="669"/>
        <source>Enter the InstanceKEY.</source>
        <translation>Geben Sie den InstanceKEY ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="672"/>
        <source>A group-key profile does not log in.</source>
        <translation>Ein Gruppenschlüssel-Profil meldet sich nicht an.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="675"/>
        <source>The local sandbox is not running: start it with Sandbox → Start.</source>
        <translation>Die lokale Sandbox läuft nicht: Starten Sie sie mit Sandbox → Starten.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="678"/>
        <source>Cannot test yet:
• %1</source>
        <translation>Test noch nicht möglich:
• %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="683"/>
        <source>The service blocked logins from here (HTTP 429) until %1. Try again %2.</source>
        <translation>Der Dienst hat Anmeldungen von hier bis %1 gesperrt (HTTP 429). Versuchen Sie es dann erneut (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="704"/>
        <source>Logging in to %1 (LoginFields as %2)…</source>
        <translation>Anmeldung bei %1 (LoginFields als %2)…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="724"/>
        <source>Test login cancelled.</source>
        <translation>Testanmeldung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="729"/>
        <source>Login failed.
%1</source>
        <translation>Anmeldung fehlgeschlagen.
%1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="731"/>
        <source>Both LoginFields shapes were tried (object and string).</source>
        <translation>Beide Formen von LoginFields wurden versucht (Objekt und String).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="741"/>
        <source>Login worked (LoginFields sent as %1). The token is valid until %2 (%3).</source>
        <translation>Anmeldung erfolgreich (LoginFields als %1 gesendet). Das Token ist gültig bis %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="749"/>
        <source>The %1 shape was refused with a 401 naming no field; the %2 shape worked.</source>
        <translation>Die Form %1 wurde mit einem 401 ohne Feldangabe abgelehnt; die Form %2 hat funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="773"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="783"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="794"/>
        <source>Could not rename the profile: %1</source>
        <translation>Das Profil konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="844"/>
        <source>The profile was saved, but a secret was not: %1</source>
        <translation>Das Profil wurde gespeichert, ein Geheimnis aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>tc::ProfileList</name>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <location filename="../app/ui/ProfileList.cpp" line="204"/>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="24"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="24"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="28"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="34"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="147"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="148"/>
        <source>local sandbox</source>
        <translation>lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="154"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="158"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="162"/>
        <source>group key</source>
        <translation>Gruppenschlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="166"/>
        <source>UBI user</source>
        <translation>UBI-Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="173"/>
        <source>logged out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="174"/>
        <source>logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="175"/>
        <source>● signed in</source>
        <translation>● angemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="176"/>
        <source>● refreshing…</source>
        <translation>● wird erneuert…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="177"/>
        <source>token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="178"/>
        <source>⚠ error</source>
        <translation>⚠ Fehler</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="199"/>
        <source>Register a user and &amp;log in</source>
        <translation>Benutzer registrieren und &amp;anmelden</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="201"/>
        <source>Registers a new user in this group (Registration/Create), keeps its DeviceToken in a new user profile and logs it in.</source>
        <translation>Registriert einen neuen Benutzer in dieser Gruppe (Registration/Create), bewahrt sein DeviceToken in einem neuen Benutzerprofil auf und meldet ihn an.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="205"/>
        <source>Logs in with the profile&apos;s credentials from the keychain (Ctrl+L).</source>
        <translation>Meldet sich mit den Zugangsdaten des Profils aus dem Schlüsselbund an (Strg+L).</translation>
    </message>
</context>
<context>
    <name>tc::ProfileStore</name>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="151"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="208"/>
        <source>A profile named &quot;%1&quot; already exists: names that differ only in capitals cannot be told apart.</source>
        <translation>Ein Profil namens &quot;%1&quot; gibt es bereits: Namen, die sich nur in Groß- und Kleinschreibung unterscheiden, lassen sich nicht auseinanderhalten.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="198"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="291"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="204"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>tc::RegisterManyPage</name>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="55"/>
        <source>Registration/CreateMany: the DeviceTokens come back once. Each is written to the ledger before it is shown.</source>
        <translation>Registration/CreateMany: Die DeviceTokens kommen nur einmal zurück. Jedes wird im Journal erfasst, bevor es angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="66"/>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="69"/>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="75"/>
        <source>&amp;Quantity (1–%1)</source>
        <translation>&amp;Anzahl (1–%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="77"/>
        <source>Return access tokens (CreateAccessToken)</source>
        <translation>Zugriffstokens zurückgeben (CreateAccessToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="81"/>
        <source>Enable tracking</source>
        <translation>Tracking aktivieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="82"/>
        <source>Enable logging</source>
        <translation>Protokollierung aktivieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="83"/>
        <source>Enabled (SDK on)</source>
        <translation>Aktiviert (SDK an)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="84"/>
        <source>CustomFields</source>
        <translation>CustomFields</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="90"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="92"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="94"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="95"/>
        <source>Include access and refresh tokens (secrets)</source>
        <translation>Zugriffs- und Refresh-Tokens einschließen (Geheimnisse)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="118"/>
        <source>Registered users</source>
        <translation>Registrierte Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="202"/>
        <source>Create users in production</source>
        <translation>Benutzer in der Produktion anlegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="203"/>
        <source>Create %n real user(s) in group %1 at %2 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>%n echten Benutzer in Gruppe %1 auf %2 anlegen (PRODUKTION)? Das lässt sich hier nicht rückgängig machen.</numerusform>
            <numerusform>%n echte Benutzer in Gruppe %1 auf %2 anlegen (PRODUKTION)? Das lässt sich hier nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="213"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="229"/>
        <source>Registering %n user(s) into group %1 at %2…</source>
        <translation>
            <numerusform>%n Benutzer wird in Gruppe %1 auf %2 registriert…</numerusform>
            <numerusform>%n Benutzer werden in Gruppe %1 auf %2 registriert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="246"/>
        <source>%1 s (%2)</source>
        <translation>%1 s (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="253"/>
        <source>No certain answer: %1
Up to %n user(s) may exist whose DeviceTokens were not received. Not retried.</source>
        <translation>
            <numerusform>Keine sichere Antwort: %1
Bis zu %n Benutzer könnte existieren, dessen DeviceToken nicht empfangen wurde. Nicht wiederholt.</numerusform>
            <numerusform>Keine sichere Antwort: %1
Bis zu %n Benutzer könnten existieren, deren DeviceTokens nicht empfangen wurden. Nicht wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="308"/>
        <source>Exported to %1 with tokens (secrets; readable by you only).</source>
        <translation>Nach %1 exportiert, mit Tokens (Geheimnisse; nur für Sie lesbar).</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="309"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="311"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="243"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="251"/>
        <source>%n user(s) registered.</source>
        <translation>
            <numerusform>%n Benutzer registriert.</numerusform>
            <numerusform>%n Benutzer registriert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="261"/>
        <source>
NOT recorded in the ledger: %1. Export the table now: these DeviceTokens exist only here.</source>
        <translation>
NICHT im Journal erfasst: %1. Exportieren Sie die Tabelle jetzt: Diese DeviceTokens gibt es nur hier.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="264"/>
        <source>
Every DeviceToken is recorded in the ledger.</source>
        <translation>
Jedes DeviceToken ist im Journal erfasst.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="298"/>
        <source>Export DeviceTokens WITH access and refresh tokens (secrets: the file is readable by you only)</source>
        <translation>DeviceTokens MIT Zugriffs- und Refresh-Tokens exportieren (Geheimnisse: die Datei ist nur für Sie lesbar)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="300"/>
        <source>Export the DeviceTokens</source>
        <translation>DeviceTokens exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="302"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="302"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>tc::RegisterPage</name>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="114"/>
        <source>Registration/Create: every field is optional. The DeviceToken is written to the ledger before it is shown.</source>
        <translation>Registration/Create: Jedes Feld ist optional. Das DeviceToken wird im Journal erfasst, bevor es angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="138"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="139"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="140"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="141"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="142"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="145"/>
        <location filename="../app/ui/RegisterPage.cpp" line="166"/>
        <location filename="../app/ui/RegisterPage.cpp" line="173"/>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="148"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="153"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="163"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="169"/>
        <source>Marital status</source>
        <translation>Familienstand</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="175"/>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="177"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="178"/>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="179"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="180"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="181"/>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="182"/>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="187"/>
        <source>a UUID you pick: it becomes the DeviceToken</source>
        <translation>eine UUID Ihrer Wahl: sie wird zum DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="188"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="194"/>
        <source>CustomToken</source>
        <translation>CustomToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="196"/>
        <source>With a CustomToken the DeviceToken is recorded before sending, so a lost answer still leaves it known. The vendor does not document whether a reused CustomToken is refused.</source>
        <translation>Mit einem CustomToken wird das DeviceToken vor dem Senden erfasst, sodass es auch bei einer verlorenen Antwort bekannt bleibt. Der Anbieter dokumentiert nicht, ob ein wiederverwendetes CustomToken abgelehnt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="203"/>
        <source>the user&apos;s id in your own system</source>
        <translation>die ID des Benutzers in Ihrem eigenen System</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="203"/>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="204"/>
        <source>Enable tracking</source>
        <translation>Tracking aktivieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="204"/>
        <source>UserFields</source>
        <translation>UserFields</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="205"/>
        <source>Enable logging</source>
        <translation>Protokollierung aktivieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="206"/>
        <source>Enabled (SDK on)</source>
        <translation>Aktiviert (SDK an)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="207"/>
        <source>Return an access token now (CreateAccessToken)</source>
        <translation>Jetzt ein Zugriffstoken zurückgeben (CreateAccessToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="217"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="220"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="242"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="241"/>
        <location filename="../app/ui/RegisterPage.cpp" line="246"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="250"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="254"/>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="255"/>
        <source>Log &amp;in as this user</source>
        <translation>Als dieser Benutzer an&amp;melden</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="331"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="406"/>
        <source>Registering into group %1 at %2…</source>
        <translation>Registrierung in Gruppe %1 auf %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="415"/>
        <source>Registered.</source>
        <translation>Registriert.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="417"/>
        <source>No certain answer: %1
The user may exist. It was not retried.%2</source>
        <translation>Keine sichere Antwort: %1
Der Benutzer existiert vielleicht. Es wurde nicht wiederholt.%2</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="419"/>
        <source> Pick a CustomToken next time to make this checkable.</source>
        <translation> Wählen Sie nächstes Mal ein CustomToken, damit sich das prüfen lässt.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="420"/>
        <source> If it exists, its DeviceToken is %1.</source>
        <translation> Falls er existiert, ist sein DeviceToken %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="425"/>
        <source>
The fields concerned are marked.</source>
        <translation>
Die betroffenen Felder sind markiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="434"/>
        <source>Access token ●●●●●●●● received%1; refresh token %2. Kept in memory only, never in the ledger.</source>
        <translation>Zugriffstoken ●●●●●●●● empfangen%1; Refresh-Token %2. Nur im Speicher gehalten, nie im Journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="435"/>
        <source> (expires in %1 s, %2)</source>
        <translation> (läuft in %1 s ab, %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="439"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="439"/>
        <source>●●●●●●●● received</source>
        <translation>●●●●●●●● empfangen</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="442"/>
        <source>No access token (CreateAccessToken: false).</source>
        <translation>Kein Zugriffstoken (CreateAccessToken: false).</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="448"/>
        <source>NOT recorded: %1. Copy the DeviceToken now: it exists only here.</source>
        <translation>NICHT erfasst: %1. Kopieren Sie das DeviceToken jetzt: Es gibt es nur hier.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="450"/>
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
        <location filename="../app/core/registration/RegistrationJob.cpp" line="90"/>
        <source>register a user</source>
        <translation>einen Benutzer registrieren</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="150"/>
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
        <source>Quantity must be a whole number from 1 to %1 (got “%2”): nothing is sent.</source>
        <translation>Quantity muss eine ganze Zahl von 1 bis %1 sein (erhalten: „%2“): Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="97"/>
        <source>the ledger is not open: nothing is registered without it</source>
        <translation>das Journal ist nicht geöffnet: ohne es wird nichts registriert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="101"/>
        <source>register %n user(s) at once</source>
        <translation>
            <numerusform>%n Benutzer auf einmal registrieren</numerusform>
            <numerusform>%n Benutzer auf einmal registrieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="148"/>
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
        <location filename="../app/core/services/RegistrationService.cpp" line="146"/>
        <source>No user group is chosen: pick a group-key profile. Nothing was sent.</source>
        <translation>Keine Benutzergruppe gewählt: Wählen Sie ein Gruppenschlüssel-Profil. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="152"/>
        <source>No InstanceKEY was given for group %1. Nothing was sent.</source>
        <translation>Für Gruppe %1 wurde kein InstanceKEY angegeben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="160"/>
        <source>The group-key profile “%1” no longer exists. Nothing was sent.</source>
        <translation>Das Gruppenschlüssel-Profil „%1“ existiert nicht mehr. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="164"/>
        <source>The group-key profile “%1” changed: it now registers into group %2 at %3, not group %4 at %5. Check the target and try again. Nothing was sent.</source>
        <translation>Das Gruppenschlüssel-Profil „%1“ hat sich geändert: Es registriert jetzt in Gruppe %2 auf %3, nicht in Gruppe %4 auf %5. Prüfen Sie das Ziel und versuchen Sie es erneut. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="174"/>
        <source>the InstanceKEY of “%1” could not be read: %2. Nothing was sent.</source>
        <translation>der InstanceKEY von „%1“ konnte nicht gelesen werden: %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="177"/>
        <source>The group-key profile “%1” has no InstanceKEY in the keychain: edit the profile to enter it. Nothing was sent.</source>
        <translation>Das Gruppenschlüssel-Profil „%1“ hat keinen InstanceKEY im Schlüsselbund: Bearbeiten Sie das Profil, um ihn einzugeben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="192"/>
        <source>Pick a group-key profile: its InstanceKEY is read from the keychain.</source>
        <translation>Wählen Sie ein Gruppenschlüssel-Profil: Sein InstanceKEY wird aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="265"/>
        <source> — user group</source>
        <translation> — Benutzergruppe</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="270"/>
        <source>%1 — user %2</source>
        <translation>%1 — Benutzer %2</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="281"/>
        <source>A user profile needs the group-key profile the user was registered with.</source>
        <translation>Ein Benutzerprofil braucht das Gruppenschlüssel-Profil, mit dem der Benutzer registriert wurde.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="293"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="328"/>
        <source>The registration did not finish.</source>
        <translation>Die Registrierung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="333"/>
        <source>The user %1 was registered but NOT recorded in the ledger (%2): copy the DeviceToken now.</source>
        <translation>Der Benutzer %1 wurde registriert, aber NICHT im Journal erfasst (%2): Kopieren Sie das DeviceToken jetzt.</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationTarget</name>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="47"/>
        <source>No user group chosen.</source>
        <translation>Keine Benutzergruppe gewählt.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="50"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="52"/>
        <source>local sandbox</source>
        <translation>lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="54"/>
        <source>custom service</source>
        <translation>eigener Dienst</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="55"/>
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
        <location filename="../app/core/auth/Renewal.cpp" line="62"/>
        <source>no API password is stored for this profile; log in once with the password</source>
        <translation>für dieses Profil ist kein API-Passwort gespeichert; melden Sie sich einmal mit dem Passwort an</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="64"/>
        <source>no password is stored for this UBI user; log in once with the user&apos;s password</source>
        <translation>für diesen UBI-Benutzer ist kein Passwort gespeichert; melden Sie sich einmal mit dem Passwort des Benutzers an</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="65"/>
        <source>no InstanceKEY is stored for this profile; log in once with the key</source>
        <translation>für dieses Profil ist kein InstanceKEY gespeichert; melden Sie sich einmal mit dem Schlüssel an</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="96"/>
        <source>no API login e-mail is known</source>
        <translation>keine E-Mail für das API-Login bekannt</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="98"/>
        <source>no phone number or e-mail is known</source>
        <translation>keine Telefonnummer und keine E-Mail bekannt</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="99"/>
        <source>no DeviceToken is known</source>
        <translation>kein DeviceToken bekannt</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="103"/>
        <source>a user login needs the group&apos;s InstanceId</source>
        <translation>eine Benutzeranmeldung braucht die InstanceId der Gruppe</translation>
    </message>
</context>
<context>
    <name>tc::RequestComposer</name>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="60"/>
        <source>Header line %1 is not “Name: value”: %2</source>
        <translation>Headerzeile %1 hat nicht die Form „Name: Wert“: %2</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="150"/>
        <source>Choose a profile to send as (its service and credentials). Nothing was sent.</source>
        <translation>Wählen Sie ein Profil, als das gesendet wird (sein Dienst und seine Zugangsdaten). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="154"/>
        <source>“%1” cannot send with this auth. Nothing was sent.</source>
        <translation>„%1“ kann mit dieser Auth nicht senden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="158"/>
        <source>Give a path, e.g. /v1/Auth/Login. Nothing was sent.</source>
        <translation>Geben Sie einen Pfad an, z. B. /v1/Auth/Login. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="165"/>
        <source>The body is not JSON (%1 at character %2). Nothing was sent.</source>
        <translation>Der Inhalt ist kein JSON (%1 bei Zeichen %2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="176"/>
        <location filename="../app/core/services/RequestComposer.cpp" line="177"/>
        <source>composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="194"/>
        <source>the InstanceKEY of “%1” could not be read: %2. Nothing was sent.</source>
        <translation>der InstanceKEY von „%1“ konnte nicht gelesen werden: %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="195"/>
        <source>none is kept</source>
        <translation>keiner ist gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="210"/>
        <source>“%1” has no session. Nothing was sent.</source>
        <translation>„%1“ hat keine Sitzung. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="279"/>
        <source>These DeviceTokens are NOT recorded in the ledger (%1): %2</source>
        <translation>Diese DeviceTokens sind NICHT im Journal erfasst (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/services/RequestComposer.cpp" line="283"/>
        <source>%n DeviceToken(s) recorded in the ledger.</source>
        <translation>
            <numerusform>%n DeviceToken im Journal erfasst.</numerusform>
            <numerusform>%n DeviceTokens im Journal erfasst.</numerusform>
        </translation>
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
        <location filename="../app/core/auth/Session.cpp" line="392"/>
        <source>automatic refresh: try %1 after a failure</source>
        <translation>automatische Erneuerung: Versuch %1 nach einem Fehlschlag</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="396"/>
        <source>automatic refresh: the token expired</source>
        <translation>automatische Erneuerung: das Token ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="398"/>
        <source>automatic refresh</source>
        <translation>automatische Erneuerung</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="401"/>
        <source>automatic refresh, before the refresh token expires</source>
        <translation>automatische Erneuerung, bevor das Refresh-Token abläuft</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="403"/>
        <source>automatic refresh, 5 min before expiry</source>
        <translation>automatische Erneuerung, 5 min vor Ablauf</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="405"/>
        <location filename="../app/core/auth/Session.cpp" line="406"/>
        <source>automatic refresh, %1 % of lifetime</source>
        <translation>automatische Erneuerung, bei %1 % der Lebensdauer</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="417"/>
        <source>the last refresh answer was lost, so the refresh token may be spent</source>
        <translation>die letzte Erneuerungsantwort ging verloren, das Refresh-Token ist also vielleicht verbraucht</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="419"/>
        <source>the refresh token expired</source>
        <translation>das Refresh-Token ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="421"/>
        <source>no refresh token was kept</source>
        <translation>es wurde kein Refresh-Token aufbewahrt</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="425"/>
        <location filename="../app/core/auth/Session.cpp" line="572"/>
        <source>re-login: %1</source>
        <translation>erneute Anmeldung: %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="427"/>
        <source>%1 (login)</source>
        <translation>%1 (Anmeldung)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="462"/>
        <source>refresh</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="516"/>
        <source>re-login: refresh token refused (HTTP %1)</source>
        <translation>erneute Anmeldung: Refresh-Token abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="518"/>
        <source>the refresh token was refused (HTTP %1)</source>
        <translation>das Refresh-Token wurde abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="572"/>
        <source>automatic login</source>
        <translation>automatische Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="573"/>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="746"/>
        <source>resume: the kept token had lapsed</source>
        <translation>Wiederaufnahme: das aufbewahrte Token war abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="805"/>
        <source>not logged in: log in first</source>
        <translation>nicht angemeldet: melden Sie sich zuerst an</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="809"/>
        <source>refresh asked for</source>
        <translation>Erneuerung angefordert</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="856"/>
        <source>the request could not be built</source>
        <translation>die Anfrage konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="878"/>
        <source>refresh after a 401</source>
        <translation>Erneuerung nach einer 401</translation>
    </message>
</context>
<context>
    <name>tc::SetPasswordDialog</name>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="38"/>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="39"/>
        <source>Set a UBI user&apos;s password</source>
        <translation>Passwort eines UBI-Benutzers setzen</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="45"/>
        <source>About this password</source>
        <translation>Zu diesem Passwort</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="49"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="50"/>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="51"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="53"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="62"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="65"/>
        <source>Setting the password</source>
        <translation>Passwort wird gesetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="70"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="75"/>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="119"/>
        <source>Password of UBI user %1</source>
        <translation>Passwort des UBI-Benutzers %1</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="120"/>
        <source>The vendor&apos;s own flow generates a password and sends it to the user by SMS (phone login) or e-mail (e-mail login). This sets one directly: nothing is sent to the user, so tell them yourself.</source>
        <translation>Im Ablauf des Anbieters wird ein Passwort erzeugt und dem Benutzer per SMS (Anmeldung per Telefon) oder E-Mail (Anmeldung per E-Mail) geschickt. Hier wird es direkt gesetzt: Der Benutzer erhält nichts, sagen Sie es ihm also selbst.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="125"/>
        <source>Sent with the user&apos;s own session (“%1”): the service wants the current password, which is taken from that profile&apos;s keychain entry.</source>
        <translation>Gesendet mit der eigenen Sitzung des Benutzers („%1“): Der Dienst verlangt das aktuelle Passwort, das aus dem Schlüsselbund-Eintrag dieses Profils genommen wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="128"/>
        <source>Sent as the admin of “%1”: the current password is not needed.</source>
        <translation>Gesendet als Admin von „%1“: Das aktuelle Passwort wird nicht gebraucht.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="130"/>
        <source>The new password is kept in the keychain entry of profile “%1”.</source>
        <translation>Das neue Passwort wird im Schlüsselbund-Eintrag des Profils „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="140"/>
        <source>Type the new password twice.</source>
        <translation>Geben Sie das neue Passwort zweimal ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="146"/>
        <source>Type it once more in the second field.</source>
        <translation>Geben Sie es im zweiten Feld noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="149"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="206"/>
        <source>The password was not set.
%1</source>
        <translation>Das Passwort wurde nicht gesetzt.
%1</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="214"/>
        <source>The password was set, but it could not be kept in the keychain entry of “%1”: %2
That profile logs in with the old one until you enter the new one in its editor.</source>
        <translation>Das Passwort wurde gesetzt, konnte aber nicht im Schlüsselbund-Eintrag von „%1“ aufbewahrt werden: %2
Dieses Profil meldet sich mit dem alten an, bis Sie das neue in seinem Editor eingeben.</translation>
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
        <location filename="../app/core/util/TimeText.cpp" line="21"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="27"/>
        <location filename="../app/core/util/TimeText.cpp" line="32"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="32"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="35"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="35"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="37"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="43"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="45"/>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="45"/>
        <source>%1 ago</source>
        <translation>%1 her</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="54"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="64"/>
        <location filename="../app/core/util/TimeText.cpp" line="72"/>
        <location filename="../app/core/util/TimeText.cpp" line="80"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="66"/>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
</context>
<context>
    <name>tc::TokenCard</name>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="50"/>
        <source>&amp;Start the sandbox</source>
        <translation>Sandbox &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Auto-refresh</source>
        <translation>&amp;Automatisch erneuern</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="53"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="53"/>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="58"/>
        <source>Session of %1</source>
        <translation>Sitzung von %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="75"/>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="84"/>
        <source>InstanceId:</source>
        <translation>InstanceId:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="87"/>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="88"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="96"/>
        <source>Time left:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="99"/>
        <source>Fraction of the token&apos;s life left</source>
        <translation>Verbleibender Anteil der Lebensdauer des Tokens</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="101"/>
        <source>Refresh token expires:</source>
        <translation>Refresh-Token läuft ab:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="105"/>
        <source>Clock skew warning</source>
        <translation>Warnung: Uhrabweichung</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="107"/>
        <location filename="../app/ui/TokenCard.cpp" line="314"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="109"/>
        <source>Session note</source>
        <translation>Sitzungshinweis</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="113"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="114"/>
        <source>The local sandbox is stopped: refreshes and logins of this session fail until it runs.</source>
        <translation>Die lokale Sandbox ist gestoppt: Erneuerungen und Anmeldungen dieser Sitzung schlagen fehl, bis sie läuft.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="130"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="134"/>
        <source>Copy the JWT; the clipboard is cleared after 30 s if it still holds it.</source>
        <translation>Das JWT kopieren; die Zwischenablage wird nach 30 s geleert, wenn sie es noch enthält.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="176"/>
        <source>Refresh of “%1” cancelled.</source>
        <translation>Erneuerung von „%1“ abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="177"/>
        <source>Login with “%1” cancelled.</source>
        <translation>Anmeldung mit „%1“ abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="184"/>
        <source>Token copied. The clipboard is cleared in %1 s if it still holds it.</source>
        <translation>Token kopiert. Die Zwischenablage wird in %1 s geleert, wenn sie es noch enthält.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="291"/>
        <source>Admin · %1</source>
        <translation>Admin · %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="291"/>
        <source>(API login)</source>
        <translation>(API-Login)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="293"/>
        <source>User · DeviceToken %1</source>
        <translation>Benutzer · DeviceToken %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="47"/>
        <source>DeviceToken:</source>
        <translation>DeviceToken:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="54"/>
        <source>Set pass&amp;word…</source>
        <translation>Pass&amp;wort setzen…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="85"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="124"/>
        <source>Refresh the token on its own before it lapses (at 80 % of its life or 5 min before the end; sooner when the refresh token lapses first).</source>
        <translation>Das Token selbstständig erneuern, bevor es abläuft (bei 80 % seiner Lebensdauer oder 5 min vor dem Ende; früher, wenn das Refresh-Token zuerst abläuft).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="137"/>
        <source>&amp;Find this user</source>
        <translation>Diesen Benutzer &amp;finden</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="138"/>
        <source>Look this DeviceToken up in the Users area (with an admin session).</source>
        <translation>Dieses DeviceToken im Bereich „Benutzer“ nachschlagen (mit einer Admin-Sitzung).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="140"/>
        <source>Set the password this user logs in with by phone number or e-mail (a UBI user).</source>
        <translation>Das Passwort setzen, mit dem sich dieser Benutzer per Telefonnummer oder E-Mail anmeldet (ein UBI-Benutzer).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="202"/>
        <source>Logged out of “%1”.</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="284"/>
        <source>UBI user · %1</source>
        <translation>UBI-Benutzer · %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="286"/>
        <source>A UBI user&apos;s session (phone number + the user&apos;s own password)</source>
        <translation>Sitzung eines UBI-Benutzers (Telefonnummer + eigenes Passwort des Benutzers)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="287"/>
        <source>A UBI user&apos;s session (e-mail + the user&apos;s own password)</source>
        <translation>Sitzung eines UBI-Benutzers (E-Mail + eigenes Passwort des Benutzers)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="292"/>
        <source>User · DeviceToken (unknown)</source>
        <translation>Benutzer · DeviceToken (unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="294"/>
        <source>User · %1 · DeviceToken %2</source>
        <translation>Benutzer · %1 · DeviceToken %2</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="295"/>
        <source>An admin session (API credentials)</source>
        <translation>Eine Admin-Sitzung (API-Zugangsdaten)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="296"/>
        <source>A user session (DeviceToken login)</source>
        <translation>Eine Benutzersitzung (Anmeldung per DeviceToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="298"/>
        <source>— (known after the login)</source>
        <translation>— (nach der Anmeldung bekannt)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="303"/>
        <location filename="../app/ui/TokenCard.cpp" line="408"/>
        <location filename="../app/ui/TokenCard.cpp" line="411"/>
        <location filename="../app/ui/TokenCard.cpp" line="412"/>
        <location filename="../app/ui/TokenCard.cpp" line="413"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="307"/>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="308"/>
        <source>Logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="310"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="310"/>
        <source>Active (refresh token may be spent)</source>
        <translation>Aktiv (Refresh-Token vielleicht verbraucht)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="312"/>
        <source>Refreshing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="313"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="317"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="345"/>
        <source>Stop the refresh; the current token is kept</source>
        <translation>Erneuerung abbrechen; das aktuelle Token bleibt</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="345"/>
        <source>Stop the login</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="369"/>
        <source>⚠ This computer&apos;s clock is %1 %2 the server&apos;s. Times here use the server&apos;s clock; set the system clock right (NTP).</source>
        <translation>⚠ Die Uhr dieses Computers weicht um %1 von der des Servers ab (%2). Zeiten hier verwenden die Uhr des Servers; stellen Sie die Systemuhr richtig (NTP).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="371"/>
        <source>behind</source>
        <translation>sie geht nach</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="371"/>
        <source>ahead of</source>
        <translation>sie geht vor</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="381"/>
        <source>The last refresh answer was lost: the refresh token may already be spent. The next attempt logs in again (within the login budget).</source>
        <translation>Die letzte Erneuerungsantwort ging verloren: Das Refresh-Token ist vielleicht schon verbraucht. Der nächste Versuch meldet sich erneut an (innerhalb des Anmeldebudgets).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="389"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenCard.cpp" line="392"/>
        <source>Renewing the token failed %n time(s)%1; retrying in %2.</source>
        <translation>
            <numerusform>Das Erneuern des Tokens ist %n-mal fehlgeschlagen%1; neuer Versuch in %2.</numerusform>
            <numerusform>Das Erneuern des Tokens ist %n-mal fehlgeschlagen%1; neuer Versuch in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="393"/>
        <location filename="../app/ui/TokenCard.cpp" line="397"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenCard.cpp" line="395"/>
        <source>Renewing the token failed %n time(s)%1; auto-refresh is off: press Refresh now.</source>
        <translation>
            <numerusform>Das Erneuern des Tokens ist %n-mal fehlgeschlagen%1; automatisches Erneuern ist aus: Drücken Sie „Jetzt erneuern“.</numerusform>
            <numerusform>Das Erneuern des Tokens ist %n-mal fehlgeschlagen%1; automatisches Erneuern ist aus: Drücken Sie „Jetzt erneuern“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="402"/>
        <source>Logged in again at %1: %2.</source>
        <translation>Um %1 erneut angemeldet: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="408"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="409"/>
        <location filename="../app/ui/TokenCard.cpp" line="435"/>
        <source>Time left: %1</source>
        <translation>Restzeit: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="432"/>
        <source>expired %1</source>
        <translation>abgelaufen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="436"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="448"/>
        <source>may be spent (its refresh answer was lost)</source>
        <translation>vielleicht verbraucht (die Antwort auf die Erneuerung ging verloren)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="450"/>
        <source>not stated in the token</source>
        <translation>im Token nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="468"/>
        <source>Less than a quarter of the token&apos;s life is left.</source>
        <translation>Weniger als ein Viertel der Lebensdauer des Tokens ist übrig.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="469"/>
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
    <message numerus="yes">
        <location filename="../app/ui/TokenInspector.cpp" line="86"/>
        <source>This is not a JWT: a JWT has three parts joined by dots, and this text has %n part(s).</source>
        <translation>
            <numerusform>Das ist kein JWT: Ein JWT hat drei durch Punkte verbundene Teile, und dieser Text hat %n Teil.</numerusform>
            <numerusform>Das ist kein JWT: Ein JWT hat drei durch Punkte verbundene Teile, und dieser Text hat %n Teile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="91"/>
        <source>This text cannot be read as a JWT: %1.</source>
        <translation>Dieser Text lässt sich nicht als JWT lesen: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="94"/>
        <source>This looks like a JWT, but its header cannot be read: %1.</source>
        <translation>Das sieht nach einem JWT aus, aber sein Header lässt sich nicht lesen: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="97"/>
        <source>This looks like a JWT, but its claims (the payload) cannot be read: %1.</source>
        <translation>Das sieht nach einem JWT aus, aber seine Claims (die Nutzdaten) lassen sich nicht lesen: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="101"/>
        <source>This looks like a JWT, but its signature cannot be read: %1.</source>
        <translation>Das sieht nach einem JWT aus, aber seine Signatur lässt sich nicht lesen: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="105"/>
        <source>This text cannot be read as a JWT.</source>
        <translation>Dieser Text lässt sich nicht als JWT lesen.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="111"/>
        <source>&amp;Use this session&apos;s token</source>
        <translation>Token dieser Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="112"/>
        <source>&amp;Reveal secret claims</source>
        <translation>Geheime Claims an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="115"/>
        <source>Token inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="118"/>
        <source>Paste a JWT (eyJ…); it stays masked unless you show it with the eye button</source>
        <translation>Ein JWT einfügen (eyJ…); es bleibt maskiert, bis Sie es mit dem Augen-Knopf anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="119"/>
        <source>Token to inspect</source>
        <translation>Zu untersuchendes Token</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="121"/>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="126"/>
        <source>Open session</source>
        <translation>Offene Sitzung</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="131"/>
        <source>&amp;Or a session&apos;s:</source>
        <translation>&amp;Oder das einer Sitzung:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="140"/>
        <source>Token summary</source>
        <translation>Token-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="147"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="151"/>
        <source>Reveal secret claims</source>
        <translation>Geheime Claims anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="155"/>
        <source>&amp;Find this user</source>
        <translation>Diesen Benutzer &amp;finden</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="157"/>
        <source>Look the token&apos;s DeviceToken up in the Users area (with an admin session).</source>
        <translation>Das DeviceToken des Tokens im Bereich „Benutzer“ nachschlagen (mit einer Admin-Sitzung).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="171"/>
        <source>Header and claims</source>
        <translation>Header und Claims</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="211"/>
        <location filename="../app/ui/TokenInspector.cpp" line="319"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="215"/>
        <source>(no session with a token)</source>
        <translation>(keine Sitzung mit Token)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="295"/>
        <source>Paste a JWT above, or pick an open session and press “Use this session&apos;s token”.</source>
        <translation>Fügen Sie oben ein JWT ein oder wählen Sie eine offene Sitzung und drücken Sie „Token dieser Sitzung verwenden“.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="323"/>
        <source>InstanceId: %1.</source>
        <translation>InstanceId: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="327"/>
        <source>A JWT is a secret: whoever holds it can act as this identity until it expires.</source>
        <translation>Ein JWT ist ein Geheimnis: Wer es besitzt, kann bis zum Ablauf als diese Identität handeln.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenInspector.cpp" line="344"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="366"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="385"/>
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
    <message>
        <location filename="../app/ui/TokenPanel.cpp" line="31"/>
        <source>Session cards</source>
        <translation>Sitzungskarten</translation>
    </message>
</context>
<context>
    <name>tc::TrafficModel</name>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="233"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="268"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="286"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="287"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="288"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="289"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="290"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="291"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="292"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="293"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="294"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="295"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="296"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="297"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>tc::TrafficPage</name>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="53"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="93"/>
        <source>Traffic views</source>
        <translation>Ansichten des Datenverkehrs</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="94"/>
        <source>&amp;Exchanges</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="95"/>
        <source>C&amp;omposer</source>
        <translation>Anfrage-&amp;Editor</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="104"/>
        <source>The history is not kept on disk: %1</source>
        <translation>Der Verlauf wird nicht auf dem Datenträger gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="116"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="117"/>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="121"/>
        <source>Status class</source>
        <translation>Statusklasse</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="122"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="127"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="129"/>
        <source>Path contains</source>
        <translation>Pfad enthält</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="130"/>
        <source>Path contains…</source>
        <translation>Pfad enthält…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="133"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="134"/>
        <source>E&amp;rrors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="144"/>
        <source>Exchanges</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="163"/>
        <source>Exchange details</source>
        <translation>Details des Vorgangs</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="164"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation>Wählen Sie einen Vorgang, um seine Header und Inhalte zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="185"/>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="186"/>
        <source>The selected requests as curl commands; hidden values become $TELEMATICS_… variables</source>
        <translation>Die ausgewählten Anfragen als curl-Befehle; verborgene Werte werden zu $TELEMATICS_…-Variablen</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="187"/>
        <source>E&amp;xport HAR…</source>
        <translation>HAR e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="188"/>
        <source>The selected exchanges (or all shown) as HAR 1.2, secrets hidden</source>
        <translation>Die ausgewählten Vorgänge (oder alle angezeigten) als HAR 1.2, Geheimnisse verborgen</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="197"/>
        <source>C&amp;lear history…</source>
        <translation>Verlauf &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="260"/>
        <source>Any profile</source>
        <translation>Jedes Profil</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="323"/>
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 von %n Vorgang</numerusform>
            <numerusform>%1 von %n Vorgängen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="353"/>
        <source>Envelope: Status %1 · Title “%2”</source>
        <translation>Umschlag: Status %1 · Title „%2“</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="351"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="365"/>
        <source>Sent by: %1</source>
        <translation>Gesendet von: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="366"/>
        <source>At %1</source>
        <translation>Zeitpunkt: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="368"/>
        <source>Token sent (claims, secrets hidden): %1</source>
        <translation>Gesendetes Token (Claims, Geheimnisse verborgen): %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="370"/>
        <source>Request headers:</source>
        <translation>Anfrage-Header:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="372"/>
        <source>Request body%1:</source>
        <translation>Anfrageinhalt%1:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="372"/>
        <location filename="../app/ui/TrafficPage.cpp" line="383"/>
        <source> (cut)</source>
        <translation> (gekürzt)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="376"/>
        <source>No answer yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="378"/>
        <source>Answer: HTTP %1 in %2 ms</source>
        <translation>Antwort: HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="381"/>
        <source>Response headers:</source>
        <translation>Antwort-Header:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="383"/>
        <source>Response body%1:</source>
        <translation>Antwortinhalt%1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="408"/>
        <source>The details of this exchange are no longer kept (only the last %n are).</source>
        <translation>
            <numerusform>Die Details dieses Vorgangs werden nicht mehr aufbewahrt (nur der letzte %n Vorgang).</numerusform>
            <numerusform>Die Details dieses Vorgangs werden nicht mehr aufbewahrt (nur die letzten %n Vorgänge).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="499"/>
        <location filename="../app/ui/TrafficPage.cpp" line="541"/>
        <source>No exchange to copy.</source>
        <translation>Kein Vorgang zum Kopieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="554"/>
        <source>Copied %n curl command(s).</source>
        <translation>
            <numerusform>%n curl-Befehl kopiert.</numerusform>
            <numerusform>%n curl-Befehle kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="555"/>
        <source>Copied %n curl command(s); set %1 first.</source>
        <translation>
            <numerusform>%n curl-Befehl kopiert; setzen Sie zuerst %1.</numerusform>
            <numerusform>%n curl-Befehle kopiert; setzen Sie zuerst %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="518"/>
        <location filename="../app/ui/TrafficPage.cpp" line="567"/>
        <source>No exchange to export.</source>
        <translation>Kein Vorgang zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="533"/>
        <location filename="../app/ui/TrafficPage.cpp" line="570"/>
        <location filename="../app/ui/TrafficPage.cpp" line="575"/>
        <source>Export as HAR</source>
        <translation>Als HAR exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="523"/>
        <location filename="../app/ui/TrafficPage.cpp" line="570"/>
        <source>HAR (*.har)</source>
        <translation>HAR (*.har)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="165"/>
        <source>Re&amp;veal secrets (screen only)</source>
        <translation>&amp;Geheimnisse zeigen (nur Bildschirm)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="167"/>
        <source>Shows the passwords, keys and tokens of this run&apos;s exchanges on screen until switched off; copies and exports stay hidden</source>
        <translation>Zeigt Passwörter, Schlüssel und Tokens der Vorgänge dieses Laufs auf dem Bildschirm, bis es ausgeschaltet wird; Kopien und Exporte bleiben verborgen</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="189"/>
        <source>Copy unredacted…</source>
        <translation>Unverdeckt kopieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="191"/>
        <source>The selected requests as curl commands with their secrets in plain text: asks first, every time</source>
        <translation>Die ausgewählten Anfragen als curl-Befehle mit ihren Geheimnissen im Klartext: fragt jedes Mal vorher</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="193"/>
        <source>Export unredacted…</source>
        <translation>Unverdeckt exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="196"/>
        <source>The selected exchanges as HAR 1.2 with their secrets in plain text: asks first, every time</source>
        <translation>Die ausgewählten Vorgänge als HAR 1.2 mit ihren Geheimnissen im Klartext: fragt jedes Mal vorher</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="352"/>
        <source>Envelope: Status %1, no Title</source>
        <translation>Umschlag: Status %1, kein Title</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="417"/>
        <source>Secrets shown, on screen only: copies and exports stay hidden.</source>
        <translation>Geheimnisse sichtbar, nur auf dem Bildschirm: Kopien und Exporte bleiben verborgen.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="428"/>
        <source>Nothing to reveal: the secrets of exchanges from an earlier run were never kept.</source>
        <translation>Nichts zu zeigen: Die Geheimnisse von Vorgängen aus einem früheren Lauf wurden nie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="430"/>
        <source>Nothing to reveal yet: its secrets are kept once the answer has arrived.</source>
        <translation>Noch nichts zu zeigen: Die Geheimnisse werden aufbewahrt, sobald die Antwort da ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="432"/>
        <source>Nothing to reveal: secrets are not kept here.</source>
        <translation>Nichts zu zeigen: Geheimnisse werden hier nicht aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="433"/>
        <source>Nothing to reveal: the secrets of this exchange are no longer kept (only those of the last %n exchanges of this run are, in memory).</source>
        <translation>
            <numerusform>Nichts zu zeigen: Die Geheimnisse dieses Vorgangs werden nicht mehr aufbewahrt (aufbewahrt wird nur %n Vorgang dieses Laufs, der letzte, im Speicher).</numerusform>
            <numerusform>Nichts zu zeigen: Die Geheimnisse dieses Vorgangs werden nicht mehr aufbewahrt (nur die der letzten %n Vorgänge dieses Laufs, im Speicher).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="474"/>
        <source>The secrets of these exchanges are not kept: only the last %n exchanges of this run keep them, in memory, and exchanges from an earlier run never did. Nothing was copied.</source>
        <translation>
            <numerusform>Die Geheimnisse dieser Vorgänge werden nicht aufbewahrt: Nur %n Vorgang dieses Laufs, der letzte, behält sie, im Speicher, und Vorgänge aus einem früheren Lauf nie. Nichts wurde kopiert.</numerusform>
            <numerusform>Die Geheimnisse dieser Vorgänge werden nicht aufbewahrt: Nur die letzten %n Vorgänge dieses Laufs behalten sie, im Speicher, und Vorgänge aus einem früheren Lauf nie. Nichts wurde kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="482"/>
        <source>%n of the chosen exchange(s) no longer have their secrets and are left out.</source>
        <translation>
            <numerusform>%n der gewählten Vorgänge hat seine Geheimnisse nicht mehr und wird ausgelassen.</numerusform>
            <numerusform>%n der gewählten Vorgänge haben ihre Geheimnisse nicht mehr und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="487"/>
        <source>Nothing was copied with its secrets.</source>
        <translation>Nichts wurde mit seinen Geheimnissen kopiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="499"/>
        <source>Copy with secrets</source>
        <translation>Mit Geheimnissen kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="500"/>
        <source>Copy %n curl command(s) with their passwords, keys and tokens in plain text? Anything that reads the clipboard can see them; it is cleared after %1 seconds. This applies to this one copy only.</source>
        <translation>
            <numerusform>%n curl-Befehl mit Passwörtern, Schlüsseln und Tokens im Klartext kopieren? Alles, was die Zwischenablage liest, kann sie sehen; sie wird nach %1 Sekunden geleert. Das gilt nur für diese eine Kopie.</numerusform>
            <numerusform>%n curl-Befehle mit Passwörtern, Schlüsseln und Tokens im Klartext kopieren? Alles, was die Zwischenablage liest, kann sie sehen; sie wird nach %1 Sekunden geleert. Das gilt nur für diese eine Kopie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="509"/>
        <source>Copied %n curl command(s) with their secrets, this once; the next copy hides them again.</source>
        <translation>
            <numerusform>%n curl-Befehl mit Geheimnissen kopiert, nur dieses Mal; die nächste Kopie verbirgt sie wieder.</numerusform>
            <numerusform>%n curl-Befehle mit Geheimnissen kopiert, nur dieses Mal; die nächste Kopie verbirgt sie wieder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="518"/>
        <source>Export with secrets</source>
        <translation>Mit Geheimnissen exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="519"/>
        <source>Export %n exchange(s) as HAR with their passwords, keys and tokens in plain text? Whoever gets the file can use them. This applies to this one export only.</source>
        <translation>
            <numerusform>%n Vorgang als HAR mit Passwörtern, Schlüsseln und Tokens im Klartext exportieren? Wer die Datei bekommt, kann sie verwenden. Das gilt nur für diesen einen Export.</numerusform>
            <numerusform>%n Vorgänge als HAR mit Passwörtern, Schlüsseln und Tokens im Klartext exportieren? Wer die Datei bekommt, kann sie verwenden. Das gilt nur für diesen einen Export.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="523"/>
        <source>Export as HAR, with secrets</source>
        <translation>Als HAR exportieren, mit Geheimnissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="527"/>
        <source>Exported %n exchange(s) to %1 WITH their secrets (readable by you only); the next export hides them again.</source>
        <translation>
            <numerusform>%n Vorgang MIT Geheimnissen nach %1 exportiert (nur für Sie lesbar); der nächste Export verbirgt sie wieder.</numerusform>
            <numerusform>%n Vorgänge MIT Geheimnissen nach %1 exportiert (nur für Sie lesbar); der nächste Export verbirgt sie wieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="573"/>
        <source>Exported %n exchange(s) to %1 (secrets hidden).</source>
        <translation>
            <numerusform>%n Vorgang nach %1 exportiert (Geheimnisse verborgen).</numerusform>
            <numerusform>%n Vorgänge nach %1 exportiert (Geheimnisse verborgen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="581"/>
        <source>Clear the traffic history</source>
        <translation>Verlauf des Datenverkehrs leeren</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="582"/>
        <source>Forget every recorded exchange, on screen and on disk (%1)?</source>
        <translation>Alle aufgezeichneten Vorgänge vergessen, auf dem Bildschirm und auf dem Datenträger (%1)?</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="583"/>
        <source>not kept</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="589"/>
        <source>The traffic history was cleared.</source>
        <translation>Der Verlauf des Datenverkehrs wurde geleert.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="609"/>
        <source>Send as profile</source>
        <translation>Profil, als das gesendet wird</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="611"/>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="613"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="617"/>
        <source>Send &amp;as:</source>
        <translation>Senden a&amp;ls:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="621"/>
        <source>Request method</source>
        <translation>Anfragemethode</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="624"/>
        <source>Request path</source>
        <translation>Anfragepfad</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="626"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="631"/>
        <source>&amp;Request:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="634"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="635"/>
        <source>Name: value, one per line (Content-Type and the auth are added)</source>
        <translation>Name: Wert, einer pro Zeile (Content-Type und die Auth werden ergänzt)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="637"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="640"/>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="642"/>
        <source>JSON body (empty: none)</source>
        <translation>JSON-Inhalt (leer: keiner)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="646"/>
        <source>&amp;Pretty-print</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="652"/>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="656"/>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="658"/>
        <source>Save as name</source>
        <translation>Name zum Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="659"/>
        <source>Name to save as</source>
        <translation>Name, unter dem gespeichert wird</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="660"/>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="661"/>
        <source>Saves method, path, headers and body in the settings; secrets are never saved</source>
        <translation>Speichert Methode, Pfad, Header und Inhalt in den Einstellungen; Geheimnisse werden nie gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="662"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="663"/>
        <source>Delete saved request</source>
        <translation>Gespeicherte Anfrage löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="668"/>
        <source>Sa&amp;ved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="678"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="680"/>
        <source>Re&amp;veal secrets in this answer (screen only)</source>
        <translation>Geheimnisse in dieser Antwort an&amp;zeigen (nur auf dem Bildschirm)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="682"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="683"/>
        <source>Export HAR…</source>
        <translation>HAR exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="732"/>
        <source>No auth</source>
        <translation>Keine Auth</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="733"/>
        <source>Group key headers (from the keychain)</source>
        <translation>Gruppenschlüssel-Header (aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="734"/>
        <source>Session token (refreshed as needed)</source>
        <translation>Sitzungstoken (bei Bedarf erneuert)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="739"/>
        <source>Template…</source>
        <translation>Vorlage…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="771"/>
        <source>No body.</source>
        <translation>Kein Inhalt.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="779"/>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="785"/>
        <source>Not JSON: %1 at line %2, column %3. Send waits until it is.</source>
        <translation>Kein JSON: %1 in Zeile %2, Spalte %3. Senden wartet, bis es gültig ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="811"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="817"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="850"/>
        <source>The first answer was a 401: the session refreshed its token and sent it again.</source>
        <translation>Die erste Antwort war eine 401: Die Sitzung hat ihr Token erneuert und die Anfrage erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="908"/>
        <source>Saved request…</source>
        <translation>Gespeicherte Anfrage…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="937"/>
        <source>Give the request a name to save it under.</source>
        <translation>Geben Sie einen Namen an, unter dem die Anfrage gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="956"/>
        <source>Saved “%1” (without secrets).</source>
        <translation>„%1“ gespeichert (ohne Geheimnisse).</translation>
    </message>
</context>
<context>
    <name>tc::UserAdmin</name>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="51"/>
        <source>No session is chosen.</source>
        <translation>Keine Sitzung gewählt.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="110"/>
        <source>Give a DeviceToken.</source>
        <translation>Geben Sie ein DeviceToken an.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="181"/>
        <location filename="../app/core/users/UserAdmin.cpp" line="235"/>
        <location filename="../app/core/users/UserAdmin.cpp" line="295"/>
        <source>Give a DeviceToken. Nothing was sent.</source>
        <translation>Geben Sie ein DeviceToken an. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="183"/>
        <source>Some values are not valid (see the fields). Nothing was sent.</source>
        <translation>Einige Werte sind ungültig (siehe die Felder). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="225"/>
        <source>the ledger is not open</source>
        <translation>das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="237"/>
        <source>The target group&apos;s InstanceId and InstanceKEY are needed. Nothing was sent.</source>
        <translation>InstanceId und InstanceKEY der Zielgruppe werden gebraucht. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="239"/>
        <source>The ledger is not open, so the move could not be recorded. Nothing was sent.</source>
        <translation>Das Journal ist nicht geöffnet, daher konnte die Verschiebung nicht erfasst werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="241"/>
        <source>The target group&apos;s key belongs to %1, but this session is on %2: a key is sent only to its own service. Nothing was sent.</source>
        <translation>Der Schlüssel der Zielgruppe gehört zu %1, diese Sitzung ist aber auf %2: Ein Schlüssel wird nur an seinen eigenen Dienst gesendet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="265"/>
        <source>No user has the DeviceToken %1. Nothing was moved.</source>
        <translation>Kein Benutzer hat das DeviceToken %1. Es wurde nichts verschoben.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="297"/>
        <source>The ledger is not open, so the deletion could not be recorded. Nothing was sent.</source>
        <translation>Das Journal ist nicht geöffnet, daher konnte die Löschung nicht erfasst werden. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>tc::UserPasswordChange</name>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="31"/>
        <source>the new password is empty</source>
        <translation>das neue Passwort ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="34"/>
        <source>a password of spaces only is refused by the service</source>
        <translation>ein Passwort nur aus Leerzeichen lehnt der Dienst ab</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="37"/>
        <source>the service takes at most 1,000 characters</source>
        <translation>der Dienst nimmt höchstens 1.000 Zeichen an</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="40"/>
        <source>the password starts or ends with a space: on a phone that is easy to miss; remove it</source>
        <translation>das Passwort beginnt oder endet mit einem Leerzeichen: auf einem Telefon übersieht man das leicht; entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="50"/>
        <source>a password change needs the user&apos;s DeviceToken and a new password</source>
        <translation>eine Passwortänderung braucht das DeviceToken des Benutzers und ein neues Passwort</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="63"/>
        <source>the user&apos;s current password is not in the keychain of profile “%1”; an admin session can set a new one</source>
        <translation>das aktuelle Passwort des Benutzers ist nicht im Schlüsselbund des Profils „%1“; eine Admin-Sitzung kann ein neues setzen</translation>
    </message>
</context>
<context>
    <name>tc::UsersPage</name>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="50"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="51"/>
        <source>Tracking enabled (EnableTracking)</source>
        <translation>Tracking aktiviert (EnableTracking)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="52"/>
        <source>SDK logging (EnableLogging)</source>
        <translation>SDK-Protokollierung (EnableLogging)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="53"/>
        <source>SDK enabled (Enabled)</source>
        <translation>SDK aktiviert (Enabled)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="54"/>
        <location filename="../app/ui/UsersPage.cpp" line="152"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="55"/>
        <location filename="../app/ui/UsersPage.cpp" line="153"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="56"/>
        <location filename="../app/ui/UsersPage.cpp" line="154"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="57"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="58"/>
        <location filename="../app/ui/UsersPage.cpp" line="150"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="59"/>
        <location filename="../app/ui/UsersPage.cpp" line="151"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="60"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="61"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="62"/>
        <source>Marital status</source>
        <translation>Familienstand</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="63"/>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="64"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="65"/>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="66"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="67"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="68"/>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="119"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="122"/>
        <source>Session for the Users area</source>
        <translation>Sitzung für den Bereich „Benutzer“</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="125"/>
        <source>&amp;My profile</source>
        <translation>&amp;Mein Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="127"/>
        <source>With a user session: that user&apos;s own profile (GET Management/users).</source>
        <translation>Mit einer Benutzersitzung: das eigene Profil dieses Benutzers (GET Management/users).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="134"/>
        <source>About the session</source>
        <translation>Zur Sitzung</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="148"/>
        <source>Find by</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="149"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="155"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="158"/>
        <source>Find value</source>
        <translation>Suchwert</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="159"/>
        <source>What to look for</source>
        <translation>Wonach gesucht wird</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="160"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="162"/>
        <source>Find &amp;by:</source>
        <translation>Suchen &amp;nach:</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="174"/>
        <source>Group InstanceId to page through</source>
        <translation>InstanceId der Gruppe zum Durchblättern</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="178"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="180"/>
        <source>&amp;List users</source>
        <translation>Benutzer &amp;auflisten</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="182"/>
        <source>Management/users/GetFilteredPage: the group&apos;s users, newest first, 50 a page.</source>
        <translation>Management/users/GetFilteredPage: die Benutzer der Gruppe, neueste zuerst, 50 pro Seite.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="183"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="185"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="195"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="200"/>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="205"/>
        <source>Users found</source>
        <translation>Gefundene Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="217"/>
        <source>Users area status</source>
        <translation>Status des Bereichs „Benutzer“</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="253"/>
        <source>The user shown</source>
        <translation>Der angezeigte Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="272"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="274"/>
        <source>PUT Management/users with only the fields you changed; the user is read back.</source>
        <translation>PUT Management/users nur mit den geänderten Feldern; der Benutzer wird danach erneut gelesen.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="275"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="282"/>
        <source>Status, UserFields and profile</source>
        <translation>Status, UserFields und Profil</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="326"/>
        <source>Mo&amp;ve or delete</source>
        <translation>Verschieben oder lö&amp;schen</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="327"/>
        <source>Login password (UBI user)</source>
        <translation>Anmeldepasswort (UBI-Benutzer)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="331"/>
        <source>About the login password</source>
        <translation>Zum Anmeldepasswort</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="333"/>
        <source>Set pass&amp;word…</source>
        <translation>Pass&amp;wort festlegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="338"/>
        <source>Move to another group</source>
        <translation>In eine andere Gruppe verschieben</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="342"/>
        <source>About moving</source>
        <translation>Zum Verschieben</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="348"/>
        <source>Target group-key profile</source>
        <translation>Gruppenschlüssel-Profil des Ziels</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="349"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="356"/>
        <source>Delete this user</source>
        <translation>Diesen Benutzer löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="360"/>
        <source>The user to delete</source>
        <translation>Der zu löschende Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="366"/>
        <source>Last 8 characters of the DeviceToken</source>
        <translation>Letzte 8 Zeichen des DeviceTokens</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="367"/>
        <source>last 8 characters of the DeviceToken</source>
        <translation>letzte 8 Zeichen des DeviceTokens</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="369"/>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="376"/>
        <source>About the confirmation</source>
        <translation>Zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="385"/>
        <source>All &amp;fields</source>
        <translation>Alle &amp;Felder</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="388"/>
        <source>All fields of the user</source>
        <translation>Alle Felder des Benutzers</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="394"/>
        <source>In the ledger</source>
        <translation>Im Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="430"/>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="430"/>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="431"/>
        <source>%1 (admin, %2)</source>
        <translation>%1 (Admin, %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="432"/>
        <source>%1 (user, %2)</source>
        <translation>%1 (Benutzer, %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="436"/>
        <source>(no open session: log in with an admin profile)</source>
        <translation>(keine offene Sitzung: melden Sie sich mit einem Admin-Profil an)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="481"/>
        <source>The session changed while a request was under way; its outcome is unknown here. Find the user again to see where it stands.</source>
        <translation>Die Sitzung hat sich geändert, während eine Anfrage lief; ihr Ergebnis ist hier unbekannt. Suchen Sie den Benutzer erneut, um seinen Stand zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="504"/>
        <source>Log in with an admin profile (Profiles, then Log in) to find and change users.</source>
        <translation>Melden Sie sich mit einem Admin-Profil an (Profile, dann Anmelden), um Benutzer zu finden und zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="506"/>
        <source>A user session reads only its own profile: press My profile. Pick an admin session to find, change, move or delete users.</source>
        <translation>Eine Benutzersitzung liest nur ihr eigenes Profil: Drücken Sie „Mein Profil“. Wählen Sie eine Admin-Sitzung, um Benutzer zu finden, zu ändern, zu verschieben oder zu löschen.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="510"/>
        <source>Requests go to %1 as the admin of “%2”.</source>
        <translation>Anfragen gehen an %1 als Admin von „%2“.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="554"/>
        <source>Type the %1 to look for.</source>
        <translation>Geben Sie %1 ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="560"/>
        <location filename="../app/ui/UsersPage.cpp" line="586"/>
        <location filename="../app/ui/UsersPage.cpp" line="816"/>
        <source>Pick an admin session first.</source>
        <translation>Wählen Sie zuerst eine Admin-Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="564"/>
        <source>Looking for %1 “%2”…</source>
        <translation>Suche nach %1 „%2“…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="572"/>
        <source>No user found for %1 “%2”.</source>
        <translation>Kein Benutzer für %1 „%2“ gefunden.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="581"/>
        <source>Give the group&apos;s InstanceId to page through its users.</source>
        <translation>Geben Sie die InstanceId der Gruppe an, um ihre Benutzer durchzublättern.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="592"/>
        <source>Reading page %1 of group %2…</source>
        <translation>Seite %1 von Gruppe %2 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/UsersPage.cpp" line="613"/>
        <source>Page %1 of %2 · users in the group: %n</source>
        <translation>
            <numerusform>Seite %1 von %2 · Benutzer in der Gruppe: %n</numerusform>
            <numerusform>Seite %1 von %2 · Benutzer in der Gruppe: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="795"/>
        <source>This user has neither a phone number nor an e-mail to log in with: set one first on the Edit tab, then a password.</source>
        <translation>Dieser Benutzer hat weder eine Telefonnummer noch eine E-Mail-Adresse zum Anmelden: Legen Sie zuerst eine im Reiter „Bearbeiten“ fest, dann ein Passwort.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="605"/>
        <source>Group %1 has no users on this page.</source>
        <translation>Gruppe %1 hat auf dieser Seite keine Benutzer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/UsersPage.cpp" line="662"/>
        <source>Users found: %n.</source>
        <translation>
            <numerusform>Gefundene Benutzer: %n.</numerusform>
            <numerusform>Gefundene Benutzer: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="707"/>
        <source>To find %1, log in with an admin profile (Profiles, then Log in), then press Find.</source>
        <translation>Um %1 zu finden, melden Sie sich mit einem Admin-Profil an (Profile, dann Anmelden) und drücken Sie dann „Suchen“.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="712"/>
        <source>Wait for the request under way, then press Find.</source>
        <translation>Warten Sie auf die laufende Anfrage und drücken Sie dann „Suchen“.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="723"/>
        <source>Reading your own profile…</source>
        <translation>Ihr eigenes Profil wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="735"/>
        <source>Your own profile.</source>
        <translation>Ihr eigenes Profil.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="732"/>
        <source>The service returned no profile.</source>
        <translation>Der Dienst hat kein Profil zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="749"/>
        <source>No user shown. Find one on the left, or use “Find this user” on a token card, in the inspector or in the ledger.</source>
        <translation>Kein Benutzer angezeigt. Suchen Sie links einen oder verwenden Sie „Diesen Benutzer finden“ auf einer Token-Karte, im Inspektor oder im Journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="768"/>
        <source>%1 — %2
DeviceToken %3 · group %4</source>
        <translation>%1 — %2
DeviceToken %3 · Gruppe %4</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="769"/>
        <source>status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="797"/>
        <source>The user logs in with %1 and a password of their own.</source>
        <translation>Der Benutzer meldet sich mit %1 und einem eigenen Passwort an.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="802"/>
        <source>Deleting is irreversible: %1 (DeviceToken %2, group %3) and everything the service keeps for this user go. To confirm, type the DeviceToken&apos;s last 8 characters (%4).</source>
        <translation>Löschen ist endgültig: %1 (DeviceToken %2, Gruppe %3) und alles, was der Dienst für diesen Benutzer aufbewahrt, wird entfernt. Zur Bestätigung geben Sie die letzten 8 Zeichen des DeviceTokens ein (%4).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="829"/>
        <source>The password of %1 was set.</source>
        <translation>Das Passwort von %1 wurde festgelegt.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="843"/>
        <source>Registered by this console on %1 (%2).</source>
        <translation>Von dieser Konsole am %1 registriert (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="848"/>
        <source>Moved from group %1 to %2 on %3 by %4.</source>
        <translation>Am %3 von %4 aus Gruppe %1 nach %2 verschoben.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="850"/>
        <source>A move to group %1 on %2 may have happened (the answer was lost).</source>
        <translation>Eine Verschiebung in Gruppe %1 am %2 ist vielleicht erfolgt (die Antwort ging verloren).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="853"/>
        <source>%1 on %2 by %3.</source>
        <translation>%1 am %2 von %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="856"/>
        <source>Not in this console&apos;s ledger.</source>
        <translation>Nicht im Journal dieser Konsole.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="856"/>
        <source>Ledger: </source>
        <translation>Journal: </translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="906"/>
        <source>Nothing changed: nothing was sent.</source>
        <translation>Nichts geändert: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="910"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="931"/>
        <source>Saved (%1) and read back.</source>
        <translation>Gespeichert (%1) und erneut gelesen.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="933"/>
        <source>Saved (%1), but reading the user back failed: %2</source>
        <translation>Gespeichert (%1), aber das erneute Lesen des Benutzers ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="952"/>
        <source>%1 — group %2</source>
        <translation>%1 — Gruppe %2</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="962"/>
        <source>The target group&apos;s InstanceKEY is read from the chosen group-key profile&apos;s keychain entry when you press Move, and sent only to that profile&apos;s service. The move is recorded in the ledger.</source>
        <translation>Der InstanceKEY der Zielgruppe wird beim Drücken von „Verschieben“ aus dem Schlüsselbund-Eintrag des gewählten Gruppenschlüssel-Profils gelesen und nur an dessen Dienst gesendet. Die Verschiebung wird im Journal erfasst.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="965"/>
        <source>No group-key profile of this service for another group. Create one (Profiles, New…, kind Group key) with that group&apos;s InstanceId and InstanceKEY.</source>
        <translation>Kein Gruppenschlüssel-Profil dieses Dienstes für eine andere Gruppe. Legen Sie eines an (Profile, Neu…, Art Gruppenschlüssel) mit der InstanceId und dem InstanceKEY dieser Gruppe.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="976"/>
        <source>That group-key profile no longer exists. Nothing was sent.</source>
        <translation>Dieses Gruppenschlüssel-Profil existiert nicht mehr. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="982"/>
        <source>Moving %1 to group %2…</source>
        <translation>%1 wird in Gruppe %2 verschoben…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="994"/>
        <source>%1 %2, but the ledger could not record it: %3</source>
        <translation>%1 %2, aber das Journal konnte es nicht erfassen: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="995"/>
        <source>was moved</source>
        <translation>wurde verschoben</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="995"/>
        <source>may have been moved</source>
        <translation>wurde vielleicht verschoben</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1001"/>
        <source>Moved %1 to group %2 (%3). Recorded in the ledger.</source>
        <translation>%1 in Gruppe %2 verschoben (%3). Im Journal erfasst.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1026"/>
        <source>Delete stays off until the last 8 characters match.</source>
        <translation>„Löschen“ bleibt aus, bis die letzten 8 Zeichen stimmen.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1028"/>
        <source>That matches. Delete permanently removes %1.</source>
        <translation>Das passt. „Endgültig löschen“ entfernt %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1031"/>
        <source>“%1” is not the last 8 characters of this DeviceToken (it ends in %2).</source>
        <translation>„%1“ sind nicht die letzten 8 Zeichen dieses DeviceTokens (es endet auf %2).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1042"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1045"/>
        <source>%1 (%2) %3, but the ledger could not record it: %4</source>
        <translation>%1 (%2) %3, aber das Journal konnte es nicht erfassen: %4</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1047"/>
        <source>was deleted</source>
        <translation>wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1047"/>
        <source>may have been deleted</source>
        <translation>wurde vielleicht gelöscht</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1053"/>
        <source>Deleted %1 (%2). Recorded in the ledger.</source>
        <translation>%1 (%2) gelöscht. Im Journal erfasst.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1063"/>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
</context>
</TS>
