#include "ui/MainWindow.h"

#include "ui/Language.h"
#include "ui/PreferencesDialog.h"

#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/services/RegistrationService.h"
#include "core/services/SandboxProfiles.h"
#include "ui/ConsoleServices.h"
#include "ui/ElidedLabel.h"
#include "ui/EmbeddedSandbox.h"
#include "ui/EnvironmentBanner.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"
#include "ui/InfoStrip.h"
#include "ui/MessageBox.h"
#include "ui/ProfileEditor.h"
#include "ui/ProfileList.h"
#include "ui/RegistrationTargetBox.h"
#include "ui/SecretClipboard.h"
#include "ui/SelectionFollows.h"
#include "ui/SetPasswordDialog.h"
#include "ui/TokenInspector.h"
#include "ui/TokenPanel.h"
#include "ui/TrafficPage.h"
#include "ui/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.ui.window", QtInfoMsg)
}

namespace tc {

QString MainWindow::adminProfileName()
{
    return SandboxProfiles::adminProfileName();
}

QString MainWindow::userGroupProfileName()
{
    return SandboxProfiles::userGroupProfileName();
}

MainWindow::MainWindow(ConsoleServices *services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_clipboard(new SecretClipboard(this)),
      m_banner(new EnvironmentBanner), m_keychainStrip(new InfoStrip), m_sandboxStrip(new InfoStrip),
      m_messageStrip(new InfoStrip), m_navigation(new QListWidget),
      m_profileList(new ProfileList(services->profiles(), services->sessions())), m_stack(new QStackedWidget),
      m_connectionLabel(new ElidedLabel), m_sandboxLabel(new QLabel), m_keychainLabel(new QLabel),
      m_layout(services->settings())
{
    Icons::initResources();
    setWindowTitle(tr("Telematics Console"));
    // Its icon is the application's (main.cpp sets it once the window has painted).

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    auto *strips = new QVBoxLayout;
    strips->setContentsMargins(6, 4, 6, 0);
    m_keychainStrip->setAccessibleName(tr("Keychain message"));
    m_sandboxStrip->setAccessibleName(tr("Sandbox message"));
    m_messageStrip->setAccessibleName(tr("Message"));
    strips->addWidget(m_keychainStrip);
    strips->addWidget(m_sandboxStrip);
    strips->addWidget(m_messageStrip);
    layout->addLayout(strips);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"Sides"_s);
    m_sides = splitter;
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    auto *navTitle = new QLabel(tr("&Work areas"));
    QFont bold = navTitle->font();
    bold.setBold(true);
    navTitle->setFont(bold);
    navTitle->setBuddy(m_navigation);
    sideLayout->addWidget(navTitle);
    m_navigation->setAccessibleName(tr("Work areas"));
    m_navigation->setObjectName(u"WorkAreas"_s);
    m_navigation->setUniformItemSizes(true); // one line and one icon each
    m_navigation->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    sideLayout->addWidget(m_navigation);
    sideLayout->addSpacing(fontMetrics().height() / 2);
    sideLayout->addWidget(m_profileList, 1);
    splitter->addWidget(side);
    m_stack->setAccessibleName(tr("Work area"));
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    const int sideWidth = fontMetrics().averageCharWidth() * 40;
    splitter->setSizes({sideWidth, sideWidth * 3});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Their names stay their text (a screen reader reads the value); the description says what it is.
    m_connectionLabel->setObjectName(u"Connection"_s);
    m_connectionLabel->setAccessibleDescription(tr("Connection"));
    m_sandboxLabel->setObjectName(u"SandboxState"_s);
    m_sandboxLabel->setAccessibleDescription(tr("Local sandbox state"));
    m_keychainLabel->setObjectName(u"KeychainState"_s);
    m_keychainLabel->setAccessibleDescription(tr("Keychain state"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_sandboxLabel);
    statusBar()->addPermanentWidget(m_keychainLabel);

    buildMenus();

    m_sessionsPage = addPage(tr("Sessions"), Icons::get(Icons::Sessions), [this] {
        auto *panel = new TokenPanel(m_services->sessions(), m_services->clock(), m_clipboard);
        connect(panel, &TokenPanel::inspectRequested, this, &MainWindow::inspectSession);
        connect(panel, &TokenPanel::findUserRequested, this, &MainWindow::findUser);
        connect(panel, &TokenPanel::setPasswordRequested, this, &MainWindow::setUserPassword);
        connect(panel, &TokenPanel::message, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
        connect(panel, &TokenPanel::startSandboxRequested, this, &MainWindow::startSandbox);
        panel->setUserLookup([this](const QString &deviceToken) { return userLabel(deviceToken); });
        panel->setSandboxStopped(m_services->sandbox()->state() == EmbeddedSandbox::State::Stopped
                                 || m_services->sandbox()->state() == EmbeddedSandbox::State::Failed);
        return panel;
    });
    m_inspectorPage = addPage(tr("Inspector"), Icons::get(Icons::Inspector), [this] {
        auto *inspector = new TokenInspector(m_services->sessions(), m_services->clock());
        connect(inspector, &TokenInspector::findUserRequested, this, &MainWindow::findUser);
        return inspector;
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            setCurrentPage(row);
        }
    });
    makeSelectionCurrent(m_navigation); // a screen reader selects without making current
    addRegistrationPages();
    addUsersPage();
    addPage(tr("Traffic"), Icons::get(Icons::Traffic), [this] { return new TrafficPage(m_services); });

    connect(m_profileList, &ProfileList::currentProfileChanged, this, [this] {
        updateBanner();
        updateStatus();
        m_pickedTarget.clear(); // a new selection: its own service's group, never the last one's
        updateRegistrationTarget();
        // "Nothing here touches production" is no longer true once a production profile is chosen.
        const auto p = m_services->profiles()->profile(m_profileList->currentProfile());
        if (m_firstRunNoteShown && p && p->environment == ProfileEnvironment::Production) {
            m_firstRunNoteShown = false;
            m_sandboxStrip->hide();
        }
        // A sandbox profile chosen in a console that started without the sandbox: start it now, so
        // its login does not wait (once: a sandbox stopped or failed stays so until asked).
        if (m_startedUp && !m_sandboxTried && m_sandboxAtStart == SandboxAtStart::Auto && p
            && p->environment == ProfileEnvironment::Sandbox) {
            startSandbox();
        }
    });
    // Profiles added, edited or removed: the targets shown follow (synchronously: no keychain read
    // is involved, so nothing can arrive late for an earlier selection).
    connect(m_services->profiles(), &ProfileStore::profilesChanged, this, &MainWindow::updateRegistrationTarget);
    connect(m_services->profiles(), &ProfileStore::profileChanged, this, &MainWindow::updateRegistrationTarget);
    connect(m_profileList, &ProfileList::loginRequested, this, &MainWindow::logIn);
    connect(m_profileList, &ProfileList::registerUserRequested, this, &MainWindow::registerUserAndLogIn);
    connect(m_profileList, &ProfileList::newRequested, this, &MainWindow::newProfile);
    connect(m_profileList, &ProfileList::editRequested, this, &MainWindow::editProfile);
    connect(m_profileList, &ProfileList::removeRequested, this, &MainWindow::removeProfile);

    OpenSessions *sessions = m_services->sessions();
    connect(sessions, &OpenSessions::sessionChanged, this, &MainWindow::updateStatus);
    connect(sessions, &OpenSessions::closed, this, &MainWindow::updateStatus);

    EmbeddedSandbox *sandbox = m_services->sandbox();
    connect(sandbox, &EmbeddedSandbox::started, this, &MainWindow::onSandboxStarted);
    connect(sandbox, &EmbeddedSandbox::startFailed, this, &MainWindow::onSandboxFailed);
    connect(sandbox, &EmbeddedSandbox::stateChanged, this, [this, sandbox](EmbeddedSandbox::State state) {
        updateStatus();
        updateBanner();
        if (isPageCreated(m_sessionsPage)) {
            tokenPanel()->setSandboxStopped(!sandbox->isRunning() && state != EmbeddedSandbox::State::Starting);
        }
    });
    connect(m_sandboxStrip, &InfoStrip::actionTriggered, this, &MainWindow::startSandbox);
    connect(m_messageStrip, &InfoStrip::actionTriggered, this, [this] {
        if (const auto action = m_messageAction) {
            m_messageStrip->hide();
            action();
        }
    });

    KeychainStore *keychain = m_services->keychain();
    connect(keychain, &KeychainStore::memoryOnlyChanged, this, [this, keychain](bool memoryOnly) {
        if (memoryOnly) {
            m_keychainStrip->showMessage(
                    InfoStrip::Kind::Error,
                    tr("The system keychain cannot be used: %1\nUntil that is fixed, secrets you enter are kept in "
                       "memory only for this run: nothing is saved, and you will be asked again next time.")
                            .arg(keychain->memoryOnlyReason()));
        }
        updateStatus();
    });

    setCurrentPage(m_sessionsPage);
    updateBanner();
    updateStatus();

    // A sensible first size: most of the screen, never larger than it (layouts do the rest).
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(avail.width(), qMax(fontMetrics().averageCharWidth() * 150, avail.width() * 9 / 10)),
           qMin(avail.height(), qMax(fontMetrics().height() * 40, avail.height() * 9 / 10)));
    // What the person left last time on these screens (the last work area follows at the first
    // show, once every page is added).
    m_layout.restoreWindow(this);
    m_layout.restoreWidgets(m_sides, u"main"_s);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAct = file->addAction(Icons::get(Icons::Add), tr("&New profile…"), this, &MainWindow::newProfile);
    newAct->setShortcut(QKeySequence::New);
    QAction *editAct = file->addAction(Icons::get(Icons::Edit), tr("&Edit profile…"), this,
                                       [this] { editProfile(m_profileList->currentProfile()); });
    editAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *loginAct = file->addAction(Icons::get(Icons::Login), tr("&Log in / register user"), m_profileList,
                                        &ProfileList::activateCurrent);
    loginAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction *prefs = file->addAction(tr("P&references…"), this, &MainWindow::openPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *sandbox = menuBar()->addMenu(tr("&Sandbox"));
    m_startSandbox = sandbox->addAction(Icons::get(Icons::Sandbox), tr("&Start"), this, &MainWindow::startSandbox);
    m_stopSandbox = sandbox->addAction(tr("S&top"), this, &MainWindow::stopSandbox);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *profiles = m_goMenu->addAction(tr("&Profiles"), this, [this] { m_profileList->list()->setFocus(); });
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_goMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Telematics Console"), this, [this] {
        MessageBox::tell(this, tr("About Telematics Console"),
                         tr("Telematics Console %1\nA desktop admin console for the Telematics (Damoov) user service.")
                                 .arg(QApplication::applicationVersion()));
    });
}

