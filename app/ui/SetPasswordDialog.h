#pragma once
// "Set password…" for a UBI user (a user registered with a phone number or e-mail, who logs in
// with them and a password of their own). The new password is typed twice into masked fields; it
// is never shown, logged or kept anywhere but the keychain (the UBI profile's item, when there is
// one). A note says that the vendor's own flow sends passwords by SMS or e-mail, and that this sets
// one directly. The work is core's UserPasswordChange: through an admin session (set or reset), or
// the user's own session (a change; the current password comes from the profile's keychain item).
// Open it with open() (window-modal, no nested event loop).
#include "core/auth/UserPasswordChange.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace tc {

class ApiClient;
class ProfileStore;
class SecretEdit;
class Session;

class SetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QString deviceToken;
        QString who;                      // how the user is named here: the phone or e-mail, else the DeviceToken
        Session *via = nullptr;           // the session whose token sends the call
        ApiClient *api = nullptr;         // the client of that session's profile
        QString viaName;                  // its profile's name, for the note
        bool ownSession = false;          // `via` is the user's own session (a change, not an admin's reset)
        QString keepInProfile;            // the user's UBI profile: the new password is kept there
        QPointer<Session> profileSession; // that profile's open session, if any
    };

    SetPasswordDialog(ProfileStore *profiles, QWidget *parent = nullptr);
    ~SetPasswordDialog() override;

    void setTarget(const Target &target);

    // Why the typed passwords cannot be sent ("" when they can).
    static QString passwordProblem(const QString &password, const QString &repeated);

    SecretEdit *newPasswordEdit() const { return m_new; }
    SecretEdit *repeatEdit() const { return m_repeat; }
    QPushButton *setButton() const;
    QString noteText() const;
    QString problemText() const; // the problem under the fields ("" when none)
    QString resultText() const;  // the outcome after Set ("" before)
    bool isBusy() const { return !m_change.isNull(); }

Q_SIGNALS:
    // The password was set (and, with a UBI profile, kept in its keychain item, unless keychainProblem says why not).
    void passwordSet(const QString &who, const QString &keychainProblem);

private:
    void validate();
    void send();
    void onFinished(UserPasswordChange *change);
    void showResult(bool ok, const QString &text);

    ProfileStore *m_profiles;
    Target m_target;
    QLabel *m_title;
    QLabel *m_note;
    SecretEdit *m_new;
    SecretEdit *m_repeat;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPointer<UserPasswordChange> m_change;
};

} // namespace tc
