// The traffic table and its filter under QAbstractItemModelTester: batched inserts, an exchange
// finishing in place, the oldest rows dropped in chunks, every filter criterion; and what the
// response viewer says about an answer (ExchangeExplanation).
#include "JwtFactory.h"

#include "core/api/ExchangeFeed.h"
#include "core/traffic/Curl.h"
#include "core/traffic/ExchangeExplainer.h"
#include "core/traffic/TrafficModel.h"
#include "core/traffic/TrafficRecorder.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using tc::Exchange;
using tc::TrafficFilter;
using tc::TrafficModel;

namespace {

Exchange exchange(quint64 id, const QByteArray &method, const QString &path, int status, const QString &profile = {})
{
    Exchange x;
    x.id = id;
    x.method = method;
    x.url = QUrl(u"http://127.0.0.1:1"_s + path);
    x.status = status;
    x.started = QDateTime::fromMSecsSinceEpoch(1700000000000 + qint64(id) * 1000, QTimeZone::utc());
    x.finished = x.started.addMSecs(12);
    x.durationMs = 12;
    x.profile = profile;
    if (status == 0)
        x.errorKind = tc::ApiError::Kind::Network;
    return x;
}

} // namespace

class TestTrafficModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void model_underTheTester_batchesFinishesInPlaceAndDropsTheOldest()
    {
        QNetworkAccessManager nam;
        tc::TrafficRecorder recorder(&nam);
        TrafficModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrafficFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecorder(&recorder);
        model.setMaxRows(100);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Exchange started = exchange(1, "POST", u"/v1/Auth/Login"_s, 0);
        started.durationMs = -1;
        started.finished = {};
        recorder.record(started);
        for (quint64 i = 2; i <= 50; ++i)
            recorder.record(exchange(i, "GET", u"/v1/Management/users/find"_s, 200));
        QCOMPARE(model.rowCount(), 0); // not yet: one batch
        QTRY_COMPARE(model.rowCount(), 50);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0, TrafficModel::Http).data().toString(), u"…"_s);

        // It finishes in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        recorder.record(exchange(1, "POST", u"/v1/Auth/Login"_s, 401));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, TrafficModel::Http).data().toString(), u"401"_s);
        QCOMPARE(model.index(0, TrafficModel::Path).data().toString(), u"/v1/Auth/Login"_s);
        QCOMPARE(model.data(model.index(0, 0), TrafficModel::IsErrorRole).toBool(), true);

        // Past maxRows the oldest go, in one chunk.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (quint64 i = 51; i <= 120; ++i)
            recorder.record(exchange(i, "GET", u"/v1/x"_s, 200));
        model.flush();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 90);
        QCOMPARE(model.row(0).id, quint64(31));
        QCOMPARE(model.rowOf(120), 89);
        QCOMPARE(model.rowOf(5), -1);
        QCOMPARE(filter.rowCount(), 90);

        recorder.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(filter.rowCount(), 0);
    }

    void filter_byMethodStatusClassPathProfileAndErrors()
    {
        TrafficModel model;
        TrafficFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(exchange(1, "POST", u"/v1/Auth/Login"_s, 200, u"A"_s));
        model.add(exchange(2, "POST", u"/v1/Auth/RefreshToken"_s, 401, u"A"_s));
        model.add(exchange(3, "GET", u"/v1/Management/users/find?Email=x"_s, 200, u"B"_s));
        model.add(exchange(4, "POST", u"/v1/Registration/Create"_s, 0, u"B"_s));
        model.add(exchange(5, "DELETE", u"/v1/Management/users/dt"_s, 503, u"B"_s));
        model.flush();
        QCOMPARE(filter.rowCount(), 5);

        TrafficFilter::Criteria c;
        c.method = u"POST"_s;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 3);
        c.statusClass = TrafficFilter::StatusClass::ClientError;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, TrafficModel::Path).data().toString(), u"/v1/Auth/RefreshToken"_s);
        c = {};
        c.statusClass = TrafficFilter::StatusClass::NoAnswer;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 1);
        c = {};
        c.pathText = u"USERS"_s; // any case
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 2);
        c.profile = u"A"_s;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 0);
        c = {};
        c.errorsOnly = true;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 3); // 401, no answer, 503
        // A new matching row shows up without a new filter pass.
        model.add(exchange(6, "GET", u"/v1/y"_s, 500));
        model.add(exchange(7, "GET", u"/v1/z"_s, 200));
        model.flush();
        QCOMPARE(filter.rowCount(), 4);
    }

    void filter_underTheTester_followsFinishesDropsAndCriteriaIncrementally()
    {
        TrafficModel model;
        model.setMaxRows(100);
        TrafficFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrafficFilter::Criteria c;
        c.statusClass = TrafficFilter::StatusClass::ClientError;
        filter.setCriteria(c);

        // Two in flight (no status yet): not 4xx.
        for (quint64 id : {1, 2}) {
            Exchange started = exchange(id, "POST", u"/v1/Auth/Login"_s, 0);
            started.durationMs = -1;
            started.errorKind = tc::ApiError::Kind::None;
            model.add(started);
        }
        for (quint64 i = 3; i <= 60; ++i)
            model.add(exchange(i, "GET", u"/v1/x"_s, i % 2 ? 404 : 200));
        QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
        model.flush();
        QCOMPARE(inserted.count(), 1); // one batch, one insert, no rescan
        QCOMPARE(reset.count(), 0);
        QCOMPARE(filter.rowCount(), 29); // 3, 5, ..., 59
        QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 2);

        // An in-flight row that finishes as a 401 joins the filter in its place; one that
        // finishes as a 200 stays out.
        model.add(exchange(2, "POST", u"/v1/Auth/Login"_s, 401));
        model.add(exchange(1, "POST", u"/v1/Auth/Login"_s, 200));
        QCOMPARE(filter.rowCount(), 30);
        QCOMPARE(filter.index(0, TrafficModel::Http).data().toString(), u"401"_s);
        QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 1);
        QCOMPARE(filter.mapFromSource(model.index(0, 0)), QModelIndex());
        QCOMPARE(filter.mapFromSource(model.index(2, 3)), filter.index(1, 3));
        QCOMPARE(reset.count(), 0);

        // Past maxRows the oldest source rows go: the filter drops its share and shifts the rest.
        const QPersistentModelIndex last = filter.index(filter.rowCount() - 1, 0);
        for (quint64 i = 61; i <= 130; ++i)
            model.add(exchange(i, "GET", u"/v1/y"_s, i % 2 ? 404 : 200));
        model.flush();
        QCOMPARE(model.rowCount(), 90);
        QCOMPARE(filter.rowCount(), 45); // 41, 43, ..., 129
        QCOMPARE(filter.index(0, TrafficModel::Path).data().toString(), u"/v1/x"_s);
        QCOMPARE(model.row(filter.mapToSource(filter.index(0, 0)).row()).id, quint64(41));
        QVERIFY(last.isValid());
        QCOMPARE(model.row(filter.mapToSource(last).row()).id, quint64(59));
        for (int r = 0; r < filter.rowCount(); ++r)
            QCOMPARE(filter.index(r, TrafficModel::Http).data().toString(), u"404"_s);

        // New criteria: one rescan (a reset); a method or profile no row has shows nothing.
        c = {};
        c.pathText = u"/V1/Y"_s;
        filter.setCriteria(c);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(filter.rowCount(), 70);
        c.method = u"PATCH"_s;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(filter.headerData(TrafficModel::Path, Qt::Horizontal).toString(), u"Path"_s); // even with no row
        c = {};
        c.profile = u"nobody"_s;
        filter.setCriteria(c);
        QCOMPARE(filter.rowCount(), 0);
        filter.setCriteria({});
        QCOMPARE(filter.rowCount(), 90);
    }

    void recorder_finishesTheRightOneWhenManyAreInFlightOutOfOrder()
    {
        QNetworkAccessManager nam;
        tc::TrafficRecorder recorder(&nam);
        recorder.setMemoryLimit(3000);
        TrafficModel model;
        model.setRecorder(&recorder);
        // 5,000 started (the first 2,000 fall out of memory), then finished in a shuffled order.
        QList<quint64> ids;
        for (quint64 id = 1; id <= 5000; ++id) {
            Exchange started = exchange(id, "POST", u"/v1/Registration/Create?n=%1"_s.arg(id), 0);
            started.durationMs = -1;
            started.errorKind = tc::ApiError::Kind::None;
            recorder.record(started);
            ids.append(id);
        }
        model.flush();
        QCOMPARE(recorder.size(), 3000);
        QCOMPARE(model.rowCount(), 5000);
        // Those still in memory finish in a shuffled order (a fixed stride through the ids).
        ids = ids.mid(2000);
        for (qsizetype i = 0; i < ids.size(); ++i)
            std::swap(ids[i], ids[(i * 7919) % ids.size()]);
        const auto finish = [&](quint64 id) {
            recorder.record(exchange(id, "POST", u"/v1/Registration/Create?n=%1"_s.arg(id), 200 + int(id % 300)));
        };
        for (quint64 id : std::as_const(ids))
            finish(id);
        QCOMPARE(recorder.size(), 3000); // finished in place, not appended
        for (quint64 id : {quint64(2001), quint64(3333), quint64(5000)}) {
            const int row = model.rowOf(id);
            QCOMPARE(model.row(row).id, id);
            QCOMPARE(model.row(row).status, 200 + int(id % 300));
            QCOMPARE(model.row(row).path, u"/v1/Registration/Create?n=%1"_s.arg(id));
            const auto x = recorder.exchange(id);
            QVERIFY(x);
            QCOMPARE(x->id, id);
            QCOMPARE(x->status, 200 + int(id % 300));
            QCOMPARE(x->url.query(), u"n=%1"_s.arg(id));
        }
        QVERIFY(!recorder.exchange(2000));
        // One whose start fell out of memory is kept again as the newest; the oldest goes.
        finish(7);
        QCOMPARE(recorder.size(), 3000);
        QCOMPARE(recorder.exchange(7)->status, 207);
        QVERIFY(!recorder.exchange(2001));
        QCOMPARE(recorder.exchange(2002)->status, 200 + 2002 % 300);
        QCOMPARE(model.row(model.rowOf(7)).status, 207);
        const QList<Exchange> all = recorder.exchanges();
        QCOMPARE(all.first().id, quint64(2002));
        QCOMPARE(all.last().id, quint64(7));
    }

    void recorder_keepsUnredactedOriginalsOnlyWhenAskedAndBounded()
    {
        QNetworkAccessManager nam;
        tc::TrafficRecorder recorder(&nam);
        tc::ExchangeFeed *feed = recorder.feed();
        QVERIFY(!feed->keepsUnredacted());
        Exchange original = exchange(7, "POST", u"/v1/Auth/Login"_s, 200);
        original.requestBody = R"({"Password":"hunter2"})";
        Q_EMIT feed->unredactedFinished(original);
        QVERIFY(!recorder.unredacted(7)); // not asked for: nothing kept

        recorder.setKeepUnredacted(3, 1 << 20);
        QVERIFY(feed->keepsUnredacted());
        for (quint64 id = 1; id <= 5; ++id) {
            original.id = id;
            Q_EMIT feed->unredactedFinished(original);
        }
        QCOMPARE(recorder.unredactedCount(), 3);
        QVERIFY(!recorder.unredacted(2));
        QCOMPARE(recorder.unredacted(5)->requestBody, original.requestBody);
        // A byte cap too.
        recorder.setKeepUnredacted(3, 400); // one weighs a little over 300
        QCOMPARE(recorder.unredactedCount(), 1);
        recorder.clear();
        QCOMPARE(recorder.unredactedCount(), 0);
        recorder.setKeepUnredacted(0);
        QVERIFY(!feed->keepsUnredacted());
    }

    void explanation_401_byTheTokenSent_data()
    {
        QTest::addColumn<bool>("sent");
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const qint64 at = 1700000000;
        QTest::newRow("none sent") << false << QJsonObject() << u"/v1/Management/users/find"_s
                                   << u"no token was sent"_s;
        QTest::newRow("expired") << true << QJsonObject{{u"exp"_s, at - 120}, {u"role"_s, u"Admin"_s}}
                                 << u"/v1/Management/users/find"_s << u"had expired"_s;
        QTest::newRow("not yet valid") << true
                                       << QJsonObject{{u"nbf"_s, at + 600},
                                                      {u"exp"_s, at + 3600},
                                                      {u"role"_s, u"Admin"_s}}
                                       << u"/v1/Management/users/find"_s << u"not yet valid"_s;
        QTest::newRow("user on admin route") << true << QJsonObject{{u"exp"_s, at + 3600}, {u"DeviceToken"_s, u"dt"_s}}
                                             << u"/v1/Management/users/find"_s << u"is a user's"_s;
        QTest::newRow("login refused") << false << QJsonObject() << u"/v1/Auth/Login"_s
                                       << u"refused these credentials"_s;
    }

    void explanation_401_byTheTokenSent()
    {
        QFETCH(bool, sent);
        QFETCH(QJsonObject, claims);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        Exchange x = exchange(1, "GET", path, 401);
        x.started = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
        x.finished = x.started;
        x.bearerSent = sent;
        x.bearerClaims = claims;
        x.replyBody = R"({"Result":null,"Status":401,"Title":"Unauthorized","Errors":[]})";
        const auto e = tc::ExchangeExplanation::explain(x);
        QVERIFY(e.hasEnvelope);
        QCOMPARE(e.envelopeStatus.value_or(0), 401);
        QVERIFY(!e.statusMismatch);
        QVERIFY2(e.sentences.value(0).contains(expected), qPrintable(e.sentences.join(u" | "_s)));
    }

    void explanation_403_415_429_andAStatusMismatch()
    {
        Exchange forbidden = exchange(1, "GET", u"/v1/Management/users/find"_s, 403);
        forbidden.bearerSent = true;
        forbidden.bearerClaims = {{u"DeviceToken"_s, u"dt"_s}, {u"exp"_s, qint64(4102444800)}};
        QVERIFY(tc::ExchangeExplanation::explain(forbidden).sentences.value(0).contains(u"user's token"_s));

        Exchange media = exchange(2, "POST", u"/v1/Auth/Login"_s, 415);
        media.requestHeaders = {{"Content-Type", "text/plain"}};
        QVERIFY(tc::ExchangeExplanation::explain(media).sentences.value(0).contains(u"text/plain"_s));

        Exchange limited = exchange(3, "POST", u"/v1/Auth/Login"_s, 429);
        limited.replyHeaders = {{"Retry-After", "42"}};
        const auto e = tc::ExchangeExplanation::explain(limited);
        QCOMPARE(e.retryAt, limited.finished.addSecs(42));
        QCOMPARE(e.retryText(limited.finished.addSecs(2)), u"Try again in 40 s."_s);
        QCOMPARE(e.retryText(limited.finished.addSecs(43)), u"You may try again now."_s);

        Exchange mismatch = exchange(4, "GET", u"/v1/Management/users"_s, 200);
        mismatch.replyBody
                = R"({"Result":null,"Status":401,"Title":"Unauthorized","Errors":[{"Key":"a","Message":"b"}]})";
        const auto m = tc::ExchangeExplanation::explain(mismatch);
        QVERIFY(m.statusMismatch);
        QCOMPARE(m.title, u"Unauthorized"_s);
        QCOMPARE(m.errors.size(), 1);
    }

    void curl_quotesForAShell_andNamesEveryPlaceholder()
    {
        Exchange x = exchange(1, "POST", u"/v1/Auth/Login"_s, 200);
        x.requestHeaders = {{"Content-Type", "application/json"},
                            {"InstanceKey", tc::Redactor::mask().toUtf8()},
                            {"Authorization", "Bearer " + tc::Redactor::mask().toUtf8()},
                            {"User-Agent", "telematics-console/x"}};
        x.requestBody = tc::Redactor::redactBody("{\"LoginFields\":{\"Email\":\"o'neil@x.y\"},\"Password\":\"p\"}");
        const QString cmd = tc::Curl::command(x);
        QVERIFY2(cmd.contains(u"-X POST 'http://127.0.0.1:1/v1/Auth/Login'"_s), qPrintable(cmd));
        QVERIFY2(cmd.contains(u"-H 'InstanceKey: '\"$TELEMATICS_INSTANCE_KEY\""_s), qPrintable(cmd));
        QVERIFY2(cmd.contains(u"o'\\''neil"_s), qPrintable(cmd)); // a quote inside single quotes
        QVERIFY2(cmd.contains(u"\"Password\":\"'\"$TELEMATICS_PASSWORD\"'\"}'"_s), qPrintable(cmd));
        QVERIFY(!cmd.contains(u"User-Agent"_s));
        QCOMPARE(tc::Curl::variables(x),
                 (QStringList{u"TELEMATICS_INSTANCE_KEY"_s, u"TELEMATICS_ACCESS_TOKEN"_s, u"TELEMATICS_PASSWORD"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTrafficModel)
#include "TestTrafficModel.moc"
