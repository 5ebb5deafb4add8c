#include "ui/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace tc {

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

SecretClipboard::~SecretClipboard()
{
    // Do not leave a secret behind when the console quits.
    if (m_timer.isActive()) {
        clearIfUnchanged();
    }
}

QByteArray SecretClipboard::fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void SecretClipboard::copySecret(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    mime->setData(passwordManagerHintFormat(), "secret"_ba);
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_fingerprint = fingerprint(secret);
    m_timer.start(m_clearAfter);
    Q_EMIT copied();
}

void SecretClipboard::clearIfUnchanged()
{
    m_timer.stop();
    if (m_fingerprint.isEmpty()) {
        return;
    }
    QClipboard *cb = QGuiApplication::clipboard();
    if (fingerprint(cb->text(QClipboard::Clipboard)) == m_fingerprint) {
        cb->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
    m_fingerprint.clear();
}

} // namespace tc
