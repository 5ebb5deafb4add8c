<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>EmbeddedSandbox</name>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="161"/>
        <source>The sandbox database %1 is in use by another program (%2, process %3). Close it, or use that console&apos;s sandbox.</source>
        <translation>Базу даних пісочниці %1 використовує інша програма (%2, процес %3). Закрийте її або скористайтеся пісочницею тієї консолі.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="101"/>
        <source>the disk is full (or the ledger reached its size limit)</source>
        <translation>диск заповнено (або журнал досяг граничного розміру)</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="103"/>
        <source>the ledger file is read-only</source>
        <translation>файл журналу доступний лише для читання</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="105"/>
        <source>the disk could not be written (%1)</source>
        <translation>не вдалося записати на диск (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="108"/>
        <source>another program holds the ledger locked</source>
        <translation>інша програма заблокувала журнал</translation>
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
        <translation>(без імені)</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="39"/>
        <source>cannot create the folder %1: %2</source>
        <translation>не вдалося створити теку %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="45"/>
        <source>%1 is not a folder</source>
        <translation>%1 не є текою</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="54"/>
        <source>cannot make the folder %1 private: %2</source>
        <translation>не вдалося обмежити доступ до теки %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="66"/>
        <source>cannot create %1: %2</source>
        <translation>не вдалося створити %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="73"/>
        <source>cannot make %1 private: %2</source>
        <translation>не вдалося обмежити доступ до %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/PrivateFiles.cpp" line="82"/>
        <source>cannot make the file private: %1</source>
        <translation>не вдалося обмежити доступ до файлу: %1</translation>
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
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="52"/>
        <source>%1 min %2 s</source>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="53"/>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="36"/>
        <location filename="../app/ui/RegisterPage.cpp" line="55"/>
        <source>Partly checked: not sent (the service&apos;s default applies).</source>
        <translation>Частково позначено: не надсилається (діє типове значення служби).</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="28"/>
        <source>the pin must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed (openssl x509 -noout -fingerprint -sha256)</source>
        <translation>пін має бути відбитком SHA-256: 64 шістнадцяткові цифри, двокрапки дозволено (openssl x509 -noout -fingerprint -sha256)</translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="37"/>
        <source>the pin has %1 hexadecimal digits; a SHA-256 fingerprint has 64</source>
        <translation>шістнадцяткових цифр у піні: %1; відбиток SHA-256 має 64</translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="57"/>
        <source>the CA file %1 cannot be read: %2</source>
        <translation>не вдається прочитати файл CA %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/api/TlsTrust.cpp" line="63"/>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>файл CA %1 не містить сертифіката PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>UserChanges</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="266"/>
        <source>An e-mail address has one @ with text on both sides.</source>
        <translation>Адреса e-mail має один символ @ з текстом з обох боків.</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="270"/>
        <source>A phone number is digits, spaces and + - ( ).</source>
        <translation>Номер телефону складається з цифр, пробілів і + - ( ).</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="272"/>
        <source>%1 is true or false.</source>
        <translation>%1 — це true або false.</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="275"/>
        <source>%1 is a whole number, 0 or more.</source>
        <translation>%1 — ціле число, 0 або більше.</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="280"/>
        <source>%1 is one of %2.</source>
        <translation>%1 — одне зі значень %2.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="308"/>
        <source>GetFilteredPage answered with a Result that is not a page</source>
        <translation>GetFilteredPage повернув Result, який не є сторінкою</translation>
    </message>
    <message>
        <location filename="../app/core/users/ManagedUser.cpp" line="314"/>
        <source>GetFilteredPage answered with Users that is not a list</source>
        <translation>GetFilteredPage повернув Users, який не є списком</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>A desktop admin console for the Telematics (Damoov) user service: profiles and sessions, a token inspector, registration, bulk registration and a ledger of every DeviceToken.</source>
        <translation>Настільна консоль адміністратора для служби користувачів Telematics (Damoov): профілі та сеанси, інспектор токенів, реєстрація, масова реєстрація та журнал усіх DeviceToken.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Select the profile NAME at start.</source>
        <translation>Під час запуску вибрати профіль НАЗВА.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>NAME</source>
        <translation>НАЗВА</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>Start the embedded local sandbox at start, even when no profile needs it.</source>
        <translation>Запускати вбудовану локальну пісочницю під час старту, навіть якщо жоден профіль її не потребує.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>Do not start the embedded local sandbox at start (the Sandbox menu still can).</source>
        <translation>Не запускати вбудовану локальну пісочницю під час старту (меню «Пісочниця» все одно може її запустити).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Try &apos;telematics-console --help&apos;.</source>
        <translation>Див. «telematics-console --help».</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="78"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>неочікуваний аргумент «%1»</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="84"/>
        <source>--sandbox and --no-sandbox exclude each other</source>
        <translation>--sandbox і --no-sandbox виключають одне одного</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>Telematics Console is already running: its window was brought to the front.</source>
        <translation>Telematics Console вже запущено: її вікно виведено на передній план.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172"/>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>профілю з назвою «%1» не існує</translation>
    </message>
</context>
<context>
    <name>tc::ApiClient</name>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="162"/>
        <source>no base URL is set (give --base-url or a profile)</source>
        <translation>базову URL-адресу не задано (вкажіть --base-url або профіль)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="164"/>
        <source>the base URL is not a valid URL: %1</source>
        <translation>базова URL-адреса недійсна: %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="168"/>
        <source>the base URL must start with https:// or http:// (got &quot;%1&quot;)</source>
        <translation>базова URL-адреса має починатися з https:// або http:// (отримано «%1»)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="172"/>
        <source>the base URL has no host (got &quot;%1&quot;)</source>
        <translation>у базовій URL-адресі немає хоста (отримано «%1»)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="175"/>
        <source>the base URL must not carry a user name or password</source>
        <translation>базова URL-адреса не повинна містити імені користувача чи пароля</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="274"/>
        <location filename="../app/core/api/ApiClient.cpp" line="294"/>
        <source>registration needs the group&apos;s InstanceId and InstanceKey</source>
        <translation>для реєстрації потрібні InstanceId та InstanceKey групи</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="298"/>
        <source>Quantity must be at least 1 (got %1)</source>
        <translation>Quantity має бути не менше 1 (отримано %1)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="300"/>
        <source>CreateMany&apos;s CustomFields have no ClientId</source>
        <translation>CustomFields у CreateMany не мають ClientId</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="335"/>
        <source>an admin login needs the API login (e-mail) and the API password</source>
        <translation>для входу адміністратора потрібні логін API (e-mail) і пароль API</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="355"/>
        <source>a user login needs the group&apos;s InstanceId, the DeviceToken and the InstanceKey</source>
        <translation>для входу користувача потрібні InstanceId групи, DeviceToken та InstanceKey</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="405"/>
        <source>a refresh needs both the access token (JWT) and the refresh token</source>
        <translation>для оновлення потрібні і токен доступу (JWT), і токен оновлення</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="437"/>
        <source>users/find has no criterion &quot;%1&quot; (known: %2)</source>
        <translation>users/find не має критерію «%1» (відомі: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="440"/>
        <source>the %1 criterion is empty</source>
        <translation>критерій %1 порожній</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="444"/>
        <source>users/find needs at least one criterion</source>
        <translation>users/find потребує принаймні одного критерію</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="446"/>
        <source>users/find needs an admin access token</source>
        <translation>users/find потребує токена доступу адміністратора</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="457"/>
        <source>reading the own profile needs a user access token</source>
        <translation>для читання власного профілю потрібен токен доступу користувача</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="465"/>
        <source>updating a user needs an admin access token</source>
        <translation>для зміни користувача потрібен токен доступу адміністратора</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="467"/>
        <source>updating a user needs its DeviceToken</source>
        <translation>для зміни користувача потрібен його DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="478"/>
        <source>setting a password needs an access token</source>
        <translation>для встановлення пароля потрібен токен доступу</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="481"/>
        <source>setting a password needs the user&apos;s DeviceToken</source>
        <translation>для встановлення пароля потрібен DeviceToken користувача</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="483"/>
        <source>the new password is empty</source>
        <translation>новий пароль порожній</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="496"/>
        <source>deleting a user needs an admin access token</source>
        <translation>для видалення користувача потрібен токен доступу адміністратора</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="498"/>
        <source>deleting a user needs its DeviceToken</source>
        <translation>для видалення користувача потрібен його DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="508"/>
        <source>reading a page of users needs an admin access token</source>
        <translation>для читання сторінки користувачів потрібен токен доступу адміністратора</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="519"/>
        <source>moving a user needs an admin access token</source>
        <translation>для переміщення користувача потрібен токен доступу адміністратора</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="521"/>
        <source>moving a user needs its DeviceToken and the target group&apos;s InstanceId and InstanceKey</source>
        <translation>для переміщення користувача потрібні його DeviceToken, а також InstanceId та InstanceKey цільової групи</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="526"/>
        <source>the target group&apos;s InstanceKey is sent only to %1</source>
        <translation>InstanceKey цільової групи надсилається лише до %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="579"/>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation>«%1» не є методом HTTP</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="600"/>
        <source>not sent: the request carries a password, key or token, and %1 is plain http:// to another computer, where it would cross the network unencrypted. Use https:// (plain http:// is for a service on this computer only: localhost, 127.0.0.1, ::1)</source>
        <translation>не надіслано: запит містить пароль, ключ або токен, а %1 — це звичайний http:// до іншого комп’ютера, тож вони пройшли б мережею без шифрування. Використовуйте https:// (звичайний http:// — лише для служби на цьому комп’ютері: localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="913"/>
        <source>the answer carries no access token (Result.AccessToken.Token)</source>
        <translation>відповідь не містить токена доступу (Result.AccessToken.Token)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="916"/>
        <source>the answer carries no DeviceToken</source>
        <translation>відповідь не містить DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="927"/>
        <source>Results[%1] carries no DeviceToken</source>
        <translation>Results[%1] не містить DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="935"/>
        <source>users/find answered with a Result that is not a list</source>
        <translation>users/find повернув Result, який не є списком</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="941"/>
        <source>the user profile (Result) is not an object</source>
        <translation>профіль користувача (Result) не є об&apos;єктом</translation>
    </message>
</context>
<context>
    <name>tc::ApiError</name>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="152"/>
        <source>the server closed the connection during the TLS handshake (does it speak HTTPS on this port?)</source>
        <translation>сервер закрив з&apos;єднання під час рукостискання TLS (чи працює він на цьому порту через HTTPS?)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="180"/>
        <source>the answer is empty</source>
        <translation>відповідь порожня</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="192"/>
        <source>%1 at offset %2</source>
        <translation>%1 на позиції %2</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="255"/>
        <source>the service</source>
        <translation>служба</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="260"/>
        <source> (The answer&apos;s body said Status %1 although HTTP said %2.)</source>
        <translation> (Тіло відповіді вказувало Status %1, хоча HTTP повідомив %2.)</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="266"/>
        <source> The service said: </source>
        <translation> Служба повідомила: </translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="270"/>
        <source>No error.</source>
        <translation>Помилок немає.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="274"/>
        <source>Could not connect to %1: the connection was refused. Check the base URL and that the service is running.</source>
        <translation>Не вдалося з&apos;єднатися з %1: з&apos;єднання відхилено. Перевірте базову URL-адресу і чи працює служба.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="278"/>
        <source>Could not find the host %1. Check the base URL and your network.</source>
        <translation>Хост %1 не знайдено. Перевірте базову URL-адресу та мережу.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="283"/>
        <source>The connection to %1 closed before the answer was complete. The service may or may not have acted on the request; check before repeating it.</source>
        <translation>З&apos;єднання з %1 закрилося до завершення відповіді. Служба могла виконати запит, а могла й ні; перевірте це, перш ніж повторювати.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="288"/>
        <source>Could not reach %1: %2. Check the base URL and your network.</source>
        <translation>Не вдалося зв&apos;язатися з %1: %2. Перевірте базову URL-адресу та мережу.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="291"/>
        <source>network error</source>
        <translation>помилка мережі</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="294"/>
        <source>The secure (TLS) connection to %1 failed: %2. The console never skips certificate checks; fix the certificate or the base URL, or, for a private endpoint, name its CA file or pin its certificate in the profile.</source>
        <translation>Захищене (TLS) з&apos;єднання з %1 не вдалося: %2. Консоль ніколи не пропускає перевірку сертифікатів; виправте сертифікат або базову URL-адресу або, для приватної кінцевої точки, вкажіть у профілі файл її CA чи закріпіть її сертифікат.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="300"/>
        <source>handshake failed</source>
        <translation>рукостискання не вдалося</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="303"/>
        <source>The whole request to %1 took longer than %2 s (the limit from sending to the last byte of the answer), so it was stopped. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>Увесь запит до %1 тривав довше за %2 с (обмеження від надсилання до останнього байта відповіді), тому його зупинено. Запит міг бути оброблений, а міг і ні; спробуйте ще раз або дозвольте більше часу (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="309"/>
        <source>%1 did not answer within %2 s. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>%1 не відповів протягом %2 с. Запит міг бути оброблений, а міг і ні; спробуйте ще раз або дозвольте більше часу (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="313"/>
        <source>%1 did not answer in time. The request may or may not have been processed; try again, or allow more time (--timeout).</source>
        <translation>%1 не відповів вчасно. Запит міг бути оброблений, а міг і ні; спробуйте ще раз або дозвольте більше часу (--timeout).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="316"/>
        <source>The request was cancelled.</source>
        <translation>Запит скасовано.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="319"/>
        <source>The service redirected the request (HTTP %1)%2. Set the base URL to the final address.</source>
        <translation>Служба перенаправила запит (HTTP %1)%2. Укажіть кінцеву адресу як базову URL-адресу.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="325"/>
        <source>The service failed (HTTP %1).%2 Try again later.%3</source>
        <translation>Збій служби (HTTP %1).%2 Спробуйте пізніше.%3</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="329"/>
        <source>Not found (HTTP 404).%1%2</source>
        <translation>Не знайдено (HTTP 404).%1%2</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="331"/>
        <source> Check the path and the base URL.</source>
        <translation> Перевірте шлях і базову URL-адресу.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="334"/>
        <source>The service refused the request (HTTP %1).%2%3</source>
        <translation>Служба відхилила запит (HTTP %1).%2%3</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="339"/>
        <source>The answer from %1 (HTTP %2) is larger than the limit of %3 bytes (%4); it was refused before it was read. Narrow the request, or allow more (--max-answer-bytes).</source>
        <translation>Відповідь від %1 (HTTP %2) більша за обмеження %3 байтів (%4); її відхилено до прочитання. Звузьте запит або дозвольте більше (--max-answer-bytes).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="346"/>
        <source>it announced %1 bytes</source>
        <translation>вона заявила %1 байтів</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="348"/>
        <source>%1 bytes had arrived</source>
        <translation>надійшло %1 байтів</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="351"/>
        <source>The server answered with an HTML page instead of JSON (HTTP %1).</source>
        <translation>Сервер відповів HTML-сторінкою замість JSON (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="354"/>
        <source> Check that the base URL points at the user service&apos;s API.</source>
        <translation> Перевірте, чи базова URL-адреса вказує на API служби користувачів.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="357"/>
        <source>The server&apos;s answer is not valid JSON (HTTP %1): %2. It may have been cut off; try again.</source>
        <translation>Відповідь сервера не є коректним JSON (HTTP %1): %2. Можливо, її обрізано; спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="363"/>
        <source>The server answered with JSON of an unexpected shape (HTTP %1): %2.</source>
        <translation>Сервер відповів JSON неочікуваної структури (HTTP %1): %2.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="370"/>
        <source>The service refused this token for this call (403): it is the wrong kind of token (a user token on an admin API, or the reverse). Log in as the right kind of account.</source>
        <translation>Служба відхилила цей токен для цього виклику (403): це токен не того типу (токен користувача для API адміністратора або навпаки). Увійдіть з обліковим записом потрібного типу.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="375"/>
        <source>The service refused the refresh token (%1): it is spent or expired. Log in again.</source>
        <translation>Служба відхилила токен оновлення (%1): його вже використано або строк дії минув. Увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="380"/>
        <source>The service refused the login (%1): check the instance id, the login and the password or key.</source>
        <translation>Служба відхилила вхід (%1): перевірте ідентифікатор інстанції, логін і пароль або ключ.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="384"/>
        <source> A bare 401 can also mean the service expects the other LoginFields shape.</source>
        <translation> Відповідь 401 без повідомлення може також означати, що служба очікує іншу форму LoginFields.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="387"/>
        <source>The service refused the group&apos;s credentials (%1): check the InstanceId and the InstanceKey.</source>
        <translation>Служба відхилила облікові дані групи (%1): перевірте InstanceId та InstanceKey.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="391"/>
        <source>The service refused the request (%1): it needs credentials that this request did not carry, or they are wrong.</source>
        <translation>Служба відхилила запит (%1): він потребує облікових даних, яких цей запит не містив, або вони неправильні.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="396"/>
        <source>The service refused the token (%1): it has expired or was issued for another group. Log in again.</source>
        <translation>Служба відхилила токен (%1): строк його дії минув або його видано для іншої групи. Увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="407"/>
        <source>Logins paused until %1: %2.</source>
        <translation>Входи призупинено до %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="412"/>
        <source>Too many logins: try again in %1 s (429).</source>
        <translation>Забагато входів: спробуйте знову через %1 с (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="413"/>
        <source>Too many requests: try again in %1 s (429).</source>
        <translation>Забагато запитів: спробуйте знову через %1 с (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="420"/>
        <source>Too many logins: try again at %1 (429).</source>
        <translation>Забагато входів: спробуйте знову о %1 (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="421"/>
        <source>Too many requests: try again at %1 (429).</source>
        <translation>Забагато запитів: спробуйте знову о %1 (429).</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="425"/>
        <source>Too many logins (429): wait before trying again; the service may block logins for up to an hour.</source>
        <translation>Забагато входів (429): зачекайте, перш ніж пробувати знову; служба може блокувати входи до однієї години.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="427"/>
        <source>Too many requests (429): wait before trying again; the service may block logins for up to an hour.</source>
        <translation>Забагато запитів (429): зачекайте, перш ніж пробувати знову; служба може блокувати входи до однієї години.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="435"/>
        <source>The keychain is unavailable: no Secret Service answered. Unlock it (or start a Secret Service such as gnome-keyring) and try again.</source>
        <translation>Зв&apos;язка ключів недоступна: жодна служба Secret Service не відповіла. Розблокуйте її (або запустіть Secret Service, наприклад gnome-keyring) і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="438"/>
        <source>The keychain is unavailable: %1</source>
        <translation>Зв&apos;язка ключів недоступна: %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="441"/>
        <source>Invalid input: %1. Nothing was sent.</source>
        <translation>Некоректні дані: %1. Нічого не надіслано.</translation>
    </message>
</context>
<context>
    <name>tc::AuthResult</name>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="22"/>
        <source>Result is null</source>
        <translation>Result дорівнює null</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="23"/>
        <source>Result is not an object</source>
        <translation>Result не є об&apos;єктом</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="29"/>
        <source>DeviceToken is not a string</source>
        <translation>DeviceToken не є рядком</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="37"/>
        <source>AccessToken.Token is not a string</source>
        <translation>AccessToken.Token не є рядком</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="43"/>
        <source>AccessToken.ExpiresIn is not a number of seconds</source>
        <translation>AccessToken.ExpiresIn не є кількістю секунд</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="49"/>
        <source>AccessToken is neither an object nor null</source>
        <translation>AccessToken не є ні об&apos;єктом, ні null</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="59"/>
        <source>RefreshToken is not a string</source>
        <translation>RefreshToken не є рядком</translation>
    </message>
    <message>
        <location filename="../app/core/api/AuthResult.cpp" line="71"/>
        <source>Result has no Results list</source>
        <translation>Result не містить списку Results</translation>
    </message>
</context>
<context>
    <name>tc::BulkDryRun</name>
    <message>
        <location filename="../app/core/bulk/BulkDryRun.cpp" line="28"/>
        <source>the column mapping was made for another header</source>
        <translation>зіставлення стовпців зроблено для іншого рядка заголовків</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkDryRun.cpp" line="57"/>
        <source>%1: the file has a header but no rows</source>
        <translation>%1: у файлі є рядок заголовків, але немає рядків</translation>
    </message>
</context>
<context>
    <name>tc::BulkExport</name>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="33"/>
        <location filename="../app/core/bulk/BulkExport.cpp" line="85"/>
        <location filename="../app/core/bulk/BulkExport.cpp" line="97"/>
        <source>cannot write %1: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="80"/>
        <source>NOT IN THE LEDGER (its write failed): </source>
        <translation>НЕМАЄ В ЖУРНАЛІ (запис не вдався): </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkExport.cpp" line="92"/>
        <source>cannot read %1: %2</source>
        <translation>не вдалося прочитати %1: %2</translation>
    </message>
</context>
<context>
    <name>tc::BulkJob</name>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="193"/>
        <source>canceled before it started</source>
        <translation>скасовано до початку</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="196"/>
        <source>bulk registration needs the group&apos;s InstanceId and InstanceKey</source>
        <translation>для масової реєстрації потрібні InstanceId та InstanceKey групи</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="199"/>
        <source>the ledger is not open: nothing is sent without it</source>
        <translation>журнал не відкрито: без нього нічого не надсилається</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="211"/>
        <source>the ledger has no bulk run %1 to resume</source>
        <translation>у журналі немає масового запуску %1 для продовження</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="214"/>
        <source>%1 changed since run %2 started (its rows would not line up): start a new run instead</source>
        <translation>%1 змінився після початку запуску %2 (його рядки більше не збігатимуться): почніть натомість новий запуск</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="220"/>
        <source>run %1 registered into group %2, not %3</source>
        <translation>запуск %1 реєстрував у групу %2, а не %3</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="237"/>
        <source>the column mapping was made for another header (%1)</source>
        <translation>зіставлення стовпців зроблено для іншого рядка заголовків (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="254"/>
        <source>%1: the file has a header but no rows: nothing to send</source>
        <translation>%1: у файлі є рядок заголовків, але немає рядків: нічого надсилати</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="267"/>
        <location filename="../app/core/bulk/BulkJob.cpp" line="524"/>
        <source>cannot read %1: %2</source>
        <translation>не вдалося прочитати %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="298"/>
        <source>%n row(s) were in flight when run %1 stopped: now &quot;unknown&quot;</source>
        <translation>
            <numerusform>%n рядок був у дорозі, коли запуск %1 зупинився: тепер «невідомо»</numerusform>
            <numerusform>%n рядки були в дорозі, коли запуск %1 зупинився: тепер «невідомо»</numerusform>
            <numerusform>%n рядків були в дорозі, коли запуск %1 зупинився: тепер «невідомо»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="300"/>
        <source>%n row(s) marked ahead were never sent: pending again</source>
        <translation>
            <numerusform>%n заздалегідь позначений рядок так і не надіслано: знову в очікуванні</numerusform>
            <numerusform>%n заздалегідь позначені рядки так і не надіслано: знову в очікуванні</numerusform>
            <numerusform>%n заздалегідь позначених рядків так і не надіслано: знову в очікуванні</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="333"/>
        <source>cannot write or remove %1: %2</source>
        <translation>не вдалося записати або видалити %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="373"/>
        <location filename="../app/core/bulk/BulkJob.cpp" line="416"/>
        <source>sent again after reconciliation</source>
        <translation>надіслано знову після звірки</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="398"/>
        <source>bulk row %1: reconcile (find)</source>
        <translation>рядок масового запуску %1: звірка (find)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="424"/>
        <source>reconciling unknown rows with Management/users/find failed (%1); the rest stay unknown</source>
        <translation>звірка невідомих рядків через Management/users/find не вдалася (%1); решта залишаються невідомими</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="440"/>
        <source>found on the service by its CustomToken after the answer was lost</source>
        <translation>знайдено в службі за його CustomToken після втрати відповіді</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="450"/>
        <source>found on the service by its ClientId after the answer was lost</source>
        <translation>знайдено в службі за його ClientId після втрати відповіді</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="456"/>
        <source>%n users have ClientId %1: which one this row made is not known</source>
        <translation>
            <numerusform>%n користувач має ClientId %1: невідомо, якого з них створив цей рядок</numerusform>
            <numerusform>%n користувачі мають ClientId %1: невідомо, якого з них створив цей рядок</numerusform>
            <numerusform>%n користувачів мають ClientId %1: невідомо, якого з них створив цей рядок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="654"/>
        <source>bulk row %1</source>
        <translation>рядок масового запуску %1</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="795"/>
        <source>the service refused the registration credentials: </source>
        <translation>служба відхилила облікові дані для реєстрації: </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="802"/>
        <source> (not retried: the request may have reached the service)</source>
        <translation> (не повторено: запит міг дійти до служби)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="819"/>
        <source>not sent (%1): trying again</source>
        <translation>не надіслано (%1): нова спроба</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="822"/>
        <source>the service cannot be reached: </source>
        <translation>служба недоступна: </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="832"/>
        <source>rate limited (429): waiting %1 s before sending again</source>
        <translation>обмеження частоти (429): очікування %1 с перед повторним надсиланням</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/bulk/BulkJob.cpp" line="886"/>
        <source>%n row(s) ended unknown: resume the run to reconcile them before anything is sent again</source>
        <translation>
            <numerusform>%n рядок завершився невідомим: продовжте запуск, щоб звірити його, перш ніж щось надсилати знову</numerusform>
            <numerusform>%n рядки завершилися невідомими: продовжте запуск, щоб звірити їх, перш ніж щось надсилати знову</numerusform>
            <numerusform>%n рядків завершилися невідомими: продовжте запуск, щоб звірити їх, перш ніж щось надсилати знову</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkJob.cpp" line="944"/>
        <source>canceled: rows not sent yet stay pending (the run can be resumed)</source>
        <translation>скасовано: ще не надіслані рядки залишаються в очікуванні (запуск можна продовжити)</translation>
    </message>
</context>
<context>
    <name>tc::BulkPage</name>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="68"/>
        <source>a CSV of profiles: a header row, then one user per row</source>
        <translation>CSV-файл профілів: рядок заголовків, далі по одному користувачу в рядку</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="69"/>
        <source>CSV file</source>
        <translation>CSV-файл</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="71"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="84"/>
        <source>Res&amp;ume that run</source>
        <translation>&amp;Продовжити той запуск</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <location filename="../app/ui/BulkPage.cpp" line="282"/>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="283"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="284"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="113"/>
        <source>Pick each DeviceToken here (CustomToken)</source>
        <translation>Вибирати кожен DeviceToken тут (CustomToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="116"/>
        <source>Each row&apos;s DeviceToken is chosen and recorded before sending, so a lost answer still leaves it known. Off by default: the vendor does not document whether the service refuses a reused CustomToken.</source>
        <translation>DeviceToken кожного рядка вибирається й записується до надсилання, тож навіть утрачена відповідь не робить його невідомим. Типово вимкнено: постачальник не документує, чи відхиляє служба повторно використаний CustomToken.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="119"/>
        <source>Re&amp;quests at once</source>
        <translation>Одночасних за&amp;питів</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="121"/>
        <source>Requests at once</source>
        <translation>Одночасних запитів</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="129"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробний запуск</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="131"/>
        <source>&amp;Run</source>
        <translation>&amp;Запустити</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="133"/>
        <location filename="../app/ui/BulkPage.cpp" line="802"/>
        <source>&amp;Pause</source>
        <translation>П&amp;ауза</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="135"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="137"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Експортувати результати…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="166"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="177"/>
        <source>Column mapping</source>
        <translation>Зіставлення стовпців</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="178"/>
        <source>Dry-run problems</source>
        <translation>Проблеми пробного запуску</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="179"/>
        <source>Rows</source>
        <translation>Рядки</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="180"/>
        <source>1 · Column &amp;mapping</source>
        <translation>1 · Зіставлення &amp;стовпців</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="182"/>
        <source>3 · Ro&amp;ws</source>
        <translation>3 · &amp;Рядки</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="212"/>
        <source>A CSV of profiles</source>
        <translation>CSV-файл профілів</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="213"/>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="292"/>
        <source>(ignored)</source>
        <translation>(ігнорується)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="372"/>
        <source>The ledger has finished run %1 of this file into this group (%2 done, %3 failed). Running the file again registers its rows again.</source>
        <translation>У журналі є завершений запуск %1 цього файлу в цю групу (%2 виконано, %3 з помилкою). Повторний запуск файлу знову зареєструє його рядки.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="380"/>
        <source>The ledger has run %1 of this file into this group (%2; %3 done, %4 failed, %5 unknown, %6 in flight). Resuming skips the confirmed rows; rows whose request was in flight are reconciled first%7.</source>
        <translation>У журналі є запуск %1 цього файлу в цю групу (%2; %3 виконано, %4 з помилкою, %5 невідомо, %6 у дорозі). Продовження пропускає підтверджені рядки; рядки, запит яких був у дорозі, спершу звіряються%7.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="390"/>
        <source> with the admin session</source>
        <translation> через сеанс адміністратора</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="391"/>
        <source> (needs an admin session on %1; else they stay unknown)</source>
        <translation> (потрібен сеанс адміністратора на %1; інакше вони залишаться невідомими)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="475"/>
        <location filename="../app/ui/BulkPage.cpp" line="483"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n рядок</numerusform>
            <numerusform>%n рядки</numerusform>
            <numerusform>%n рядків</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="499"/>
        <source>The ledger already has run %1 of this file into this group, not finished. Resume it (confirmed rows are skipped)? No starts a new run that registers every row again.</source>
        <translation>У журналі вже є незавершений запуск %1 цього файлу в цю групу. Продовжити його (підтверджені рядки буде пропущено)? «Ні» почне новий запуск, який знову зареєструє кожен рядок.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="530"/>
        <source>Register every row again?</source>
        <translation>Зареєструвати кожен рядок знову?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="531"/>
        <source>Run %1 already registered %2 into group %3 at %4. A new run registers every row AGAIN: each becomes a second user. Register them again?</source>
        <translation>Запуск %1 уже зареєстрував %2 у групу %3 на %4. Новий запуск зареєструє кожен рядок ЗНОВУ: кожен стане другим користувачем. Зареєструвати знову?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="538"/>
        <location filename="../app/ui/BulkPage.cpp" line="603"/>
        <source>Nothing was sent.</source>
        <translation>Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="555"/>
        <source>The file has no rows to register: nothing was sent.</source>
        <translation>У файлі немає рядків для реєстрації: нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="559"/>
        <source>Every row has problems (listed below): nothing was sent. Fix the file and make a dry run again.</source>
        <translation>Кожен рядок має проблеми (перелічено нижче): нічого не надіслано. Виправте файл і знову зробіть пробний запуск.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="569"/>
        <source>Register %n real user(s) from %1 into group %2 at %3 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>Зареєструвати %n справжнього користувача з %1 у групу %2 на %3 (ПРОДАКШН)? Звідси це не скасувати.</numerusform>
            <numerusform>Зареєструвати %n справжніх користувачів з %1 у групу %2 на %3 (ПРОДАКШН)? Звідси це не скасувати.</numerusform>
            <numerusform>Зареєструвати %n справжніх користувачів з %1 у групу %2 на %3 (ПРОДАКШН)? Звідси це не скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="581"/>
        <source> (line %1%2)</source>
        <translation> (рядок %1%2)</translation>
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
            <numerusform>%n рядок%1 має проблеми і НЕ надсилається: його позначено в журналі як невдалий. Пропустити його і зареєструвати решту %2 у групу %3 на %4?</numerusform>
            <numerusform>%n рядки%1 мають проблеми і НЕ надсилаються: їх позначено в журналі як невдалі. Пропустити їх і зареєструвати решту %2 у групу %3 на %4?</numerusform>
            <numerusform>%n рядків%1 мають проблеми і НЕ надсилаються: їх позначено в журналі як невдалі. Пропустити їх і зареєструвати решту %2 у групу %3 на %4?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="594"/>
        <source>Register in production</source>
        <translation>Реєстрація в продакшні</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="622"/>
        <source>Resume in production</source>
        <translation>Продовження в продакшні</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="623"/>
        <source>Resume run %1 of %2 into group %3 at %4 (PRODUCTION)? Rows not confirmed yet are registered; confirmed rows are skipped.</source>
        <translation>Продовжити запуск %1 з %2 у групу %3 на %4 (ПРОДАКШН)? Ще не підтверджені рядки буде зареєстровано; підтверджені — пропущено.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="696"/>
        <source>%1 / %2 rows · %3 done · %4 failed · %5 unknown</source>
        <translation>%1 / %2 рядків · %3 виконано · %4 з помилкою · %5 невідомо</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="424"/>
        <source>Dry run: nothing is sent.</source>
        <translation>Пробний запуск: нічого не надсилається.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="459"/>
        <source>Dry run stopped after %n row(s). Nothing was sent.</source>
        <translation>
            <numerusform>Пробний запуск зупинено після %n рядка. Нічого не надіслано.</numerusform>
            <numerusform>Пробний запуск зупинено після %n рядків. Нічого не надіслано.</numerusform>
            <numerusform>Пробний запуск зупинено після %n рядків. Нічого не надіслано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="467"/>
        <source>%1
Nothing can be sent from this file.</source>
        <translation>%1
З цього файлу нічого не можна надіслати.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="473"/>
        <source>Dry run: %n row(s), no problems. Nothing was sent.</source>
        <translation>
            <numerusform>Пробний запуск: %n рядок, проблем немає. Нічого не надіслано.</numerusform>
            <numerusform>Пробний запуск: %n рядки, проблем немає. Нічого не надіслано.</numerusform>
            <numerusform>Пробний запуск: %n рядків, проблем немає. Нічого не надіслано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="478"/>
        <source>, the first %1 listed</source>
        <translation>, перелічено перші %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="594"/>
        <source>Rows with problems</source>
        <translation>Рядки з проблемами</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="498"/>
        <source>Register the file again?</source>
        <translation>Зареєструвати файл знову?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="252"/>
        <location filename="../app/ui/BulkPage.cpp" line="341"/>
        <source>%n column(s). Check the mapping, then make a dry run.</source>
        <translation>
            <numerusform>%n стовпець. Перевірте зіставлення, потім зробіть пробний запуск.</numerusform>
            <numerusform>%n стовпці. Перевірте зіставлення, потім зробіть пробний запуск.</numerusform>
            <numerusform>%n стовпців. Перевірте зіставлення, потім зробіть пробний запуск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="253"/>
        <source>%n column(s), and a dry run waits for the mapping: %1. Pick a field for a column in the list below.</source>
        <translation>
            <numerusform>%n стовпець, і пробний запуск чекає на зіставлення: %1. Виберіть поле для стовпця в списку нижче.</numerusform>
            <numerusform>%n стовпці, і пробний запуск чекає на зіставлення: %1. Виберіть поле для стовпця в списку нижче.</numerusform>
            <numerusform>%n стовпців, і пробний запуск чекає на зіставлення: %1. Виберіть поле для стовпця в списку нижче.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="296"/>
        <source>Field for column “%1”</source>
        <translation>Поле для стовпця «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="421"/>
        <source>Checking: %n row(s) read</source>
        <translation>
            <numerusform>Перевірка: прочитано %n рядок</numerusform>
            <numerusform>Перевірка: прочитано %n рядки</numerusform>
            <numerusform>Перевірка: прочитано %n рядків</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="474"/>
        <source>Dry run: %1, %2 of them with problems (%3%4). Nothing was sent.</source>
        <translation>Пробний запуск: %1, з них із проблемами — %2 (%3%4). Нічого не надіслано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BulkPage.cpp" line="476"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблеми</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="640"/>
        <source>2 · Dry-run pro&amp;blems (%1)</source>
        <translation>2 · Про&amp;блеми пробного запуску (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="641"/>
        <source>2 · Dry-run pro&amp;blems</source>
        <translation>2 · Про&amp;блеми пробного запуску</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="667"/>
        <source>Running: each row counts once its DeviceToken is in the ledger.</source>
        <translation>Виконується: рядок зараховується, щойно його DeviceToken записано в журнал.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="669"/>
        <source>Paused: no new request goes out until you resume.</source>
        <translation>Призупинено: жоден новий запит не надсилається, доки ви не продовжите.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="671"/>
        <source>Stopping: waiting for the answers to the requests already sent…</source>
        <translation>Зупинка: очікування відповідей на вже надіслані запити…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="677"/>
        <source>Resuming run %1…</source>
        <translation>Продовження запуску %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="677"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="692"/>
        <source>Paused (requests already sent are awaited) · </source>
        <translation>Призупинено (очікуються вже надіслані запити) · </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="694"/>
        <source>Stopping · </source>
        <translation>Зупинення · </translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="698"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="704"/>
        <source> · %1 rows/s · ETA %2</source>
        <translation> · %1 рядків/с · лишилося %2</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="717"/>
        <source>Run %1 %2.</source>
        <translation>Запуск %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="718"/>
        <source>Run %1 %2: %3.</source>
        <translation>Запуск %1 %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="724"/>
        <source>row %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="726"/>
        <source>
NOT recorded in the ledger (export the results now; they exist only here):
</source>
        <translation>
НЕ записано в журнал (експортуйте результати зараз; вони є тільки тут):
</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="772"/>
        <source>no run to export</source>
        <translation>немає запуску для експорту</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="780"/>
        <source>Export the results</source>
        <translation>Експорт результатів</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="780"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="782"/>
        <source>Results written to %1.</source>
        <translation>Результати записано в %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="783"/>
        <source>The export failed: %1</source>
        <translation>Експорт не вдався: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="794"/>
        <location filename="../app/ui/BulkPage.cpp" line="798"/>
        <source>Choose a CSV file first.</source>
        <translation>Спершу виберіть CSV-файл.</translation>
    </message>
    <message>
        <location filename="../app/ui/BulkPage.cpp" line="802"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Продовжити</translation>
    </message>
</context>
<context>
    <name>tc::BulkRowCheck</name>
    <message>
        <location filename="../app/core/bulk/BulkRowCheck.cpp" line="28"/>
        <source>%1 &quot;%2&quot; repeats row %3&apos;s (line %4)</source>
        <translation>%1 «%2» повторює значення рядка %3 (рядок файлу %4)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowCheck.cpp" line="42"/>
        <source>not sent: </source>
        <translation>не надіслано: </translation>
    </message>
</context>
<context>
    <name>tc::BulkRowModel</name>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="127"/>
        <source> (NOT in the ledger)</source>
        <translation> (НЕ в журналі)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Line</source>
        <translation>Рядок файлу</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="141"/>
        <source>Status</source>
        <translation>Стан</translation>
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
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkRowModel.cpp" line="142"/>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
</context>
<context>
    <name>tc::BulkSource</name>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="31"/>
        <location filename="../app/core/bulk/BulkSource.cpp" line="135"/>
        <location filename="../app/core/bulk/BulkSource.cpp" line="140"/>
        <source>cannot read %1: %2</source>
        <translation>не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="43"/>
        <source>%1: this does not look like a CSV text file (binary data at byte %2)%3</source>
        <translation>%1: це не схоже на текстовий CSV-файл (двійкові дані на байті %2)%3</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="50"/>
        <source>: it looks like UTF-16 text; save it as UTF-8</source>
        <translation>: схоже на текст у UTF-16; збережіть його як UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="61"/>
        <source>%1: the file is empty</source>
        <translation>%1: файл порожній</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="62"/>
        <source>%1: the file is empty (it holds only blank lines)</source>
        <translation>%1: файл порожній (містить лише порожні рядки)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="72"/>
        <source>line %1: the header row is malformed: %2</source>
        <translation>рядок %1: рядок заголовків пошкоджено: %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="80"/>
        <source>: the header row is not UTF-8 text (if the file is text, save it as UTF-8)</source>
        <translation>: рядок заголовків не є текстом UTF-8 (якщо файл текстовий, збережіть його як UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="85"/>
        <source>%1: this does not look like a CSV text file%2</source>
        <translation>%1: це не схоже на текстовий CSV-файл%2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/BulkSource.cpp" line="100"/>
        <source>%1: the file has a header but no rows</source>
        <translation>%1: у файлі є рядок заголовків, але немає рядків</translation>
    </message>
</context>
<context>
    <name>tc::ClaimGlossary</name>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="15"/>
        <source>Subject: whom the token is for (the user&apos;s DeviceToken, or the admin&apos;s id).</source>
        <translation>Subject: для кого токен (DeviceToken користувача або ідентифікатор адміністратора).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="17"/>
        <source>Token id: a unique number for this one token.</source>
        <translation>Ідентифікатор токена: унікальний номер саме цього токена.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="18"/>
        <source>Issued at: when the service made this token.</source>
        <translation>Видано: коли служба створила цей токен.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="19"/>
        <source>Not before: the token is refused before this moment.</source>
        <translation>Не раніше: до цього моменту токен відхиляється.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="21"/>
        <source>Expires: after this moment the service answers 401; refresh the token before it.</source>
        <translation>Спливає: після цього моменту служба відповідає 401; оновіть токен раніше.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="24"/>
        <source>Issuer: the service part that signed the token (&quot;webApi&quot;).</source>
        <translation>Видавець: частина служби, що підписала токен («webApi»).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="25"/>
        <source>Audience: the services meant to accept the token.</source>
        <translation>Аудиторія: служби, які мають приймати токен.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="27"/>
        <source>Application id: the customer&apos;s application (app) in DataHub.</source>
        <translation>Ідентифікатор застосунку: застосунок клієнта в DataHub.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="29"/>
        <source>Company id: the customer account that owns the application.</source>
        <translation>Ідентифікатор компанії: обліковий запис клієнта, якому належить застосунок.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="31"/>
        <source>InstanceId: the user group (or API credentials set) the identity belongs to.</source>
        <translation>InstanceId: група користувачів (або набір облікових даних API), до якої належить ідентичність.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="34"/>
        <source>InstanceKey: the group&apos;s secret key, the password for user logins and registration. Anyone who sees this token has it.</source>
        <translation>InstanceKey: секретний ключ групи, пароль для входу користувачів і реєстрації. Кожен, хто бачить цей токен, має його.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="36"/>
        <source>DeviceToken: the app user&apos;s id, also the SDK&apos;s key for that user.</source>
        <translation>DeviceToken: ідентифікатор користувача застосунку, водночас ключ SDK для цього користувача.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="39"/>
        <source>Whether the SDK sends its logs for this user.</source>
        <translation>Чи надсилає SDK свої журнали для цього користувача.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="41"/>
        <source>Whether the SDK records trips for this user.</source>
        <translation>Чи записує SDK поїздки цього користувача.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="43"/>
        <source>Whether the SDK shares the user&apos;s live location.</source>
        <translation>Чи ділиться SDK поточним місцезнаходженням користувача.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="45"/>
        <source>ClientId: the user&apos;s id in the customer&apos;s own system.</source>
        <translation>ClientId: ідентифікатор користувача у власній системі клієнта.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="47"/>
        <source>When the refresh token dies (service time, UTC): after it, log in again.</source>
        <translation>Коли спливає токен оновлення (час служби, UTC): після цього увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="50"/>
        <source>The refresh token, in clear: it buys a new token pair once. Keep it secret.</source>
        <translation>Токен оновлення у відкритому вигляді: він один раз дає нову пару токенів. Тримайте його в таємниці.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="52"/>
        <source>The DataHub account&apos;s e-mail (admin tokens).</source>
        <translation>E-mail облікового запису DataHub (токени адміністратора).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="54"/>
        <source>Whether the identity is a DataHub (admin) account.</source>
        <translation>Чи є ідентичність обліковим записом DataHub (адміністратора).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="55"/>
        <location filename="../app/ui/ClaimGlossary.cpp" line="57"/>
        <source>The role the service grants this identity.</source>
        <translation>Роль, яку служба надає цій ідентичності.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="58"/>
        <source>The service&apos;s internal id of the identity.</source>
        <translation>Внутрішній ідентифікатор ідентичності в службі.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="70"/>
        <source>Signing algorithm: none. The token is not signed: anyone could have written its claims, and the service refuses it.</source>
        <translation>Алгоритм підпису: none. Токен не підписано: будь-хто міг написати його claims, і служба його відхиляє.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="74"/>
        <source>Signing algorithm %1 is named, but the token carries no signature: it is not signed.</source>
        <translation>Вказано алгоритм підпису %1, але токен не має підпису: його не підписано.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="75"/>
        <location filename="../app/ui/ClaimGlossary.cpp" line="80"/>
        <source>(none given)</source>
        <translation>(не вказано)</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="78"/>
        <source>Signing algorithm %1, but the signature is damaged (a truncated paste?): the service refuses the token as it is.</source>
        <translation>Алгоритм підпису %1, але підпис пошкоджено (вставлено не повністю?): служба відхилить токен у такому вигляді.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="83"/>
        <source>Signing algorithm. HS256: signed with the service&apos;s secret key, which the console does not have, so the signature is not checked here.</source>
        <translation>Алгоритм підпису. HS256: підписано секретним ключем служби, якого консоль не має, тому підпис тут не перевіряється.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="86"/>
        <source>Signing algorithm (%1). The service signs its tokens with HS256; the signature is not checked here.</source>
        <translation>Алгоритм підпису (%1). Служба підписує свої токени HS256; підпис тут не перевіряється.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="90"/>
        <source>Token type (JWT).</source>
        <translation>Тип токена (JWT).</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="93"/>
        <source>Key id: which of the service&apos;s keys signed the token.</source>
        <translation>Ідентифікатор ключа: яким із ключів служби підписано токен.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="96"/>
        <source>Content type of the payload.</source>
        <translation>Тип вмісту корисного навантаження.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="98"/>
        <source>A header field the console does not know.</source>
        <translation>Поле заголовка, невідоме консолі.</translation>
    </message>
    <message>
        <location filename="../app/ui/ClaimGlossary.cpp" line="107"/>
        <source>A claim the console does not know.</source>
        <translation>Claim, невідомий консолі.</translation>
    </message>
</context>
<context>
    <name>tc::ClearButton</name>
    <message>
        <location filename="../app/ui/ClearButton.cpp" line="16"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
</context>
<context>
    <name>tc::CsvMapping</name>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="119"/>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="195"/>
        <source>a column mapping is COLUMN=FIELD (got &quot;%1&quot;)</source>
        <translation>зіставлення стовпця має вигляд СТОВПЕЦЬ=ПОЛЕ (отримано «%1»)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="206"/>
        <source>&quot;%1&quot; is not a field (known: %2)</source>
        <translation>«%1» не є полем (відомі: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="226"/>
        <source>the file has no column &quot;%1&quot; (columns: %2)</source>
        <translation>у файлі немає стовпця «%1» (стовпці: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="249"/>
        <source>columns &quot;%1&quot; and &quot;%2&quot; both feed %3</source>
        <translation>стовпці «%1» і «%2» обидва заповнюють %3</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="257"/>
        <source>no column names a registration field (columns: %1)</source>
        <translation>жоден стовпець не відповідає полю реєстрації (стовпці: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="283"/>
        <source>the row has %1 fields, the header has %2</source>
        <translation>у рядку %1 полів, у рядку заголовків — %2</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="292"/>
        <source>field %1: </source>
        <translation>поле %1: </translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="313"/>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation>%1 має бути true або false (отримано «%2»)</translation>
    </message>
    <message>
        <location filename="../app/core/bulk/CsvMapping.cpp" line="333"/>
        <source>ChildrenCount must be a whole number (got &quot;%1&quot;)</source>
        <translation>ChildrenCount має бути цілим числом (отримано «%1»)</translation>
    </message>
</context>
<context>
    <name>tc::CsvReader</name>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="35"/>
        <source>not valid UTF-8 text (byte 0x%1 at position %2); save the file as UTF-8</source>
        <translation>недійсний текст UTF-8 (байт 0x%1 на позиції %2); збережіть файл як UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="203"/>
        <source>the record is longer than %1 bytes (an unterminated quote?)</source>
        <translation>запис довший за %1 байтів (незакрита лапка?)</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="211"/>
        <source>malformed quoting (a quote inside an unquoted field, or text after a closing quote)</source>
        <translation>неправильні лапки (лапка всередині поля без лапок або текст після закривальної лапки)</translation>
    </message>
    <message>
        <location filename="../app/core/util/CsvReader.cpp" line="270"/>
        <source>unterminated quoted field (the file ends inside quotes)</source>
        <translation>незакрите поле в лапках (файл закінчується всередині лапок)</translation>
    </message>
</context>
<context>
    <name>tc::EmbeddedSandbox</name>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="44"/>
        <source>The local sandbox is not installed: %1 is missing. Reinstall the console, or use a profile for another service.</source>
        <translation>Локальну пісочницю не встановлено: бракує %1. Перевстановіть консоль або скористайтеся профілем іншого сервісу.</translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="53"/>
        <source>The local sandbox %1 cannot be loaded: %2</source>
        <translation>Не вдається завантажити локальну пісочницю %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="60"/>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="186"/>
        <source>%1 is not a local sandbox for this console.</source>
        <translation>%1 не є локальною пісочницею для цієї консолі.</translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="66"/>
        <source>The local sandbox %1 is version %2, this console %3. Reinstall the console.</source>
        <translation>Локальна пісочниця %1 має версію %2, а ця консоль — %3. Перевстановіть консоль.</translation>
    </message>
    <message>
        <location filename="../app/ui/EmbeddedSandbox.cpp" line="166"/>
        <source>Cannot lock the sandbox database %1.</source>
        <translation>Не вдалося заблокувати базу даних пісочниці %1.</translation>
    </message>
</context>
<context>
    <name>tc::Envelope</name>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="75"/>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>недійсний JSON (%1 на позиції %2)</translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="88"/>
        <source>the answer is a JSON array, not the envelope object</source>
        <translation>відповідь є масивом JSON, а не об&apos;єктом-конвертом</translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="90"/>
        <source>the answer is not a JSON object</source>
        <translation>відповідь не є об&apos;єктом JSON</translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="97"/>
        <source>the answer has neither Status nor Result</source>
        <translation>відповідь не має ні Status, ні Result</translation>
    </message>
    <message>
        <location filename="../app/core/api/Envelope.cpp" line="104"/>
        <source>the envelope&apos;s Status is not an HTTP status code</source>
        <translation>Status конверта не є кодом стану HTTP</translation>
    </message>
</context>
<context>
    <name>tc::EnvironmentBanner</name>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="19"/>
        <source>Environment</source>
        <translation>Середовище</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="34"/>
        <source>PRODUCTION — user.telematicssdk.com</source>
        <translation>ПРОДАКШН — user.telematicssdk.com</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="43"/>
        <source>Profile “%1”: real users and real logins (rate-limited per IP).</source>
        <translation>Профіль «%1»: справжні користувачі та справжні входи (обмеження частоти на IP).</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="47"/>
        <source>Local sandbox</source>
        <translation>Локальна пісочниця</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="50"/>
        <source>Profile “%1” · %2 · test data on this computer only.</source>
        <translation>Профіль «%1» · %2 · тестові дані лише на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="52"/>
        <source>Profile “%1” · the local sandbox is not running (Sandbox → Start).</source>
        <translation>Профіль «%1» · локальна пісочниця не запущена (Пісочниця → Запустити).</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="56"/>
        <source>Custom service — %1</source>
        <translation>Власна служба — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="57"/>
        <source>Profile “%1” · %2</source>
        <translation>Профіль «%1» · %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="66"/>
        <source>No profile selected</source>
        <translation>Профіль не вибрано</translation>
    </message>
    <message>
        <location filename="../app/ui/EnvironmentBanner.cpp" line="67"/>
        <source>Pick a profile on the left to see where its requests go.</source>
        <translation>Виберіть профіль ліворуч, щоб побачити, куди йдуть його запити.</translation>
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
        <translation>Status конверта (%1) відрізняється від стану HTTP (%2): відповідь служби суперечить сама собі; консоль орієнтується на стан HTTP.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="86"/>
        <source>No answer yet.</source>
        <translation>Відповіді ще немає.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="90"/>
        <source>No answer arrived.</source>
        <translation>Відповідь не надійшла.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="96"/>
        <source>401: the service refused these credentials (a wrong login or password, or a LoginFields shape it cannot read). No token is needed on this route.</source>
        <translation>401: служба відхилила ці облікові дані (неправильний логін чи пароль або форма LoginFields, яку вона не може прочитати). Токен на цьому маршруті не потрібен.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="99"/>
        <source>401: no token was sent. This route needs “Authorization: Bearer &lt;JWT&gt;”: choose a session&apos;s token as the auth.</source>
        <translation>401: токен не надіслано. Цей маршрут потребує «Authorization: Bearer &lt;JWT&gt;»: виберіть токен сеансу як автентифікацію.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="106"/>
        <source>401: the token sent is not a readable JWT (its claims do not decode).</source>
        <translation>401: надісланий токен не є читабельним JWT (його claims не декодуються).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="108"/>
        <source>401: the token sent had expired: its exp is %1, %2 before the request.</source>
        <translation>401: строк дії надісланого токена минув: його exp — %1, на %2 раніше за запит.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="111"/>
        <source>401: the token sent was not yet valid: its nbf is %1, %2 after the request (a clock difference?).</source>
        <translation>401: надісланий токен ще не набув чинності: його nbf — %1, на %2 пізніше за запит (розбіжність годинників?).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="115"/>
        <source>401: the token sent is a user&apos;s (it carries a DeviceToken) and this route is for admins: use an admin session.</source>
        <translation>401: надісланий токен належить користувачеві (містить DeviceToken), а цей маршрут — для адміністраторів: використайте сеанс адміністратора.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="118"/>
        <source>401: the token sent is an admin&apos;s; this route reads a user&apos;s own profile: use a user session.</source>
        <translation>401: надісланий токен належить адміністраторові; цей маршрут читає власний профіль користувача: використайте сеанс користувача.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="121"/>
        <source>401: the token sent is of no known kind (its claims name neither a DeviceToken nor an admin role), so the service may not accept it here.</source>
        <translation>401: надісланий токен невідомого типу (його claims не вказують ні DeviceToken, ні роль адміністратора), тож служба може не прийняти його тут.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="124"/>
        <source>401: the token sent looks valid (not expired, of the right kind), so the service did not accept its signature or no longer knows it (logged out, rotated, another environment&apos;s).</source>
        <translation>401: надісланий токен виглядає дійсним (строк не минув, тип правильний), тож служба не прийняла його підпис або більше його не знає (вихід із системи, ротація, токен іншого середовища).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="132"/>
        <source>403: the token is a user&apos;s token (it carries a DeviceToken) on a route for admins. Use an admin session&apos;s token.</source>
        <translation>403: це токен користувача (містить DeviceToken) на маршруті для адміністраторів. Використайте токен сеансу адміністратора.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="135"/>
        <source>403: the service knows who you are but does not allow this (a user token on an admin route, or a group outside your account).</source>
        <translation>403: служба знає, хто ви, але не дозволяє цього (токен користувача на маршруті адміністратора або група поза вашим обліковим записом).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="139"/>
        <source>415: the service takes only JSON bodies with “Content-Type: application/json”; this request sent %1.</source>
        <translation>415: служба приймає лише тіла JSON із «Content-Type: application/json»; цей запит надіслав: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="141"/>
        <source>no Content-Type</source>
        <translation>Content-Type не вказано</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="149"/>
        <source>429: too many requests. The service asks to wait until %1 (Retry-After: %2).</source>
        <translation>429: забагато запитів. Служба просить зачекати до %1 (Retry-After: %2).</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="151"/>
        <source>429: too many requests. The service did not say how long to wait.</source>
        <translation>429: забагато запитів. Служба не вказала, скільки чекати.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="153"/>
        <source>%1: success.</source>
        <translation>%1: успіх.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="155"/>
        <source>%1: the service refused the request.</source>
        <translation>%1: служба відхилила запит.</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="167"/>
        <source>You may try again now.</source>
        <translation>Можна спробувати знову вже зараз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/traffic/ExchangeExplainer.cpp" line="168"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Спробуйте знову через %n с.</numerusform>
            <numerusform>Спробуйте знову через %n с.</numerusform>
            <numerusform>Спробуйте знову через %n с.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::InfoStrip</name>
    <message>
        <location filename="../app/ui/InfoStrip.cpp" line="32"/>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../app/ui/InfoStrip.cpp" line="33"/>
        <source>Dismiss message</source>
        <translation>Закрити повідомлення</translation>
    </message>
</context>
<context>
    <name>tc::Jwt</name>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="38"/>
        <source>not valid base64url (character %1 at offset %2)</source>
        <translation>недійсний base64url (символ %1 на позиції %2)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="45"/>
        <source>not valid base64url (impossible length %1)</source>
        <translation>недійсний base64url (неможлива довжина %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="49"/>
        <source>not valid base64url</source>
        <translation>недійсний base64url</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="101"/>
        <source>too long (%1 characters; the limit is %2)</source>
        <translation>задовгий (%1 символів; обмеження — %2)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="110"/>
        <source>too long (%1 bytes; the limit is %2)</source>
        <translation>задовгий (%1 байтів; обмеження — %2)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="115"/>
        <source>contains a NUL byte at offset %1</source>
        <translation>містить байт NUL на позиції %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="127"/>
        <source>expected 3 parts separated by &apos;.&apos;, found %1</source>
        <translation>очікувалося 3 частини, розділені «.», знайдено %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="144"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>не JSON (%1 на позиції %2)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="148"/>
        <source>JSON, but not an object</source>
        <translation>JSON, але не об&apos;єкт</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="166"/>
        <source>an %1 signature is %2 bytes, this one %3</source>
        <translation>підпис %1 має %2 байтів, цей — %3</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="377"/>
        <source>The token&apos;s exp gives a lifetime of %1 s but the answer&apos;s ExpiresIn says %2 s; using exp.</source>
        <translation>exp токена дає тривалість життя %1 с, але ExpiresIn у відповіді вказує %2 с; використовується exp.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Jwt.cpp" line="382"/>
        <source> ExpiresIn looks like milliseconds.</source>
        <translation> ExpiresIn схоже на мілісекунди.</translation>
    </message>
</context>
<context>
    <name>tc::JwtReport</name>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="17"/>
        <source>Unsigned: anyone could have written these claims. The token ends after its claims, with no signature: was its end cut off when it was copied?</source>
        <translation>Без підпису: будь-хто міг написати ці claims. Токен закінчується після claims без підпису: чи не обрізано його кінець під час копіювання?</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="21"/>
        <source>Unsigned: anyone could have written these claims. Its header says &quot;alg&quot;: &quot;none&quot;; the service never issues such a token and refuses it.</source>
        <translation>Без підпису: будь-хто міг написати ці claims. Його заголовок каже &quot;alg&quot;: &quot;none&quot;; служба ніколи не видає такий токен і відхиляє його.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="24"/>
        <source>Unsigned: anyone could have written these claims. Nothing follows the last dot, so the token has no signature; the service refuses it.</source>
        <translation>Без підпису: будь-хто міг написати ці claims. Після останньої крапки нічого немає, тож токен не має підпису; служба його відхиляє.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="29"/>
        <source>Signature damaged — truncated paste? Its signature part: %1. The header and claims decode and are shown, but the service refuses the token as it is: copy it again in full.</source>
        <translation>Підпис пошкоджено — вставлено не повністю? Його частина підпису: %1. Заголовок і claims декодуються й показані, але служба відхилить токен у такому вигляді: скопіюйте його знову повністю.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="39"/>
        <source>Expired %1. The service answers 401 to it; refresh or log in again.</source>
        <translation>Сплив %1. Служба відповідає на нього 401; оновіть його або увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="41"/>
        <source>The token has no expiry (exp) claim.</source>
        <translation>Токен не має claim строку дії (exp).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="44"/>
        <source>Not yet valid: the service accepts it %1. Check this computer&apos;s clock.</source>
        <translation>Ще не чинний: служба прийме його %1. Перевірте годинник цього комп&apos;ютера.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="47"/>
        <source>Issued in the future, %1: this computer&apos;s clock or the server&apos;s is wrong.</source>
        <translation>Видано в майбутньому, %1: годинник цього комп&apos;ютера або сервера неправильний.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="53"/>
        <source>This token embeds the group&apos;s InstanceKey: anyone who sees the token has the group&apos;s key (the password of every user of the group, and the key to register new users).</source>
        <translation>Цей токен містить InstanceKey групи: кожен, хто бачить токен, має ключ групи (пароль кожного користувача групи та ключ для реєстрації нових користувачів).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="57"/>
        <source>This token embeds a refresh token: anyone who sees it can get a new token pair.</source>
        <translation>Цей токен містить токен оновлення: кожен, хто його бачить, може отримати нову пару токенів.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="59"/>
        <source>This token embeds a secret (%1).</source>
        <translation>Цей токен містить секрет (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="65"/>
        <source>Its refresh token expired %1: only a new login helps.</source>
        <translation>Його токен оновлення сплив %1: допоможе лише новий вхід.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="72"/>
        <source>its claims name neither a user (DeviceToken) nor an admin role</source>
        <translation>його claims не вказують ні користувача (DeviceToken), ні роль адміністратора</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="86"/>
        <source>An admin token (%1).</source>
        <translation>Токен адміністратора (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="87"/>
        <source>An admin token for %1 (%2).</source>
        <translation>Токен адміністратора для %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="89"/>
        <source>A user token (%1).</source>
        <translation>Токен користувача (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="92"/>
        <source>A token of unknown kind: %1.</source>
        <translation>Токен невідомого типу: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="98"/>
        <source>Unsigned: there is no signature part.</source>
        <translation>Без підпису: частини підпису немає.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="100"/>
        <source>Unsigned: the header says &quot;alg&quot;: &quot;none&quot;.</source>
        <translation>Без підпису: заголовок каже &quot;alg&quot;: &quot;none&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="102"/>
        <source>Unsigned: the signature part is empty.</source>
        <translation>Без підпису: частина підпису порожня.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="104"/>
        <source>Its signature is damaged (%1).</source>
        <translation>Його підпис пошкоджено (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="106"/>
        <source>Signed, with no algorithm named in the header; the signature is not checked here (the console does not hold the service&apos;s key).</source>
        <translation>Підписано, але заголовок не вказує алгоритму; підпис тут не перевіряється (консоль не має ключа служби).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/JwtReport.cpp" line="108"/>
        <source>Signed with %1; the signature is not checked here (the console does not hold the service&apos;s key).</source>
        <translation>Підписано %1; підпис тут не перевіряється (консоль не має ключа служби).</translation>
    </message>
</context>
<context>
    <name>tc::KeychainStore</name>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="257"/>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Секрети зберігаються в системній зв&apos;язці ключів.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="259"/>
        <source>Secrets are kept in memory only for this run (nothing is saved): %1</source>
        <translation>Секрети зберігаються лише в пам&apos;яті на цей запуск (нічого не записується): %1</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="358"/>
        <source>%1 reached the D-Bus session bus, but no Secret Service answers on it (org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>%1 досягла сеансової шини D-Bus, але на ній не відповідає жодна служба Secret Service (org.freedesktop.secrets): встановіть і розблокуйте gnome-keyring або KWallet, потім спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="363"/>
        <source>%1 found no D-Bus session bus, so no keychain can be reached: run it inside a desktop session (or under dbus-run-session with an unlocked gnome-keyring).</source>
        <translation>%1 не знайшла сеансової шини D-Bus, тож жодна зв&apos;язка ключів недосяжна: запустіть її в сеансі робочого столу (або під dbus-run-session з розблокованим gnome-keyring).</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="368"/>
        <source>The Secret Service answered, but the keyring is locked or has no default collection: unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation>Secret Service відповіла, але зв&apos;язка ключів заблокована або не має типової колекції: розблокуйте її (увійдіть у сеанс робочого столу або виконайте `gnome-keyring-daemon --unlock`) і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="373"/>
        <source>The keyring is locked and could not be unlocked: its unlock prompt could not be shown (no display) or was closed. Unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation>Зв&apos;язка ключів заблокована, і її не вдалося розблокувати: запит на розблокування не вдалося показати (немає дисплея) або його закрито. Розблокуйте її (увійдіть у сеанс робочого столу або виконайте `gnome-keyring-daemon --unlock`) і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="378"/>
        <source>Access to the keychain was denied: allow telematics-console when your keyring asks, and try again.</source>
        <translation>Доступ до зв&apos;язки ключів заборонено: дозвольте telematics-console, коли зв&apos;язка ключів запитає, і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="382"/>
        <source>The keychain did not answer within %1 s (it may be locked and waiting for a password prompt): unlock your keyring and try again.</source>
        <translation>Зв&apos;язка ключів не відповіла протягом %1 с (можливо, вона заблокована й чекає на введення пароля): розблокуйте зв&apos;язку ключів і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainStore.cpp" line="387"/>
        <source>The keychain failed: check that gnome-keyring or KWallet is running and unlocked.</source>
        <translation>Збій зв&apos;язки ключів: перевірте, чи запущено й розблоковано gnome-keyring або KWallet.</translation>
    </message>
</context>
<context>
    <name>tc::Language</name>
    <message>
        <location filename="../app/ui/Language.cpp" line="36"/>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
</context>
<context>
    <name>tc::Ledger</name>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="149"/>
        <source>cannot switch the ledger to WAL: </source>
        <translation>не вдалося перевести журнал у режим WAL: </translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="170"/>
        <source>The ledger %1 cannot be opened: %2</source>
        <translation>Не вдалося відкрити журнал %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="208"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="214"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="217"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="23"/>
        <source>create the schema</source>
        <translation>створення схеми</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="309"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="723"/>
        <source>The ledger could not %1: %2</source>
        <translation>Збій журналу (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="358"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="361"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="368"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="376"/>
        <source>record a registration</source>
        <translation>запис реєстрації</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="359"/>
        <location filename="../app/core/ledger/LedgerReader.cpp" line="163"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="33"/>
        <source>the ledger is not open</source>
        <translation>журнал не відкрито</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="394"/>
        <source>update a registration</source>
        <translation>оновлення реєстрації</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="412"/>
        <source>update a bulk row</source>
        <translation>оновлення рядка масової реєстрації</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="437"/>
        <source>record the bulk run</source>
        <translation>запис масового запуску</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="456"/>
        <source>update the bulk run</source>
        <translation>оновлення масового запуску</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="466"/>
        <source>the run stopped while this row&apos;s request may have been in flight</source>
        <translation>запуск зупинився, коли запит цього рядка міг бути в дорозі</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="471"/>
        <source>mark interrupted rows</source>
        <translation>позначення перерваних рядків</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="724"/>
        <source>be read for the export</source>
        <translation>читання для експорту</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="741"/>
        <source>The export was canceled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/Ledger.cpp" line="704"/>
        <location filename="../app/core/ledger/Ledger.cpp" line="734"/>
        <source>The export could not be written: </source>
        <translation>Не вдалося записати експорт: </translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="32"/>
        <location filename="../app/core/ledger/LedgerUserEvents.cpp" line="47"/>
        <source>record a user event</source>
        <translation>запис події користувача</translation>
    </message>
</context>
<context>
    <name>tc::LedgerModel</name>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="262"/>
        <source>State</source>
        <translation>Стан</translation>
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
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../app/core/ledger/LedgerModel.cpp" line="263"/>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
</context>
<context>
    <name>tc::LedgerPage</name>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="36"/>
        <source>Every DeviceToken this console received, recorded before it was shown. Access and refresh tokens are never kept here.</source>
        <translation>Кожен DeviceToken, який отримала ця консоль, записаний до того, як його показано. Токени доступу й оновлення тут ніколи не зберігаються.</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="45"/>
        <source>Search DeviceToken, ClientId, InstanceId, name, e-mail…</source>
        <translation>Пошук DeviceToken, ClientId, InstanceId, імені, e-mail…</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="47"/>
        <source>Search the ledger</source>
        <translation>Пошук у журналі</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="50"/>
        <source>Any state</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="55"/>
        <source>Any source</source>
        <translation>Будь-яке джерело</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="58"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Експорт CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="61"/>
        <source>Re&amp;load</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="72"/>
        <source>Ledger entries</source>
        <translation>Записи журналу</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="91"/>
        <location filename="../app/ui/LedgerPage.cpp" line="108"/>
        <source>Copy &amp;DeviceToken</source>
        <translation>Копіювати &amp;DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="94"/>
        <location filename="../app/ui/LedgerPage.cpp" line="111"/>
        <source>Copy row as C&amp;SV</source>
        <translation>Копіювати рядок як C&amp;SV</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="110"/>
        <source>Copy the selected entry&apos;s DeviceToken (Ctrl+C in the table)</source>
        <translation>Копіювати DeviceToken вибраного запису (Ctrl+C у таблиці)</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="113"/>
        <source>Copy the selected entry, with the column names, as CSV (Ctrl+Shift+C)</source>
        <translation>Копіювати вибраний запис разом із назвами стовпців як CSV (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="142"/>
        <source>&amp;Find this user</source>
        <translation>&amp;Знайти цього користувача</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="144"/>
        <source>Look the selected entry&apos;s DeviceToken up in the Users area (with an admin session).</source>
        <translation>Знайти DeviceToken вибраного запису в області «Користувачі» (через сеанс адміністратора).</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="200"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="202"/>
        <source>The ledger could not be read: %1</source>
        <translation>Не вдалося прочитати журнал: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="204"/>
        <source>%n or more entries (counting…)</source>
        <translation>
            <numerusform>%n або більше записів (підрахунок…)</numerusform>
            <numerusform>%n або більше записів (підрахунок…)</numerusform>
            <numerusform>%n або більше записів (підрахунок…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="206"/>
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="209"/>
        <source>preparing search: %n older entr(y/ies) left</source>
        <translation>
            <numerusform>підготовка пошуку: лишився %n старіший запис</numerusform>
            <numerusform>підготовка пошуку: лишилося %n старіші записи</numerusform>
            <numerusform>підготовка пошуку: лишилося %n старіших записів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="282"/>
        <source>the ledger is not open</source>
        <translation>журнал не відкрито</translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="301"/>
        <source>Exporting to %1…</source>
        <translation>Експорт до %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="306"/>
        <source>Exporting to %1: %n entr(y/ies) so far…</source>
        <translation>
            <numerusform>Експорт до %1: поки що %n запис…</numerusform>
            <numerusform>Експорт до %1: поки що %n записи…</numerusform>
            <numerusform>Експорт до %1: поки що %n записів…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/LedgerPage.cpp" line="313"/>
        <source>Exported %n entr(y/ies) to %1.</source>
        <translation>
            <numerusform>Експортовано %n запис до %1.</numerusform>
            <numerusform>Експортовано %n записи до %1.</numerusform>
            <numerusform>Експортовано %n записів до %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/LedgerPage.cpp" line="324"/>
        <source>Export the ledger</source>
        <translation>Експорт журналу</translation>
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
        <translation>Експорт не вдався: %1</translation>
    </message>
</context>
<context>
    <name>tc::LoginAttempt</name>
    <message>
        <location filename="../app/core/auth/LoginAttempt.cpp" line="27"/>
        <source>the service rate-limited logins earlier; no login is sent before then</source>
        <translation>служба раніше обмежила входи; до того часу вхід не надсилається</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/auth/LoginAttempt.cpp" line="32"/>
        <source>automatic logins are paused: %n login(s) in the last %1 min for this profile; log in by hand or wait</source>
        <translation>
            <numerusform>автоматичні входи призупинено: %n вхід за останні %1 хв для цього профілю; увійдіть вручну або зачекайте</numerusform>
            <numerusform>автоматичні входи призупинено: %n входи за останні %1 хв для цього профілю; увійдіть вручну або зачекайте</numerusform>
            <numerusform>автоматичні входи призупинено: %n входів за останні %1 хв для цього профілю; увійдіть вручну або зачекайте</numerusform>
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
        <translation>Повідомлення зв&apos;язки ключів</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="86"/>
        <source>Sandbox message</source>
        <translation>Повідомлення пісочниці</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="87"/>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="98"/>
        <source>&amp;Work areas</source>
        <translation>&amp;Робочі області</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="104"/>
        <source>Work areas</source>
        <translation>Робочі області</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="113"/>
        <source>Work area</source>
        <translation>Робоча область</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="125"/>
        <source>Connection</source>
        <translation>З&apos;єднання</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="127"/>
        <source>Local sandbox state</source>
        <translation>Стан локальної пісочниці</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="129"/>
        <source>Keychain state</source>
        <translation>Стан зв&apos;язки ключів</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="136"/>
        <source>Sessions</source>
        <translation>Сеанси</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="148"/>
        <source>Inspector</source>
        <translation>Інспектор</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="162"/>
        <source>Traffic</source>
        <translation>Трафік</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="219"/>
        <location filename="../app/ui/MainWindow.cpp" line="514"/>
        <source>The system keychain cannot be used: %1
Until that is fixed, secrets you enter are kept in memory only for this run: nothing is saved, and you will be asked again next time.</source>
        <translation>Системну зв&apos;язку ключів неможливо використати: %1
Доки це не виправлено, введені секрети зберігаються лише в пам&apos;яті на цей запуск: нічого не записується, і наступного разу вас запитають знову.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="244"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="245"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Новий профіль…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="247"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Редагувати профіль…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="250"/>
        <source>&amp;Log in / register user</source>
        <translation>&amp;Увійти / зареєструвати користувача</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="254"/>
        <source>P&amp;references…</source>
        <translation>&amp;Параметри…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="258"/>
        <source>&amp;Quit</source>
        <translation>За&amp;вершити</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="261"/>
        <source>&amp;Sandbox</source>
        <translation>П&amp;ісочниця</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="262"/>
        <source>&amp;Start</source>
        <translation>&amp;Запустити</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="263"/>
        <source>S&amp;top</source>
        <translation>З&amp;упинити</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="265"/>
        <source>&amp;Go</source>
        <translation>П&amp;ерейти</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="266"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Профілі</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="270"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="271"/>
        <source>&amp;About Telematics Console</source>
        <translation>&amp;Про Telematics Console</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="272"/>
        <source>About Telematics Console</source>
        <translation>Про Telematics Console</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="273"/>
        <source>Telematics Console %1
A desktop admin console for the Telematics (Damoov) user service.</source>
        <translation>Telematics Console %1
Настільна консоль адміністратора для служби користувачів Telematics (Damoov).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="293"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="472"/>
        <source>The new language is used from the next start: a registration or bulk run is in progress.</source>
        <translation>Нова мова діятиме з наступного запуску: зараз триває реєстрація або масовий запуск.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="533"/>
        <source>First run: starting a local sandbox so you can try the console safely…</source>
        <translation>Перший запуск: запускається локальна пісочниця, щоб ви могли безпечно випробувати консоль…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="601"/>
        <source>The local sandbox is stopped. Its data stays in %1.</source>
        <translation>Локальну пісочницю зупинено. Її дані залишаються в %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="602"/>
        <source>&amp;Start sandbox</source>
        <translation>&amp;Запустити пісочницю</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="608"/>
        <source>Stop the local sandbox</source>
        <translation>Зупинити локальну пісочницю</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="609"/>
        <source>One open session uses the local sandbox</source>
        <translation>Один відкритий сеанс використовує локальну пісочницю</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="610"/>
        <source>%1 open sessions use the local sandbox</source>
        <translation>Відкритих сеансів, що використовують локальну пісочницю: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="611"/>
        <source>; their refreshes fail until it runs again. Stop it?</source>
        <translation>; їхні оновлення не вдаватимуться, доки вона знову не запрацює. Зупинити?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="643"/>
        <source>The local sandbox runs at %1.</source>
        <translation>Локальна пісочниця працює на %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="667"/>
        <source>The local sandbox did not start: %1
Its database: %2</source>
        <translation>Локальна пісочниця не запустилася: %1
Її база даних: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="668"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="804"/>
        <source>No user was registered in “%1”.
%2</source>
        <translation>У «%1» не зареєстровано жодного користувача.
%2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="806"/>
        <source>The user %1 (in “%2”) has no profile to log in with.
%3</source>
        <translation>Користувач %1 (у «%2») не має профілю для входу.
%3</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="821"/>
        <source>&amp;Discard profile…</source>
        <translation>&amp;Відкинути профіль…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="903"/>
        <location filename="../app/ui/MainWindow.cpp" line="926"/>
        <source>Set password</source>
        <translation>Задати пароль</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="904"/>
        <source>Log in as this user first: the DeviceToken the password belongs to comes from the login&apos;s answer.</source>
        <translation>Спершу увійдіть як цей користувач: DeviceToken, якому належить пароль, береться з відповіді на вхід.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="927"/>
        <source>Log in with an admin profile of this service first: an admin sets a user&apos;s first password. (A UBI user&apos;s own session can change it later.)</source>
        <translation>Спершу увійдіть із профілем адміністратора цієї служби: перший пароль користувача задає адміністратор. (Власний сеанс користувача UBI може змінити його пізніше.)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="942"/>
        <source>The password of %1 was set.</source>
        <translation>Пароль для %1 задано.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="943"/>
        <source>The password of %1 was set, but not kept in the keychain.</source>
        <translation>Пароль для %1 задано, але не збережено в зв&apos;язці ключів.</translation>
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
        <translation>Не вдалося відкрити журнал (%1): %2. Доки це не вдасться, нічого не реєструється: DeviceToken, який повертає служба, має бути записаний до того, як його показано.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1144"/>
        <source>No group-key profile for %1, the service of “%2”. Pick one above (it names its own service) or create one with the group&apos;s InstanceId and InstanceKEY.</source>
        <translation>Немає профілю з ключем групи для %1, служби «%2». Виберіть один вище (він називає свою службу) або створіть його з InstanceId та InstanceKEY групи.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1147"/>
        <source>Select a profile, or pick a group-key profile above.</source>
        <translation>Виберіть профіль або профіль із ключем групи вище.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1165"/>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="682"/>
        <source>First run: the console started a local sandbox at %1 (its data: %2) and created the profiles “%3” and “%4” with its demo credentials %5. Select one on the left and press Log in — nothing here touches production.</source>
        <translation>Перший запуск: консоль запустила локальну пісочницю на %1 (її дані: %2) і створила профілі «%3» та «%4» з її демонстраційними обліковими даними %5. Виберіть один ліворуч і натисніть «Увійти» — ніщо тут не зачіпає продакшн.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="687"/>
        <source>(kept in memory only for this run: the keychain is unavailable)</source>
        <translation>(лише в пам&apos;яті на цей запуск: зв&apos;язка ключів недоступна)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="688"/>
        <source>in the keychain</source>
        <translation>у зв&apos;язці ключів</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="717"/>
        <source>Starting the local sandbox first…</source>
        <translation>Спершу запускається локальна пісочниця…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="729"/>
        <source>Logging in with “%1”…</source>
        <translation>Вхід через «%1»…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="733"/>
        <source>Logged in with “%1”.</source>
        <translation>Вхід через «%1» виконано.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="735"/>
        <source>Login with “%1” failed (see its card).</source>
        <translation>Вхід через «%1» не вдався (див. його картку).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="738"/>
        <source>Logged in, but the session could not be kept in the keychain: %1</source>
        <translation>Вхід виконано, але сеанс не вдалося зберегти в зв&apos;язці ключів: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="754"/>
        <source>Register a user in production?</source>
        <translation>Зареєструвати користувача в продакшні?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="754"/>
        <source>Register a user and log in?</source>
        <translation>Зареєструвати користувача й увійти?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="755"/>
        <source>“%1” is a group key: it cannot log in, it can only register users.

Register a NEW user in group %2 at %3%4, record its DeviceToken in the ledger, and log in as that user?</source>
        <translation>«%1» — це ключ групи: він не може входити, лише реєструвати користувачів.

Зареєструвати НОВОГО користувача в групі %2 на %3%4, записати його DeviceToken у журнал і увійти як цей користувач?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="759"/>
        <source> (PRODUCTION: a real user that stays in the group)</source>
        <translation> (ПРОДАКШН: справжній користувач, який залишиться в групі)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="782"/>
        <source>Registering a user in “%1”…</source>
        <translation>Реєстрація користувача в «%1»…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="811"/>
        <source>A secret of “%1” could not be stored: %2</source>
        <translation>Не вдалося зберегти секрет «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="818"/>
        <source>“%1” is now one of your profiles: it logs in as this user again. Keep it, or discard it when you are done (the user stays registered).</source>
        <translation>«%1» тепер серед ваших профілів: він знову входить як цей користувач. Залиште його або відкиньте, коли закінчите (користувач залишається зареєстрованим).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="864"/>
        <source>Delete profile</source>
        <translation>Видалити профіль</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="865"/>
        <source>Delete the profile “%1” and its secrets in the keychain? Its session ends here. (Nothing changes on the service.)</source>
        <translation>Видалити профіль «%1» і його секрети зі зв&apos;язки ключів? Його сеанс тут завершиться. (У службі нічого не зміниться.)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="878"/>
        <source>“%1” was not deleted: %2</source>
        <translation>«%1» не видалено: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="880"/>
        <source>Deleted “%1”.</source>
        <translation>«%1» видалено.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="966"/>
        <source>Sandbox: stopped</source>
        <translation>Пісочниця: зупинена</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="967"/>
        <source>Sandbox: starting…</source>
        <translation>Пісочниця: запуск…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="969"/>
        <source>Sandbox: running at %1</source>
        <translation>Пісочниця: працює на %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="971"/>
        <source>Sandbox: failed to start</source>
        <translation>Пісочниця: не запустилася</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="978"/>
        <source>⚠ Secrets: memory only</source>
        <translation>⚠ Секрети: лише в пам&apos;яті</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="978"/>
        <source>Secrets: system keychain</source>
        <translation>Секрети: зв&apos;язка ключів</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="984"/>
        <source>No profile selected</source>
        <translation>Профіль не вибрано</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="989"/>
        <source>PRODUCTION (user.telematicssdk.com)</source>
        <translation>ПРОДАКШН (user.telematicssdk.com)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="991"/>
        <source>local sandbox (%1)</source>
        <translation>локальна пісочниця (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="992"/>
        <source>local sandbox (not running)</source>
        <translation>локальна пісочниця (не запущена)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="996"/>
        <location filename="../app/ui/MainWindow.cpp" line="1002"/>
        <source>not logged in</source>
        <translation>вхід не виконано</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="999"/>
        <source>the local sandbox is stopped: refreshes fail until it runs (Sandbox → Start)</source>
        <translation>локальну пісочницю зупинено: оновлення не вдаватимуться, доки вона не запрацює (Пісочниця → Запустити)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1003"/>
        <source>logging in…</source>
        <translation>вхід…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1004"/>
        <source>connected, token valid</source>
        <translation>з&apos;єднано, токен чинний</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1005"/>
        <source>refreshing the token…</source>
        <translation>оновлення токена…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1006"/>
        <source>token expired</source>
        <translation>токен сплив</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1007"/>
        <source>error: %1</source>
        <translation>помилка: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1010"/>
        <source>group key (registration only)</source>
        <translation>ключ групи (лише реєстрація)</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1012"/>
        <source>“%1” → %2 · %3</source>
        <translation>«%1» → %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1075"/>
        <source>Register</source>
        <translation>Реєстрація</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1087"/>
        <source>Register many</source>
        <translation>Реєстрація кількох</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1094"/>
        <source>Bulk</source>
        <translation>Масова реєстрація</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="1101"/>
        <source>Ledger</source>
        <translation>Журнал</translation>
    </message>
</context>
<context>
    <name>tc::OpenSessions</name>
    <message>
        <location filename="../app/core/auth/OpenSessions.cpp" line="58"/>
        <source>%1 session</source>
        <translation>сеанс %1</translation>
    </message>
</context>
<context>
    <name>tc::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="18"/>
        <source>Preferences</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="28"/>
        <source>The window changes to the new language at once. Sessions, the sandbox and your profiles stay as they are.</source>
        <translation>Вікно одразу перейде на нову мову. Сеанси, пісочниця та ваші профілі залишаться як є.</translation>
    </message>
</context>
<context>
    <name>tc::Profile</name>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="67"/>
        <source>A profile needs a name.</source>
        <translation>Профіль потребує назви.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="70"/>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>Назва профілю не може починатися чи закінчуватися пробілами.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="74"/>
        <source>The base URL must be an http:// or https:// URL with a host.</source>
        <translation>Базова URL-адреса має бути адресою http:// або https:// з хостом.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="78"/>
        <source>The API login must be an e-mail address.</source>
        <translation>Логін API має бути адресою e-mail.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="84"/>
        <source>A UBI user logs in with a phone number or an e-mail, not both.</source>
        <translation>Користувач UBI входить за номером телефону або e-mail, а не за обома.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="87"/>
        <source>The UBI user&apos;s login must be an e-mail address.</source>
        <translation>Логін користувача UBI має бути адресою e-mail.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="97"/>
        <source>Endpoint paths start with &apos;/&apos;.</source>
        <translation>Шляхи кінцевих точок починаються з «/».</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="101"/>
        <source>TLS: %1.</source>
        <translation>TLS: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="113"/>
        <source>A phone number holds digits, spaces and + - ( ) only.</source>
        <translation>Номер телефону містить лише цифри, пробіли та + - ( ).</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="116"/>
        <source>A phone number needs digits.</source>
        <translation>Номер телефону має містити цифри.</translation>
    </message>
</context>
<context>
    <name>tc::ProfileEditor</name>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="69"/>
        <source>Enter the service&apos;s base URL, e.g. https://user.example.com.</source>
        <translation>Введіть базову URL-адресу служби, напр. https://user.example.com.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="73"/>
        <source>This is not a valid URL.</source>
        <translation>Це недійсна URL-адреса.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="76"/>
        <source>The URL must start with https:// (or http:// for a local service).</source>
        <translation>URL-адреса має починатися з https:// (або http:// для локальної служби).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="79"/>
        <source>The URL needs a host name.</source>
        <translation>URL-адреса потребує імені хоста.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="86"/>
        <source>Plain http:// is for a service on this computer only (localhost, 127.0.0.1, ::1): the password and tokens would cross the network unencrypted. Use https://.</source>
        <translation>Незашифрований http:// лише для сервісу на цьому комп’ютері (localhost, 127.0.0.1, ::1): пароль і токени пішли б мережею незашифрованими. Використовуйте https://.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="99"/>
        <source>&amp;Test login</source>
        <translation>&amp;Перевірити вхід</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="99"/>
        <source>Cancel tes&amp;t</source>
        <translation>Скасувати перевір&amp;ку</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="103"/>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="104"/>
        <source>Profile editor</source>
        <translation>Редактор профілю</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="139"/>
        <source>Profile name</source>
        <translation>Назва профілю</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="140"/>
        <source>e.g. Production — admin</source>
        <translation>напр. Продакшн — адміністратор</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="141"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="143"/>
        <source>Production (user.telematicssdk.com)</source>
        <translation>Продакшн (user.telematicssdk.com)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="145"/>
        <source>Local sandbox (embedded; its URL is found at run time)</source>
        <translation>Локальна пісочниця (вбудована; її URL-адреса визначається під час роботи)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="147"/>
        <source>Custom URL</source>
        <translation>Власна URL-адреса</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="148"/>
        <source>Environment</source>
        <translation>Середовище</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="149"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Середовище:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="151"/>
        <source>Base URL</source>
        <translation>Базова URL-адреса</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="153"/>
        <source>Base &amp;URL:</source>
        <translation>Базова &amp;URL-адреса:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="158"/>
        <source>CA certificate file</source>
        <translation>Файл сертифіката CA</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="159"/>
        <source>optional: a PEM file of the private CA that signed the service&apos;s certificate</source>
        <translation>необов&apos;язково: файл PEM приватного CA, що підписав сертифікат служби</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="160"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="162"/>
        <source>Browse for the CA certificate file</source>
        <translation>Вибрати файл сертифіката CA</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="164"/>
        <source>The private CA&apos;s certificate (PEM)</source>
        <translation>Сертифікат приватного CA (PEM)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="165"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="176"/>
        <source>&amp;CA certificate:</source>
        <translation>Сертифікат &amp;CA:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="178"/>
        <source>Certificate SHA-256 pin</source>
        <translation>Пін SHA-256 сертифіката</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="179"/>
        <source>optional: AB:CD:… (openssl x509 -noout -fingerprint -sha256)</source>
        <translation>необов&apos;язково: AB:CD:… (openssl x509 -noout -fingerprint -sha256)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="180"/>
        <source>Certificate &amp;pin (SHA-256):</source>
        <translation>П&amp;ін сертифіката (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="182"/>
        <source>Admin — API credentials (DataHub → Management)</source>
        <translation>Адміністратор — облікові дані API (DataHub → Management)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="184"/>
        <source>User — one app user&apos;s DeviceToken</source>
        <translation>Користувач — DeviceToken одного користувача застосунку</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="185"/>
        <source>Group key — InstanceID + InstanceKEY (registration, no login)</source>
        <translation>Ключ групи — InstanceID + InstanceKEY (реєстрація, без входу)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="187"/>
        <source>UBI user — phone number or e-mail + the user&apos;s own password</source>
        <translation>Користувач UBI — номер телефону або e-mail + власний пароль користувача</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="189"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="190"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
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
        <translation>E-mail логіна API</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="199"/>
        <source>api-login@example.com</source>
        <translation>api-login@example.com</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="200"/>
        <source>API &amp;login (e-mail):</source>
        <translation>&amp;Логін API (e-mail):</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="202"/>
        <source>API password</source>
        <translation>Пароль API</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="203"/>
        <source>API &amp;password:</source>
        <translation>&amp;Пароль API:</translation>
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
        <translation>Номер телефону</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="214"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="215"/>
        <source>UBI login kind</source>
        <translation>Тип логіна UBI</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="216"/>
        <source>UBI user login</source>
        <translation>Логін користувача UBI</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="221"/>
        <source>User &amp;login:</source>
        <translation>&amp;Логін користувача:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="223"/>
        <source>User&apos;s password</source>
        <translation>Пароль користувача</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="224"/>
        <source>User&apos;s pass&amp;word:</source>
        <translation>Па&amp;роль користувача:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="226"/>
        <source>Auto: object, then the string shape once on a bare 401</source>
        <translation>Авто: об&apos;єкт, а після 401 без повідомлення один раз рядкова форма</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="227"/>
        <source>Object: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (2020 docs)</source>
        <translation>Об&apos;єкт: &quot;LoginFields&quot;: {&quot;Email&quot;: …} (документація 2020 р.)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="228"/>
        <source>String: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (newer docs)</source>
        <translation>Рядок: &quot;LoginFields&quot;: &quot;{\&quot;email\&quot;: …}&quot; (новіша документація)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="230"/>
        <source>LoginFields shape</source>
        <translation>Форма LoginFields</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="231"/>
        <source>Login&amp;Fields:</source>
        <translation>Login&amp;Fields:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="233"/>
        <source>Endpoint paths (leave empty for the documented ones)</source>
        <translation>Шляхи кінцевих точок (залиште порожніми для задокументованих)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="240"/>
        <source>Path of %1</source>
        <translation>Шлях для %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="259"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="532"/>
        <source>Logs in once with these fields (uses one of the service&apos;s rate-limited logins).</source>
        <translation>Один раз входить із цими даними (використовує один з обмежених входів служби).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="262"/>
        <source>Test login in progress</source>
        <translation>Перевірка входу триває</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="275"/>
        <source>Test login result</source>
        <translation>Результат перевірки входу</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="285"/>
        <source>Save error</source>
        <translation>Помилка збереження</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="353"/>
        <source>Discard this profile?</source>
        <translation>Відкинути цей профіль?</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="354"/>
        <source>Discard what you entered for this new profile?</source>
        <translation>Відкинути введене для цього нового профілю?</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="355"/>
        <source>Discard your changes to “%1”?</source>
        <translation>Відкинути ваші зміни в «%1»?</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="371"/>
        <source>New profile</source>
        <translation>Новий профіль</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="406"/>
        <source>Profile “%1”</source>
        <translation>Профіль «%1»</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="442"/>
        <source>reading the keychain…</source>
        <translation>читання зв&apos;язки ключів…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="459"/>
        <source>not in the keychain: enter it</source>
        <translation>немає в зв&apos;язці ключів: введіть</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="512"/>
        <source>(found when the local sandbox runs)</source>
        <translation>(визначиться, коли запуститься локальна пісочниця)</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="519"/>
        <source>API &amp;InstanceID:</source>
        <translation>&amp;InstanceID API:</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="519"/>
        <source>Group &amp;InstanceID:</source>
        <translation>&amp;InstanceID групи:</translation>
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
        <translation>Профіль із ключем групи не входить; він реєструє користувачів.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="571"/>
        <source>A profile needs a name.</source>
        <translation>Профіль потребує назви.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="573"/>
        <source>Another profile already has this name.</source>
        <translation>Інший профіль уже має таку назву.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="575"/>
        <source>Another profile is named &quot;%1&quot;: names that differ only in capitals cannot be told apart.</source>
        <translation>Інший профіль має назву &quot;%1&quot;: назви, що відрізняються лише великими й малими літерами, неможливо розрізнити.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="578"/>
        <source>A profile name cannot contain / or \.</source>
        <translation>Назва профілю не може містити / або \.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="590"/>
        <source>Enter the InstanceID (a UUID such as 3f2a9c1e-….).</source>
        <translation>Введіть InstanceID (UUID на зразок 3f2a9c1e-…).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="592"/>
        <source>An InstanceID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hex digits).</source>
        <translation>InstanceID має вигляд xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (шістнадцяткові цифри).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="596"/>
        <source>Enter the API login (an e-mail address).</source>
        <translation>Введіть логін API (адресу e-mail).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="597"/>
        <source>The API login is an e-mail address (name@example.com).</source>
        <translation>Логін API — це адреса e-mail (name@example.com).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="601"/>
        <source>Enter the user&apos;s DeviceToken.</source>
        <translation>Введіть DeviceToken користувача.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="602"/>
        <source>A DeviceToken looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation>DeviceToken має вигляд xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="607"/>
        <source>Enter the phone number the user was registered with.</source>
        <translation>Введіть номер телефону, з яким зареєстровано користувача.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="608"/>
        <source>Enter the e-mail the user was registered with.</source>
        <translation>Введіть e-mail, з яким зареєстровано користувача.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="610"/>
        <source>An e-mail address looks like name@example.com.</source>
        <translation>Адреса e-mail має вигляд name@example.com.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="617"/>
        <source>A path starts with “/”.</source>
        <translation>Шлях починається з «/».</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="667"/>
        <source>Enter the API password.</source>
        <translation>Введіть пароль API.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="668"/>
        <source>Enter the user&apos;s password.</source>
        <translation>Введіть пароль користувача.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="669"/>
        <source>Enter the InstanceKEY.</source>
        <translation>Введіть InstanceKEY.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="672"/>
        <source>A group-key profile does not log in.</source>
        <translation>Профіль із ключем групи не входить.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="675"/>
        <source>The local sandbox is not running: start it with Sandbox → Start.</source>
        <translation>Локальна пісочниця не запущена: запустіть її через Пісочниця → Запустити.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="678"/>
        <source>Cannot test yet:
• %1</source>
        <translation>Перевірити поки не можна:
• %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="683"/>
        <source>The service blocked logins from here (HTTP 429) until %1. Try again %2.</source>
        <translation>Служба заблокувала входи звідси до %1 (HTTP 429). Спробуйте знову %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="704"/>
        <source>Logging in to %1 (LoginFields as %2)…</source>
        <translation>Вхід до %1 (LoginFields як %2)…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="724"/>
        <source>Test login cancelled.</source>
        <translation>Перевірку входу скасовано.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="729"/>
        <source>Login failed.
%1</source>
        <translation>Вхід не вдався.
%1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="731"/>
        <source>Both LoginFields shapes were tried (object and string).</source>
        <translation>Випробувано обидві форми LoginFields (об&apos;єкт і рядок).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="741"/>
        <source>Login worked (LoginFields sent as %1). The token is valid until %2 (%3).</source>
        <translation>Вхід вдався (LoginFields надіслано як %1). Токен чинний до %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="749"/>
        <source>The %1 shape was refused with a 401 naming no field; the %2 shape worked.</source>
        <translation>Форму %1 відхилено з 401 без зазначення поля; форма %2 спрацювала.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="773"/>
        <location filename="../app/ui/ProfileEditor.cpp" line="783"/>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="794"/>
        <source>Could not rename the profile: %1</source>
        <translation>Не вдалося перейменувати профіль: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileEditor.cpp" line="844"/>
        <source>The profile was saved, but a secret was not: %1</source>
        <translation>Профіль збережено, але секрет — ні: %1</translation>
    </message>
</context>
<context>
    <name>tc::ProfileList</name>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <location filename="../app/ui/ProfileList.cpp" line="204"/>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="23"/>
        <source>&amp;New…</source>
        <translation>&amp;Новий…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="24"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="24"/>
        <source>Dele&amp;te</source>
        <translation>Ви&amp;далити</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="28"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Профілі</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="34"/>
        <source>Profiles</source>
        <translation>Профілі</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="147"/>
        <source>PRODUCTION</source>
        <translation>ПРОДАКШН</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="148"/>
        <source>local sandbox</source>
        <translation>локальна пісочниця</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="154"/>
        <source>admin</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="158"/>
        <source>user</source>
        <translation>користувач</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="162"/>
        <source>group key</source>
        <translation>ключ групи</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="166"/>
        <source>UBI user</source>
        <translation>користувач UBI</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="173"/>
        <source>logged out</source>
        <translation>вихід виконано</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="174"/>
        <source>logging in…</source>
        <translation>вхід…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="175"/>
        <source>● signed in</source>
        <translation>● вхід виконано</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="176"/>
        <source>● refreshing…</source>
        <translation>● оновлення…</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="177"/>
        <source>token expired</source>
        <translation>токен сплив</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="178"/>
        <source>⚠ error</source>
        <translation>⚠ помилка</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="199"/>
        <source>Register a user and &amp;log in</source>
        <translation>Зареєструвати користувача й &amp;увійти</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="201"/>
        <source>Registers a new user in this group (Registration/Create), keeps its DeviceToken in a new user profile and logs it in.</source>
        <translation>Реєструє нового користувача в цій групі (Registration/Create), зберігає його DeviceToken у новому профілі користувача й виконує вхід.</translation>
    </message>
    <message>
        <location filename="../app/ui/ProfileList.cpp" line="205"/>
        <source>Logs in with the profile&apos;s credentials from the keychain (Ctrl+L).</source>
        <translation>Входить з обліковими даними профілю зі зв&apos;язки ключів (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>tc::ProfileStore</name>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="151"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="208"/>
        <source>A profile named &quot;%1&quot; already exists: names that differ only in capitals cannot be told apart.</source>
        <translation>Профіль із назвою &quot;%1&quot; уже існує: назви, що відрізняються лише великими й малими літерами, неможливо розрізнити.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="198"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="291"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Профілю з назвою «%1» не існує.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="204"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Профіль із назвою «%1» уже існує.</translation>
    </message>
</context>
<context>
    <name>tc::RegisterManyPage</name>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="55"/>
        <source>Registration/CreateMany: the DeviceTokens come back once. Each is written to the ledger before it is shown.</source>
        <translation>Registration/CreateMany: DeviceToken повертаються лише один раз. Кожен записується в журнал, перш ніж його показано.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="66"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="69"/>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="75"/>
        <source>&amp;Quantity (1–%1)</source>
        <translation>&amp;Кількість (1–%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="77"/>
        <source>Return access tokens (CreateAccessToken)</source>
        <translation>Повертати токени доступу (CreateAccessToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="81"/>
        <source>Enable tracking</source>
        <translation>Увімкнути відстеження</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="82"/>
        <source>Enable logging</source>
        <translation>Увімкнути журналювання</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="83"/>
        <source>Enabled (SDK on)</source>
        <translation>Увімкнено (SDK працює)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="84"/>
        <source>CustomFields</source>
        <translation>CustomFields</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="90"/>
        <source>&amp;Register</source>
        <translation>&amp;Зареєструвати</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="92"/>
        <source>Export &amp;CSV…</source>
        <translation>Експорт &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="94"/>
        <source>Export &amp;JSON…</source>
        <translation>Експорт &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="95"/>
        <source>Include access and refresh tokens (secrets)</source>
        <translation>Включити токени доступу й оновлення (секрети)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="118"/>
        <source>Registered users</source>
        <translation>Зареєстровані користувачі</translation>
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
        <translation>Токен доступу</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="119"/>
        <source>Expires in</source>
        <translation>Спливає через</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="202"/>
        <source>Create users in production</source>
        <translation>Створення користувачів у продакшні</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="203"/>
        <source>Create %n real user(s) in group %1 at %2 (PRODUCTION)? They cannot be taken back from here.</source>
        <translation>
            <numerusform>Створити %n справжнього користувача в групі %1 на %2 (ПРОДАКШН)? Звідси це не скасувати.</numerusform>
            <numerusform>Створити %n справжніх користувачів у групі %1 на %2 (ПРОДАКШН)? Звідси це не скасувати.</numerusform>
            <numerusform>Створити %n справжніх користувачів у групі %1 на %2 (ПРОДАКШН)? Звідси це не скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="213"/>
        <source>Nothing was sent.</source>
        <translation>Нічого не надіслано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="229"/>
        <source>Registering %n user(s) into group %1 at %2…</source>
        <translation>
            <numerusform>Реєстрація %n користувача в групі %1 на %2…</numerusform>
            <numerusform>Реєстрація %n користувачів у групі %1 на %2…</numerusform>
            <numerusform>Реєстрація %n користувачів у групі %1 на %2…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="246"/>
        <source>%1 s (%2)</source>
        <translation>%1 с (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="253"/>
        <source>No certain answer: %1
Up to %n user(s) may exist whose DeviceTokens were not received. Not retried.</source>
        <translation>
            <numerusform>Немає певної відповіді: %1
Може існувати до %n користувача, чий DeviceToken не отримано. Не повторено.</numerusform>
            <numerusform>Немає певної відповіді: %1
Може існувати до %n користувачів, чиї DeviceToken не отримано. Не повторено.</numerusform>
            <numerusform>Немає певної відповіді: %1
Може існувати до %n користувачів, чиї DeviceToken не отримано. Не повторено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="308"/>
        <source>Exported to %1 with tokens (secrets; readable by you only).</source>
        <translation>Експортовано в %1 разом із токенами (секрети; доступно для читання лише вам).</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="309"/>
        <source>Exported to %1.</source>
        <translation>Експортовано в %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="311"/>
        <source>The export failed: %1</source>
        <translation>Експорт не вдався: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="243"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RegisterManyPage.cpp" line="251"/>
        <source>%n user(s) registered.</source>
        <translation>
            <numerusform>Зареєстровано %n користувача.</numerusform>
            <numerusform>Зареєстровано %n користувачів.</numerusform>
            <numerusform>Зареєстровано %n користувачів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="261"/>
        <source>
NOT recorded in the ledger: %1. Export the table now: these DeviceTokens exist only here.</source>
        <translation>
НЕ записано в журнал: %1. Експортуйте таблицю зараз: ці DeviceToken є тільки тут.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="264"/>
        <source>
Every DeviceToken is recorded in the ledger.</source>
        <translation>
Кожен DeviceToken записано в журнал.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="298"/>
        <source>Export DeviceTokens WITH access and refresh tokens (secrets: the file is readable by you only)</source>
        <translation>Експорт DeviceToken РАЗОМ із токенами доступу й оновлення (секрети: файл доступний для читання лише вам)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterManyPage.cpp" line="300"/>
        <source>Export the DeviceTokens</source>
        <translation>Експорт DeviceToken</translation>
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
        <translation>Registration/Create: усі поля необов&apos;язкові. DeviceToken записується в журнал, перш ніж його показано.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="138"/>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="139"/>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="140"/>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="141"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="142"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="145"/>
        <location filename="../app/ui/RegisterPage.cpp" line="166"/>
        <location filename="../app/ui/RegisterPage.cpp" line="173"/>
        <source>(not sent)</source>
        <translation>(не надсилається)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="148"/>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="153"/>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="163"/>
        <source>Birthday</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="169"/>
        <source>Marital status</source>
        <translation>Сімейний стан</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="175"/>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="177"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="178"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="179"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="180"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="181"/>
        <source>Image URL</source>
        <translation>URL зображення</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="182"/>
        <source>Invite code</source>
        <translation>Код запрошення</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="187"/>
        <source>a UUID you pick: it becomes the DeviceToken</source>
        <translation>UUID на ваш вибір: він стане DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="188"/>
        <source>&amp;Generate</source>
        <translation>З&amp;генерувати</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="194"/>
        <source>CustomToken</source>
        <translation>CustomToken</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="196"/>
        <source>With a CustomToken the DeviceToken is recorded before sending, so a lost answer still leaves it known. The vendor does not document whether a reused CustomToken is refused.</source>
        <translation>З CustomToken DeviceToken записується до надсилання, тож навіть утрачена відповідь не робить його невідомим. Постачальник не документує, чи відхиляється повторно використаний CustomToken.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="203"/>
        <source>the user&apos;s id in your own system</source>
        <translation>ідентифікатор користувача у вашій власній системі</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="203"/>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="204"/>
        <source>Enable tracking</source>
        <translation>Увімкнути відстеження</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="204"/>
        <source>UserFields</source>
        <translation>UserFields</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="205"/>
        <source>Enable logging</source>
        <translation>Увімкнути журналювання</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="206"/>
        <source>Enabled (SDK on)</source>
        <translation>Увімкнено (SDK працює)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="207"/>
        <source>Return an access token now (CreateAccessToken)</source>
        <translation>Повернути токен доступу зараз (CreateAccessToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="217"/>
        <source>&amp;Register</source>
        <translation>&amp;Зареєструвати</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="220"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистити</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="242"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
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
        <translation>Токени</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="254"/>
        <source>Ledger</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="255"/>
        <source>Log &amp;in as this user</source>
        <translation>&amp;Увійти як цей користувач</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="331"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Спершу виправте поля, позначені червоним.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="406"/>
        <source>Registering into group %1 at %2…</source>
        <translation>Реєстрація в групі %1 на %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="415"/>
        <source>Registered.</source>
        <translation>Зареєстровано.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="417"/>
        <source>No certain answer: %1
The user may exist. It was not retried.%2</source>
        <translation>Немає певної відповіді: %1
Користувач може існувати. Запит не повторено.%2</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="419"/>
        <source> Pick a CustomToken next time to make this checkable.</source>
        <translation> Наступного разу виберіть CustomToken, щоб це можна було перевірити.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="420"/>
        <source> If it exists, its DeviceToken is %1.</source>
        <translation> Якщо він існує, його DeviceToken — %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="425"/>
        <source>
The fields concerned are marked.</source>
        <translation>
Відповідні поля позначено.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="434"/>
        <source>Access token ●●●●●●●● received%1; refresh token %2. Kept in memory only, never in the ledger.</source>
        <translation>Токен доступу ●●●●●●●● отримано%1; токен оновлення: %2. Зберігаються лише в пам&apos;яті, ніколи в журналі.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="435"/>
        <source> (expires in %1 s, %2)</source>
        <translation> (спливає через %1 с, %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="439"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="439"/>
        <source>●●●●●●●● received</source>
        <translation>●●●●●●●● отримано</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="442"/>
        <source>No access token (CreateAccessToken: false).</source>
        <translation>Токена доступу немає (CreateAccessToken: false).</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="448"/>
        <source>NOT recorded: %1. Copy the DeviceToken now: it exists only here.</source>
        <translation>НЕ записано: %1. Скопіюйте DeviceToken зараз: він є тільки тут.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegisterPage.cpp" line="450"/>
        <source>Recorded in the ledger (entry %1, %2).</source>
        <translation>Записано в журнал (запис %1, %2).</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationJob</name>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="79"/>
        <source>the ledger is not open: nothing is registered without it</source>
        <translation>журнал не відкрито: без нього нічого не реєструється</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="86"/>
        <source>nothing was sent: </source>
        <translation>нічого не надіслано: </translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="90"/>
        <source>register a user</source>
        <translation>реєстрація користувача</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationJob.cpp" line="150"/>
        <source> (the user may exist; not retried)</source>
        <translation> (користувач може існувати; не повторено)</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationManyJob</name>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="50"/>
        <source>Quantity must be at least 1 (got %1): nothing is sent.</source>
        <translation>Quantity має бути не менше 1 (отримано %1): нічого не надсилається.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="52"/>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="70"/>
        <source>Quantity must be at most %1, the service&apos;s maximum for one call (got %2): nothing is sent.</source>
        <translation>Quantity має бути не більше %1, максимуму служби для одного виклику (отримано %2): нічого не надсилається.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="62"/>
        <source>Give how many users to register (1–%1).</source>
        <translation>Укажіть, скільки користувачів зареєструвати (1–%1).</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="65"/>
        <source>Quantity must be a whole number from 1 to %1 (got “%2”): nothing is sent.</source>
        <translation>Quantity має бути цілим числом від 1 до %1 (отримано «%2»): нічого не надсилається.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="97"/>
        <source>the ledger is not open: nothing is registered without it</source>
        <translation>журнал не відкрито: без нього нічого не реєструється</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="101"/>
        <source>register %n user(s) at once</source>
        <translation>
            <numerusform>одночасна реєстрація %n користувача</numerusform>
            <numerusform>одночасна реєстрація %n користувачів</numerusform>
            <numerusform>одночасна реєстрація %n користувачів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationManyJob.cpp" line="148"/>
        <source> (up to %1 users may exist whose DeviceTokens were never received)</source>
        <translation> (може існувати до %1 користувачів, чиї DeviceToken так і не отримано)</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationProfile</name>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="153"/>
        <source>Gender must be one of %1 (got &quot;%2&quot;)</source>
        <translation>Gender має бути одним із %1 (отримано «%2»)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="159"/>
        <source>Birthday must be a date (yyyy-MM-dd) or an ISO 8601 date-time (got &quot;%1&quot;)</source>
        <translation>Birthday має бути датою (yyyy-MM-dd) або датою й часом ISO 8601 (отримано «%1»)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="168"/>
        <source>MaritalStatus must be one of %1 or a code 1-4 (got &quot;%2&quot;)</source>
        <translation>MaritalStatus має бути одним із %1 або кодом 1–4 (отримано «%2»)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="173"/>
        <source>ChildrenCount must be between 0 and 100 (got %1)</source>
        <translation>ChildrenCount має бути від 0 до 100 (отримано %1)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="177"/>
        <source>CustomToken must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6 (got &quot;%1&quot;)</source>
        <translation>CustomToken має бути UUID на зразок 3fa85f64-5717-4562-b3fc-2c963f66afa6 (отримано «%1»)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="184"/>
        <source>ImageUrl must be an absolute URL (got &quot;%1&quot;)</source>
        <translation>ImageUrl має бути абсолютною URL-адресою (отримано «%1»)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="189"/>
        <source>Email must be one address: a name, one &apos;@&apos; and a domain, no spaces (got &quot;%1&quot;)</source>
        <translation>Email має бути однією адресою: ім&apos;я, один символ «@» і домен, без пробілів (отримано «%1»)</translation>
    </message>
    <message>
        <location filename="../app/core/api/RegistrationProfile.cpp" line="194"/>
        <source>Phone may hold only digits, spaces and + - ( ), with at least one digit (got &quot;%1&quot;)</source>
        <translation>Phone може містити лише цифри, пробіли та + - ( ), щонайменше одну цифру (отримано «%1»)</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationService</name>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="146"/>
        <source>No user group is chosen: pick a group-key profile. Nothing was sent.</source>
        <translation>Групу користувачів не вибрано: виберіть профіль із ключем групи. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="152"/>
        <source>No InstanceKEY was given for group %1. Nothing was sent.</source>
        <translation>Для групи %1 не вказано InstanceKEY. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="160"/>
        <source>The group-key profile “%1” no longer exists. Nothing was sent.</source>
        <translation>Профілю з ключем групи «%1» більше не існує. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="164"/>
        <source>The group-key profile “%1” changed: it now registers into group %2 at %3, not group %4 at %5. Check the target and try again. Nothing was sent.</source>
        <translation>Профіль із ключем групи «%1» змінився: тепер він реєструє в групу %2 на %3, а не в групу %4 на %5. Перевірте ціль і спробуйте знову. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="174"/>
        <source>the InstanceKEY of “%1” could not be read: %2. Nothing was sent.</source>
        <translation>не вдалося прочитати InstanceKEY профілю «%1»: %2. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="177"/>
        <source>The group-key profile “%1” has no InstanceKEY in the keychain: edit the profile to enter it. Nothing was sent.</source>
        <translation>Профіль із ключем групи «%1» не має InstanceKEY у зв&apos;язці ключів: відредагуйте профіль, щоб його ввести. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="192"/>
        <source>Pick a group-key profile: its InstanceKEY is read from the keychain.</source>
        <translation>Виберіть профіль із ключем групи: його InstanceKEY читається зі зв&apos;язки ключів.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="265"/>
        <source> — user group</source>
        <translation> — група користувачів</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="270"/>
        <source>%1 — user %2</source>
        <translation>%1 — користувач %2</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="281"/>
        <source>A user profile needs the group-key profile the user was registered with.</source>
        <translation>Профіль користувача потребує профілю з ключем групи, через який користувача зареєстровано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="293"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="328"/>
        <source>The registration did not finish.</source>
        <translation>Реєстрацію не завершено.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RegistrationService.cpp" line="333"/>
        <source>The user %1 was registered but NOT recorded in the ledger (%2): copy the DeviceToken now.</source>
        <translation>Користувача %1 зареєстровано, але НЕ записано в журнал (%2): скопіюйте DeviceToken зараз.</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationTarget</name>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="47"/>
        <source>No user group chosen.</source>
        <translation>Групу користувачів не вибрано.</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="50"/>
        <source>PRODUCTION</source>
        <translation>ПРОДАКШН</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="52"/>
        <source>local sandbox</source>
        <translation>локальна пісочниця</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="54"/>
        <source>custom service</source>
        <translation>власна служба</translation>
    </message>
    <message>
        <location filename="../app/core/registration/RegistrationTarget.cpp" line="55"/>
        <source>Registers into group %1 at %2 — %3</source>
        <translation>Реєструє в групу %1 на %2 — %3</translation>
    </message>
</context>
<context>
    <name>tc::RegistrationTargetBox</name>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="19"/>
        <source>Registers into</source>
        <translation>Ціль реєстрації</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="20"/>
        <source>&amp;New group-key profile…</source>
        <translation>&amp;Новий профіль із ключем групи…</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="25"/>
        <source>&amp;Group-key profile</source>
        <translation>Профіль із &amp;ключем групи</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="28"/>
        <source>Group-key profile to register into</source>
        <translation>Профіль із ключем групи для реєстрації</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="58"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="78"/>
        <source>Pick the group-key profile to register into, or create one.</source>
        <translation>Виберіть профіль із ключем групи для реєстрації або створіть його.</translation>
    </message>
    <message>
        <location filename="../app/ui/RegistrationTargetBox.cpp" line="95"/>
        <source>Group-key profile “%1”; its InstanceKEY is read from the keychain when you register and is sent only to %2.</source>
        <translation>Профіль із ключем групи «%1»; його InstanceKEY читається зі зв&apos;язки ключів під час реєстрації й надсилається лише до %2.</translation>
    </message>
</context>
<context>
    <name>tc::Renewal</name>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="62"/>
        <source>no API password is stored for this profile; log in once with the password</source>
        <translation>для цього профілю не збережено пароль API; увійдіть один раз із паролем</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="64"/>
        <source>no password is stored for this UBI user; log in once with the user&apos;s password</source>
        <translation>для цього користувача UBI не збережено пароль; увійдіть один раз із паролем користувача</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="65"/>
        <source>no InstanceKEY is stored for this profile; log in once with the key</source>
        <translation>для цього профілю не збережено InstanceKEY; увійдіть один раз із ключем</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="96"/>
        <source>no API login e-mail is known</source>
        <translation>e-mail логіна API невідомий</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="98"/>
        <source>no phone number or e-mail is known</source>
        <translation>номер телефону чи e-mail невідомі</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="99"/>
        <source>no DeviceToken is known</source>
        <translation>DeviceToken невідомий</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Renewal.cpp" line="103"/>
        <source>a user login needs the group&apos;s InstanceId</source>
        <translation>для входу користувача потрібен InstanceId групи</translation>
    </message>
</context>
<context>
    <name>tc::RequestComposer</name>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="60"/>
        <source>Header line %1 is not “Name: value”: %2</source>
        <translation>Рядок заголовка %1 не має вигляду «Назва: значення»: %2</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="150"/>
        <source>Choose a profile to send as (its service and credentials). Nothing was sent.</source>
        <translation>Виберіть профіль, від імені якого надсилати (його службу й облікові дані). Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="154"/>
        <source>“%1” cannot send with this auth. Nothing was sent.</source>
        <translation>«%1» не може надсилати з цією автентифікацією. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="158"/>
        <source>Give a path, e.g. /v1/Auth/Login. Nothing was sent.</source>
        <translation>Вкажіть шлях, напр. /v1/Auth/Login. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="165"/>
        <source>The body is not JSON (%1 at character %2). Nothing was sent.</source>
        <translation>Тіло не є JSON (%1 на символі %2). Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="176"/>
        <location filename="../app/core/services/RequestComposer.cpp" line="177"/>
        <source>composer</source>
        <translation>конструктор</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="194"/>
        <source>the InstanceKEY of “%1” could not be read: %2. Nothing was sent.</source>
        <translation>не вдалося прочитати InstanceKEY профілю «%1»: %2. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="195"/>
        <source>none is kept</source>
        <translation>його не збережено</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="210"/>
        <source>“%1” has no session. Nothing was sent.</source>
        <translation>«%1» не має сеансу. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/services/RequestComposer.cpp" line="279"/>
        <source>These DeviceTokens are NOT recorded in the ledger (%1): %2</source>
        <translation>Ці DeviceToken НЕ записано в журнал (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/services/RequestComposer.cpp" line="283"/>
        <source>%n DeviceToken(s) recorded in the ledger.</source>
        <translation>
            <numerusform>%n DeviceToken записано в журнал.</numerusform>
            <numerusform>%n DeviceToken записано в журнал.</numerusform>
            <numerusform>%n DeviceToken записано в журнал.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::SandboxProfiles</name>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="14"/>
        <source>Local sandbox — admin</source>
        <translation>Локальна пісочниця — адміністратор</translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="19"/>
        <source>Local sandbox — user group</source>
        <translation>Локальна пісочниця — група користувачів</translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="44"/>
        <source>Could not create the profile “%1”: %2</source>
        <translation>Не вдалося створити профіль «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/core/services/SandboxProfiles.cpp" line="50"/>
        <source>A credential could not be stored: %1</source>
        <translation>Не вдалося зберегти облікові дані: %1</translation>
    </message>
</context>
<context>
    <name>tc::SecretEdit</name>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="19"/>
        <source>Show or hide the secret</source>
        <translation>Показати або приховати секрет</translation>
    </message>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="31"/>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <location filename="../app/ui/SecretEdit.cpp" line="53"/>
        <source>Show %1</source>
        <translation>Показати %1</translation>
    </message>
</context>
<context>
    <name>tc::Session</name>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="392"/>
        <source>automatic refresh: try %1 after a failure</source>
        <translation>автоматичне оновлення: спроба %1 після збою</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="396"/>
        <source>automatic refresh: the token expired</source>
        <translation>автоматичне оновлення: строк дії токена минув</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="398"/>
        <source>automatic refresh</source>
        <translation>автоматичне оновлення</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="401"/>
        <source>automatic refresh, before the refresh token expires</source>
        <translation>автоматичне оновлення, доки не сплив refresh-токен</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="403"/>
        <source>automatic refresh, 5 min before expiry</source>
        <translation>автоматичне оновлення, за 5 хв до кінця строку дії</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="405"/>
        <location filename="../app/core/auth/Session.cpp" line="406"/>
        <source>automatic refresh, %1 % of lifetime</source>
        <translation>автоматичне оновлення, %1 % строку дії</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="417"/>
        <source>the last refresh answer was lost, so the refresh token may be spent</source>
        <translation>остання відповідь на оновлення загубилася, тож токен оновлення, можливо, уже використано</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="419"/>
        <source>the refresh token expired</source>
        <translation>строк дії токена оновлення минув</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="421"/>
        <source>no refresh token was kept</source>
        <translation>токен оновлення не збережено</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="425"/>
        <location filename="../app/core/auth/Session.cpp" line="572"/>
        <source>re-login: %1</source>
        <translation>повторний вхід: %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="427"/>
        <source>%1 (login)</source>
        <translation>%1 (вхід)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="462"/>
        <source>refresh</source>
        <translation>оновлення</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="516"/>
        <source>re-login: refresh token refused (HTTP %1)</source>
        <translation>повторний вхід: токен оновлення відхилено (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="518"/>
        <source>the refresh token was refused (HTTP %1)</source>
        <translation>токен оновлення відхилено (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="572"/>
        <source>automatic login</source>
        <translation>автоматичний вхід</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="573"/>
        <source>login</source>
        <translation>вхід</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="746"/>
        <source>resume: the kept token had lapsed</source>
        <translation>продовження: строк дії збереженого токена минув</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="805"/>
        <source>not logged in: log in first</source>
        <translation>вхід не виконано: спершу увійдіть</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="809"/>
        <source>refresh asked for</source>
        <translation>оновлення на запит</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="856"/>
        <source>the request could not be built</source>
        <translation>не вдалося сформувати запит</translation>
    </message>
    <message>
        <location filename="../app/core/auth/Session.cpp" line="878"/>
        <source>refresh after a 401</source>
        <translation>оновлення після 401</translation>
    </message>
</context>
<context>
    <name>tc::SetPasswordDialog</name>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="38"/>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="39"/>
        <source>Set a UBI user&apos;s password</source>
        <translation>Задати пароль користувача UBI</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="45"/>
        <source>About this password</source>
        <translation>Про цей пароль</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="49"/>
        <source>New password</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="50"/>
        <source>New password again</source>
        <translation>Новий пароль ще раз</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="51"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="53"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="62"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="65"/>
        <source>Setting the password</source>
        <translation>Задання пароля</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="70"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="75"/>
        <source>&amp;Set password</source>
        <translation>&amp;Задати пароль</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="119"/>
        <source>Password of UBI user %1</source>
        <translation>Пароль користувача UBI %1</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="120"/>
        <source>The vendor&apos;s own flow generates a password and sends it to the user by SMS (phone login) or e-mail (e-mail login). This sets one directly: nothing is sent to the user, so tell them yourself.</source>
        <translation>У власному процесі постачальника пароль генерується й надсилається користувачеві SMS (вхід за телефоном) або e-mail (вхід за e-mail). Тут він задається напряму: користувачеві нічого не надсилається, тож повідомте його самі.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="125"/>
        <source>Sent with the user&apos;s own session (“%1”): the service wants the current password, which is taken from that profile&apos;s keychain entry.</source>
        <translation>Надсилається через власний сеанс користувача («%1»): служба вимагає поточний пароль, який береться із запису цього профілю в зв&apos;язці ключів.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="128"/>
        <source>Sent as the admin of “%1”: the current password is not needed.</source>
        <translation>Надсилається як адміністратор «%1»: поточний пароль не потрібен.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="130"/>
        <source>The new password is kept in the keychain entry of profile “%1”.</source>
        <translation>Новий пароль зберігається в записі профілю «%1» у зв&apos;язці ключів.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="140"/>
        <source>Type the new password twice.</source>
        <translation>Введіть новий пароль двічі.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="146"/>
        <source>Type it once more in the second field.</source>
        <translation>Введіть його ще раз у другому полі.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="149"/>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="206"/>
        <source>The password was not set.
%1</source>
        <translation>Пароль не задано.
%1</translation>
    </message>
    <message>
        <location filename="../app/ui/SetPasswordDialog.cpp" line="214"/>
        <source>The password was set, but it could not be kept in the keychain entry of “%1”: %2
That profile logs in with the old one until you enter the new one in its editor.</source>
        <translation>Пароль задано, але його не вдалося зберегти в записі «%1» у зв&apos;язці ключів: %2
Цей профіль входитиме зі старим, доки ви не введете новий у його редакторі.</translation>
    </message>
</context>
<context>
    <name>tc::SingleInstance</name>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="55"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Не вдалося створити файл блокування %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="107"/>
        <source>Another Telematics Console is running (its lock is %1) but does not answer: %2</source>
        <translation>Запущено іншу Telematics Console (її файл блокування — %1), але вона не відповідає: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/SingleInstance.cpp" line="116"/>
        <source>Another Telematics Console is running but did not answer in time.</source>
        <translation>Запущено іншу Telematics Console, але вона не відповіла вчасно.</translation>
    </message>
</context>
<context>
    <name>tc::TimeText</name>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="21"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="27"/>
        <location filename="../app/core/util/TimeText.cpp" line="32"/>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="32"/>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="35"/>
        <source>%1 min %2 s</source>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="35"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="37"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="43"/>
        <source>now</source>
        <translation>зараз</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="45"/>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="45"/>
        <source>%1 ago</source>
        <translation>%1 тому</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="54"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 год</translation>
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
        <translation>%1 (місцевий)</translation>
    </message>
</context>
<context>
    <name>tc::TokenCard</name>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="50"/>
        <source>&amp;Start the sandbox</source>
        <translation>&amp;Запустити пісочницю</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Auto-refresh</source>
        <translation>&amp;Автооновлення</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="51"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Оновити зараз</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>Ca&amp;ncel</source>
        <translation>Ска&amp;сувати</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="52"/>
        <source>&amp;Copy token</source>
        <translation>&amp;Копіювати токен</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="53"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Дослідити</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="53"/>
        <source>Log &amp;out</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="58"/>
        <source>Session of %1</source>
        <translation>Сеанс %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="75"/>
        <source>Profile “%1”</source>
        <translation>Профіль «%1»</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="84"/>
        <source>InstanceId:</source>
        <translation>InstanceId:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="87"/>
        <source>Issued:</source>
        <translation>Видано:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="88"/>
        <source>Expires:</source>
        <translation>Спливає:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="96"/>
        <source>Time left:</source>
        <translation>Залишилося:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="99"/>
        <source>Fraction of the token&apos;s life left</source>
        <translation>Залишок строку дії токена</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="101"/>
        <source>Refresh token expires:</source>
        <translation>Токен оновлення спливає:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="105"/>
        <source>Clock skew warning</source>
        <translation>Попередження про розбіжність годинника</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="107"/>
        <location filename="../app/ui/TokenCard.cpp" line="314"/>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="109"/>
        <source>Session note</source>
        <translation>Примітка сеансу</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="113"/>
        <source>Local sandbox</source>
        <translation>Локальна пісочниця</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="114"/>
        <source>The local sandbox is stopped: refreshes and logins of this session fail until it runs.</source>
        <translation>Локальну пісочницю зупинено: оновлення й входи цього сеансу не вдаватимуться, доки вона не запрацює.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="130"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="134"/>
        <source>Copy the JWT; the clipboard is cleared after 30 s if it still holds it.</source>
        <translation>Копіювати JWT; буфер обміну буде очищено через 30 с, якщо він усе ще його містить.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="176"/>
        <source>Refresh of “%1” cancelled.</source>
        <translation>Оновлення «%1» скасовано.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="177"/>
        <source>Login with “%1” cancelled.</source>
        <translation>Вхід через «%1» скасовано.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="184"/>
        <source>Token copied. The clipboard is cleared in %1 s if it still holds it.</source>
        <translation>Токен скопійовано. Буфер обміну буде очищено через %1 с, якщо він усе ще його містить.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="291"/>
        <source>Admin · %1</source>
        <translation>Адміністратор · %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="291"/>
        <source>(API login)</source>
        <translation>(логін API)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="293"/>
        <source>User · DeviceToken %1</source>
        <translation>Користувач · DeviceToken %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="47"/>
        <source>DeviceToken:</source>
        <translation>DeviceToken:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="54"/>
        <source>Set pass&amp;word…</source>
        <translation>Задати па&amp;роль…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="85"/>
        <source>DeviceToken</source>
        <translation>DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="124"/>
        <source>Refresh the token on its own before it lapses (at 80 % of its life or 5 min before the end; sooner when the refresh token lapses first).</source>
        <translation>Оновлювати токен самостійно до того, як він спливе (на 80 % строку дії або за 5 хв до кінця; раніше, якщо refresh-токен спливає першим).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="137"/>
        <source>&amp;Find this user</source>
        <translation>&amp;Знайти цього користувача</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="138"/>
        <source>Look this DeviceToken up in the Users area (with an admin session).</source>
        <translation>Знайти цей DeviceToken в області «Користувачі» (через сеанс адміністратора).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="140"/>
        <source>Set the password this user logs in with by phone number or e-mail (a UBI user).</source>
        <translation>Задати пароль, з яким цей користувач входить за номером телефону або e-mail (користувач UBI).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="202"/>
        <source>Logged out of “%1”.</source>
        <translation>Вихід із «%1» виконано.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="284"/>
        <source>UBI user · %1</source>
        <translation>Користувач UBI · %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="286"/>
        <source>A UBI user&apos;s session (phone number + the user&apos;s own password)</source>
        <translation>Сеанс користувача UBI (номер телефону + власний пароль користувача)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="287"/>
        <source>A UBI user&apos;s session (e-mail + the user&apos;s own password)</source>
        <translation>Сеанс користувача UBI (e-mail + власний пароль користувача)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="292"/>
        <source>User · DeviceToken (unknown)</source>
        <translation>Користувач · DeviceToken (невідомо)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="294"/>
        <source>User · %1 · DeviceToken %2</source>
        <translation>Користувач · %1 · DeviceToken %2</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="295"/>
        <source>An admin session (API credentials)</source>
        <translation>Сеанс адміністратора (облікові дані API)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="296"/>
        <source>A user session (DeviceToken login)</source>
        <translation>Сеанс користувача (вхід через DeviceToken)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="298"/>
        <source>— (known after the login)</source>
        <translation>— (стане відомим після входу)</translation>
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
        <translation>Вихід виконано</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="308"/>
        <source>Logging in…</source>
        <translation>Вхід…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="310"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="310"/>
        <source>Active (refresh token may be spent)</source>
        <translation>Активний (токен оновлення, можливо, використано)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="312"/>
        <source>Refreshing…</source>
        <translation>Оновлення…</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="313"/>
        <source>Expired</source>
        <translation>Сплив</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="317"/>
        <source>State: %1</source>
        <translation>Стан: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="345"/>
        <source>Stop the refresh; the current token is kept</source>
        <translation>Зупинити оновлення; поточний токен збережеться</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="345"/>
        <source>Stop the login</source>
        <translation>Зупинити вхід</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="369"/>
        <source>⚠ This computer&apos;s clock is %1 %2 the server&apos;s. Times here use the server&apos;s clock; set the system clock right (NTP).</source>
        <translation>⚠ Годинник цього комп&apos;ютера розходиться з годинником сервера на %1 (%2). Час тут показано за годинником сервера; налаштуйте системний годинник (NTP).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="371"/>
        <source>behind</source>
        <translation>відстає</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="371"/>
        <source>ahead of</source>
        <translation>поспішає</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="381"/>
        <source>The last refresh answer was lost: the refresh token may already be spent. The next attempt logs in again (within the login budget).</source>
        <translation>Остання відповідь на оновлення загубилася: токен оновлення, можливо, уже використано. Наступна спроба виконає вхід знову (у межах бюджету входів).</translation>
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
            <numerusform>Оновлення токена не вдалося %n раз%1; нова спроба через %2.</numerusform>
            <numerusform>Оновлення токена не вдалося %n рази%1; нова спроба через %2.</numerusform>
            <numerusform>Оновлення токена не вдалося %n разів%1; нова спроба через %2.</numerusform>
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
            <numerusform>Оновлення токена не вдалося %n раз%1; автооновлення вимкнено: натисніть «Оновити зараз».</numerusform>
            <numerusform>Оновлення токена не вдалося %n рази%1; автооновлення вимкнено: натисніть «Оновити зараз».</numerusform>
            <numerusform>Оновлення токена не вдалося %n разів%1; автооновлення вимкнено: натисніть «Оновити зараз».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="402"/>
        <source>Logged in again at %1: %2.</source>
        <translation>Повторний вхід о %1: %2.</translation>
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
        <translation>Залишилося: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="432"/>
        <source>expired %1</source>
        <translation>сплив %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="436"/>
        <source>%1 left</source>
        <translation>залишилося %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="448"/>
        <source>may be spent (its refresh answer was lost)</source>
        <translation>можливо, використано (відповідь на оновлення загубилася)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="450"/>
        <source>not stated in the token</source>
        <translation>у токені не вказано</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="468"/>
        <source>Less than a quarter of the token&apos;s life is left.</source>
        <translation>Залишилося менше чверті строку дії токена.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenCard.cpp" line="469"/>
        <source>The token is about to lapse (or has).</source>
        <translation>Токен ось-ось спливе (або вже сплив).</translation>
    </message>
</context>
<context>
    <name>tc::TokenInspector</name>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="37"/>
        <source>•••••••• (hidden: tick “Reveal secret claims”)</source>
        <translation>•••••••• (приховано: позначте «Показати секретні claims»)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="61"/>
        <source>A JWT is three base64url parts joined by dots: header.payload.signature. It usually starts with “eyJ”. Check that the whole token was copied.</source>
        <translation>JWT — це три частини base64url, з&apos;єднані крапками: header.payload.signature. Зазвичай він починається з «eyJ». Перевірте, чи скопійовано весь токен.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="65"/>
        <source>The first part (the header, before the first dot) must be base64url-encoded JSON such as {&quot;alg&quot;:&quot;HS256&quot;,&quot;typ&quot;:&quot;JWT&quot;}.</source>
        <translation>Перша частина (заголовок, до першої крапки) має бути JSON у кодуванні base64url, наприклад {&quot;alg&quot;:&quot;HS256&quot;,&quot;typ&quot;:&quot;JWT&quot;}.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="69"/>
        <source>The second part (the claims, between the dots) must be base64url-encoded JSON. A character may have been lost or added when copying.</source>
        <translation>Друга частина (claims, між крапками) має бути JSON у кодуванні base64url. Під час копіювання міг загубитися або додатися символ.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="73"/>
        <source>The third part (the signature, after the second dot) must be base64url.</source>
        <translation>Третя частина (підпис, після другої крапки) має бути в base64url.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenInspector.cpp" line="86"/>
        <source>This is not a JWT: a JWT has three parts joined by dots, and this text has %n part(s).</source>
        <translation>
            <numerusform>Це не JWT: JWT має три частини, з&apos;єднані крапками, а цей текст має %n частину.</numerusform>
            <numerusform>Це не JWT: JWT має три частини, з&apos;єднані крапками, а цей текст має %n частини.</numerusform>
            <numerusform>Це не JWT: JWT має три частини, з&apos;єднані крапками, а цей текст має %n частин.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="91"/>
        <source>This text cannot be read as a JWT: %1.</source>
        <translation>Цей текст не вдається прочитати як JWT: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="94"/>
        <source>This looks like a JWT, but its header cannot be read: %1.</source>
        <translation>Схоже на JWT, але його заголовок не вдається прочитати: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="97"/>
        <source>This looks like a JWT, but its claims (the payload) cannot be read: %1.</source>
        <translation>Схоже на JWT, але його claims (корисне навантаження) не вдається прочитати: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="101"/>
        <source>This looks like a JWT, but its signature cannot be read: %1.</source>
        <translation>Схоже на JWT, але його підпис не вдається прочитати: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="105"/>
        <source>This text cannot be read as a JWT.</source>
        <translation>Цей текст не вдається прочитати як JWT.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="111"/>
        <source>&amp;Use this session&apos;s token</source>
        <translation>&amp;Використати токен цього сеансу</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="112"/>
        <source>&amp;Reveal secret claims</source>
        <translation>&amp;Показати секретні claims</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="115"/>
        <source>Token inspector</source>
        <translation>Інспектор токенів</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="118"/>
        <source>Paste a JWT (eyJ…); it stays masked unless you show it with the eye button</source>
        <translation>Вставте JWT (eyJ…); він лишається замаскованим, доки ви не покажете його кнопкою з оком</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="119"/>
        <source>Token to inspect</source>
        <translation>Токен для дослідження</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="121"/>
        <source>To&amp;ken:</source>
        <translation>То&amp;кен:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="126"/>
        <source>Open session</source>
        <translation>Відкритий сеанс</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="131"/>
        <source>&amp;Or a session&apos;s:</source>
        <translation>&amp;Або токен сеансу:</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="140"/>
        <source>Token summary</source>
        <translation>Підсумок токена</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="147"/>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="151"/>
        <source>Reveal secret claims</source>
        <translation>Показати секретні claims</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="155"/>
        <source>&amp;Find this user</source>
        <translation>&amp;Знайти цього користувача</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="157"/>
        <source>Look the token&apos;s DeviceToken up in the Users area (with an admin session).</source>
        <translation>Знайти DeviceToken із токена в області «Користувачі» (через сеанс адміністратора).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Part</source>
        <translation>Частина</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="170"/>
        <source>Meaning</source>
        <translation>Значення поля</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="171"/>
        <source>Header and claims</source>
        <translation>Заголовок і claims</translation>
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
        <translation>(немає сеансу з токеном)</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="295"/>
        <source>Paste a JWT above, or pick an open session and press “Use this session&apos;s token”.</source>
        <translation>Вставте JWT вище або виберіть відкритий сеанс і натисніть «Використати токен цього сеансу».</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="323"/>
        <source>InstanceId: %1.</source>
        <translation>InstanceId: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="327"/>
        <source>A JWT is a secret: whoever holds it can act as this identity until it expires.</source>
        <translation>JWT — це секрет: хто ним володіє, може діяти від імені цієї ідентичності, доки строк його дії не мине.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TokenInspector.cpp" line="344"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TokenInspector.cpp" line="366"/>
        <source>Header</source>
        <translation>Заголовок</translation>
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
        <translation>Сеанси</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenPanel.cpp" line="21"/>
        <source>No session yet. Select a profile on the left and press Log in (Ctrl+L).</source>
        <translation>Сеансів ще немає. Виберіть профіль ліворуч і натисніть «Увійти» (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../app/ui/TokenPanel.cpp" line="31"/>
        <source>Session cards</source>
        <translation>Картки сеансів</translation>
    </message>
</context>
<context>
    <name>tc::TrafficModel</name>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="233"/>
        <source>no answer</source>
        <translation>немає відповіді</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="268"/>
        <source>failed</source>
        <translation>збій</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="286"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="287"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="288"/>
        <source>Path</source>
        <translation>Шлях</translation>
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
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="293"/>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="294"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="295"/>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="296"/>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../app/core/traffic/TrafficModel.cpp" line="297"/>
        <source>Why</source>
        <translation>Мета</translation>
    </message>
</context>
<context>
    <name>tc::TrafficPage</name>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="53"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="93"/>
        <source>Traffic views</source>
        <translation>Подання трафіку</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="94"/>
        <source>&amp;Exchanges</source>
        <translation>&amp;Обміни</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="95"/>
        <source>C&amp;omposer</source>
        <translation>&amp;Конструктор</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="104"/>
        <source>The history is not kept on disk: %1</source>
        <translation>Історія не зберігається на диску: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="116"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="117"/>
        <source>Any method</source>
        <translation>Будь-який метод</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="121"/>
        <source>Status class</source>
        <translation>Клас стану</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="122"/>
        <source>Any status</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="127"/>
        <source>No answer</source>
        <translation>Без відповіді</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="129"/>
        <source>Path contains</source>
        <translation>Шлях містить</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="130"/>
        <source>Path contains…</source>
        <translation>Шлях містить…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="133"/>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="134"/>
        <source>E&amp;rrors only</source>
        <translation>Лише по&amp;милки</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="144"/>
        <source>Exchanges</source>
        <translation>Обміни</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="163"/>
        <source>Exchange details</source>
        <translation>Деталі обміну</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="164"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation>Виберіть обмін, щоб побачити його заголовки й тіла.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="185"/>
        <source>Copy as c&amp;url</source>
        <translation>Копіювати як c&amp;url</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="186"/>
        <source>The selected requests as curl commands; hidden values become $TELEMATICS_… variables</source>
        <translation>Вибрані запити як команди curl; приховані значення стають змінними $TELEMATICS_…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="187"/>
        <source>E&amp;xport HAR…</source>
        <translation>Ек&amp;спорт HAR…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="188"/>
        <source>The selected exchanges (or all shown) as HAR 1.2, secrets hidden</source>
        <translation>Вибрані обміни (або всі показані) у форматі HAR 1.2, секрети приховано</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="197"/>
        <source>C&amp;lear history…</source>
        <translation>О&amp;чистити історію…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="260"/>
        <source>Any profile</source>
        <translation>Будь-який профіль</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="323"/>
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 з %n обміну</numerusform>
            <numerusform>%1 з %n обмінів</numerusform>
            <numerusform>%1 з %n обмінів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="353"/>
        <source>Envelope: Status %1 · Title “%2”</source>
        <translation>Конверт: Status %1 · Title «%2»</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="351"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="365"/>
        <source>Sent by: %1</source>
        <translation>Відправник: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="366"/>
        <source>At %1</source>
        <translation>Час: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="368"/>
        <source>Token sent (claims, secrets hidden): %1</source>
        <translation>Надісланий токен (claims, секрети приховано): %1</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="370"/>
        <source>Request headers:</source>
        <translation>Заголовки запиту:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="372"/>
        <source>Request body%1:</source>
        <translation>Тіло запиту%1:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="372"/>
        <location filename="../app/ui/TrafficPage.cpp" line="383"/>
        <source> (cut)</source>
        <translation> (обрізано)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="376"/>
        <source>No answer yet.</source>
        <translation>Відповіді ще немає.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="378"/>
        <source>Answer: HTTP %1 in %2 ms</source>
        <translation>Відповідь: HTTP %1 за %2 мс</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="381"/>
        <source>Response headers:</source>
        <translation>Заголовки відповіді:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="383"/>
        <source>Response body%1:</source>
        <translation>Тіло відповіді%1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="408"/>
        <source>The details of this exchange are no longer kept (only the last %n are).</source>
        <translation>
            <numerusform>Деталі цього обміну більше не зберігаються (зберігається лише останній %n).</numerusform>
            <numerusform>Деталі цього обміну більше не зберігаються (зберігаються лише останні %n).</numerusform>
            <numerusform>Деталі цього обміну більше не зберігаються (зберігаються лише останні %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="499"/>
        <location filename="../app/ui/TrafficPage.cpp" line="541"/>
        <source>No exchange to copy.</source>
        <translation>Немає обміну для копіювання.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="554"/>
        <source>Copied %n curl command(s).</source>
        <translation>
            <numerusform>Скопійовано %n команду curl.</numerusform>
            <numerusform>Скопійовано %n команди curl.</numerusform>
            <numerusform>Скопійовано %n команд curl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="555"/>
        <source>Copied %n curl command(s); set %1 first.</source>
        <translation>
            <numerusform>Скопійовано %n команду curl; спершу задайте %1.</numerusform>
            <numerusform>Скопійовано %n команди curl; спершу задайте %1.</numerusform>
            <numerusform>Скопійовано %n команд curl; спершу задайте %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="518"/>
        <location filename="../app/ui/TrafficPage.cpp" line="567"/>
        <source>No exchange to export.</source>
        <translation>Немає обміну для експорту.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="533"/>
        <location filename="../app/ui/TrafficPage.cpp" line="570"/>
        <location filename="../app/ui/TrafficPage.cpp" line="575"/>
        <source>Export as HAR</source>
        <translation>Експорт у HAR</translation>
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
        <translation>&amp;Показати секрети (лише на екрані)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="167"/>
        <source>Shows the passwords, keys and tokens of this run&apos;s exchanges on screen until switched off; copies and exports stay hidden</source>
        <translation>Показує паролі, ключі й токени обмінів цього запуску на екрані, доки його не вимкнено; копії та експорт лишаються прихованими</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="189"/>
        <source>Copy unredacted…</source>
        <translation>Копіювати без приховування…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="191"/>
        <source>The selected requests as curl commands with their secrets in plain text: asks first, every time</source>
        <translation>Вибрані запити як команди curl із секретами відкритим текстом: щоразу спершу питає</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="193"/>
        <source>Export unredacted…</source>
        <translation>Експортувати без приховування…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="196"/>
        <source>The selected exchanges as HAR 1.2 with their secrets in plain text: asks first, every time</source>
        <translation>Вибрані обміни як HAR 1.2 із секретами відкритим текстом: щоразу спершу питає</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="352"/>
        <source>Envelope: Status %1, no Title</source>
        <translation>Конверт: Status %1, без Title</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="417"/>
        <source>Secrets shown, on screen only: copies and exports stay hidden.</source>
        <translation>Секрети показано лише на екрані: копії та експорт лишаються прихованими.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="428"/>
        <source>Nothing to reveal: the secrets of exchanges from an earlier run were never kept.</source>
        <translation>Нічого показати: секрети обмінів із попереднього запуску ніколи не зберігалися.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="430"/>
        <source>Nothing to reveal yet: its secrets are kept once the answer has arrived.</source>
        <translation>Поки нічого показати: секрети зберігаються, щойно надійде відповідь.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="432"/>
        <source>Nothing to reveal: secrets are not kept here.</source>
        <translation>Нічого показати: секрети тут не зберігаються.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="433"/>
        <source>Nothing to reveal: the secrets of this exchange are no longer kept (only those of the last %n exchanges of this run are, in memory).</source>
        <translation>
            <numerusform>Нічого показати: секрети цього обміну більше не зберігаються (лише останнього %n обміну цього запуску, у пам’яті).</numerusform>
            <numerusform>Нічого показати: секрети цього обміну більше не зберігаються (лише останніх %n обмінів цього запуску, у пам’яті).</numerusform>
            <numerusform>Нічого показати: секрети цього обміну більше не зберігаються (лише останніх %n обмінів цього запуску, у пам’яті).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="474"/>
        <source>The secrets of these exchanges are not kept: only the last %n exchanges of this run keep them, in memory, and exchanges from an earlier run never did. Nothing was copied.</source>
        <translation>
            <numerusform>Секрети цих обмінів не зберігаються: їх зберігає лише останній %n обмін цього запуску, у пам’яті, а обміни з попереднього запуску — ніколи. Нічого не скопійовано.</numerusform>
            <numerusform>Секрети цих обмінів не зберігаються: їх зберігають лише останні %n обміни цього запуску, у пам’яті, а обміни з попереднього запуску — ніколи. Нічого не скопійовано.</numerusform>
            <numerusform>Секрети цих обмінів не зберігаються: їх зберігають лише останні %n обмінів цього запуску, у пам’яті, а обміни з попереднього запуску — ніколи. Нічого не скопійовано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="482"/>
        <source>%n of the chosen exchange(s) no longer have their secrets and are left out.</source>
        <translation>
            <numerusform>%n з вибраних обмінів уже не має секретів і пропускається.</numerusform>
            <numerusform>%n з вибраних обмінів уже не мають секретів і пропускаються.</numerusform>
            <numerusform>%n з вибраних обмінів уже не мають секретів і пропускаються.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="487"/>
        <source>Nothing was copied with its secrets.</source>
        <translation>Нічого не скопійовано із секретами.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="499"/>
        <source>Copy with secrets</source>
        <translation>Копіювати із секретами</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="500"/>
        <source>Copy %n curl command(s) with their passwords, keys and tokens in plain text? Anything that reads the clipboard can see them; it is cleared after %1 seconds. This applies to this one copy only.</source>
        <translation>
            <numerusform>Скопіювати %n команду curl із паролями, ключами й токенами відкритим текстом? Будь-що, що читає буфер обміну, їх побачить; його буде очищено через %1 с. Це стосується лише цієї однієї копії.</numerusform>
            <numerusform>Скопіювати %n команди curl із паролями, ключами й токенами відкритим текстом? Будь-що, що читає буфер обміну, їх побачить; його буде очищено через %1 с. Це стосується лише цієї однієї копії.</numerusform>
            <numerusform>Скопіювати %n команд curl із паролями, ключами й токенами відкритим текстом? Будь-що, що читає буфер обміну, їх побачить; його буде очищено через %1 с. Це стосується лише цієї однієї копії.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="509"/>
        <source>Copied %n curl command(s) with their secrets, this once; the next copy hides them again.</source>
        <translation>
            <numerusform>Скопійовано %n команду curl із секретами, лише цього разу; наступна копія знову їх приховає.</numerusform>
            <numerusform>Скопійовано %n команди curl із секретами, лише цього разу; наступна копія знову їх приховає.</numerusform>
            <numerusform>Скопійовано %n команд curl із секретами, лише цього разу; наступна копія знову їх приховає.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="518"/>
        <source>Export with secrets</source>
        <translation>Експортувати із секретами</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="519"/>
        <source>Export %n exchange(s) as HAR with their passwords, keys and tokens in plain text? Whoever gets the file can use them. This applies to this one export only.</source>
        <translation>
            <numerusform>Експортувати %n обмін у HAR із паролями, ключами й токенами відкритим текстом? Хто отримає файл, зможе ними скористатися. Це стосується лише цього одного експорту.</numerusform>
            <numerusform>Експортувати %n обміни в HAR із паролями, ключами й токенами відкритим текстом? Хто отримає файл, зможе ними скористатися. Це стосується лише цього одного експорту.</numerusform>
            <numerusform>Експортувати %n обмінів у HAR із паролями, ключами й токенами відкритим текстом? Хто отримає файл, зможе ними скористатися. Це стосується лише цього одного експорту.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="523"/>
        <source>Export as HAR, with secrets</source>
        <translation>Експорт у HAR, із секретами</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="527"/>
        <source>Exported %n exchange(s) to %1 WITH their secrets (readable by you only); the next export hides them again.</source>
        <translation>
            <numerusform>Експортовано %n обмін до %1 ІЗ секретами (читати можете лише ви); наступний експорт знову їх приховає.</numerusform>
            <numerusform>Експортовано %n обміни до %1 ІЗ секретами (читати можете лише ви); наступний експорт знову їх приховає.</numerusform>
            <numerusform>Експортовано %n обмінів до %1 ІЗ секретами (читати можете лише ви); наступний експорт знову їх приховає.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/TrafficPage.cpp" line="573"/>
        <source>Exported %n exchange(s) to %1 (secrets hidden).</source>
        <translation>
            <numerusform>Експортовано %n обмін у %1 (секрети приховано).</numerusform>
            <numerusform>Експортовано %n обміни у %1 (секрети приховано).</numerusform>
            <numerusform>Експортовано %n обмінів у %1 (секрети приховано).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="581"/>
        <source>Clear the traffic history</source>
        <translation>Очистити історію трафіку</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="582"/>
        <source>Forget every recorded exchange, on screen and on disk (%1)?</source>
        <translation>Забути всі записані обміни на екрані й на диску (%1)?</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="583"/>
        <source>not kept</source>
        <translation>не зберігається</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="589"/>
        <source>The traffic history was cleared.</source>
        <translation>Історію трафіку очищено.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="609"/>
        <source>Send as profile</source>
        <translation>Профіль для надсилання</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="611"/>
        <source>Auth</source>
        <translation>Автентифікація</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="613"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="617"/>
        <source>Send &amp;as:</source>
        <translation>Надіслати &amp;як:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="621"/>
        <source>Request method</source>
        <translation>Метод запиту</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="624"/>
        <source>Request path</source>
        <translation>Шлях запиту</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="626"/>
        <source>&amp;Send</source>
        <translation>&amp;Надіслати</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="631"/>
        <source>&amp;Request:</source>
        <translation>&amp;Запит:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="634"/>
        <source>Request headers</source>
        <translation>Заголовки запиту</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="635"/>
        <source>Name: value, one per line (Content-Type and the auth are added)</source>
        <translation>Назва: значення, по одному в рядку (Content-Type і автентифікація додаються)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="637"/>
        <source>&amp;Headers:</source>
        <translation>За&amp;головки:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="640"/>
        <source>Request body</source>
        <translation>Тіло запиту</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="642"/>
        <source>JSON body (empty: none)</source>
        <translation>Тіло JSON (порожнє: без тіла)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="646"/>
        <source>&amp;Pretty-print</source>
        <translation>&amp;Форматувати</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="652"/>
        <source>&amp;Body:</source>
        <translation>&amp;Тіло:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="656"/>
        <source>Saved requests</source>
        <translation>Збережені запити</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="658"/>
        <source>Save as name</source>
        <translation>Зберегти під назвою</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="659"/>
        <source>Name to save as</source>
        <translation>Назва для збереження</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="660"/>
        <source>Sa&amp;ve</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="661"/>
        <source>Saves method, path, headers and body in the settings; secrets are never saved</source>
        <translation>Зберігає метод, шлях, заголовки й тіло в налаштуваннях; секрети ніколи не зберігаються</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="662"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="663"/>
        <source>Delete saved request</source>
        <translation>Видалити збережений запит</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="668"/>
        <source>Sa&amp;ved:</source>
        <translation>Збе&amp;режені:</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="678"/>
        <source>Response</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="680"/>
        <source>Re&amp;veal secrets in this answer (screen only)</source>
        <translation>Показ&amp;ати секрети в цій відповіді (лише на екрані)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="682"/>
        <source>Copy as curl</source>
        <translation>Копіювати як curl</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="683"/>
        <source>Export HAR…</source>
        <translation>Експорт HAR…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="732"/>
        <source>No auth</source>
        <translation>Без автентифікації</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="733"/>
        <source>Group key headers (from the keychain)</source>
        <translation>Заголовки ключа групи (зі зв&apos;язки ключів)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="734"/>
        <source>Session token (refreshed as needed)</source>
        <translation>Токен сеансу (оновлюється за потреби)</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="739"/>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="771"/>
        <source>No body.</source>
        <translation>Без тіла.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="779"/>
        <source>Valid JSON.</source>
        <translation>Коректний JSON.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="785"/>
        <source>Not JSON: %1 at line %2, column %3. Send waits until it is.</source>
        <translation>Не JSON: %1 у рядку %2, стовпці %3. Надіслати можна буде після виправлення.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="811"/>
        <source>Nothing was sent.</source>
        <translation>Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="817"/>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="850"/>
        <source>The first answer was a 401: the session refreshed its token and sent it again.</source>
        <translation>Перша відповідь була 401: сеанс оновив свій токен і надіслав запит знову.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="908"/>
        <source>Saved request…</source>
        <translation>Збережений запит…</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="937"/>
        <source>Give the request a name to save it under.</source>
        <translation>Вкажіть назву, під якою зберегти запит.</translation>
    </message>
    <message>
        <location filename="../app/ui/TrafficPage.cpp" line="956"/>
        <source>Saved “%1” (without secrets).</source>
        <translation>Збережено «%1» (без секретів).</translation>
    </message>
</context>
<context>
    <name>tc::UserAdmin</name>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="51"/>
        <source>No session is chosen.</source>
        <translation>Сеанс не вибрано.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="110"/>
        <source>Give a DeviceToken.</source>
        <translation>Укажіть DeviceToken.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="181"/>
        <location filename="../app/core/users/UserAdmin.cpp" line="235"/>
        <location filename="../app/core/users/UserAdmin.cpp" line="295"/>
        <source>Give a DeviceToken. Nothing was sent.</source>
        <translation>Укажіть DeviceToken. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="183"/>
        <source>Some values are not valid (see the fields). Nothing was sent.</source>
        <translation>Деякі значення недійсні (див. поля). Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="225"/>
        <source>the ledger is not open</source>
        <translation>журнал не відкрито</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="237"/>
        <source>The target group&apos;s InstanceId and InstanceKEY are needed. Nothing was sent.</source>
        <translation>Потрібні InstanceId та InstanceKEY цільової групи. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="239"/>
        <source>The ledger is not open, so the move could not be recorded. Nothing was sent.</source>
        <translation>Журнал не відкрито, тож переміщення не вдалося б записати. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="241"/>
        <source>The target group&apos;s key belongs to %1, but this session is on %2: a key is sent only to its own service. Nothing was sent.</source>
        <translation>Ключ цільової групи належить до %1, але цей сеанс — на %2: ключ надсилається лише до власної служби. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="265"/>
        <source>No user has the DeviceToken %1. Nothing was moved.</source>
        <translation>Жоден користувач не має DeviceToken %1. Нічого не переміщено.</translation>
    </message>
    <message>
        <location filename="../app/core/users/UserAdmin.cpp" line="297"/>
        <source>The ledger is not open, so the deletion could not be recorded. Nothing was sent.</source>
        <translation>Журнал не відкрито, тож видалення не вдалося б записати. Нічого не надіслано.</translation>
    </message>
</context>
<context>
    <name>tc::UserPasswordChange</name>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="31"/>
        <source>the new password is empty</source>
        <translation>новий пароль порожній</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="34"/>
        <source>a password of spaces only is refused by the service</source>
        <translation>пароль лише з пробілів сервіс відхиляє</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="37"/>
        <source>the service takes at most 1,000 characters</source>
        <translation>сервіс приймає щонайбільше 1 000 символів</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="40"/>
        <source>the password starts or ends with a space: on a phone that is easy to miss; remove it</source>
        <translation>пароль починається або закінчується пробілом: на телефоні це легко пропустити; приберіть його</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="50"/>
        <source>a password change needs the user&apos;s DeviceToken and a new password</source>
        <translation>для зміни пароля потрібні DeviceToken користувача та новий пароль</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserPasswordChange.cpp" line="63"/>
        <source>the user&apos;s current password is not in the keychain of profile “%1”; an admin session can set a new one</source>
        <translation>поточного пароля користувача немає в зв&apos;язці ключів профілю «%1»; сеанс адміністратора може задати новий</translation>
    </message>
</context>
<context>
    <name>tc::UsersPage</name>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="50"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="51"/>
        <source>Tracking enabled (EnableTracking)</source>
        <translation>Відстеження ввімкнено (EnableTracking)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="52"/>
        <source>SDK logging (EnableLogging)</source>
        <translation>Журналювання SDK (EnableLogging)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="53"/>
        <source>SDK enabled (Enabled)</source>
        <translation>SDK увімкнено (Enabled)</translation>
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
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="56"/>
        <location filename="../app/ui/UsersPage.cpp" line="154"/>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="57"/>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="58"/>
        <location filename="../app/ui/UsersPage.cpp" line="150"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="59"/>
        <location filename="../app/ui/UsersPage.cpp" line="151"/>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="60"/>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="61"/>
        <source>Birthday</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="62"/>
        <source>Marital status</source>
        <translation>Сімейний стан</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="63"/>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="64"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="65"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="66"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="67"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="68"/>
        <source>Image URL</source>
        <translation>URL зображення</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="119"/>
        <source>&amp;Session:</source>
        <translation>&amp;Сеанс:</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="122"/>
        <source>Session for the Users area</source>
        <translation>Сеанс для області «Користувачі»</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="125"/>
        <source>&amp;My profile</source>
        <translation>&amp;Мій профіль</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="127"/>
        <source>With a user session: that user&apos;s own profile (GET Management/users).</source>
        <translation>Із сеансом користувача: власний профіль цього користувача (GET Management/users).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="134"/>
        <source>About the session</source>
        <translation>Про сеанс</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="148"/>
        <source>Find by</source>
        <translation>Шукати за</translation>
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
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="158"/>
        <source>Find value</source>
        <translation>Значення для пошуку</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="159"/>
        <source>What to look for</source>
        <translation>Що шукати</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="160"/>
        <source>&amp;Find</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="162"/>
        <source>Find &amp;by:</source>
        <translation>Шукати &amp;за:</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="174"/>
        <source>Group InstanceId to page through</source>
        <translation>InstanceId групи для перегляду</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="178"/>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="180"/>
        <source>&amp;List users</source>
        <translation>Показати &amp;користувачів</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="182"/>
        <source>Management/users/GetFilteredPage: the group&apos;s users, newest first, 50 a page.</source>
        <translation>Management/users/GetFilteredPage: користувачі групи, спершу найновіші, по 50 на сторінку.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="183"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="185"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="195"/>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="200"/>
        <source>Search result</source>
        <translation>Результат пошуку</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="205"/>
        <source>Users found</source>
        <translation>Знайдені користувачі</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="207"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="217"/>
        <source>Users area status</source>
        <translation>Стан області «Користувачі»</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="253"/>
        <source>The user shown</source>
        <translation>Показаний користувач</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагувати</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="272"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Зберегти зміни</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="274"/>
        <source>PUT Management/users with only the fields you changed; the user is read back.</source>
        <translation>PUT Management/users лише зі зміненими полями; потім користувача читається знову.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="275"/>
        <source>&amp;Revert</source>
        <translation>&amp;Скасувати зміни</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="282"/>
        <source>Status, UserFields and profile</source>
        <translation>Стан, UserFields і профіль</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="326"/>
        <source>Mo&amp;ve or delete</source>
        <translation>Пере&amp;містити або видалити</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="327"/>
        <source>Login password (UBI user)</source>
        <translation>Пароль для входу (користувач UBI)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="331"/>
        <source>About the login password</source>
        <translation>Про пароль для входу</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="333"/>
        <source>Set pass&amp;word…</source>
        <translation>Задати па&amp;роль…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="338"/>
        <source>Move to another group</source>
        <translation>Перемістити в іншу групу</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="342"/>
        <source>About moving</source>
        <translation>Про переміщення</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="348"/>
        <source>Target group-key profile</source>
        <translation>Цільовий профіль із ключем групи</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="349"/>
        <source>&amp;Move</source>
        <translation>Пере&amp;містити</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="356"/>
        <source>Delete this user</source>
        <translation>Видалити цього користувача</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="360"/>
        <source>The user to delete</source>
        <translation>Користувач для видалення</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="366"/>
        <source>Last 8 characters of the DeviceToken</source>
        <translation>Останні 8 символів DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="367"/>
        <source>last 8 characters of the DeviceToken</source>
        <translation>останні 8 символів DeviceToken</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="369"/>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Видалити назавжди</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="376"/>
        <source>About the confirmation</source>
        <translation>Про підтвердження</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="385"/>
        <source>All &amp;fields</source>
        <translation>Усі &amp;поля</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="388"/>
        <source>All fields of the user</source>
        <translation>Усі поля користувача</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="394"/>
        <source>In the ledger</source>
        <translation>У журналі</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="430"/>
        <source>signed in</source>
        <translation>вхід виконано</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="430"/>
        <source>not signed in</source>
        <translation>вхід не виконано</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="431"/>
        <source>%1 (admin, %2)</source>
        <translation>%1 (адміністратор, %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="432"/>
        <source>%1 (user, %2)</source>
        <translation>%1 (користувач, %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="436"/>
        <source>(no open session: log in with an admin profile)</source>
        <translation>(немає відкритого сеансу: увійдіть із профілем адміністратора)</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="481"/>
        <source>The session changed while a request was under way; its outcome is unknown here. Find the user again to see where it stands.</source>
        <translation>Сеанс змінився, поки запит виконувався; його результат тут невідомий. Знайдіть користувача знову, щоб побачити його стан.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="504"/>
        <source>Log in with an admin profile (Profiles, then Log in) to find and change users.</source>
        <translation>Увійдіть із профілем адміністратора (Профілі, потім Увійти), щоб шукати й змінювати користувачів.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="506"/>
        <source>A user session reads only its own profile: press My profile. Pick an admin session to find, change, move or delete users.</source>
        <translation>Сеанс користувача читає лише власний профіль: натисніть «Мій профіль». Виберіть сеанс адміністратора, щоб шукати, змінювати, переміщати або видаляти користувачів.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="510"/>
        <source>Requests go to %1 as the admin of “%2”.</source>
        <translation>Запити йдуть до %1 від імені адміністратора «%2».</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="554"/>
        <source>Type the %1 to look for.</source>
        <translation>Введіть %1 для пошуку.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="560"/>
        <location filename="../app/ui/UsersPage.cpp" line="586"/>
        <location filename="../app/ui/UsersPage.cpp" line="816"/>
        <source>Pick an admin session first.</source>
        <translation>Спершу виберіть сеанс адміністратора.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="564"/>
        <source>Looking for %1 “%2”…</source>
        <translation>Пошук за %1 «%2»…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="572"/>
        <source>No user found for %1 “%2”.</source>
        <translation>Користувача за %1 «%2» не знайдено.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="581"/>
        <source>Give the group&apos;s InstanceId to page through its users.</source>
        <translation>Укажіть InstanceId групи, щоб переглянути її користувачів.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="592"/>
        <source>Reading page %1 of group %2…</source>
        <translation>Читання сторінки %1 групи %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/UsersPage.cpp" line="613"/>
        <source>Page %1 of %2 · users in the group: %n</source>
        <translation>
            <numerusform>Сторінка %1 з %2 · користувачів у групі: %n</numerusform>
            <numerusform>Сторінка %1 з %2 · користувачів у групі: %n</numerusform>
            <numerusform>Сторінка %1 з %2 · користувачів у групі: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="795"/>
        <source>This user has neither a phone number nor an e-mail to log in with: set one first on the Edit tab, then a password.</source>
        <translation>Цей користувач не має ні номера телефону, ні e-mail для входу: спершу задайте один із них на вкладці «Редагувати», потім пароль.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="605"/>
        <source>Group %1 has no users on this page.</source>
        <translation>Група %1 не має користувачів на цій сторінці.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/UsersPage.cpp" line="662"/>
        <source>Users found: %n.</source>
        <translation>
            <numerusform>Знайдено користувачів: %n.</numerusform>
            <numerusform>Знайдено користувачів: %n.</numerusform>
            <numerusform>Знайдено користувачів: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="707"/>
        <source>To find %1, log in with an admin profile (Profiles, then Log in), then press Find.</source>
        <translation>Щоб знайти %1, увійдіть із профілем адміністратора (Профілі, потім Увійти), потім натисніть «Знайти».</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="712"/>
        <source>Wait for the request under way, then press Find.</source>
        <translation>Дочекайтеся поточного запиту, потім натисніть «Знайти».</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="723"/>
        <source>Reading your own profile…</source>
        <translation>Читання вашого власного профілю…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="735"/>
        <source>Your own profile.</source>
        <translation>Ваш власний профіль.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="732"/>
        <source>The service returned no profile.</source>
        <translation>Служба не повернула профілю.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="749"/>
        <source>No user shown. Find one on the left, or use “Find this user” on a token card, in the inspector or in the ledger.</source>
        <translation>Жодного користувача не показано. Знайдіть його ліворуч або скористайтеся «Знайти цього користувача» на картці токена, в інспекторі чи в журналі.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="768"/>
        <source>%1 — %2
DeviceToken %3 · group %4</source>
        <translation>%1 — %2
DeviceToken %3 · група %4</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="769"/>
        <source>status unknown</source>
        <translation>стан невідомий</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="797"/>
        <source>The user logs in with %1 and a password of their own.</source>
        <translation>Користувач входить з %1 і власним паролем.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="802"/>
        <source>Deleting is irreversible: %1 (DeviceToken %2, group %3) and everything the service keeps for this user go. To confirm, type the DeviceToken&apos;s last 8 characters (%4).</source>
        <translation>Видалення незворотне: %1 (DeviceToken %2, група %3) і все, що служба зберігає для цього користувача, зникне. Для підтвердження введіть останні 8 символів DeviceToken (%4).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="829"/>
        <source>The password of %1 was set.</source>
        <translation>Пароль %1 задано.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="843"/>
        <source>Registered by this console on %1 (%2).</source>
        <translation>Зареєстровано цією консоллю %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="848"/>
        <source>Moved from group %1 to %2 on %3 by %4.</source>
        <translation>Переміщено з групи %1 до %2 %3, виконав %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="850"/>
        <source>A move to group %1 on %2 may have happened (the answer was lost).</source>
        <translation>Переміщення до групи %1 %2, можливо, відбулося (відповідь загубилася).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="853"/>
        <source>%1 on %2 by %3.</source>
        <translation>%1 %2, виконав %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="856"/>
        <source>Not in this console&apos;s ledger.</source>
        <translation>Немає в журналі цієї консолі.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="856"/>
        <source>Ledger: </source>
        <translation>Журнал: </translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="906"/>
        <source>Nothing changed: nothing was sent.</source>
        <translation>Нічого не змінено: нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="910"/>
        <source>Saving %1…</source>
        <translation>Збереження %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="931"/>
        <source>Saved (%1) and read back.</source>
        <translation>Збережено (%1) і прочитано знову.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="933"/>
        <source>Saved (%1), but reading the user back failed: %2</source>
        <translation>Збережено (%1), але повторне читання користувача не вдалося: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="952"/>
        <source>%1 — group %2</source>
        <translation>%1 — група %2</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="962"/>
        <source>The target group&apos;s InstanceKEY is read from the chosen group-key profile&apos;s keychain entry when you press Move, and sent only to that profile&apos;s service. The move is recorded in the ledger.</source>
        <translation>InstanceKEY цільової групи читається із запису вибраного профілю з ключем групи в зв&apos;язці ключів, коли ви натискаєте «Перемістити», і надсилається лише до служби цього профілю. Переміщення записується в журнал.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="965"/>
        <source>No group-key profile of this service for another group. Create one (Profiles, New…, kind Group key) with that group&apos;s InstanceId and InstanceKEY.</source>
        <translation>Немає профілю з ключем групи цієї служби для іншої групи. Створіть його (Профілі, Новий…, тип «Ключ групи») з InstanceId та InstanceKEY тієї групи.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="976"/>
        <source>That group-key profile no longer exists. Nothing was sent.</source>
        <translation>Цього профілю з ключем групи більше не існує. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="982"/>
        <source>Moving %1 to group %2…</source>
        <translation>Переміщення %1 до групи %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="994"/>
        <source>%1 %2, but the ledger could not record it: %3</source>
        <translation>%1 %2, але журнал не зміг це записати: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="995"/>
        <source>was moved</source>
        <translation>переміщено</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="995"/>
        <source>may have been moved</source>
        <translation>можливо, переміщено</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1001"/>
        <source>Moved %1 to group %2 (%3). Recorded in the ledger.</source>
        <translation>%1 переміщено до групи %2 (%3). Записано в журнал.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1026"/>
        <source>Delete stays off until the last 8 characters match.</source>
        <translation>«Видалити» залишається вимкненим, доки останні 8 символів не збігатимуться.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1028"/>
        <source>That matches. Delete permanently removes %1.</source>
        <translation>Збігається. «Видалити назавжди» видалить %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1031"/>
        <source>“%1” is not the last 8 characters of this DeviceToken (it ends in %2).</source>
        <translation>«%1» — не останні 8 символів цього DeviceToken (він закінчується на %2).</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1042"/>
        <source>Deleting %1…</source>
        <translation>Видалення %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1045"/>
        <source>%1 (%2) %3, but the ledger could not record it: %4</source>
        <translation>%1 (%2) %3, але журнал не зміг це записати: %4</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1047"/>
        <source>was deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1047"/>
        <source>may have been deleted</source>
        <translation>можливо, видалено</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1053"/>
        <source>Deleted %1 (%2). Recorded in the ledger.</source>
        <translation>%1 (%2) видалено. Записано в журнал.</translation>
    </message>
    <message>
        <location filename="../app/ui/UsersPage.cpp" line="1063"/>
        <source>%1 was deleted.</source>
        <translation>%1 видалено.</translation>
    </message>
</context>
</TS>