int MainWindow::addPage(const QString &title, const QIcon &icon, QWidget *page)
{
    const int index = addPage(title, icon, PageFactory());
    m_pages[index].widget = page;
    m_stack->addWidget(page);
    m_layout.restoreWidgets(page, pageScope(index));
    return index;
}

int MainWindow::addPage(const QString &title, const QIcon &icon, PageFactory factory)
{
    m_pages.append({title, icon, std::move(factory), nullptr});
    const int index = int(m_pages.size()) - 1;
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    if (index < 9) {
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(index + 1));
    }
    addGoAction(index);
    // Tall enough for every area, no taller: the profiles get the rest. The rows are alike (one line,
    // one icon): the first is measured once (measuring each row for each page cost the start-up
    // about a millisecond).
    if (m_navigationRowHeight <= 0) {
        m_navigationRowHeight = m_navigation->sizeHintForRow(0);
    }
    m_navigation->setMaximumHeight(2 * m_navigation->frameWidth() + m_navigationRowHeight * m_navigation->count() + 2);
    return index;
}

void MainWindow::addGoAction(int index)
{
    QAction *a = m_goMenu->addAction(m_pages[index].icon, m_pages[index].title, this, [this, index] {
        setCurrentPage(index);
        if (QWidget *w = m_pages[index].widget) {
            // Focus the page's first control that takes Tab focus.
            const auto children = w->findChildren<QWidget *>();
            for (QWidget *c : children) {
                if ((c->focusPolicy() & Qt::TabFocus) && c->isVisibleTo(w) && c->isEnabled()) {
                    c->setFocus(Qt::ShortcutFocusReason);
                    break;
                }
            }
        }
    });
    if (index < 9) {
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    }
}

