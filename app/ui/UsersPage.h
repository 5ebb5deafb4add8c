#pragma once
// The Users work area: support staff look a user up (DeviceToken, e-mail, phone, ClientId, first,
// last or full name) or page through a group (Management/users/GetFilteredPage); admins change a
// profile, UserFields and Status (only what changed is sent; the service's Errors land on their
// fields; the user is read back), move a user to another group (the group's InstanceKEY read from
// a group-key profile's keychain entry when Move is pressed, never typed here) or delete it (the
// user shown, the DeviceToken's last 8 characters typed to confirm). With a user session it reads
// that user's own profile ("My profile"). Everything goes through core's UserAdmin; deletions and
// moves are recorded in the ledger.
#include "core/users/ManagedUser.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tc {

class OpenSessions;
class RegistrationService;
class UserAdmin;
class UserTask;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, DeviceTokenColumn, EmailColumn, PhoneColumn, ClientIdColumn, GroupColumn, StatusColumn };

    UsersPage(OpenSessions *sessions, RegistrationService *registration, QWidget *parent = nullptr);
    ~UsersPage() override;

    // "Find this user": an admin session (the chosen one, else the first open one) looks the
    // DeviceToken up and shows it.
    void findDeviceToken(const QString &deviceToken);
    // Picks the session of this profile in the picker (false when it is not open).
    bool selectSession(const QString &profileName);

    // What is shown (tests, screen readers).
    QString sessionProfile() const;
    QString statusText() const;
    QString resultText() const;
    QTableWidget *results() const { return m_table; }
    std::optional<ManagedUser> shownUser() const { return m_user; }
    QString fieldError(const QString &field) const;
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *moveButton() const { return m_move; }
    QComboBox *moveTargetPicker() const { return m_moveTarget; }
    // "Set password…": the login password of a UBI user (a user with a phone or e-mail), set by the
    // admin session through SetPasswordDialog.
    QPushButton *setPasswordButton() const { return m_setPassword; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // A task finished (for tests; the page shows the outcome itself).
    void taskFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    QWidget *buildDetails();
    void fillSessions();
    void onSessionChanged();
    UserAdmin *admin();
    bool adminSessionChosen() const;
    void find();
    void listGroup(int pageNumber);
    void showPageLabel();
    // A single user is shown at once; `ownProfile`: it is a user session's own (read only).
    void showResults(const QList<ManagedUser> &users, const QString &none, bool ownProfile = false);
    void showNoPage();                        // the results are no group's page: no page line, no Previous / Next
    void replaceRow(const ManagedUser &user); // the row of that user, as read back
    void showUser(const std::optional<ManagedUser> &user);
    void showLedgerHistory();
    void save();
    void moveUser();
    void deleteUser();
    void setPassword();
    void myProfile();
    void updateConfirm();
    void fillMoveTargets();
    void setBusy(bool busy, const QString &status = {});
    void setStatus(const QString &text, bool error = false);
    void clearFieldErrors();
    QHash<QString, QJsonValue> formValues() const;
    // Connects the task's end: busy off, then `done`.
    void onFinished(UserTask *task, std::function<void(UserTask *)> done);

    OpenSessions *m_sessions;
    RegistrationService *m_registration;
    std::unique_ptr<UserAdmin> m_admin;
    QString m_adminProfile; // the profile m_admin was made for
    QString m_shownSession; // the session the page was last set up for

    QComboBox *m_session;
    QLabel *m_sessionNote;
    QPushButton *m_myProfile;
    QComboBox *m_key;
    QLineEdit *m_value;
    QPushButton *m_find;
    QComboBox *m_group;
    QPushButton *m_list;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    QLabel *m_resultNote;
    QTableWidget *m_table;
    QLabel *m_status;

    QWidget *m_details;
    QLabel *m_userTitle;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QPushButton *m_save;
    QPushButton *m_revert;
    QGroupBox *m_passwordBox;
    QLabel *m_passwordNote;
    QPushButton *m_setPassword;
    QGroupBox *m_moveBox;
    QComboBox *m_moveTarget;
    QLabel *m_moveNote;
    QPushButton *m_move;
    QGroupBox *m_deleteBox;
    QLabel *m_deleteWho;
    QLineEdit *m_confirm;
    QLabel *m_confirmHint;
    QPushButton *m_delete;
    QPlainTextEdit *m_allFields;
    QLabel *m_history;

    QList<ManagedUser> m_users;
    std::optional<ManagedUser> m_user;
    bool m_ownProfile = false; // m_user is a user session's own profile (read only)
    int m_page = 0;            // the page shown (0: a find, not a page)
    int m_pageCount = 1;       // ...of how many
    qint64 m_groupUsers = 0;   // the users in the group paged through, as last read (less those deleted since)
    bool m_busy = false;
};

} // namespace tc
