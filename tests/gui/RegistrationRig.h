#pragma once
// What the registration pages need in their GUI tests: a sandbox process, an ApiClient pointed at
// it and a ledger in a temporary folder. Call start() from initTestCase().
#include "SandboxProcess.h"

#include "core/ApiClient.h"
#include "core/Ledger.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

struct RegistrationRig
{
    SandboxProcess sb;
    QTemporaryDir dir;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<tc::ApiClient> api;
    std::unique_ptr<tc::Ledger> ledger;

    // Empty on success, else what went wrong.
    QString start()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!sb.start())
            return sb.errorString();
        nam = std::make_unique<QNetworkAccessManager>();
        api = std::make_unique<tc::ApiClient>(nam.get());
        api->setBaseUrl(sb.baseUrl());
        ledger = std::make_unique<tc::Ledger>();
        if (!ledger->open(dir.filePath(QStringLiteral("ledger.sqlite"))))
            return QStringLiteral("the ledger did not open");
        return {};
    }
};