QString MainWindow::pageTitle(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages[index].title : QString();
}

int MainWindow::pageIndex(const QString &title) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].title == title) {
            return int(i);
        }
    }
    return -1;
}

bool MainWindow::isPageCreated(int index) const
{
    return index >= 0 && index < m_pages.size() && m_pages[index].widget;
}

QWidget *MainWindow::page(int index)
{
    if (index < 0 || index >= m_pages.size()) {
        return nullptr;
    }
    Page &p = m_pages[index];
    if (!p.widget && p.factory) {
        p.widget = p.factory();
        p.widget->setAccessibleName(p.title);
        m_stack->addWidget(p.widget);
        m_layout.restoreWidgets(p.widget, pageScope(index));
    }
    return p.widget;
}

int MainWindow::currentPage() const
{
    return m_navigation->currentRow();
}

void MainWindow::setCurrentPage(int index)
{
    QWidget *w = page(index);
    if (!w) {
        return;
    }
    m_stack->setCurrentWidget(w);
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker b(m_navigation);
        m_navigation->setCurrentRow(index);
    }
}

TokenPanel *MainWindow::tokenPanel()
{
    return qobject_cast<TokenPanel *>(page(m_sessionsPage));
}

TokenInspector *MainWindow::inspector()
{
    return qobject_cast<TokenInspector *>(page(m_inspectorPage));
}

QString MainWindow::pageScope(int index) const
{
    const QWidget *w = m_pages.value(index).widget;
    return w && !w->objectName().isEmpty() ? w->objectName() : u"page%1"_s.arg(index);
}

void MainWindow::saveLayout()
{
    m_layout.saveWindow(this);
    m_layout.saveWidgets(m_sides, u"main"_s);
    for (int i = 0; i < pageCount(); ++i) {
        if (m_pages[i].widget) {
            m_layout.saveWidgets(m_pages[i].widget, pageScope(i));
        }
    }
    m_layout.savePage(currentPage());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        const int last = m_layout.page();
        if (last >= 0 && last < pageCount()) {
            setCurrentPage(last);
        }
    }
    if (!m_startedUp && m_autoStartUp) {
        // Start-up work waits for the first paint (see event()); this is the fallback for a
        // platform that never exposes the window.
        QTimer::singleShot(1000, this, &MainWindow::startUp);
    }
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the rest of this paint (children, flush) happens first, so the window is on
        // screen before any keychain or sandbox work starts.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT firstPainted();
            if (m_autoStartUp) {
                startUp();
            }
        });
    }
    return result;
}

bool MainWindow::isBusy() const
{
    if ((m_registerPage && m_registerPage->isBusy()) || (m_registerManyPage && m_registerManyPage->isBusy())) {
        return true;
    }
    const BulkJob *bulk = m_bulkPage ? m_bulkPage->job() : nullptr;
    if (!bulk) {
        return false;
    }
    switch (bulk->state()) {
    case BulkJob::State::Preparing:
    case BulkJob::State::Reconciling:
    case BulkJob::State::Running:
    case BulkJob::State::Paused:
    case BulkJob::State::Stopping: return true;
    default: return false;
    }
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(Language::saved(m_services->settings()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString code = dialog->language();
        if (code == Language::saved(m_services->settings())) {
            return;
        }
        Language::save(m_services->settings(), code);
        if (isBusy()) {
            showInfo(tr("The new language is used from the next start: a registration or bulk run is in progress."));
            return;
        }
        Language::apply(code);
        Q_EMIT languageChanged();
    });
    dialog->open();
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    qCInfo(lc) << "brought to the front by a later launch";
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_clipboard->clearIfUnchanged();
    saveLayout();
    QMainWindow::closeEvent(event);
}

