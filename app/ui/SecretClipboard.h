#pragma once
// Copies secrets to the clipboard the way password managers do (after KeePassXC gui/Clipboard):
// the MIME data carries the text and `x-kde-passwordManagerHint: secret` (clipboard managers then
// keep no history of it), and the clipboard is cleared after clearAfter() if it still holds what
// was copied. Only a hash of the secret is kept to recognise it.
#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace tc {

class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultClearAfter{30000};
    static QString passwordManagerHintFormat() { return QStringLiteral("x-kde-passwordManagerHint"); }

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    std::chrono::milliseconds clearAfter() const { return m_clearAfter; }
    void setClearAfter(std::chrono::milliseconds t) { m_clearAfter = t; }

    void copySecret(const QString &secret);
    // A secret copied by us is still on the clipboard and will be cleared.
    bool isPending() const { return m_timer.isActive(); }

public Q_SLOTS:
    // Clears the clipboard now if it still holds the copied secret.
    void clearIfUnchanged();

Q_SIGNALS:
    void copied();
    void cleared();

private:
    static QByteArray fingerprint(const QString &text);
    QTimer m_timer;
    QByteArray m_fingerprint;
    std::chrono::milliseconds m_clearAfter = DefaultClearAfter;
};

} // namespace tc
