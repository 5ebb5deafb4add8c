#pragma once
// Register one user (Registration/Create) with every field of the call. Validation as you type
// (a field's problem shows under it and the Register button waits until none is left); the
// service's Errors[].Key are shown under the matching field. The result: the DeviceToken (with
// Copy), the tokens masked, the ledger's word that the DeviceToken is recorded, and "Log in as
// this user" (loginAsUserRequested, for the main window to open a session card).
#include "core/api/RegistrationProfile.h"
#include "core/registration/RegistrationTarget.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace tc {

class ApiError;
class RegistrationJob;
class RegistrationService;
class RegistrationTargetBox;
class SecretClipboard;

class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterPage(RegistrationService *service, QWidget *parent = nullptr);
    ~RegisterPage() override;

    // Where Register sends (none: the page says what is missing and Register waits).
    void setTarget(const std::optional<RegistrationTarget> &target, const QString &why = {});
    RegistrationTargetBox *targetBox() const { return m_target; }
    // The target of the last registration (what "Log in as this user" belongs to).
    std::optional<RegistrationTarget> lastTarget() const { return m_lastTarget; }

    // The profile the form describes now.
    RegistrationProfile profile() const;
    // Every field's problem (field name -> message), as shown.
    QHash<QString, QString> fieldErrors() const;
    QString fieldError(const QString &field) const;
    // The editor of a field ("FirstName", ..., "CustomToken", "ClientId", "EnableTracking", ...).
    QWidget *editor(const QString &field) const;
    bool canRegister() const;
    bool isBusy() const;

    // After a registration.
    QString resultDeviceToken() const;
    QString resultText() const; // what the result panel says (tokens masked)
    QString ledgerNote() const;

    // Shows the service's Errors under the matching fields; returns how many found a field.
    int showServiceErrors(const ApiError &error);

public Q_SLOTS:
    void registerUser();
    void clearForm();

Q_SIGNALS:
    // "Log in as this user" for the DeviceToken shown (registered into lastTarget()).
    void loginAsUserRequested(const QString &deviceToken);
    void registered(const QString &deviceToken);

private:
    void build();
    void addField(const QString &field, QWidget *editor, const QString &label, QWidget *row = nullptr);
    void validate();
    void onFinished(RegistrationJob *job);
    void setFieldError(const QString &field, const QString &message);

    RegistrationService *m_service;
    QScrollArea *m_scroll = nullptr;
    RegistrationTargetBox *m_target = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QString> m_serviceErrors;
    QLineEdit *m_firstName = nullptr, *m_lastName = nullptr, *m_nickname = nullptr, *m_phone = nullptr,
              *m_email = nullptr, *m_country = nullptr, *m_district = nullptr, *m_city = nullptr, *m_address = nullptr,
              *m_imageUrl = nullptr, *m_inviteCode = nullptr, *m_customToken = nullptr, *m_clientId = nullptr;
    QComboBox *m_gender = nullptr, *m_marital = nullptr;
    QCheckBox *m_hasBirthday = nullptr;
    QDateEdit *m_birthday = nullptr;
    QSpinBox *m_children = nullptr;
    QCheckBox *m_tracking = nullptr, *m_logging = nullptr, *m_enabled = nullptr, *m_createToken = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_register = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_result = nullptr;
    QLineEdit *m_deviceToken = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_ledgerNote = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_loginAs = nullptr;
    SecretClipboard *m_clipboard = nullptr;
    QPointer<RegistrationJob> m_job;
    std::optional<RegistrationTarget> m_lastTarget;
};

} // namespace tc
