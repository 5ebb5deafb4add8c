#pragma once
// The console's window. At the side: the work areas (a navigation list; Ctrl+1..n) and the
// profiles with their sessions. On top: the environment banner of the selected profile and calm
// message strips (first run, keychain, sandbox). Below: a status bar with the connection state.
//
// Start-up stays lean: the window is shown first; startUp() (queued after the first show) probes
// the keychain, starts the embedded sandbox when a profile needs it (or on the first run, when it
// also creates the "Local sandbox — admin" and "Local sandbox — user group" profiles) and resumes
// kept sessions. Pages other than Sessions are created when first shown.
//
// Other pages join through addPage() (a widget, or a factory for a lazily created one).
#include "ui/BulkPage.h"
#include "ui/LayoutMemory.h"
#include "ui/LedgerPage.h"
#include "ui/ProfileEditor.h"
#include "ui/RegisterManyPage.h"
#include "ui/RegisterPage.h"

#include <QIcon>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace tc {

class ConsoleServices;
struct RegistrationTarget;
class UserProfileJob;
class ElidedLabel;
class EnvironmentBanner;
class InfoStrip;
class ProfileList;
class SecretClipboard;
class Session;
class TokenInspector;
class TokenPanel;
class UsersPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using PageFactory = std::function<QWidget *()>;

    static QString adminProfileName();     // "Local sandbox — admin"
    static QString userGroupProfileName(); // "Local sandbox — user group"

    explicit MainWindow(ConsoleServices *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a work area to the navigation list (and a Ctrl+<n> shortcut for the first nine).
    // Returns its index. The factory variant creates the page the first time it is shown.
    int addPage(const QString &title, const QIcon &icon, QWidget *page);
    int addPage(const QString &title, const QIcon &icon, PageFactory factory);
    int pageCount() const { return int(m_pages.size()); }
    QString pageTitle(int index) const;
    int pageIndex(const QString &title) const;
    bool isPageCreated(int index) const;
    // The page (created if needed).
    QWidget *page(int index);
    int currentPage() const;
    void setCurrentPage(int index);

    ConsoleServices *services() const { return m_services; }
    TokenPanel *tokenPanel();
    TokenInspector *inspector();
    ProfileList *profileList() const { return m_profileList; }
    EnvironmentBanner *banner() const { return m_banner; }
    InfoStrip *keychainStrip() const { return m_keychainStrip; }
    InfoStrip *sandboxStrip() const { return m_sandboxStrip; }
    InfoStrip *messageStrip() const { return m_messageStrip; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    QString connectionText() const;
    QString sandboxText() const;
    QString keychainText() const;
    // The profile editor opened last (null when closed).
    ProfileEditor *profileEditor() const { return m_editor; }
    // The Users work area (created if needed).
    UsersPage *usersPage();

    // Whether startUp() starts the embedded sandbox: Auto on the first run (no profile yet) and when
    // the current profile is a sandbox one (then, or when one becomes current later, until the
    // sandbox was started once), or as the command line says (--sandbox, --no-sandbox: never on
    // its own; a login or the Sandbox menu still starts it).
    enum class SandboxAtStart { Auto, Always, Never };
    void setSandboxAtStart(SandboxAtStart when) { m_sandboxAtStart = when; }

    bool isStartedUp() const { return m_startedUp; }
    // A registration or a bulk run is in progress on one of the pages.
    bool isBusy() const;
    // Remembers the layout (LayoutMemory) for these screens; closing the window does it too.
    void saveLayout();
    // Shows the window un-minimised, raised and active (a second launch asked for it).
    void bringToFront();
    // Whether startUp() runs on its own after the first paint (default true).
    void setAutoStartUp(bool on) { m_autoStartUp = on; }

public Q_SLOTS:
    // Start-up work after the first show (idempotent; called by showEvent, queued).
    void startUp();
    void logIn(const QString &profileName);
    // "Log in" on a group-key profile: explains that a group key cannot log in and asks whether to
    // register a new user (ledger first) and log in as that user.
    void registerUserAndLogIn(const QString &groupProfileName);
    void newProfile();
    void editProfile(const QString &profileName);
    void removeProfile(const QString &profileName);
    void startSandbox();
    void stopSandbox();
    void inspectSession(tc::Session *session);
    // "Set password…" of a user's card: through an admin session of the same service when one is
    // logged in, else (a UBI user) the user's own (SetPasswordDialog).
    void setUserPassword(tc::Session *session, const QString &profileName);
    // Saves a user profile for a DeviceToken registered into `target` and logs it in.
    void logInAsRegisteredUser(const tc::RegistrationTarget &target, const QString &deviceToken);
    // Opens the profile editor for a new group-key profile.
    void newGroupKeyProfile();
    // "Find this user" (a token card, the inspector, a ledger row): the Users area looks the
    // DeviceToken up with an admin session.
    void findUser(const QString &deviceToken);
    // Opens Preferences (window-modal, returns at once). A new language is saved and applied,
    // then languageChanged() asks for the window to be built anew (ConsoleWindow does it); while a
    // registration or bulk run is in progress it is saved for the next start instead.
    void openPreferences();

Q_SIGNALS:
    // The language changed: this window should be replaced by one built in it.
    void languageChanged();
    // The first-run profiles exist and their secrets were written.
    void firstRunCompleted();
    // The keychain probe finished (ok or not).
    void keychainChecked(bool ok);
    // The window painted itself for the first time (start-up work begins right after).
    void firstPainted();
    // A profile created by "Register a user and log in".
    void userProfileCreated(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Page
    {
        QString title;
        QIcon icon;
        PageFactory factory;
        QWidget *widget = nullptr;
    };

    void buildMenus();
    // The key of a page's widgets in the layout memory: its objectName, else "page<index>".
    QString pageScope(int index) const;
    void addGoAction(int index);
    void onSandboxStarted();
    void onSandboxFailed(const QString &error);
    void createFirstRunProfiles();
    void resumeKeptSessions(bool sandboxProfiles);
    bool currentProfileIsSandbox() const;
    void updateBanner();
    void updateStatus();
    void showError(const QString &text);
    // "Ann Lee (ClientId c-1)" for a DeviceToken the ledger knows ("" when it does not).
    QString userLabel(const QString &deviceToken) const;
    // An info line, with an optional button (one action at a time; the next message replaces it).
    void showInfo(const QString &text, const QString &action = {}, std::function<void()> onAction = {});
    void addRegistrationPages();
    void addUsersPage();
    void reportLedgerProblem();
    void registerConfirmedUser(const QString &groupProfileName);
    void onUserProfileSaved(UserProfileJob *job, const QString &groupProfileName);
    // Points the registration pages at one target: the group-key profile the person picked, else
    // the one that belongs to the selected profile's service, else none (the pages say so).
    void updateRegistrationTarget();

    ConsoleServices *m_services;
    SecretClipboard *m_clipboard;
    EnvironmentBanner *m_banner;
    InfoStrip *m_keychainStrip;
    InfoStrip *m_sandboxStrip;
    InfoStrip *m_messageStrip;
    QListWidget *m_navigation;
    ProfileList *m_profileList;
    QStackedWidget *m_stack;
    ElidedLabel *m_connectionLabel; // one short line; never widens the window
    QLabel *m_sandboxLabel;
    QLabel *m_keychainLabel;
    LayoutMemory m_layout;
    QSplitter *m_sides = nullptr;
    bool m_layoutRestored = false;
    QMenu *m_goMenu = nullptr;
    QAction *m_startSandbox = nullptr;
    QAction *m_stopSandbox = nullptr;
    QList<Page> m_pages;
    int m_sessionsPage = -1;
    int m_inspectorPage = -1;
    QPointer<ProfileEditor> m_editor;
    QString m_pickedTarget; // a group-key profile picked on a registration page
    QPointer<RegisterPage> m_registerPage;
    QPointer<RegisterManyPage> m_registerManyPage;
    QPointer<BulkPage> m_bulkPage;
    QPointer<LedgerPage> m_ledgerPage;
    int m_usersPageIndex = -1;
    QStringList m_pendingLogins; // sandbox profiles waiting for the sandbox
    QStringList m_pendingRegistrations;
    bool m_startedUp = false;
    bool m_painted = false;
    bool m_autoStartUp = true;
    SandboxAtStart m_sandboxAtStart = SandboxAtStart::Auto;
    bool m_firstRun = false;
    bool m_firstRunNoteShown = false;      // the first-run note ("nothing here touches production") is up
    std::function<void()> m_messageAction; // the message strip's button, when it has one
    bool m_resumedSandboxSessions = false;
    int m_navigationRowHeight = 0; // a work area's row in the navigation, measured once
    bool m_sandboxTried = false;   // startSandbox() ran: a selection no longer starts it on its own
};

} // namespace tc
