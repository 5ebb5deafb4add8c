<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="43"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="45"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="47"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="48"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="31"/>
        <location filename="../app/ui/RegisterPage.cpp" line="51"/>
        <source>Partly checked: not sent (the service&apos;s default applies).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkPage</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="62"/>
        <source>a CSV of profiles: a header row, then one user per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="63"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="64"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="65"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="78"/>
        <source>Res&amp;ume that run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="89"/>
        <location filename="../app/ui/BulkPage.cpp" line="149"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="89"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="89"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="100"/>
        <source>Pick each DeviceToken here (CustomToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="102"/>
        <source>Each row&apos;s DeviceToken is chosen and recorded before sending, so a lost answer still leaves it known. Off by default: the vendor does not document whether the service refuses a reused CustomToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="105"/>
        <source>Requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="112"/>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="114"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="116"/>
        <location filename="../app/ui/BulkPage.cpp" line="569"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="118"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="120"/>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="149"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="149"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="168"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="169"/>
        <source>Dry-run problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="170"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="204"/>
        <source>A CSV of profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="205"/>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="231"/>
        <source>%1 columns. Check the mapping, then make a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="245"/>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="306"/>
        <source>The ledger has run %1 of this file into this group (%2; %3 done, %4 failed, %5 unknown, %6 in flight). Resuming skips the confirmed rows; rows whose request was in flight are reconciled first%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="315"/>
        <source> with the admin session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="315"/>
        <source> (needs an admin session; else they stay unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="342"/>
        <source>Checking: %1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="345"/>
        <source>Dry run: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="376"/>
        <source>Dry run: %n row(s), no problems. Nothing was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="377"/>
        <source>Dry run: %1 rows, %2 with problems (%3 problems%4). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="381"/>
        <source>, the first %1 listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="385"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="392"/>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="393"/>
        <source>%1 of %2 rows have problems (listed). Send the other rows? The rows with problems are marked failed and not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="412"/>
        <source>Register the file again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="413"/>
        <source>The ledger already has run %1 of this file into this group. A new run registers every row again (duplicates). Resume that run instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="465"/>
        <source>Resuming run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="465"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="478"/>
        <source>%1 / %2 rows · %3 done · %4 failed · %5 unknown · %6 rows/s · ETA %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="480"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="490"/>
        <source>Run %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="498"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="500"/>
        <source>
NOT recorded in the ledger (export the results now; they exist only here):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="544"/>
        <source>no run to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="552"/>
        <source>Export the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="552"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="554"/>
        <source>Results written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="555"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="569"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::BulkRowModel</name>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="126"/>
        <source> (NOT in the ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="140"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="140"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="140"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="141"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="141"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="141"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/BulkRowModel.cpp" line="141"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ClaimGlossary</name>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="14"/>
        <source>Subject: whom the token is for (the user&apos;s DeviceToken, or the admin&apos;s id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="15"/>
        <source>Token id: a unique number for this one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="16"/>
        <source>Issued at: when the service made this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="17"/>
        <source>Not before: the token is refused before this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="18"/>
        <source>Expires: after this moment the service answers 401; refresh the token before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="19"/>
        <source>Issuer: the service part that signed the token (&quot;webApi&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="20"/>
        <source>Audience: the services meant to accept the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="21"/>
        <source>Application id: the customer&apos;s application (app) in DataHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="22"/>
        <source>Company id: the customer account that owns the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="23"/>
        <source>InstanceId: the user group (or API credentials set) the identity belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="24"/>
        <source>InstanceKey: the group&apos;s secret key, the password for user logins and registration. Anyone who sees this token has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="25"/>
        <source>DeviceToken: the app user&apos;s id, also the SDK&apos;s key for that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="26"/>
        <source>Whether the SDK sends its logs for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="27"/>
        <source>Whether the SDK records trips for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="28"/>
        <source>Whether the SDK shares the user&apos;s live location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="29"/>
        <source>ClientId: the user&apos;s id in the customer&apos;s own system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="30"/>
        <source>When the refresh token dies (service time, UTC): after it, log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="31"/>
        <source>The refresh token, in clear: it buys a new token pair once. Keep it secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="32"/>
        <source>The DataHub account&apos;s e-mail (admin tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="33"/>
        <source>Whether the identity is a DataHub (admin) account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="34"/>
        <location filename="../app/ui/ClaimGlossary.cpp" line="35"/>
        <source>The role the service grants this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="36"/>
        <source>The service&apos;s internal id of the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="46"/>
        <source>Signing algorithm. HS256: signed with the service&apos;s secret key, which the console does not have, so the signature is not checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="49"/>
        <source>Token type (JWT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="52"/>
        <source>Key id: which of the service&apos;s keys signed the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="55"/>
        <source>Content type of the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="57"/>
        <source>A header field the console does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="66"/>
        <source>A claim the console does not know.</source>
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
        <location filename="../app/ui/EnvironmentBanner.cpp" line="49"/>
        <source>Profile “%1” · %2 · test data on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="51"/>
        <source>Profile “%1” · the local sandbox is not running (Sandbox → Start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="55"/>
        <source>Custom service — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="56"/>
        <source>Profile “%1” · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="65"/>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="66"/>
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
    <name>tc::KeychainStore</name>
    <message>
        <location filename="../app/core/KeychainStore.cpp" line="262"/>
        <source>Secrets are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeychainStore.cpp" line="264"/>
        <source>Secrets are kept in memory only for this run (nothing is saved): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeychainStore.cpp" line="362"/>
        <source>No Secret Service is running (org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeychainStore.cpp" line="366"/>
        <source>No D-Bus session bus, so no keychain can be reached: run the console inside a desktop session (or under dbus-run-session with an unlocked gnome-keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeychainStore.cpp" line="370"/>
        <source>The keyring is locked or has no default collection: unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeychainStore.cpp" line="374"/>
        <source>Access to the keychain was denied: allow telematics-console when your keyring asks, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeychainStore.cpp" line="378"/>
        <source>The keychain did not answer within %1 s (it may be locked and waiting for a password prompt): unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/KeychainStore.cpp" line="383"/>
        <source>The keychain failed: check that gnome-keyring or KWallet is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::LedgerModel</name>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="91"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="91"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="91"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="91"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="91"/>
        <source>InstanceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="92"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="92"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="92"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LedgerModel.cpp" line="92"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::LedgerPage</name>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="27"/>
        <source>Every DeviceToken this console received, recorded before it was shown. Access and refresh tokens are never kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="36"/>
        <source>Search DeviceToken, ClientId, InstanceId, name, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="38"/>
        <source>Search the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="41"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="46"/>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="49"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="50"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="104"/>
        <source>%n entr(y/ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="139"/>
        <source>Export the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="139"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="141"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="142"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="53"/>
        <source>Local sandbox — admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="58"/>
        <source>Local sandbox — user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="69"/>
        <source>Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="79"/>
        <source>Keychain message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="80"/>
        <source>Sandbox message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="81"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="90"/>
        <source>&amp;Work areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="96"/>
        <source>Work areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="103"/>
        <source>Work area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="113"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="114"/>
        <source>Local sandbox state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="115"/>
        <source>Keychain state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="122"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="128"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="167"/>
        <location filename="../app/ui/MainWindow.cpp" line="378"/>
        <source>The system keychain cannot be used: %1
Until that is fixed, secrets you enter are kept in memory only for this run: nothing is saved, and you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="188"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="189"/>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="191"/>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="194"/>
        <source>&amp;Log in / register user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="198"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="201"/>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="202"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="203"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="205"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="206"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="210"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="211"/>
        <source>&amp;About Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="212"/>
        <source>About Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="213"/>
        <source>Telematics Console %1
A desktop admin console for the Telematics (Damoov) user service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="232"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="396"/>
        <source>First run: starting a local sandbox so you can try the console safely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="456"/>
        <source>The local sandbox is stopped. Its data stays in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="458"/>
        <source>&amp;Start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="464"/>
        <source>Stop the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="465"/>
        <source>One open session uses the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="466"/>
        <source>%1 open sessions use the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="467"/>
        <source>; their refreshes fail until it runs again. Stop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="499"/>
        <source>The local sandbox runs at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="522"/>
        <source>The local sandbox did not start: %1
Its database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="523"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="554"/>
        <source>Could not create the profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="572"/>
        <source>First run: the console started a local sandbox at %1 (its data: %2) and created the profiles “%3” and “%4” with its demo credentials %5. Select one on the left and press Log in — nothing here touches production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="577"/>
        <source>(kept in memory only for this run: the keychain is unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="578"/>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="580"/>
        <source>A credential could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="611"/>
        <source>Starting the local sandbox first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="623"/>
        <source>Logging in with “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="627"/>
        <source>Logged in with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="629"/>
        <source>Login with “%1” failed (see its card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="632"/>
        <source>Logged in, but the session could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="652"/>
        <source>Registering a user in “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="658"/>
        <source>The profile “%1” has no InstanceKEY in the keychain: use Edit… to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="659"/>
        <source>Could not read the InstanceKEY of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="669"/>
        <source>Registration in “%1” failed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="681"/>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="686"/>
        <source>%1 — user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="692"/>
        <source>The user %1 was registered, but its profile could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="699"/>
        <source>A secret of “%1” could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="750"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="751"/>
        <source>Delete the profile “%1” and its secrets in the keychain? Its session ends here. (Nothing changes on the service.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="764"/>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="766"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="798"/>
        <source>Sandbox: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="799"/>
        <source>Sandbox: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="801"/>
        <source>Sandbox: running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="803"/>
        <source>Sandbox: failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="810"/>
        <source>⚠ Secrets: memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="810"/>
        <source>Secrets: system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="816"/>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="821"/>
        <source>PRODUCTION (user.telematicssdk.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="823"/>
        <source>local sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="824"/>
        <source>local sandbox (not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="828"/>
        <location filename="../app/ui/MainWindow.cpp" line="831"/>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="832"/>
        <source>logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="833"/>
        <source>connected, token valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="834"/>
        <source>refreshing the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="835"/>
        <source>token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="836"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="839"/>
        <source>group key (registration only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="841"/>
        <source>“%1” → %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="877"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="884"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="894"/>
        <source>Register many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="899"/>
        <source>Bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="904"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="915"/>
        <source>The ledger (%1) could not be opened: %2. Registrations still work, but their DeviceTokens are not recorded on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::Profile</name>
    <message>
        <location filename="../app/core/Profile.cpp" line="67"/>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Profile.cpp" line="70"/>
        <source>A profile name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Profile.cpp" line="74"/>
        <source>The base URL must be an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Profile.cpp" line="78"/>
        <source>The API login must be an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Profile.cpp" line="82"/>
        <source>Endpoint paths start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileEditor</name>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="62"/>
        <source>Enter the service&apos;s base URL, e.g. https://user.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="66"/>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="69"/>
        <source>The URL must start with https:// (or http:// for a local service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="72"/>
        <source>The URL needs a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="82"/>
        <source>&amp;Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="82"/>
        <source>Cancel tes&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="86"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="87"/>
        <source>Profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="121"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="122"/>
        <source>e.g. Production — admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="123"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="125"/>
        <source>Production (user.telematicssdk.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="127"/>
        <source>Local sandbox (embedded; its URL is found at run time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="129"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="130"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="131"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="133"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="135"/>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="137"/>
        <source>Admin — API credentials (DataHub → Management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="138"/>
        <source>User — one app user&apos;s DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="139"/>
        <source>Group key — InstanceID + InstanceKEY (registration, no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="141"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="142"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="144"/>
        <source>&amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="146"/>
        <source>InstanceID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="150"/>
        <source>API login e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="151"/>
        <source>api-login@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="152"/>
        <source>API &amp;login (e-mail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="154"/>
        <source>API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="155"/>
        <source>API &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="157"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="159"/>
        <source>&amp;DeviceToken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="161"/>
        <source>InstanceKEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="162"/>
        <source>Instance&amp;KEY:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="164"/>
        <source>Auto: object, then the string shape once on a bare 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="165"/>
        <source>Object: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (2020 docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="166"/>
        <source>String: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (newer docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="167"/>
        <source>LoginFields shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="168"/>
        <source>Login&amp;Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="170"/>
        <source>Endpoint paths (leave empty for the documented ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="177"/>
        <source>Path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="196"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="399"/>
        <source>Logs in once with these fields (uses one of the service&apos;s rate-limited logins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="199"/>
        <source>Test login in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="211"/>
        <source>Test login result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="219"/>
        <source>Save error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="274"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="297"/>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="326"/>
        <source>reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="343"/>
        <source>not in the keychain: enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="387"/>
        <source>(found when the local sandbox runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="391"/>
        <source>API &amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="391"/>
        <source>Group &amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="398"/>
        <source>A group-key profile does not log in; it registers users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="438"/>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="440"/>
        <source>Another profile already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="442"/>
        <source>A profile name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="447"/>
        <source>Enter the InstanceID (a UUID such as 3f2a9c1e-….).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="448"/>
        <source>An InstanceID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="452"/>
        <source>Enter the API login (an e-mail address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="453"/>
        <source>The API login is an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="457"/>
        <source>Enter the user&apos;s DeviceToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="458"/>
        <source>A DeviceToken looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="465"/>
        <source>A path starts with “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="493"/>
        <source>Enter the API password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="493"/>
        <source>Enter the InstanceKEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="496"/>
        <source>A group-key profile does not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="499"/>
        <source>The local sandbox is not running: start it with Sandbox → Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="502"/>
        <source>Cannot test yet:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="507"/>
        <source>The service blocked logins from here (HTTP 429) until %1. Try again %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="533"/>
        <source>Logging in to %1 (LoginFields as %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="547"/>
        <source>Test login cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="555"/>
        <source>Login failed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="563"/>
        <source>Login worked (LoginFields sent as %1). The token is valid until %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="570"/>
        <source>The object shape got a bare 401; the string shape worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="594"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="604"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="615"/>
        <source>Could not rename the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="664"/>
        <source>The profile was saved, but a secret was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileList</name>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="22"/>
        <location filename="../app/ui/ProfileList.cpp" line="188"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="22"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="27"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="33"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="145"/>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="146"/>
        <source>local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="151"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="152"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="153"/>
        <source>group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="158"/>
        <source>logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="159"/>
        <source>logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="160"/>
        <source>● signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="161"/>
        <source>● refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="162"/>
        <source>token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="163"/>
        <source>⚠ error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="184"/>
        <source>Register a user and &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="185"/>
        <source>Registers a new user in this group (Registration/Create), keeps its DeviceToken in a new user profile and logs it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="189"/>
        <source>Logs in with the profile&apos;s credentials from the keychain (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileStore</name>
    <message>
        <location filename="../app/core/ProfileStore.cpp" line="173"/>
        <location filename="../app/core/ProfileStore.cpp" line="261"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ProfileStore.cpp" line="179"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegisterGroupBox</name>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="24"/>
        <source>User group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="29"/>
        <source>the group&apos;s InstanceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="30"/>
        <source>Group InstanceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="33"/>
        <source>the group&apos;s InstanceKey (a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="34"/>
        <source>Group InstanceKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="37"/>
        <source>InstanceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="39"/>
        <source>InstanceKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="70"/>
        <source>Give the group&apos;s InstanceId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterGroupBox.cpp" line="72"/>
        <source>Give the group&apos;s InstanceKey.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegisterManyPage</name>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="50"/>
        <source>Registration/CreateMany: the DeviceTokens come back once. Each is written to the ledger before it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="63"/>
        <source>Quantity (1–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="64"/>
        <source>Return access tokens (CreateAccessToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="68"/>
        <source>Enable tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="69"/>
        <source>Enable logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="70"/>
        <source>Enabled (SDK on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="71"/>
        <source>CustomFields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="77"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="79"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="80"/>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="81"/>
        <source>Include access and refresh tokens (secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="97"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="97"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="97"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="97"/>
        <source>Expires in (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="149"/>
        <source>Registering %n user(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="163"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="169"/>
        <source>%n user(s) registered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="172"/>
        <source>No certain answer: %1
Up to %2 users may exist whose DeviceTokens were not received. Not retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="181"/>
        <source>
NOT recorded in the ledger: %1. Export the table now: these DeviceTokens exist only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="184"/>
        <source>
Every DeviceToken is recorded in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="210"/>
        <source>Export the DeviceTokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="211"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="211"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="215"/>
        <source>
Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="217"/>
        <source>
The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegisterPage</name>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="110"/>
        <source>Registration/Create: every field is optional. The DeviceToken is written to the ledger before it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="134"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="135"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="136"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="137"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="138"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="141"/>
        <location filename="../app/ui/RegisterPage.cpp" line="162"/>
        <location filename="../app/ui/RegisterPage.cpp" line="169"/>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="144"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="149"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="159"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="165"/>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="171"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="173"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="174"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="175"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="176"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="177"/>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="178"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="183"/>
        <source>a UUID you pick: it becomes the DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="184"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="190"/>
        <source>CustomToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="191"/>
        <source>With a CustomToken the DeviceToken is recorded before sending, so a lost answer still leaves it known. The vendor does not document whether a reused CustomToken is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="198"/>
        <source>the user&apos;s id in your own system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="198"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="199"/>
        <source>Enable tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="199"/>
        <source>UserFields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="200"/>
        <source>Enable logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="201"/>
        <source>Enabled (SDK on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="202"/>
        <source>Return an access token now (CreateAccessToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="212"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="215"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="236"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="240"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="244"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="248"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="249"/>
        <source>Log &amp;in as this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="329"/>
        <source>Fix the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="410"/>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="421"/>
        <source>Registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="424"/>
        <source>No certain answer: %1
The user may exist. It was not retried.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="426"/>
        <source> Pick a CustomToken next time to make this checkable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="427"/>
        <source> If it exists, its DeviceToken is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="432"/>
        <source>
The fields concerned are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="441"/>
        <source>Access token ●●●●●●●● received%1; refresh token %2. Kept in memory only, never in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="442"/>
        <source> (expires in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="443"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="443"/>
        <source>●●●●●●●● received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="445"/>
        <source>No access token (CreateAccessToken: false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="450"/>
        <source>NOT recorded: %1. Copy the DeviceToken now: it exists only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="452"/>
        <source>Recorded in the ledger (entry %1, %2).</source>
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
        <location filename="../app/core/Session.cpp" line="517"/>
        <source>the service rate-limited logins earlier; no login is sent before then</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/Session.cpp" line="523"/>
        <source>automatic logins are paused: %n login(s) in the last %1 min for this profile; log in by hand or wait</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/Session.cpp" line="573"/>
        <source>no API password is stored for this profile; log in once with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Session.cpp" line="574"/>
        <source>no InstanceKEY is stored for this profile; log in once with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Session.cpp" line="585"/>
        <source>no API login e-mail is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Session.cpp" line="586"/>
        <source>no DeviceToken is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Session.cpp" line="590"/>
        <source>a user login needs the group&apos;s InstanceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Session.cpp" line="824"/>
        <source>not logged in: log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Session.cpp" line="875"/>
        <source>the request could not be built</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TimeText</name>
    <message>
        <location filename="../app/core/TimeText.cpp" line="21"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="21"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="23"/>
        <location filename="../app/core/TimeText.cpp" line="28"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="28"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="31"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="31"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="33"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="39"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="41"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="41"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="50"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="60"/>
        <location filename="../app/core/TimeText.cpp" line="68"/>
        <location filename="../app/core/TimeText.cpp" line="76"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TimeText.cpp" line="62"/>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TokenCard</name>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="49"/>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="49"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="50"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="56"/>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="68"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="72"/>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="81"/>
        <source>InstanceId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="82"/>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="83"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="90"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="91"/>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="94"/>
        <source>Fraction of the token&apos;s life left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="96"/>
        <source>Refresh token expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="99"/>
        <source>Clock skew warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="101"/>
        <location filename="../app/ui/TokenCard.cpp" line="212"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="104"/>
        <source>Refresh the token on its own before it lapses (at 80 % of its life or 5 min before the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="113"/>
        <source>Copy the JWT; the clipboard is cleared after 30 s if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="137"/>
        <source>Refresh of “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="138"/>
        <source>Login with “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="144"/>
        <source>Token copied. The clipboard is cleared in %1 s if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="200"/>
        <source>Admin · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="200"/>
        <source>(API login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="201"/>
        <source>User · DeviceToken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="201"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="202"/>
        <source>An admin session (API credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="202"/>
        <source>A user session (DeviceToken login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="203"/>
        <location filename="../app/ui/TokenCard.cpp" line="268"/>
        <location filename="../app/ui/TokenCard.cpp" line="269"/>
        <location filename="../app/ui/TokenCard.cpp" line="270"/>
        <location filename="../app/ui/TokenCard.cpp" line="271"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="207"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="208"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="209"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="210"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="211"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="242"/>
        <source>Stop the refresh; the current token is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="242"/>
        <source>Stop the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="259"/>
        <source>⚠ This computer&apos;s clock is %1 %2 the server&apos;s. Times here use the server&apos;s clock; set the system clock right (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="261"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="261"/>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="268"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="290"/>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="292"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="303"/>
        <source>not stated in the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="320"/>
        <source>Less than a quarter of the token&apos;s life is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="321"/>
        <source>The token is about to lapse (or has).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TokenInspector</name>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="36"/>
        <source>•••••••• (hidden: tick “Reveal secret claims”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="60"/>
        <source>A JWT is three base64url parts joined by dots: header.payload.signature. It usually starts with “eyJ”. Check that the whole token was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="63"/>
        <source>The first part (the header, before the first dot) must be base64url-encoded JSON such as {&quot;alg&quot;:&quot;HS256&quot;,&quot;typ&quot;:&quot;JWT&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="66"/>
        <source>The second part (the claims, between the dots) must be base64url-encoded JSON. A character may have been lost or added when copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="69"/>
        <source>The third part (the signature, after the second dot) must be base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="78"/>
        <source>&amp;Use this session&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="79"/>
        <source>&amp;Reveal secret claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="82"/>
        <source>Token inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="85"/>
        <source>Paste a JWT (eyJ…); it stays masked unless you press Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="86"/>
        <source>Token to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="88"/>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="93"/>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="98"/>
        <source>&amp;Or a session&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="106"/>
        <source>Token summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="112"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="116"/>
        <source>Reveal secret claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="120"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="120"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="120"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="120"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="121"/>
        <source>Header and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="161"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="165"/>
        <source>(no session with a token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="243"/>
        <source>Paste a JWT above, or pick an open session and press “Use this session&apos;s token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="250"/>
        <source>This is not a readable JWT. %1: %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="263"/>
        <source>An admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="263"/>
        <source>A user token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="265"/>
        <source>%1%2, InstanceId %3, signed with %4. The signature is not checked here (the console does not hold the service&apos;s key). A JWT is a secret: whoever holds it can act as this identity until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="269"/>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="270"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="271"/>
        <source>(no algorithm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="277"/>
        <source>Expired %1 (%2). The service answers 401 to it; refresh or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="280"/>
        <source>The token has no expiry (exp) claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="283"/>
        <source>Not yet valid: the service accepts it %1 (%2). Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="287"/>
        <source>Issued in the future (%1): this computer&apos;s clock or the server&apos;s is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="293"/>
        <source>This token embeds the group&apos;s InstanceKey: anyone who sees the token has the group&apos;s key (the password of every user of the group, and the key to register new users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="296"/>
        <source>This token embeds a refresh token: anyone who sees it can get a new token pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="298"/>
        <source>This token embeds a secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="303"/>
        <source>Its refresh token expired %1: only a new login helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="335"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="353"/>
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
</context>
</TS>