// ---- start-up -------------------------------------------------------------------------------

void MainWindow::startUp()
{
    if (m_startedUp) {
        return;
    }
    m_startedUp = true;
    // The traffic history (SQLite, the last exchanges) before any request is sent; a failure is the
    // Traffic area's to say (trafficError()).
    m_services->openTrafficHistory();
    KeychainJob *probe = m_services->keychain()->probe();
    connect(probe, &KeychainJob::finished, this, [this](KeychainJob *job) {
        if (!job->ok()) {
            qCWarning(lc) << "keychain unavailable";
            m_keychainStrip->showMessage(
                    InfoStrip::Kind::Error,
                    tr("The system keychain cannot be used: %1\nUntil that is fixed, secrets you enter are kept in "
                       "memory only for this run: nothing is saved, and you will be asked again next time.")
                            .arg(job->errorMessage()));
        }
        updateStatus();
        Q_EMIT keychainChecked(job->ok());
    });

    // The sandbox (a module, with QtHttpServer) is loaded only when something needs it: the first
    // run, or a sandbox profile as the current one. Kept sessions of other sandbox profiles resume
    // once it runs.
    const QStringList names = m_services->profiles()->names();
    bool needSandbox = names.isEmpty() || currentProfileIsSandbox();
    if (m_sandboxAtStart != SandboxAtStart::Auto) {
        needSandbox = m_sandboxAtStart == SandboxAtStart::Always;
    }
    if (names.isEmpty() && needSandbox) {
        m_firstRun = true;
        m_sandboxStrip->showMessage(InfoStrip::Kind::Info,
                                    tr("First run: starting a local sandbox so you can try the console safely…"));
    }
    if (needSandbox) {
        startSandbox();
    }
    resumeKeptSessions(false);
}

void MainWindow::resumeKeptSessions(bool sandboxProfiles)
{
    ProfileStore *profiles = m_services->profiles();
    OpenSessions *sessions = m_services->sessions();
    const QStringList names = profiles->names();
    for (const QString &name : names) {
        const auto p = profiles->profile(name);
        if (!p || p->kind == ProfileKind::GroupKey || (p->environment == ProfileEnvironment::Sandbox) != sandboxProfiles
            || sessions->session(name)) {
            continue;
        }
        Session *s = sessions->open(*p);
        if (!s) {
            continue;
        }
        SessionTask *task = s->resume(false);
        connect(task, &SessionTask::finished, this, [sessions, name](SessionTask *t) {
            Session *s = sessions->session(name);
            if (s && !t->resumed() && !s->hasTokens() && s->state() != Session::State::LoggingIn) {
                sessions->close(name); // nothing kept: no card
            }
        });
    }
}

bool MainWindow::currentProfileIsSandbox() const
{
    const auto p = m_services->profiles()->profile(m_profileList->currentProfile());
    return p && p->environment == ProfileEnvironment::Sandbox;
}

void MainWindow::startSandbox()
{
    m_sandboxTried = true;
    EmbeddedSandbox *sandbox = m_services->sandbox();
    if (sandbox->state() == EmbeddedSandbox::State::Running || sandbox->state() == EmbeddedSandbox::State::Starting) {
        return;
    }
    if (!m_firstRun) {
        m_sandboxStrip->hide();
    }
    sandbox->start();
}

void MainWindow::stopSandbox()
{
    EmbeddedSandbox *sandbox = m_services->sandbox();
    if (!sandbox->isRunning()) {
        return;
    }
    int users = 0;
    const auto names = m_services->sessions()->profileNames();
    for (const QString &name : names) {
        const auto p = m_services->profiles()->profile(name);
        users += p && p->environment == ProfileEnvironment::Sandbox ? 1 : 0;
    }
    const auto stop = [this] {
        m_services->sandbox()->stop();
        m_sandboxStrip->showMessage(
                InfoStrip::Kind::Info,
                tr("The local sandbox is stopped. Its data stays in %1.").arg(m_services->sandbox()->dbPath()));
        m_sandboxStrip->setAction(tr("&Start sandbox"));
    };
    if (users == 0) {
        stop();
        return;
    }
    MessageBox::ask(this, tr("Stop the local sandbox"),
                    (users == 1 ? tr("One open session uses the local sandbox")
                                : tr("%1 open sessions use the local sandbox").arg(users))
                            + tr("; their refreshes fail until it runs again. Stop it?"),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, [stop](QMessageBox::StandardButton b) {
                        if (b == QMessageBox::Yes) {
                            stop();
                        }
                    });
}

