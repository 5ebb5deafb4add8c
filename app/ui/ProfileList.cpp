#include "ui/ProfileList.h"

#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/profiles/ProfileStore.h"
#include "ui/Icons.h"
#include "ui/SelectionFollows.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tc {

ProfileList::ProfileList(ProfileStore *profiles, OpenSessions *sessions, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_sessions(sessions), m_list(new QListWidget(this)),
      m_login(new QPushButton(tr("&Log in"), this)), m_new(new QPushButton(tr("&New…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_delete(new QPushButton(tr("Dele&te"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("&Profiles"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    title->setBuddy(m_list);
    layout->addWidget(title);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);

    auto *buttons = new QGridLayout;
    m_login->setIcon(Icons::get(Icons::Login));
    m_login->setDefault(false);
    m_new->setIcon(Icons::get(Icons::Add));
    m_edit->setIcon(Icons::get(Icons::Edit));
    m_delete->setIcon(Icons::get(Icons::Delete));
    buttons->addWidget(m_login, 0, 0, 1, 3);
    buttons->addWidget(m_new, 1, 0);
    buttons->addWidget(m_edit, 1, 1);
    buttons->addWidget(m_delete, 1, 2);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        updateButtons();
        Q_EMIT currentProfileChanged(currentProfile());
    });
    makeSelectionCurrent(m_list); // a screen reader selects without making current
    connect(m_list, &QListWidget::itemActivated, this, [this] { activateCurrent(); });
    connect(m_login, &QPushButton::clicked, this, &ProfileList::activateCurrent);
    connect(m_new, &QPushButton::clicked, this, &ProfileList::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentProfile().isEmpty()) {
            Q_EMIT editRequested(currentProfile());
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentProfile().isEmpty()) {
            Q_EMIT removeRequested(currentProfile());
        }
    });
    connect(profiles, &ProfileStore::profilesChanged, this, &ProfileList::reload);
    connect(profiles, &ProfileStore::profileChanged, this, &ProfileList::updateRow);
    connect(sessions, &OpenSessions::sessionChanged, this, &ProfileList::updateRow);
    connect(sessions, &OpenSessions::opened, this, [this](Session *, const QString &name) { updateRow(name); });
    connect(sessions, &OpenSessions::closed, this, &ProfileList::updateRow);
    reload();
}

QString ProfileList::currentProfile() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole).toString() : QString();
}

void ProfileList::setCurrentProfile(const QString &name)
{
    if (QListWidgetItem *i = item(name)) {
        m_list->setCurrentItem(i);
    }
}

QStringList ProfileList::shownProfiles() const
{
    QStringList out;
    for (int r = 0; r < m_list->count(); ++r) {
        out << m_list->item(r)->data(Qt::UserRole).toString();
    }
    return out;
}

QString ProfileList::rowText(const QString &name) const
{
    const QListWidgetItem *i = item(name);
    return i ? i->text() : QString();
}

QListWidgetItem *ProfileList::item(const QString &name) const
{
    for (int r = 0; r < m_list->count(); ++r) {
        if (m_list->item(r)->data(Qt::UserRole).toString() == name) {
            return m_list->item(r);
        }
    }
    return nullptr;
}

void ProfileList::reload()
{
    const QString current = currentProfile();
    QSignalBlocker blocker(m_list);
    m_list->clear();
    const QStringList names = m_profiles->names();
    for (const QString &name : names) {
        auto *i = new QListWidgetItem(m_list);
        i->setData(Qt::UserRole, name);
        updateRow(name);
    }
    if (QListWidgetItem *i = item(current)) {
        m_list->setCurrentItem(i);
    } else if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    blocker.unblock();
    updateButtons();
    Q_EMIT currentProfileChanged(currentProfile());
}

void ProfileList::updateRow(const QString &name)
{
    QListWidgetItem *i = item(name);
    const auto p = m_profiles->profile(name);
    if (!i || !p) {
        return;
    }
    QString env;
    switch (p->environment) {
    case ProfileEnvironment::Production: env = tr("PRODUCTION"); break;
    case ProfileEnvironment::Sandbox: env = tr("local sandbox"); break;
    case ProfileEnvironment::Custom: env = p->url.host(); break;
    }
    QString kind;
    switch (p->kind) {
    case ProfileKind::Admin:
        kind = tr("admin");
        i->setIcon(Icons::get(Icons::Admin));
        break;
    case ProfileKind::User:
        kind = tr("user");
        i->setIcon(Icons::get(Icons::User));
        break;
    case ProfileKind::GroupKey:
        kind = tr("group key");
        i->setIcon(Icons::get(Icons::GroupKey));
        break;
    case ProfileKind::UbiUser:
        kind = tr("UBI user");
        i->setIcon(Icons::get(Icons::User));
        break;
    }
    QString state;
    if (Session *s = m_sessions->session(name)) {
        switch (s->state()) {
        case Session::State::LoggedOut: state = tr("logged out"); break;
        case Session::State::LoggingIn: state = tr("logging in…"); break;
        case Session::State::Active: state = tr("● signed in"); break;
        case Session::State::Refreshing: state = tr("● refreshing…"); break;
        case Session::State::Expired: state = tr("token expired"); break;
        case Session::State::Error: state = tr("⚠ error"); break;
        }
    }
    QString second = env + u" · "_s + kind;
    if (!state.isEmpty()) {
        second += u" · "_s + state;
    }
    i->setText(name + u'\n' + second);
    i->setToolTip(p->baseUrl().toString());
    if (m_list->currentItem() == i) {
        updateButtons();
    }
}

void ProfileList::updateButtons()
{
    const auto p = m_profiles->profile(currentProfile());
    m_edit->setEnabled(p.has_value());
    m_delete->setEnabled(p.has_value());
    m_login->setEnabled(p.has_value());
    if (p && p->kind == ProfileKind::GroupKey) {
        m_login->setText(tr("Register a user and &log in"));
        m_login->setToolTip(
                tr("Registers a new user in this group (Registration/Create), keeps its DeviceToken in a new "
                   "user profile and logs it in."));
    } else {
        m_login->setText(tr("&Log in"));
        m_login->setToolTip(tr("Logs in with the profile's credentials from the keychain (Ctrl+L)."));
    }
}

void ProfileList::activateCurrent()
{
    const auto p = m_profiles->profile(currentProfile());
    if (!p) {
        return;
    }
    if (p->kind == ProfileKind::GroupKey) {
        Q_EMIT registerUserRequested(p->name);
    } else {
        Q_EMIT loginRequested(p->name);
    }
}

bool ProfileList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Delete && !currentProfile().isEmpty()) {
            Q_EMIT removeRequested(currentProfile());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tc
