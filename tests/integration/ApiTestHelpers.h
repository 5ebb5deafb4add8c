#pragma once
// Shared by the TestApiClient* integration tests (header only; not a test itself).
#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

namespace apitest {

// Keeps the call alive after finished() and waits for that signal (never sleeps: the spy returns
// as soon as the signal arrives).
inline bool waitFinished(tc::ApiCall *call, int timeoutMs = 15000)
{
    if (!call)
        return false;
    call->setAutoDelete(false);
    if (call->isFinished()) // finished() already emitted (e.g. while waiting for another call)
        return true;
    QSignalSpy spy(call, &tc::ApiCall::finished);
    return spy.wait(timeoutMs) || spy.count() > 0;
}

inline QString describe(const tc::ApiCall *call)
{
    if (!call)
        return QStringLiteral("no call");
    return tc::ApiError::kindName(call->error().kind()) + QStringLiteral(": ") + call->error().message()
           + QStringLiteral(" | body: ") + QString::fromUtf8(call->body().left(400));
}

inline bool containsDeviceToken(const QJsonArray &users, const QString &deviceToken)
{
    for (const QJsonValue &u : users) {
        if (u.toObject().value(QStringLiteral("DeviceToken")).toString().compare(deviceToken, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

inline QByteArray header(const tc::HeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

inline bool hasHeader(const tc::HeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace apitest

#define TC_FINISH(call) QVERIFY2(apitest::waitFinished(call), "the call did not finish in time")
#define TC_VERIFY_OK(call) QVERIFY2((call)->ok(), qPrintable(apitest::describe(call)))
