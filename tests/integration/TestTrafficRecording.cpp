// The traffic console's core against a real sandbox: every exchange of every ApiClient on the
// graph's network manager is recorded with who and why; no secret (password, InstanceKEY, JWT,
// refresh token, a secret claim inside a JWT) survives in the table's text, the curl commands,
// the HAR or the history file on disk (its bytes are scanned); the HAR is HAR 1.2.
#include "ApiTestHelpers.h"
#include "JwtFactory.h"
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"
#include "core/api/ExchangeFeed.h"
#include "core/traffic/Curl.h"
#include "core/traffic/Har.h"
#include "core/traffic/TrafficModel.h"
#include "core/traffic/TrafficRecorder.h"
#include "core/traffic/TrafficStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace apitest;
using tc::ApiCall;
using tc::ApiClient;
using tc::Exchange;

class TestTrafficRecording : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    static int modeOf(const QString &path)
    {
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        return int(st.st_mode & 0777);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Every display text of every cell.
    static QString tableText(const QAbstractItemModel &model)
    {
        QString out;
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                out += model.index(r, c).data().toString() + u'\t';
                out += model.index(r, c).data(Qt::ToolTipRole).toString() + u'\t';
            }
            out += u'\n';
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void everySecret_isAbsentFromTableCurlHarAndHistoryFile()
    {
        const QString folder = m_dir.filePath(u"history"_s);
        const QString path = folder + u"/traffic.sqlite"_s;
        QNetworkAccessManager nam;
        tc::TrafficRecorder recorder(&nam);
        auto *store = new tc::TrafficStore(&recorder);
        QVERIFY2(store->open(path), qPrintable(store->errorString()));
        recorder.setStore(store);
        // As the console does: this run's originals kept in memory for a "reveal".
        recorder.setKeepUnredacted(tc::TrafficRecorder::DefaultUnredactedCount);
        tc::TrafficModel model;
        model.setRecorder(&recorder);

        ApiClient api(&nam); // finds the feed on its network manager: nobody wires it
        api.setBaseUrl(m_sandbox.baseUrl());
        api.setTransferTimeout(10000);
        api.setParty(u"Sandbox admin"_s, u"admin session"_s);

        QStringList secrets;
        secrets << m_sandbox.adminPassword() << m_sandbox.groupInstanceKey(0) << m_sandbox.groupInstanceKey(1);

        // 1. Admin login: Password in the body; AccessToken (a JWT) and RefreshToken in the answer.
        ApiCall *login = nullptr;
        {
            const ApiClient::Purpose why(&api, u"login"_s);
            login = api.loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), m_sandbox.adminPassword());
        }
        QVERIFY2(waitFinished(login) && login->ok(), qPrintable(describe(login)));
        const QString jwt = login->authResult().accessToken;
        const QString refresh = login->authResult().refreshToken;
        QVERIFY(!jwt.isEmpty() && !refresh.isEmpty());
        secrets << jwt << refresh << jwt.section(u'.', 1, 1) << jwt.section(u'.', 2, 2);

        // 2. A refresh: both tokens in the body, new ones in the answer.
        ApiCall *renewed = nullptr;
        {
            const ApiClient::Purpose why(&api, u"automatic refresh, 80 % of lifetime"_s);
            renewed = api.refresh(jwt, refresh);
        }
        QVERIFY2(waitFinished(renewed) && renewed->ok(), qPrintable(describe(renewed)));
        const QString jwt2 = renewed->authResult().accessToken;
        secrets << jwt2 << renewed->authResult().refreshToken;

        // 3. A registration: the InstanceKey header; tokens of the new user in the answer.
        ApiCall *reg = api.registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), {});
        QVERIFY2(waitFinished(reg) && reg->ok(), qPrintable(describe(reg)));
        secrets << reg->authResult().accessToken << reg->authResult().refreshToken;

        // 4. A user login: InstanceKey header and InstanceKey as the Password.
        ApiCall *userLogin = api.loginUser(m_sandbox.groupInstanceId(0), reg->authResult().deviceToken,
                                           m_sandbox.groupInstanceKey(0));
        QVERIFY2(waitFinished(userLogin) && userLogin->ok(), qPrintable(describe(userLogin)));
        secrets << userLogin->authResult().accessToken << userLogin->authResult().refreshToken;

        // 5. A bearer (Authorization) on users/find.
        ApiCall *find = api.findUsers(jwt2, {{u"DeviceToken"_s, reg->authResult().deviceToken}});
        QVERIFY2(waitFinished(find) && find->ok(), qPrintable(describe(find)));

        // 6. Secrets where nobody expects them: a JWT carrying InstanceKey and RefreshToken claims in
        // an innocent field, a Token field, an InstanceKey header, a JWT in the query; and a
        // bearer that itself carries those claims (its claims are kept, masked).
        const QString claimKey = u"claim-key-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString claimRefresh = u"claim-refresh-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString tokenField = u"token-field-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString headerKey = u"header-key-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray embedded = tests::makeJwt({{u"sub"_s, u"x"_s},
                                                    {u"InstanceKey"_s, claimKey},
                                                    {u"RefreshToken"_s, claimRefresh},
                                                    {u"exp"_s, qint64(4102444800)}});
        secrets << claimKey << claimRefresh << tokenField << headerKey << QString::fromLatin1(embedded);
        tc::ApiRequest r;
        r.method = "POST";
        r.path = u"/v1/Nothing/Here?note="_s + QString::fromLatin1(embedded);
        r.headers = {{"InstanceKey", headerKey.toUtf8()}};
        r.body = QJsonDocument(QJsonObject{{u"Note"_s, QString::fromLatin1(embedded)},
                                           {u"Token"_s, tokenField},
                                           {u"Nested"_s, QJsonObject{{u"NewPassword"_s, tokenField}}}})
                         .toJson(QJsonDocument::Compact);
        r.bearer = QString::fromLatin1(embedded);
        r.label = u"odd"_s;
        r.expect = ApiCall::Expect::Raw;
        ApiCall *odd = api.send(r);
        QVERIFY(waitFinished(odd));

        model.flush();
        QCOMPARE(recorder.size(), 6);
        QCOMPARE(model.rowCount(), 6);
        store->flush();

        // Who and why came along.
        const QList<Exchange> all = recorder.exchanges();
        QCOMPARE(all.at(0).purpose, u"login"_s);
        QCOMPARE(all.at(1).purpose, u"automatic refresh, 80 % of lifetime"_s);
        QCOMPARE(all.at(2).purpose, QString()); // the scope ended
        QCOMPARE(all.at(0).profile, u"Sandbox admin"_s);
        QCOMPARE(all.at(0).session, u"admin session"_s);
        QCOMPARE(model.index(1, tc::TrafficModel::Why).data().toString(), u"automatic refresh, 80 % of lifetime"_s);
        QCOMPARE(model.index(0, tc::TrafficModel::Profile).data().toString(), u"Sandbox admin"_s);
        QVERIFY(all.at(4).bearerSent);
        QVERIFY(!all.at(0).bearerSent);
        // The odd bearer's claims are kept for explaining a 401, its secret claims masked.
        QCOMPARE(all.at(5).bearerClaims.value(u"sub"_s).toString(), u"x"_s);
        QVERIFY(all.at(5).bearerClaims.contains(u"InstanceKey"_s));
        QCOMPARE(all.at(0).envelopeStatus.value_or(-1), 200);

        // Table, curl, HAR, history file (and its WAL).
        const QString table = tableText(model);
        QString curl;
        for (const Exchange &x : all)
            curl += tc::Curl::command(x);
        const QByteArray har = tc::Har::toBytes(all);
        const QByteArray disk = readAll(path) + readAll(path + u"-wal"_s);
        QVERIFY(disk.contains("Auth/Login")); // the history holds the exchanges...
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!table.contains(secret), qPrintable(u"table shows "_s + secret.left(12)));
            QVERIFY2(!curl.contains(secret), qPrintable(u"curl shows "_s + secret.left(12)));
            QVERIFY2(!har.contains(secret.toUtf8()), qPrintable(u"HAR holds "_s + secret.left(12)));
            QVERIFY2(!disk.contains(secret.toUtf8()), qPrintable(u"history file holds "_s + secret.left(12)));
        }
        // The originals kept in memory do hold them (so the scan above means something), and none
        // of them reached the file.
        QByteArray originals;
        for (const Exchange &x : all) {
            const auto o = recorder.unredacted(x.id);
            QVERIFY(o);
            originals += o->url.toEncoded() + o->requestBody + o->replyBody;
            for (const auto &h : o->requestHeaders)
                originals += h.second;
        }
        for (const QString &secret :
             {m_sandbox.adminPassword(), jwt, refresh, m_sandbox.groupInstanceKey(0), headerKey})
            QVERIFY2(originals.contains(secret.toUtf8()), qPrintable(u"not kept: "_s + secret.left(12)));
        // ...and secrets become placeholders in curl.
        QVERIFY(curl.contains(u"\"$TELEMATICS_PASSWORD\""_s));
        QVERIFY(curl.contains(u"\"$TELEMATICS_INSTANCE_KEY\""_s));
        QVERIFY(curl.contains(u"Authorization: Bearer '\"$TELEMATICS_ACCESS_TOKEN\""_s));
        QVERIFY(curl.contains(u"\"$TELEMATICS_REFRESH_TOKEN\""_s));

        // Only its owner may read the history.
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(folder), 0700);
        if (QFile::exists(path + u"-wal"_s))
            QCOMPARE(modeOf(path + u"-wal"_s), 0600);
    }

    // A feed that records only when heard (the CLI without --har): with nothing connected, a
    // client builds no exchange (no record, so nothing redacted), and the call is whole all the
    // same; once a recorder (or a receiver of the client's own signals) listens, every exchange
    // is built again, redacted. A feed left as it is builds every one, heard or not.
    void nobodyRecords_noExchangeIsBuilt_aListenerGetsEveryOneRedacted()
    {
        const QString key = m_sandbox.groupInstanceKey(0);
        QNetworkAccessManager nam;
        tc::TrafficRecorder recorder(&nam);
        QVERIFY(recorder.isListening());
        recorder.setListening(false);
        recorder.feed()->setRecordOnlyWhenHeard(true);
        QVERIFY(!recorder.feed()->isHeard());
        ApiClient api(&nam);
        api.setBaseUrl(m_sandbox.baseUrl());
        api.setTransferTimeout(10000);
        QVERIFY(!api.recordsExchanges());

        ApiCall *unheard = api.registerUser(m_sandbox.groupInstanceId(0), key, {});
        QVERIFY2(waitFinished(unheard) && unheard->ok(), qPrintable(describe(unheard)));
        QVERIFY(!unheard->authResult().deviceToken.isEmpty());
        QVERIFY(unheard->body().contains(unheard->authResult().deviceToken.toUtf8())); // the answer is whole
        QCOMPARE(unheard->exchange().id, quint64(0));
        QVERIFY(unheard->exchange().requestHeaders.isEmpty() && unheard->exchange().replyBody.isEmpty());
        QCOMPARE(recorder.size(), 0);

        // A receiver of the client's own signals is someone.
        {
            QSignalSpy finished(&api, &ApiClient::exchangeFinished);
            QVERIFY(api.recordsExchanges());
            ApiCall *spied = api.registerUser(m_sandbox.groupInstanceId(0), key, {});
            QVERIFY2(waitFinished(spied) && spied->ok(), qPrintable(describe(spied)));
            QCOMPARE(finished.count(), 1);
            const auto x = finished.at(0).at(0).value<Exchange>();
            QCOMPARE(x.id, spied->id());
            QCOMPARE(header(x.requestHeaders, "InstanceKey"), tc::Redactor::mask().toUtf8());
        }
        QVERIFY(!api.recordsExchanges());

        // The recorder listens again: every exchange, started and finished, redacted.
        recorder.setListening(true);
        QVERIFY(recorder.feed()->isHeard() && api.recordsExchanges());
        ApiCall *heard = api.registerUser(m_sandbox.groupInstanceId(0), key, {});
        QVERIFY2(waitFinished(heard) && heard->ok(), qPrintable(describe(heard)));
        QCOMPARE(recorder.size(), 1);
        const Exchange x = recorder.exchanges().constFirst();
        QCOMPARE(x.id, heard->id());
        QVERIFY(x.isFinished());
        QCOMPARE(x.status, 200);
        QCOMPARE(heard->exchange().id, heard->id());
        QCOMPARE(header(x.requestHeaders, "InstanceKey"), tc::Redactor::mask().toUtf8());
        QVERIFY(!x.replyBody.isEmpty());
        for (const QByteArray &part : {x.requestBody, x.replyBody, x.url.toEncoded()})
            QVERIFY(!part.contains(key.toUtf8()) && !part.contains(".eyJ"));
        if (const QString jwt = heard->authResult().accessToken; !jwt.isEmpty())
            QVERIFY(!x.replyBody.contains(jwt.toUtf8()));

        // A feed that was never told otherwise: every exchange is built, heard or not.
        QNetworkAccessManager plain;
        ApiClient always(&plain);
        always.setBaseUrl(m_sandbox.baseUrl());
        always.setTransferTimeout(10000);
        QVERIFY(always.recordsExchanges());
        ApiCall *unlistened = always.registerUser(m_sandbox.groupInstanceId(0), key, {});
        QVERIFY2(waitFinished(unlistened) && unlistened->ok(), qPrintable(describe(unlistened)));
        QCOMPARE(unlistened->exchange().id, unlistened->id());
        QCOMPARE(header(unlistened->exchange().requestHeaders, "InstanceKey"), tc::Redactor::mask().toUtf8());
        delete unheard;
        delete heard;
        delete unlistened;
    }

    void har_isHar12_withEveryRequiredField()
    {
        QNetworkAccessManager nam;
        tc::TrafficRecorder recorder(&nam);
        ApiClient api(&nam);
        api.setBaseUrl(m_sandbox.baseUrl());
        ApiCall *login = api.loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), u"wrong"_s);
        QVERIFY(waitFinished(login));
        ApiCall *get = api.request("GET", u"/v1/Management/users/find?Email=a%40b.c"_s);
        QVERIFY(waitFinished(get));
        const QString file = m_dir.filePath(u"out.har"_s);
        QString error;
        QVERIFY2(tc::Har::write(file, recorder.exchanges(), &error), qPrintable(error));
        QCOMPARE(modeOf(file), 0600);

        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(file), &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        const QJsonObject log = doc.object().value(u"log"_s).toObject();
        QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
        QVERIFY(!log.value(u"creator"_s).toObject().value(u"name"_s).toString().isEmpty());
        QVERIFY(log.value(u"creator"_s).toObject().value(u"version"_s).isString());
        const QJsonArray entries = log.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QVERIFY(QDateTime::fromString(e.value(u"startedDateTime"_s).toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(e.value(u"time"_s).isDouble());
            QVERIFY(e.value(u"cache"_s).isObject());
            const QJsonObject t = e.value(u"timings"_s).toObject();
            for (const QString &k : {u"send"_s, u"wait"_s, u"receive"_s})
                QVERIFY2(t.value(k).isDouble() && t.value(k).toDouble() >= 0, qPrintable(k));
            const QJsonObject req = e.value(u"request"_s).toObject();
            for (const QString &k : {u"method"_s, u"url"_s, u"httpVersion"_s})
                QVERIFY2(req.value(k).isString(), qPrintable(k));
            for (const QString &k : {u"cookies"_s, u"headers"_s, u"queryString"_s})
                QVERIFY2(req.value(k).isArray(), qPrintable(k));
            for (const QString &k : {u"headersSize"_s, u"bodySize"_s})
                QVERIFY2(req.value(k).isDouble(), qPrintable(k));
            const QJsonObject res = e.value(u"response"_s).toObject();
            QVERIFY(res.value(u"status"_s).isDouble());
            for (const QString &k : {u"statusText"_s, u"httpVersion"_s, u"redirectURL"_s})
                QVERIFY2(res.value(k).isString(), qPrintable(k));
            for (const QString &k : {u"cookies"_s, u"headers"_s})
                QVERIFY2(res.value(k).isArray(), qPrintable(k));
            const QJsonObject content = res.value(u"content"_s).toObject();
            QVERIFY(content.value(u"size"_s).isDouble());
            QVERIFY(content.value(u"mimeType"_s).isString());
        }
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(u"request"_s).toObject().value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(first.value(u"response"_s).toObject().value(u"status"_s).toInt(), 401);
        QVERIFY(first.value(u"request"_s).toObject().value(u"postData"_s).toObject().value(u"text"_s).isString());
        const QJsonArray query
                = entries.at(1).toObject().value(u"request"_s).toObject().value(u"queryString"_s).toArray();
        QCOMPARE(query.size(), 1);
        QCOMPARE(query.at(0).toObject().value(u"value"_s).toString(), u"a@b.c"_s);
    }

    void history_isBounded_clearable_andComesBackAfterARestart()
    {
        const QString path = m_dir.filePath(u"bounded/traffic.sqlite"_s);
        {
            QNetworkAccessManager nam;
            tc::TrafficRecorder recorder(&nam);
            tc::TrafficStore store;
            QVERIFY(store.open(path));
            store.setLimit(5);
            recorder.setStore(&store);
            ApiClient api(&nam);
            api.setBaseUrl(m_sandbox.baseUrl());
            for (int i = 0; i < 8; ++i) {
                ApiCall *call = api.request("GET", u"/v1/Management/users/find?Email=n%1%40x.y"_s.arg(i));
                QVERIFY(waitFinished(call));
            }
            store.flush();
            QCOMPARE(store.load(100).size(), 5);
            QVERIFY(store.load(100).last().url.toString().contains(u"n7"_s));
        }
        {
            // A restart: the recorder takes the history in (with new ids) and the model shows it.
            QNetworkAccessManager nam;
            tc::TrafficRecorder recorder(&nam);
            tc::TrafficStore store;
            QVERIFY(store.open(path));
            recorder.setStore(&store);
            QCOMPARE(recorder.size(), 5);
            tc::TrafficModel model;
            model.setRecorder(&recorder);
            QCOMPARE(model.rowCount(), 5);
            QVERIFY(model.index(4, tc::TrafficModel::Path).data().toString().contains(u"n7"_s));
            // Ids of new exchanges never collide with the history's.
            ApiClient api(&nam);
            api.setBaseUrl(m_sandbox.baseUrl());
            ApiCall *call = api.request("GET", u"/v1/Management/users/find?Email=new%40x.y"_s);
            QVERIFY(waitFinished(call));
            QVERIFY(call->id() > recorder.exchanges().at(4).id);

            QSignalSpy cleared(&recorder, &tc::TrafficRecorder::cleared);
            recorder.clear();
            QCOMPARE(cleared.count(), 1);
            QCOMPARE(model.rowCount(), 0);
            store.flush();
            QCOMPARE(store.load(100).size(), 0);
            // The cleared rows are gone from the file's bytes too (secure_delete, VACUUM).
            const QByteArray disk = readAll(path) + readAll(path + u"-wal"_s);
            QVERIFY(!disk.contains("n7%40x.y"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrafficRecording)
#include "TestTrafficRecording.moc"
