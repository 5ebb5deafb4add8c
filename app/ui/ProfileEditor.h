#pragma once
// Creates and edits a profile: every field, secrets masked with a reveal toggle, validation as
// you type (URL, UUID-shaped InstanceID and DeviceToken, e-mail, a UBI user's phone), and "Test login" with the
// outcome inline (progress and Cancel while it runs). Secrets go to the keychain, never to
// QSettings. Open it with open() (window-modal, no nested event loop).
#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/profiles/Profile.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QScrollArea;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tc {

class LoginAttempt;
class LoginBudget;
class OpenSessions;
class ProfileStore;
class SecretEdit;

class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    ProfileEditor(ProfileStore *profiles, OpenSessions *sessions, LoginBudget *budget, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // A blank profile.
    void editNew();
    // Chooses the kind of a new profile (e.g. a group key from a registration page).
    void presetKind(ProfileKind kind);
    // An existing profile; its secrets are read from the keychain (async) into the masked fields.
    void editExisting(const Profile &profile);

    // The profile as the fields say (secrets excluded).
    Profile profile() const;
    QString originalName() const { return m_original; }

    // Problems with the fields, one per field, in words (empty when all is fine).
    QStringList problems() const;
    // The problem shown under a field ("" when none).
    QString problemFor(QWidget *field) const;

    static bool isUuid(const QString &text);
    static bool isEmail(const QString &text);
    static QString urlProblem(const QString &text);

    // Fields (for tests and the keyboard).
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *environmentBox() const { return m_environment; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *instanceIdEdit() const { return m_instanceId; }
    QLineEdit *emailEdit() const { return m_email; }
    SecretEdit *passwordEdit() const { return m_password; }
    SecretEdit *deviceTokenEdit() const { return m_deviceToken; }
    SecretEdit *instanceKeyEdit() const { return m_instanceKey; }
    // UBI user: phone number or e-mail (the combo box), the login, the user's own password.
    QComboBox *ubiLoginKindBox() const { return m_ubiLoginKind; }
    QLineEdit *ubiLoginEdit() const { return m_ubiLogin; }
    SecretEdit *userPasswordEdit() const { return m_userPassword; }
    QComboBox *loginFieldsBox() const { return m_loginFields; }
    QPushButton *testLoginButton() const { return m_test; }
    QPushButton *cancelTestButton() const { return m_cancelTest; }
    QPushButton *saveButton() const;
    QString testResult() const;
    QString saveError() const;
    bool isTesting() const { return !m_attempt.isNull(); }
    // The person typed or picked something since the profile was loaded (Escape then asks first).
    bool isEdited() const { return m_edited; }

    // Escape, Cancel or closing the window: asks before discarding what was entered.
    void reject() override;

public Q_SLOTS:
    void testLogin();
    void save();

Q_SIGNALS:
    void saved(const QString &name);
    void testFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validate();
    void markEdited() { m_edited = true; }
    void kindOrEnvironmentChanged();
    void setProblem(QWidget *field, const QString &problem);
    void onTestFinished(LoginAttempt *attempt);
    void showTestResult(bool ok, const QString &text);
    void revealTestResult();
    void writeSecretsThenFinish(const Profile &p);
    void loadSecret(const QString &item, SecretEdit *edit);

    ProfileStore *m_profiles;
    OpenSessions *m_sessions;
    LoginBudget *m_budget;
    QString m_original;
    bool m_edited = false;
    QHash<QString, QString> m_loadedSecrets; // item -> value as read (to write only changes)

    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_environment;
    QLineEdit *m_url;
    QLineEdit *m_caFile; // a private CA (PEM), Custom environment only
    QLineEdit *m_pin;    // the SHA-256 pin of the service's certificate, Custom only
    QWidget *m_caFileRow = nullptr;
    QComboBox *m_kind;
    QLineEdit *m_instanceId;
    QLabel *m_instanceIdLabel;
    QLineEdit *m_email;
    SecretEdit *m_password;
    SecretEdit *m_deviceToken;
    SecretEdit *m_instanceKey;
    QComboBox *m_ubiLoginKind;
    QLineEdit *m_ubiLogin;
    QWidget *m_ubiLoginRow;
    SecretEdit *m_userPassword;
    QComboBox *m_loginFields;
    QGroupBox *m_paths;
    QHash<QString, QLineEdit *> m_pathEdits;
    QHash<QWidget *, QLabel *> m_problemLabels;
    QPushButton *m_test;
    QPushButton *m_cancelTest;
    QProgressBar *m_progress;
    QLabel *m_testResult;
    QScrollArea *m_scroll = nullptr;
    bool m_revealTestResult = false; // scroll to the result once it is laid out
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    QPointer<ApiClient> m_api;
    QPointer<LoginAttempt> m_attempt;
    int m_pendingWrites = 0;
};

} // namespace tc
