#pragma once
// The user group a registration goes into: its InstanceId and its InstanceKey (a secret, masked).
// Shared by the register pages; the main window can fill it from the current profile.
#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace tc {

class SecretEdit;

class RegisterGroupBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit RegisterGroupBox(QWidget *parent = nullptr);

    void setGroup(const QString &instanceId, const QString &instanceKey);
    QString instanceId() const;
    QString instanceKey() const;
    // "" when both are given, else what is missing.
    QString problem() const;
    void showError(const QString &field, const QString &message); // "InstanceId" / "InstanceKey"
    void clearErrors();

    QLineEdit *instanceIdEdit() const { return m_id; }
    SecretEdit *instanceKeyEdit() const { return m_key; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_id;
    SecretEdit *m_key;
    QLabel *m_idError;
    QLabel *m_keyError;
};

} // namespace tc
