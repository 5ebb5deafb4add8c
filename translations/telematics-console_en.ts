<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ManagedUser</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="159"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="46"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="48"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="50"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="51"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="34"/>
        <location filename="../app/ui/RegisterPage.cpp" line="55"/>
        <source>Partly checked: not sent (the service&apos;s default applies).</source>
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
    <name>tc::BulkJob</name>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="285"/>
        <source>%n row(s) were in flight when run %1 stopped: now &quot;unknown&quot;</source>
        <translation>
            <numerusform>%n row was in flight when run %1 stopped: now "unknown"</numerusform>
            <numerusform>%n rows were in flight when run %1 stopped: now "unknown"</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="287"/>
        <source>%n row(s) marked ahead were never sent: pending again</source>
        <translation>
            <numerusform>%n row marked ahead were never sent: pending again</numerusform>
            <numerusform>%n rows marked ahead were never sent: pending again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="850"/>
        <source>%n row(s) ended unknown: resume the run to reconcile them before anything is sent again</source>
        <translation>
            <numerusform>%n row ended unknown: resume the run to reconcile them before anything is sent again</numerusform>
            <numerusform>%n rows ended unknown: resume the run to reconcile them before anything is sent again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::BulkPage</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="66"/>
        <source>a CSV of profiles: a header row, then one user per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="67"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="68"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="69"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="82"/>
        <source>Res&amp;ume that run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="97"/>
        <location filename="../app/ui/BulkPage.cpp" line="161"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="97"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="97"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="108"/>
        <source>Pick each DeviceToken here (CustomToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="111"/>
        <source>Each row&apos;s DeviceToken is chosen and recorded before sending, so a lost answer still leaves it known. Off by default: the vendor does not document whether the service refuses a reused CustomToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="114"/>
        <source>Re&amp;quests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="116"/>
        <source>Requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="124"/>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="126"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="128"/>
        <location filename="../app/ui/BulkPage.cpp" line="744"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="130"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="132"/>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="161"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="161"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="172"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="173"/>
        <source>Dry-run problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="174"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="175"/>
        <source>1 · Column &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="177"/>
        <source>3 · Ro&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="207"/>
        <source>A CSV of profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="208"/>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="243"/>
        <source>%n column(s). Check the mapping, then make a dry run.</source>
        <translation>
            <numerusform>%n column. Check the mapping, then make a dry run.</numerusform>
            <numerusform>%n columns. Check the mapping, then make a dry run.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="346"/>
        <source> (needs an admin session on %1; else they stay unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="376"/>
        <source>Checking: %n row(s) read</source>
        <translation>
            <numerusform>Checking: %n row read</numerusform>
            <numerusform>Checking: %n rows read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="429"/>
        <source>Dry run: %1, %2 of them with problems (%3%4). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="430"/>
        <location filename="../app/ui/BulkPage.cpp" line="438"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="431"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="454"/>
        <source>The ledger already has run %1 of this file into this group, not finished. Resume it (confirmed rows are skipped)? No starts a new run that registers every row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="485"/>
        <source>Register every row again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="486"/>
        <source>Run %1 already registered %2 into group %3 at %4. A new run registers every row AGAIN: each becomes a second user. Register them again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="493"/>
        <location filename="../app/ui/BulkPage.cpp" line="558"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="510"/>
        <source>The file has no rows to register: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="514"/>
        <source>Every row has problems (listed below): nothing was sent. Fix the file and make a dry run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="524"/>
        <source>Register %n real user(s) from %1 into group %2 at %3 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>Register %n real user from %1 into group %2 at %3 (PRODUCTION)? It cannot be taken back from here.</numerusform>
            <numerusform>Register %n real users from %1 into group %2 at %3 (PRODUCTION)? They cannot be taken back from here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="536"/>
        <source> (line %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="538"/>
        <source>, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="539"/>
        <source>%n row(s)%1 have problems and are NOT sent: they are marked failed in the ledger. Skip them and register the other %2 into group %3 at %4?</source>
        <translation>
            <numerusform>%n row%1 has problems and is NOT sent: it is marked failed in the ledger. Skip it and register the other %2 into group %3 at %4?</numerusform>
            <numerusform>%n rows%1 have problems and are NOT sent: they are marked failed in the ledger. Skip them and register the other %2 into group %3 at %4?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="549"/>
        <source>Register in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="577"/>
        <source>Resume in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="578"/>
        <source>Resume run %1 of %2 into group %3 at %4 (PRODUCTION)? Rows not confirmed yet are registered; confirmed rows are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="595"/>
        <source>2 · Dry-run pro&amp;blems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="596"/>
        <source>2 · Dry-run pro&amp;blems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="259"/>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="327"/>
        <source>The ledger has finished run %1 of this file into this group (%2 done, %3 failed). Running the file again registers its rows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="335"/>
        <source>The ledger has run %1 of this file into this group (%2; %3 done, %4 failed, %5 unknown, %6 in flight). Resuming skips the confirmed rows; rows whose request was in flight are reconciled first%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="345"/>
        <source> with the admin session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="379"/>
        <source>Dry run: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="414"/>
        <source>Dry run stopped after %n row(s). Nothing was sent.</source>
        <translation>
            <numerusform>Dry run stopped after %n row. Nothing was sent.</numerusform>
            <numerusform>Dry run stopped after %n rows. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="422"/>
        <source>%1
Nothing can be sent from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="428"/>
        <source>Dry run: %n row(s), no problems. Nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n row, no problems. Nothing was sent.</numerusform>
            <numerusform>Dry run: %n rows, no problems. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="433"/>
        <source>, the first %1 listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="549"/>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="453"/>
        <source>Register the file again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="625"/>
        <source>Resuming run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="625"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="640"/>
        <source>Paused (requests already sent are awaited) · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="642"/>
        <source>Stopping · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="644"/>
        <source>%1 / %2 rows · %3 done · %4 failed · %5 unknown · %6 rows/s · ETA %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="646"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="663"/>
        <source>Run %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="664"/>
        <source>Run %1 %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="670"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="672"/>
        <source>
NOT recorded in the ledger (export the results now; they exist only here):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="718"/>
        <source>no run to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="726"/>
        <source>Export the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="726"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="728"/>
        <source>Results written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="729"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="744"/>
        <source>Res&amp;ume</source>
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
        <location filename="../app/core/profiles/KeychainStore.cpp" line="353"/>
        <source>%1 reached the D-Bus session bus, but no Secret Service answers on it (org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="358"/>
        <source>%1 found no D-Bus session bus, so no keychain can be reached: run it inside a desktop session (or under dbus-run-session with an unlocked gnome-keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="363"/>
        <source>The Secret Service answered, but the keyring is locked or has no default collection: unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="368"/>
        <source>Access to the keychain was denied: allow telematics-console when your keyring asks, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="372"/>
        <source>The keychain did not answer within %1 s (it may be locked and waiting for a password prompt): unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="377"/>
        <source>The keychain failed: check that gnome-keyring or KWallet is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::LedgerModel</name>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="92"/>
        <source>InstanceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="93"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::LedgerPage</name>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="33"/>
        <source>Every DeviceToken this console received, recorded before it was shown. Access and refresh tokens are never kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="42"/>
        <source>Search DeviceToken, ClientId, InstanceId, name, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="44"/>
        <source>Search the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="47"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="52"/>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="55"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="56"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="85"/>
        <location filename="../app/ui/LedgerPage.cpp" line="102"/>
        <source>Copy &amp;DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="88"/>
        <location filename="../app/ui/LedgerPage.cpp" line="105"/>
        <source>Copy row as C&amp;SV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="104"/>
        <source>Copy the selected entry&apos;s DeviceToken (Ctrl+C in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="107"/>
        <source>Copy the selected entry, with the column names, as CSV (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="151"/>
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="238"/>
        <source>Export the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="238"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="240"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="241"/>
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
        <location filename="../app/ui/MainWindow.cpp" line="67"/>
        <source>Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="77"/>
        <source>Keychain message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="78"/>
        <source>Sandbox message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="79"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="88"/>
        <source>&amp;Work areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="94"/>
        <source>Work areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="101"/>
        <source>Work area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="113"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="115"/>
        <source>Local sandbox state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="117"/>
        <source>Keychain state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="124"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="134"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="193"/>
        <location filename="../app/ui/MainWindow.cpp" line="404"/>
        <source>The system keychain cannot be used: %1
Until that is fixed, secrets you enter are kept in memory only for this run: nothing is saved, and you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="214"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="215"/>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="217"/>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="220"/>
        <source>&amp;Log in / register user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="224"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="227"/>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="228"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="229"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="231"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="232"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="236"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="237"/>
        <source>&amp;About Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="238"/>
        <source>About Telematics Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="239"/>
        <source>Telematics Console %1
A desktop admin console for the Telematics (Damoov) user service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="258"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="422"/>
        <source>First run: starting a local sandbox so you can try the console safely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="483"/>
        <source>The local sandbox is stopped. Its data stays in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="484"/>
        <source>&amp;Start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="490"/>
        <source>Stop the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="491"/>
        <source>One open session uses the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="492"/>
        <source>%1 open sessions use the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="493"/>
        <source>; their refreshes fail until it runs again. Stop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="525"/>
        <source>The local sandbox runs at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="549"/>
        <source>The local sandbox did not start: %1
Its database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="550"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="686"/>
        <source>No user was registered in “%1”.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="688"/>
        <source>The user %1 (in “%2”) has no profile to log in with.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="940"/>
        <source>The ledger (%1) could not be opened: %2. Nothing is registered until it can be: a DeviceToken the service returns must be recorded before it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="971"/>
        <source>No group-key profile for %1, the service of “%2”. Pick one above (it names its own service) or create one with the group&apos;s InstanceId and InstanceKEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="974"/>
        <source>Select a profile, or pick a group-key profile above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="564"/>
        <source>First run: the console started a local sandbox at %1 (its data: %2) and created the profiles “%3” and “%4” with its demo credentials %5. Select one on the left and press Log in — nothing here touches production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="569"/>
        <source>(kept in memory only for this run: the keychain is unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="570"/>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="599"/>
        <source>Starting the local sandbox first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="611"/>
        <source>Logging in with “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="615"/>
        <source>Logged in with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="617"/>
        <source>Login with “%1” failed (see its card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="620"/>
        <source>Logged in, but the session could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="636"/>
        <source>Register a user in production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="636"/>
        <source>Register a user and log in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="637"/>
        <source>“%1” is a group key: it cannot log in, it can only register users.

Register a NEW user in group %2 at %3%4, record its DeviceToken in the ledger, and log in as that user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="641"/>
        <source> (PRODUCTION: a real user that stays in the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="664"/>
        <source>Registering a user in “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="693"/>
        <source>A secret of “%1” could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="700"/>
        <source>“%1” is in your profiles now, to log in as this user again. Keep it, or discard it when you are done (the user stays registered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="703"/>
        <source>&amp;Discard profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="746"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="747"/>
        <source>Delete the profile “%1” and its secrets in the keychain? Its session ends here. (Nothing changes on the service.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="760"/>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="762"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="794"/>
        <source>Sandbox: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="795"/>
        <source>Sandbox: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="797"/>
        <source>Sandbox: running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="799"/>
        <source>Sandbox: failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="806"/>
        <source>⚠ Secrets: memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="806"/>
        <source>Secrets: system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="812"/>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="817"/>
        <source>PRODUCTION (user.telematicssdk.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="819"/>
        <source>local sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="820"/>
        <source>local sandbox (not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="824"/>
        <location filename="../app/ui/MainWindow.cpp" line="830"/>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="827"/>
        <source>the local sandbox is stopped: refreshes fail until it runs (Sandbox → Start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="831"/>
        <source>logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="832"/>
        <source>connected, token valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="833"/>
        <source>refreshing the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="834"/>
        <source>token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="835"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="838"/>
        <source>group key (registration only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="840"/>
        <source>“%1” → %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="870"/>
        <source>ClientId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="870"/>
        <source>%1 (ClientId %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="903"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="915"/>
        <source>Register many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="922"/>
        <source>Bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="929"/>
        <source>Ledger</source>
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
        <location filename="../app/core/profiles/Profile.cpp" line="82"/>
        <source>Endpoint paths start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileEditor</name>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="65"/>
        <source>Enter the service&apos;s base URL, e.g. https://user.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="69"/>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="72"/>
        <source>The URL must start with https:// (or http:// for a local service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="75"/>
        <source>The URL needs a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="85"/>
        <source>&amp;Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="85"/>
        <source>Cancel tes&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="89"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="90"/>
        <source>Profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="124"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="125"/>
        <source>e.g. Production — admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="126"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="128"/>
        <source>Production (user.telematicssdk.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="130"/>
        <source>Local sandbox (embedded; its URL is found at run time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="132"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="133"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="134"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="136"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="138"/>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="140"/>
        <source>Admin — API credentials (DataHub → Management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="142"/>
        <source>User — one app user&apos;s DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="143"/>
        <source>Group key — InstanceID + InstanceKEY (registration, no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="145"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="146"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="148"/>
        <source>&amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="150"/>
        <source>InstanceID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="154"/>
        <source>API login e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="155"/>
        <source>api-login@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="156"/>
        <source>API &amp;login (e-mail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="158"/>
        <source>API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="159"/>
        <source>API &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="161"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="163"/>
        <source>&amp;DeviceToken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="165"/>
        <source>InstanceKEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="166"/>
        <source>Instance&amp;KEY:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="168"/>
        <source>Auto: object, then the string shape once on a bare 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="169"/>
        <source>Object: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (2020 docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="170"/>
        <source>String: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (newer docs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="172"/>
        <source>LoginFields shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="173"/>
        <source>Login&amp;Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="175"/>
        <source>Endpoint paths (leave empty for the documented ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="182"/>
        <source>Path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="201"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="445"/>
        <source>Logs in once with these fields (uses one of the service&apos;s rate-limited logins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="204"/>
        <source>Test login in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="217"/>
        <source>Test login result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="226"/>
        <source>Save error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="293"/>
        <source>Discard this profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="294"/>
        <source>Discard what you entered for this new profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="295"/>
        <source>Discard your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="311"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="341"/>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="370"/>
        <source>reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="387"/>
        <source>not in the keychain: enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="431"/>
        <source>(found when the local sandbox runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="436"/>
        <source>API &amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="436"/>
        <source>Group &amp;InstanceID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="444"/>
        <source>A group-key profile does not log in; it registers users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="484"/>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="486"/>
        <source>Another profile already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="488"/>
        <source>A profile name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="493"/>
        <source>Enter the InstanceID (a UUID such as 3f2a9c1e-….).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="495"/>
        <source>An InstanceID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="499"/>
        <source>Enter the API login (an e-mail address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="500"/>
        <source>The API login is an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="504"/>
        <source>Enter the user&apos;s DeviceToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="505"/>
        <source>A DeviceToken looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="512"/>
        <source>A path starts with “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="540"/>
        <source>Enter the API password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="540"/>
        <source>Enter the InstanceKEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="543"/>
        <source>A group-key profile does not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="546"/>
        <source>The local sandbox is not running: start it with Sandbox → Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="549"/>
        <source>Cannot test yet:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="554"/>
        <source>The service blocked logins from here (HTTP 429) until %1. Try again %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="574"/>
        <source>Logging in to %1 (LoginFields as %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="594"/>
        <source>Test login cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="599"/>
        <source>Login failed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="601"/>
        <source>Both LoginFields shapes were tried (object and string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="611"/>
        <source>Login worked (LoginFields sent as %1). The token is valid until %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="619"/>
        <source>The %1 shape was refused with a 401 naming no field; the %2 shape worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="643"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="653"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="664"/>
        <source>Could not rename the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="713"/>
        <source>The profile was saved, but a secret was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileList</name>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="22"/>
        <location filename="../app/ui/ProfileList.cpp" line="198"/>
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
        <location filename="../app/ui/ProfileList.cpp" line="152"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="156"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="160"/>
        <source>group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="167"/>
        <source>logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="168"/>
        <source>logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="169"/>
        <source>● signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="170"/>
        <source>● refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="171"/>
        <source>token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="172"/>
        <source>⚠ error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="193"/>
        <source>Register a user and &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="195"/>
        <source>Registers a new user in this group (Registration/Create), keeps its DeviceToken in a new user profile and logs it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="199"/>
        <source>Logs in with the profile&apos;s credentials from the keychain (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::ProfileStore</name>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="173"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="261"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="179"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegisterManyPage</name>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="53"/>
        <source>Registration/CreateMany: the DeviceTokens come back once. Each is written to the ledger before it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="64"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="67"/>
        <source>1–%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="73"/>
        <source>&amp;Quantity (1–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="75"/>
        <source>Return access tokens (CreateAccessToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="79"/>
        <source>Enable tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="80"/>
        <source>Enable logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="81"/>
        <source>Enabled (SDK on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="82"/>
        <source>CustomFields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="88"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="90"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="92"/>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="93"/>
        <source>Include access and refresh tokens (secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="116"/>
        <source>Registered users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="117"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="117"/>
        <source>DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="117"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="117"/>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="200"/>
        <source>Create users in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="201"/>
        <source>Create %n real user(s) in group %1 at %2 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>Create %n real user in group %1 at %2 (PRODUCTION)? It cannot be taken back from here.</numerusform>
            <numerusform>Create %n real users in group %1 at %2 (PRODUCTION)? They cannot be taken back from here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="211"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="227"/>
        <source>Registering %n user(s) into group %1 at %2…</source>
        <translation>
            <numerusform>Registering %n user into group %1 at %2…</numerusform>
            <numerusform>Registering %n users into group %1 at %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="251"/>
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
        <location filename="../app/ui/RegisterManyPage.cpp" line="307"/>
        <source>Exported to %1 with tokens (secrets; readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="308"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="310"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="241"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="244"/>
        <source>%1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="249"/>
        <source>%n user(s) registered.</source>
        <translation>
            <numerusform>%n user registered.</numerusform>
            <numerusform>%n users registered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="259"/>
        <source>
NOT recorded in the ledger: %1. Export the table now: these DeviceTokens exist only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="262"/>
        <source>
Every DeviceToken is recorded in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="279"/>
        <source>could not make the file private: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="297"/>
        <source>Export DeviceTokens WITH access and refresh tokens (secrets: the file is readable by you only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="299"/>
        <source>Export the DeviceTokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="301"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="301"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegisterPage</name>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="115"/>
        <source>Registration/Create: every field is optional. The DeviceToken is written to the ledger before it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="139"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="140"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="141"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="142"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="143"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="146"/>
        <location filename="../app/ui/RegisterPage.cpp" line="167"/>
        <location filename="../app/ui/RegisterPage.cpp" line="174"/>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="149"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="154"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="164"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="170"/>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="176"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="178"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="179"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="180"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="181"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="182"/>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="183"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="188"/>
        <source>a UUID you pick: it becomes the DeviceToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="189"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="195"/>
        <source>CustomToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="197"/>
        <source>With a CustomToken the DeviceToken is recorded before sending, so a lost answer still leaves it known. The vendor does not document whether a reused CustomToken is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="204"/>
        <source>the user&apos;s id in your own system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="204"/>
        <source>ClientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="205"/>
        <source>Enable tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="205"/>
        <source>UserFields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="206"/>
        <source>Enable logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="207"/>
        <source>Enabled (SDK on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="208"/>
        <source>Return an access token now (CreateAccessToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="218"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="221"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="242"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <location filename="../app/ui/RegisterPage.cpp" line="435"/>
        <source> (expires in %1 s, %2)</source>
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
    <name>tc::RegistrationManyJob</name>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="49"/>
        <source>Quantity must be at least 1 (got %1): nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="51"/>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="69"/>
        <source>Quantity must be at most %1, the service&apos;s maximum for one call (got %2): nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="61"/>
        <source>Give how many users to register (1–%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="64"/>
        <source>Quantity must be a whole number from 1 to %1 (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegistrationService</name>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="144"/>
        <source>No user group is chosen: pick a group-key profile. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="150"/>
        <source>No InstanceKEY was given for group %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="158"/>
        <source>The group-key profile “%1” no longer exists. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="162"/>
        <source>The group-key profile “%1” changed: it now registers into group %2 at %3, not group %4 at %5. Check the target and try again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="172"/>
        <source>the InstanceKEY of “%1” could not be read: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="175"/>
        <source>The group-key profile “%1” has no InstanceKEY in the keychain: edit the profile to enter it. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="190"/>
        <source>Pick a group-key profile: its InstanceKEY is read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="262"/>
        <source> — user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="267"/>
        <source>%1 — user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="278"/>
        <source>A user profile needs the group-key profile the user was registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="290"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="325"/>
        <source>The registration did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="330"/>
        <source>The user %1 was registered but NOT recorded in the ledger (%2): copy the DeviceToken now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::RegistrationTarget</name>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="45"/>
        <source>No user group chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="48"/>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="50"/>
        <source>local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="52"/>
        <source>custom service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="53"/>
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
        <location filename="../app/core/auth/Renewal.cpp" line="61"/>
        <source>no API password is stored for this profile; log in once with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="62"/>
        <source>no InstanceKEY is stored for this profile; log in once with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="92"/>
        <source>no API login e-mail is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="93"/>
        <source>no DeviceToken is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="97"/>
        <source>a user login needs the group&apos;s InstanceId</source>
        <translation type="unfinished"></translation>
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
        <location filename="../app/core/auth/Session.cpp" line="346"/>
        <source>the last refresh answer was lost, so the refresh token may be spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="348"/>
        <source>the refresh token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="350"/>
        <source>no refresh token was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="440"/>
        <source>the refresh token was refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="711"/>
        <source>not logged in: log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="762"/>
        <source>the request could not be built</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TimeText</name>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="20"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="20"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="22"/>
        <location filename="../app/core/util/TimeText.cpp" line="27"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="27"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="30"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="30"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="32"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="38"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="40"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="40"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="49"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="59"/>
        <location filename="../app/core/util/TimeText.cpp" line="67"/>
        <location filename="../app/core/util/TimeText.cpp" line="75"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="61"/>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tc::TokenCard</name>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="50"/>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="50"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
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
        <location filename="../app/ui/TokenCard.cpp" line="73"/>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="82"/>
        <source>InstanceId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="83"/>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="84"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="92"/>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="95"/>
        <source>Fraction of the token&apos;s life left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="97"/>
        <source>Refresh token expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="101"/>
        <source>Clock skew warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="103"/>
        <location filename="../app/ui/TokenCard.cpp" line="276"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="121"/>
        <source>Refresh the token on its own before it lapses (at 80 % of its life or 5 min before the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="126"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="130"/>
        <source>Copy the JWT; the clipboard is cleared after 30 s if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="154"/>
        <source>Refresh of “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="155"/>
        <source>Login with “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="162"/>
        <source>Token copied. The clipboard is cleared in %1 s if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="260"/>
        <source>Admin · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="260"/>
        <source>(API login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="262"/>
        <source>User · DeviceToken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="49"/>
        <source>&amp;Start the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="105"/>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="109"/>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="110"/>
        <source>The local sandbox is stopped: refreshes and logins of this session fail until it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="261"/>
        <source>User · DeviceToken (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="263"/>
        <source>User · %1 · DeviceToken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="264"/>
        <source>An admin session (API credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="264"/>
        <source>A user session (DeviceToken login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="265"/>
        <location filename="../app/ui/TokenCard.cpp" line="363"/>
        <location filename="../app/ui/TokenCard.cpp" line="366"/>
        <location filename="../app/ui/TokenCard.cpp" line="367"/>
        <location filename="../app/ui/TokenCard.cpp" line="368"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="269"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="270"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="272"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="272"/>
        <source>Active (refresh token may be spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="274"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="275"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="279"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="307"/>
        <source>Stop the refresh; the current token is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="307"/>
        <source>Stop the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="324"/>
        <source>⚠ This computer&apos;s clock is %1 %2 the server&apos;s. Times here use the server&apos;s clock; set the system clock right (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="326"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="326"/>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="336"/>
        <source>The last refresh answer was lost: the refresh token may already be spent. The next attempt logs in again (within the login budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="344"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenCard.cpp" line="347"/>
        <source>Renewing the token failed %n time(s)%1; retrying in %2.</source>
        <translation>
            <numerusform>Renewing the token failed %n time%1; retrying in %2.</numerusform>
            <numerusform>Renewing the token failed %n times%1; retrying in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="348"/>
        <location filename="../app/ui/TokenCard.cpp" line="352"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenCard.cpp" line="350"/>
        <source>Renewing the token failed %n time(s)%1; auto-refresh is off: press Refresh now.</source>
        <translation>
            <numerusform>Renewing the token failed %n time%1; auto-refresh is off: press Refresh now.</numerusform>
            <numerusform>Renewing the token failed %n times%1; auto-refresh is off: press Refresh now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="357"/>
        <source>Logged in again at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="363"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="364"/>
        <location filename="../app/ui/TokenCard.cpp" line="390"/>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="387"/>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="391"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="403"/>
        <source>may be spent (its refresh answer was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="405"/>
        <source>not stated in the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="423"/>
        <source>Less than a quarter of the token&apos;s life is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="424"/>
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
        <source>Paste a JWT (eyJ…); it stays masked unless you press Show</source>
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
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="155"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="155"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="155"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="156"/>
        <source>Header and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="196"/>
        <location filename="../app/ui/TokenInspector.cpp" line="298"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="200"/>
        <source>(no session with a token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="278"/>
        <source>Paste a JWT above, or pick an open session and press “Use this session&apos;s token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="302"/>
        <source>InstanceId: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="306"/>
        <source>A JWT is a secret: whoever holds it can act as this identity until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenInspector.cpp" line="323"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="345"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="364"/>
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
</TS>
