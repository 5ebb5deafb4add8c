#pragma once
// The side panel: the profiles (with where they point and their session's state) and what a
// person does with them: Log in (or, for a group key, register a user and log in), New, Edit,
// Delete. Enter logs in; Delete deletes (after asking).
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace tc {

class OpenSessions;
class ProfileStore;

class ProfileList : public QWidget
{
    Q_OBJECT
public:
    ProfileList(ProfileStore *profiles, OpenSessions *sessions, QWidget *parent = nullptr);

    QString currentProfile() const;
    void setCurrentProfile(const QString &name);
    QStringList shownProfiles() const;
    // The text of a profile's row (name, environment, kind, session state).
    QString rowText(const QString &name) const;

    QListWidget *list() const { return m_list; }
    QPushButton *loginButton() const { return m_login; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }

public Q_SLOTS:
    void reload();
    // Triggers the primary action of the current profile (Log in / Register a user).
    void activateCurrent();

Q_SIGNALS:
    void currentProfileChanged(const QString &name);
    void loginRequested(const QString &name);
    void registerUserRequested(const QString &groupProfileName);
    void newRequested();
    void editRequested(const QString &name);
    void removeRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRow(const QString &name);
    void updateButtons();
    QListWidgetItem *item(const QString &name) const;

    ProfileStore *m_profiles;
    OpenSessions *m_sessions;
    QListWidget *m_list;
    QPushButton *m_login;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace tc
