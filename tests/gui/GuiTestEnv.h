#pragma once
// Shared set-up of the GUI tests (header only; tests/gui/Test*.cpp include it).
//  - a fresh HOME per test process, with QStandardPaths test mode: the console's settings
//    (profiles.ini) and data (the embedded sandbox's database) start empty;
//  - a keychain service name of its own, so tests running in parallel never meet in the keyring;
//  - services() builds the console's services exactly as main.cpp does;
//  - the English translation is installed as main.cpp installs it, so texts read as a person reads
//    them ("1 entry", "2 entries", not "%n entr(y/ies)").
#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"
#include "ui/ConsoleServices.h"
#include "ui/EmbeddedSandbox.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

class GuiTestEnv
{
public:
    GuiTestEnv()
    {
        QCoreApplication::setApplicationName(u"telematics-console"_s);
        qputenv("HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        installEnglish();
    }

    // The console's English translation (the source language's plural forms), once per process.
    static bool installEnglish()
    {
        static QTranslator *english = nullptr;
        if (!english) {
            english = new QTranslator(QCoreApplication::instance());
            if (!english->load(QStringLiteral(TC_EN_QM)) || !QCoreApplication::installTranslator(english)) {
                qWarning("could not load %s", TC_EN_QM);
                return false;
            }
        }
        return true;
    }

    QString home() const { return m_home.path(); }

    static QString keychainService()
    {
        return u"telematics-console-test-%1-%2"_s.arg(QCoreApplication::applicationName())
                .arg(QCoreApplication::applicationPid());
    }

    std::unique_ptr<tc::ConsoleServices> services(const tc::Clock *clock = nullptr) const
    {
        tc::ConsoleServices::Options o;
        o.keychainService = keychainService();
        o.clock = clock;
        return std::make_unique<tc::ConsoleServices>(std::move(o));
    }

    // Starts the services' embedded sandbox and waits for it.
    static bool startSandbox(tc::ConsoleServices &s)
    {
        if (s.sandbox()->isRunning()) {
            return true;
        }
        QSignalSpy started(s.sandbox(), &tc::EmbeddedSandbox::started);
        s.sandbox()->start();
        return started.wait(20000) || s.sandbox()->isRunning();
    }

    // Writes one secret and waits; true when it was kept.
    static bool writeSecret(tc::ConsoleServices &s, const QString &profile, const QString &item,
                            const QByteArray &value)
    {
        tc::KeychainJob *job = s.profiles()->writeSecret(profile, item, value);
        bool finished = false;
        bool ok = false;
        QObject::connect(job, &tc::KeychainJob::finished, job, [&](tc::KeychainJob *j) {
            ok = j->ok();
            finished = true;
        });
        return QTest::qWaitFor([&] { return finished; }, 15000) && ok;
    }

    // Reads one secret and waits ("" when absent).
    static QByteArray readSecret(tc::ConsoleServices &s, const QString &profile, const QString &item)
    {
        tc::KeychainJob *job = s.profiles()->readSecret(profile, item);
        QByteArray data;
        bool finished = false;
        QObject::connect(job, &tc::KeychainJob::finished, job, [&](tc::KeychainJob *j) {
            data = j->data();
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 15000)) {
            qWarning("keychain read timed out");
        }
        return data;
    }

private:
    QTemporaryDir m_home;
};