void MainWindow::onSandboxStarted()
{
    EmbeddedSandbox *sandbox = m_services->sandbox();
    const QUrl url = sandbox->baseUrl();
    OpenSessions *sessions = m_services->sessions();
    sessions->setSandboxUrl(url);
    m_sandboxStrip->setAction(QString());

    ProfileStore *profiles = m_services->profiles();
    // Keep this run's URL in the sandbox profiles (the port changes per run).
    const QStringList names = profiles->names();
    for (const QString &name : names) {
        auto p = profiles->profile(name);
        if (p && p->environment == ProfileEnvironment::Sandbox && p->url != url) {
            p->url = url;
            profiles->save(*p);
        }
    }
    if (m_firstRun && profiles->names().isEmpty()) {
        createFirstRunProfiles();
    } else if (m_firstRun) {
        m_firstRun = false;
        m_sandboxStrip->hide();
    } else if (m_sandboxStrip->isVisible()) {
        m_sandboxStrip->showMessage(InfoStrip::Kind::Success, tr("The local sandbox runs at %1.").arg(url.toString()));
    }
    if (!m_resumedSandboxSessions) {
        m_resumedSandboxSessions = true;
        resumeKeptSessions(true);
    }
    const QStringList pending = std::exchange(m_pendingLogins, {});
    for (const QString &name : pending) {
        logIn(name);
    }
    const QStringList registrations = std::exchange(m_pendingRegistrations, {});
    for (const QString &name : registrations) {
        registerConfirmedUser(name); // asked already, before the sandbox started
    }
    updateBanner();
    updateStatus();
    updateRegistrationTarget();
}

void MainWindow::onSandboxFailed(const QString &error)
{
    m_firstRun = false;
    m_sandboxStrip->showMessage(
            InfoStrip::Kind::Error,
            tr("The local sandbox did not start: %1\nIts database: %2").arg(error, m_services->sandbox()->dbPath()));
    m_sandboxStrip->setAction(tr("&Retry"));
    m_pendingLogins.clear();
    m_pendingRegistrations.clear();
    updateStatus();
}

void MainWindow::createFirstRunProfiles()
{
    auto *first = new SandboxProfiles(m_services->profiles(), this);
    connect(first, &SandboxProfiles::finished, this, [this, first] {
        first->deleteLater();
        m_firstRun = false;
        const bool memory = m_services->keychain()->isMemoryOnly();
        QString text
                = tr("First run: the console started a local sandbox at %1 (its data: %2) and created the profiles "
                     "“%3” and “%4” with its demo credentials %5. Select one on the left and press Log in — "
                     "nothing here touches production.")
                          .arg(m_services->sandbox()->baseUrl().toString(), m_services->sandbox()->dbPath(),
                               adminProfileName(), userGroupProfileName(),
                               memory ? tr("(kept in memory only for this run: the keychain is unavailable)")
                                      : tr("in the keychain"));
        const QStringList problems = first->problems();
        if (!problems.isEmpty()) {
            text += u'\n' + problems.join(u'\n');
        }
        m_sandboxStrip->showMessage(problems.isEmpty() ? InfoStrip::Kind::Info : InfoStrip::Kind::Warning, text);
        m_firstRunNoteShown = true;
        m_profileList->setCurrentProfile(adminProfileName());
        Q_EMIT firstRunCompleted();
    });
    first->create(m_services->sandbox()->info(), m_services->sandbox()->baseUrl());
}

// ---- actions --------------------------------------------------------------------------------

void MainWindow::logIn(const QString &profileName)
{
    const auto p = m_services->profiles()->profile(profileName);
    if (!p) {
        return;
    }
    if (p->kind == ProfileKind::GroupKey) {
        registerUserAndLogIn(profileName); // explains, and asks before registering anyone
        return;
    }
    if (p->environment == ProfileEnvironment::Sandbox && !m_services->sandbox()->isRunning()) {
        if (!m_pendingLogins.contains(profileName)) {
            m_pendingLogins << profileName;
        }
        statusBar()->showMessage(tr("Starting the local sandbox first…"), 5000);
        startSandbox();
        return;
    }
    Session *s = m_services->sessions()->open(*p);
    if (!s) {
        return;
    }
    setCurrentPage(m_sessionsPage);
    if (s->isBusy()) {
        return;
    }
    statusBar()->showMessage(tr("Logging in with “%1”…").arg(profileName), 5000);
    SessionTask *task = s->logIn();
    connect(task, &SessionTask::finished, this, [this, profileName](SessionTask *t) {
        if (t->ok()) {
            statusBar()->showMessage(tr("Logged in with “%1”.").arg(profileName), 5000);
        } else if (!t->error().isCanceled()) { // a cancel is the card's to report
            statusBar()->showMessage(tr("Login with “%1” failed (see its card).").arg(profileName), 8000);
        }
        if (t->keychainError().isError()) {
            showError(tr("Logged in, but the session could not be kept in the keychain: %1")
                              .arg(t->keychainError().message()));
        }
    });
}

void MainWindow::registerUserAndLogIn(const QString &groupProfileName)
{
    const auto g = m_services->registration()->target(groupProfileName);
    if (!g) {
        return;
    }
    // A group key cannot log in: it can only register users. Registering one is an explicit,
    // confirmed action (never what Enter or Ctrl+L does on its own).
    const bool production = g->isProduction();
    MessageBox::ask(
            this, production ? tr("Register a user in production?") : tr("Register a user and log in?"),
            tr("“%1” is a group key: it cannot log in, it can only register users.\n\n"
               "Register a NEW user in group %2 at %3%4, record its DeviceToken in the ledger, and log in as that "
               "user?")
                    .arg(groupProfileName, g->instanceId, g->host(),
                         production ? tr(" (PRODUCTION: a real user that stays in the group)") : QString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            [this, groupProfileName](QMessageBox::StandardButton b) {
                if (b == QMessageBox::Yes) {
                    registerConfirmedUser(groupProfileName);
                }
            },
            production ? QMessageBox::Warning : QMessageBox::Question);
}

void MainWindow::registerConfirmedUser(const QString &groupProfileName)
{
    const auto g = m_services->registration()->target(groupProfileName);
    if (!g) {
        return;
    }
    if (g->environment == ProfileEnvironment::Sandbox && !m_services->sandbox()->isRunning()) {
        if (!m_pendingRegistrations.contains(groupProfileName)) {
            m_pendingRegistrations << groupProfileName;
        }
        startSandbox();
        return;
    }
    statusBar()->showMessage(tr("Registering a user in “%1”…").arg(groupProfileName));
    UserProfileJob *job = m_services->registration()->registerUserProfile(*g, this);
    connect(job, &UserProfileJob::finished, this, [this, groupProfileName](UserProfileJob *j) {
        j->deleteLater();
        statusBar()->clearMessage();
        onUserProfileSaved(j, groupProfileName);
    });
}

void MainWindow::logInAsRegisteredUser(const RegistrationTarget &target, const QString &deviceToken)
{
    UserProfileJob *job = m_services->registration()->saveUserProfile(target, deviceToken, this);
    connect(job, &UserProfileJob::finished, this, [this, name = target.profileName](UserProfileJob *j) {
        j->deleteLater();
        onUserProfileSaved(j, name);
    });
}

void MainWindow::onUserProfileSaved(UserProfileJob *job, const QString &groupProfileName)
{
    if (!job->ok()) {
        showError(job->deviceToken().isEmpty()
                          ? tr("No user was registered in “%1”.\n%2")
                                    .arg(groupProfileName, ErrorText::describe(job->error()))
                          : tr("The user %1 (in “%2”) has no profile to log in with.\n%3")
                                    .arg(job->deviceToken(), groupProfileName, ErrorText::describe(job->error())));
        return;
    }
    if (!job->keychainProblem().isEmpty()) {
        showError(tr("A secret of “%1” could not be stored: %2").arg(job->profileName(), job->keychainProblem()));
    }
    Q_EMIT userProfileCreated(job->profileName());
    m_profileList->setCurrentProfile(job->profileName());
    logIn(job->profileName());
    // The profile is the user's own (named after the DeviceToken, made once): keep it, or discard it.
    const QString name = job->profileName();
    showInfo(tr("“%1” is now one of your profiles: it logs in as this user again. Keep it, or discard it when "
                "you are done (the user stays registered).")
                     .arg(name),
             tr("&Discard profile…"), [this, name] { removeProfile(name); });
}

void MainWindow::newProfile()
{
    if (m_editor) {
        m_editor->raise();
        return;
    }
    m_editor = new ProfileEditor(m_services->profiles(), m_services->sessions(), m_services->budget(), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &ProfileEditor::saved, this,
            [this](const QString &name) { m_profileList->setCurrentProfile(name); });
    m_editor->editNew();
    m_editor->open();
}

void MainWindow::editProfile(const QString &profileName)
{
    const auto p = m_services->profiles()->profile(profileName);
    if (!p) {
        return;
    }
    if (m_editor) {
        m_editor->raise();
        return;
    }
    m_editor = new ProfileEditor(m_services->profiles(), m_services->sessions(), m_services->budget(), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &ProfileEditor::saved, this, [this](const QString &name) {
        m_profileList->setCurrentProfile(name);
        updateBanner();
    });
    m_editor->editExisting(*p);
    m_editor->open();
}

void MainWindow::removeProfile(const QString &profileName)
{
    if (!m_services->profiles()->contains(profileName)) {
        return;
    }
    MessageBox::ask(
            this, tr("Delete profile"),
            tr("Delete the profile “%1” and its secrets in the keychain? Its session ends here. "
               "(Nothing changes on the service.)")
                    .arg(profileName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            [this, profileName](QMessageBox::StandardButton b) {
                if (b != QMessageBox::Yes) {
                    return;
                }
                m_services->sessions()->close(profileName);
                ProfileOperation *op = m_services->profiles()->remove(profileName);
                connect(op, &ProfileOperation::finished, this, [this, profileName](ProfileOperation *o) {
                    o->deleteLater();
                    if (!o->ok()) {
                        showError(tr("“%1” was not deleted: %2").arg(profileName, ErrorText::describe(o->error())));
                    } else {
                        statusBar()->showMessage(tr("Deleted “%1”.").arg(profileName), 5000);
                    }
                });
            },
            QMessageBox::Warning);
}

void MainWindow::inspectSession(Session *session)
{
    setCurrentPage(m_inspectorPage);
    if (TokenInspector *i = inspector()) {
        i->inspectSession(session);
    }
}

void MainWindow::setUserPassword(Session *session, const QString &profileName)
{
    OpenSessions *sessions = m_services->sessions();
    const auto p = m_services->profiles()->profile(profileName);
    if (!session || !p) {
        return;
    }
    if (session->deviceToken().isEmpty()) {
        MessageBox::tell(this, tr("Set password"),
                         tr("Log in as this user first: the DeviceToken the password belongs to comes from the "
                            "login's answer."));
        return;
    }
    SetPasswordDialog::Target target;
    target.deviceToken = session->deviceToken();
    target.who = session->identity();
    target.keepInProfile = p->kind == ProfileKind::UbiUser ? profileName : QString();
    target.profileSession = session;
    // An admin logged in to the same service resets it; else the user's own session changes it.
    const QUrl base = sessions->baseUrlFor(*p);
    for (Session *s : sessions->sessions()) {
        const QString name = sessions->profileName(s);
        const auto other = m_services->profiles()->profile(name);
        if (s->kind() == SessionKind::Admin && s->hasTokens() && other && sessions->baseUrlFor(*other) == base) {
            target.via = s;
            target.api = sessions->client(name);
            target.viaName = name;
            break;
        }
    }
    if (!target.via && target.keepInProfile.isEmpty()) {
        MessageBox::tell(this, tr("Set password"),
                         tr("Log in with an admin profile of this service first: an admin sets a user's first "
                            "password. (A UBI user's own session can change it later.)"));
        return;
    }
    if (!target.via) {
        target.via = session;
        target.api = sessions->client(profileName);
        target.viaName = profileName;
        target.ownSession = true;
    }
    auto *dialog = new SetPasswordDialog(m_services->profiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget(target);
    connect(dialog, &SetPasswordDialog::passwordSet, this, [this](const QString &who, const QString &keychainProblem) {
        statusBar()->showMessage(keychainProblem.isEmpty()
                                         ? tr("The password of %1 was set.").arg(who)
                                         : tr("The password of %1 was set, but not kept in the keychain.").arg(who),
                                 8000);
    });
    dialog->open();
}

// ---- banner, status, messages ------------------------------------------------------------------

void MainWindow::updateBanner()
{
    const auto p = m_services->profiles()->profile(m_profileList->currentProfile());
    if (!p) {
        m_banner->clear();
        return;
    }
    m_banner->setProfile(*p, p->environment == ProfileEnvironment::Sandbox ? m_services->sandbox()->baseUrl()
                                                                           : m_services->sessions()->baseUrlFor(*p));
}

void MainWindow::updateStatus()
{
    EmbeddedSandbox *sandbox = m_services->sandbox();
    switch (sandbox->state()) {
    case EmbeddedSandbox::State::Stopped: m_sandboxLabel->setText(tr("Sandbox: stopped")); break;
    case EmbeddedSandbox::State::Starting: m_sandboxLabel->setText(tr("Sandbox: starting…")); break;
    case EmbeddedSandbox::State::Running:
        m_sandboxLabel->setText(tr("Sandbox: running at %1").arg(sandbox->baseUrl().authority()));
        break;
    case EmbeddedSandbox::State::Failed: m_sandboxLabel->setText(tr("Sandbox: failed to start")); break;
    }
    m_startSandbox->setEnabled(sandbox->state() == EmbeddedSandbox::State::Stopped
                               || sandbox->state() == EmbeddedSandbox::State::Failed);
    m_stopSandbox->setEnabled(sandbox->isRunning());

    KeychainStore *keychain = m_services->keychain();
    m_keychainLabel->setText(keychain->isMemoryOnly() ? tr("⚠ Secrets: memory only") : tr("Secrets: system keychain"));
    m_keychainLabel->setToolTip(keychain->statusText());

    const QString name = m_profileList->currentProfile();
    const auto p = m_services->profiles()->profile(name);
    if (!p) {
        m_connectionLabel->setText(tr("No profile selected"));
        return;
    }
    QString where;
    switch (p->environment) {
    case ProfileEnvironment::Production: where = tr("PRODUCTION (user.telematicssdk.com)"); break;
    case ProfileEnvironment::Sandbox:
        where = sandbox->isRunning() ? tr("local sandbox (%1)").arg(sandbox->baseUrl().authority())
                                     : tr("local sandbox (not running)");
        break;
    case ProfileEnvironment::Custom: where = p->url.host(); break;
    }
    QString state = tr("not logged in");
    const bool sandboxDown = p->environment == ProfileEnvironment::Sandbox && !sandbox->isRunning();
    if (sandboxDown && m_services->sessions()->session(name)) {
        state = tr("the local sandbox is stopped: refreshes fail until it runs (Sandbox → Start)");
    } else if (Session *s = m_services->sessions()->session(name)) {
        switch (s->state()) {
        case Session::State::LoggedOut: state = tr("not logged in"); break;
        case Session::State::LoggingIn: state = tr("logging in…"); break;
        case Session::State::Active: state = tr("connected, token valid"); break;
        case Session::State::Refreshing: state = tr("refreshing the token…"); break;
        case Session::State::Expired: state = tr("token expired"); break;
        case Session::State::Error: state = tr("error: %1").arg(s->lastError().message()); break;
        }
    } else if (p->kind == ProfileKind::GroupKey) {
        state = tr("group key (registration only)");
    }
    m_connectionLabel->setText(tr("“%1” → %2 · %3").arg(name, where, state));
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::sandboxText() const
{
    return m_sandboxLabel->text();
}

QString MainWindow::keychainText() const
{
    return m_keychainLabel->text();
}

QString MainWindow::userLabel(const QString &deviceToken) const
{
    Ledger *ledger = m_services->registration()->ledger();
    const auto entry = ledger ? ledger->findByDeviceToken(deviceToken) : std::nullopt;
    if (!entry)
        return {};
    const QString name = QStringList{entry->profile.value(u"FirstName"_s).toString(),
                                     entry->profile.value(u"LastName"_s).toString()}
                                 .join(u' ')
                                 .trimmed();
    if (entry->clientId.isEmpty())
        return name;
    return name.isEmpty() ? tr("ClientId %1").arg(entry->clientId) : tr("%1 (ClientId %2)").arg(name, entry->clientId);
}

void MainWindow::showError(const QString &text)
{
    m_messageAction = nullptr;
    m_messageStrip->setAction(QString());
    m_messageStrip->showMessage(InfoStrip::Kind::Error, text);
}

void MainWindow::showInfo(const QString &text, const QString &action, std::function<void()> onAction)
{
    m_messageAction = std::move(onAction);
    m_messageStrip->setAction(m_messageAction ? action : QString());
    m_messageStrip->showMessage(InfoStrip::Kind::Info, text);
}

} // namespace tc

namespace tc {

// ---- the registration pages (RegisterPage, RegisterManyPage, BulkPage, LedgerPage) ----------------

void MainWindow::addRegistrationPages()
{
    RegistrationService *registration = m_services->registration();
    const auto wire = [this](RegistrationTargetBox *box) {
        connect(box, &RegistrationTargetBox::targetPicked, this, [this](const QString &name) {
            m_pickedTarget = name;
            updateRegistrationTarget();
        });
        connect(box, &RegistrationTargetBox::newGroupKeyRequested, this, &MainWindow::newGroupKeyProfile);
    };
    addPage(tr("Register"), Icons::get(Icons::Register), [this, registration, wire] {
        m_registerPage = new RegisterPage(registration);
        wire(m_registerPage->targetBox());
        connect(m_registerPage, &RegisterPage::loginAsUserRequested, this, [this](const QString &deviceToken) {
            if (const auto target = m_registerPage->lastTarget()) {
                logInAsRegisteredUser(*target, deviceToken);
            }
        });
        reportLedgerProblem();
        updateRegistrationTarget();
        return m_registerPage.data();
    });
    addPage(tr("Register many"), Icons::get(Icons::Users), [this, registration, wire] {
        m_registerManyPage = new RegisterManyPage(registration);
        wire(m_registerManyPage->targetBox());
        reportLedgerProblem();
        updateRegistrationTarget();
        return m_registerManyPage.data();
    });
    addPage(tr("Bulk"), Icons::get(Icons::Bulk), [this, registration, wire] {
        m_bulkPage = new BulkPage(registration);
        wire(m_bulkPage->targetBox());
        reportLedgerProblem();
        updateRegistrationTarget();
        return m_bulkPage.data();
    });
    addPage(tr("Ledger"), Icons::get(Icons::Ledger), [this, registration] {
        m_ledgerPage = new LedgerPage(registration->ledger());
        connect(m_ledgerPage, &LedgerPage::findUserRequested, this, &MainWindow::findUser);
        reportLedgerProblem();
        return m_ledgerPage.data();
    });
}

void MainWindow::reportLedgerProblem()
{
    RegistrationService *registration = m_services->registration();
    if (!registration->ledger()->isOpen()) {
        showError(tr("The ledger (%1) could not be opened: %2. Nothing is registered until it can be: a DeviceToken "
                     "the service returns must be recorded before it is shown.")
                          .arg(Ledger::defaultPath(), registration->ledgerError()));
    }
}

void MainWindow::newGroupKeyProfile()
{
    newProfile();
    if (m_editor) {
        m_editor->presetKind(ProfileKind::GroupKey);
    }
}

void MainWindow::updateRegistrationTarget()
{
    if (!m_registerPage && !m_registerManyPage && !m_bulkPage) {
        return; // no registration page yet
    }
    RegistrationService *registration = m_services->registration();
    const QString selected = m_profileList->currentProfile();
    std::optional<RegistrationTarget> target;
    QString why;
    if (!m_pickedTarget.isEmpty()) {
        target = registration->target(m_pickedTarget); // the person's own pick, until the selection moves
    }
    if (!target) {
        m_pickedTarget.clear();
        target = registration->targetFor(selected);
        if (!target) {
            const auto p = m_services->profiles()->profile(selected);
            why = p ? tr("No group-key profile for %1, the service of “%2”. Pick one above (it names its own service) "
                         "or create one with the group's InstanceId and InstanceKEY.")
                                  .arg(m_services->sessions()->baseUrlFor(*p).host(), selected)
                    : tr("Select a profile, or pick a group-key profile above.");
        }
    }
    if (m_registerPage) {
        m_registerPage->setTarget(target, why);
    }
    if (m_registerManyPage) {
        m_registerManyPage->setTarget(target, why);
    }
    if (m_bulkPage) {
        m_bulkPage->setTarget(target, why);
    }
}

// ---- the Users work area -----------------------------------------------------------------------------

void MainWindow::addUsersPage()
{
    m_usersPageIndex = addPage(tr("Users"), Icons::get(Icons::Users),
                               [this] { return new UsersPage(m_services->sessions(), m_services->registration()); });
}

UsersPage *MainWindow::usersPage()
{
    return qobject_cast<UsersPage *>(page(m_usersPageIndex));
}

void MainWindow::findUser(const QString &deviceToken)
{
    setCurrentPage(m_usersPageIndex);
    if (UsersPage *p = usersPage()) {
        p->findDeviceToken(deviceToken);
    }
}

} // namespace tc
