#include "ui/UsersPage.h"

#include "core/api/ApiClient.h"
#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"
#include "core/services/RegistrationService.h"
#include "core/users/UserAdmin.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"
#include "ui/SetPasswordDialog.h"
#include "ui/WheelGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

struct FieldLabel
{
    QString name;
    const char *label;
};

// The form's fields, in order, with their labels (UserField::editable() says their types).
const QList<FieldLabel> &formFields()
{
    static const QList<FieldLabel> fields{
            {u"Status"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Status")},
            {u"EnableTracking"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Tracking enabled (EnableTracking)")},
            {u"EnableLogging"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "SDK logging (EnableLogging)")},
            {u"Enabled"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "SDK enabled (Enabled)")},
            {u"ClientId"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "ClientId")},
            {u"FirstName"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "First name")},
            {u"LastName"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Last name")},
            {u"Nickname"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Nickname")},
            {u"Email"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "E-mail")},
            {u"Phone"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Phone")},
            {u"Gender"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Gender")},
            {u"Birthday"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Birthday")},
            {u"MaritalStatus"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Marital status")},
            {u"ChildrenCount"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Children")},
            {u"Country"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Country")},
            {u"District"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "District")},
            {u"City"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "City")},
            {u"Address"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Address")},
            {u"ImageUrl"_s, QT_TRANSLATE_NOOP("tc::UsersPage", "Image URL")},
    };
    return fields;
}

// What a UBI user logs in with: the phone number, else the e-mail ("" when neither).
QString loginOf(const ManagedUser &u)
{
    const QString phone = u.value(u"Phone"_s).toString().trimmed();
    return !phone.isEmpty() ? phone : u.value(u"Email"_s).toString().trimmed();
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QString shortToken(const QString &dt)
{
    return dt.size() > 13 ? dt.left(8) + u"…"_s + dt.right(4) : dt;
}

} // namespace

UsersPage::UsersPage(OpenSessions *sessions, RegistrationService *registration, QWidget *parent)
    : QWidget(parent), m_sessions(sessions), m_registration(registration)
{
    setObjectName(u"UsersPage"_s);
    build();
    WheelGuard::installAll(this);
    connect(sessions, &OpenSessions::opened, this, &UsersPage::fillSessions);
    connect(sessions, &OpenSessions::closed, this, &UsersPage::fillSessions);
    connect(sessions, &OpenSessions::sessionChanged, this, &UsersPage::fillSessions);
    fillSessions();
    showUser(std::nullopt);
}

UsersPage::~UsersPage() = default;

void UsersPage::build()
{
    auto *outer = new QVBoxLayout(this);

    // The session every request of this page goes through.
    auto *sessionRow = new QHBoxLayout;
    auto *sessionLabel = new QLabel(tr("&Session:"), this);
    m_session = new QComboBox(this);
    m_session->setObjectName(u"UsersSession"_s);
    m_session->setAccessibleName(tr("Session for the Users area"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    sessionLabel->setBuddy(m_session);
    m_myProfile = new QPushButton(Icons::get(Icons::User), tr("&My profile"), this);
    m_myProfile->setObjectName(u"MyProfile"_s);
    m_myProfile->setToolTip(tr("With a user session: that user's own profile (GET Management/users)."));
    sessionRow->addWidget(sessionLabel);
    sessionRow->addWidget(m_session, 1);
    sessionRow->addWidget(m_myProfile);
    outer->addLayout(sessionRow);
    m_sessionNote = new QLabel(this);
    m_sessionNote->setObjectName(u"SessionNote"_s);
    m_sessionNote->setAccessibleDescription(tr("About the session"));
    m_sessionNote->setWordWrap(true);
    outer->addWidget(m_sessionNote);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    // Left: find, page, results.
    auto *left = new QWidget(splitter);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    auto *findRow = new QHBoxLayout;
    m_key = new QComboBox(left);
    m_key->setObjectName(u"FindKey"_s);
    m_key->setAccessibleName(tr("Find by"));
    m_key->addItem(tr("DeviceToken"), u"DeviceToken"_s);
    m_key->addItem(tr("E-mail"), u"Email"_s);
    m_key->addItem(tr("Phone"), u"Phone"_s);
    m_key->addItem(tr("ClientId"), u"ClientId"_s);
    m_key->addItem(tr("First name"), u"FirstName"_s);
    m_key->addItem(tr("Last name"), u"LastName"_s);
    m_key->addItem(tr("Full name"), u"FullName"_s);
    m_value = new QLineEdit(left);
    m_value->setObjectName(u"FindValue"_s);
    m_value->setAccessibleName(tr("Find value"));
    m_value->setPlaceholderText(tr("What to look for"));
    m_find = new QPushButton(tr("&Find"), left);
    m_find->setObjectName(u"Find"_s);
    auto *findLabel = new QLabel(tr("Find &by:"), left);
    findLabel->setBuddy(m_key);
    findRow->addWidget(findLabel);
    findRow->addWidget(m_key);
    findRow->addWidget(m_value, 1);
    findRow->addWidget(m_find);
    l->addLayout(findRow);

    auto *pageRow = new QHBoxLayout;
    m_group = new QComboBox(left);
    m_group->setObjectName(u"PageGroup"_s);
    m_group->setEditable(true);
    m_group->setAccessibleName(tr("Group InstanceId to page through"));
    m_group->lineEdit()->setAccessibleName(m_group->accessibleName()); // (the text in it was unnamed)
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(12); // (20 made the area wider than a 1280-pixel screen's window)
    auto *groupLabel = new QLabel(tr("&Group:"), left);
    groupLabel->setBuddy(m_group);
    m_list = new QPushButton(tr("&List users"), left);
    m_list->setObjectName(u"ListGroup"_s);
    m_list->setToolTip(tr("Management/users/GetFilteredPage: the group's users, newest first, 50 a page."));
    m_previous = new QPushButton(tr("Previous"), left);
    m_previous->setObjectName(u"PreviousPage"_s);
    m_next = new QPushButton(tr("Next"), left);
    m_next->setObjectName(u"NextPage"_s);
    pageRow->addWidget(groupLabel);
    pageRow->addWidget(m_group, 1);
    pageRow->addWidget(m_list);
    pageRow->addWidget(m_previous);
    pageRow->addWidget(m_next);
    l->addLayout(pageRow);
    m_pageLabel = new QLabel(left);
    m_pageLabel->setObjectName(u"PageLabel"_s);
    m_pageLabel->setAccessibleDescription(tr("Page"));
    l->addWidget(m_pageLabel);

    m_resultNote = new QLabel(left);
    m_resultNote->setObjectName(u"ResultNote"_s);
    m_resultNote->setAccessibleDescription(tr("Search result"));
    m_resultNote->setWordWrap(true);
    l->addWidget(m_resultNote);
    m_table = new QTableWidget(0, 7, left);
    m_table->setObjectName(u"UsersTable"_s);
    m_table->setAccessibleName(tr("Users found"));
    m_table->setHorizontalHeaderLabels(
            {tr("Name"), tr("DeviceToken"), tr("E-mail"), tr("Phone"), tr("ClientId"), tr("Group"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    l->addWidget(m_table, 1);
    m_status = new QLabel(left);
    m_status->setObjectName(u"UsersStatus"_s);
    m_status->setAccessibleDescription(tr("Users area status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_status);
    splitter->addWidget(left);

    // Right: the user.
    QWidget *details = buildDetails();
    details->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);

    connect(m_session, &QComboBox::currentIndexChanged, this, &UsersPage::onSessionChanged);
    connect(m_myProfile, &QPushButton::clicked, this, &UsersPage::myProfile);
    connect(m_find, &QPushButton::clicked, this, &UsersPage::find);
    connect(m_value, &QLineEdit::returnPressed, this, &UsersPage::find);
    connect(m_list, &QPushButton::clicked, this, [this] { listGroup(1); });
    connect(m_previous, &QPushButton::clicked, this, [this] { listGroup(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { listGroup(m_page + 1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty() || rows.first().row() >= m_users.size())
            return;
        m_ownProfile = false;
        showUser(m_users.at(rows.first().row()));
    });
}

QWidget *UsersPage::buildDetails()
{
    m_details = new QWidget;
    auto *v = new QVBoxLayout(m_details);
    m_userTitle = new QLabel(m_details);
    m_userTitle->setObjectName(u"UserTitle"_s);
    m_userTitle->setAccessibleDescription(tr("The user shown"));
    m_userTitle->setWordWrap(true);
    m_userTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_userTitle->font();
    f.setBold(true);
    m_userTitle->setFont(f);
    v->addWidget(m_userTitle);
    auto *tabs = new QTabWidget(m_details);
    tabs->setObjectName(u"UserTabs"_s);
    v->addWidget(tabs, 1);

    // Tab 1: change it. The buttons first, then Status and the switches, then the profile.
    auto *editScroll = new QScrollArea(tabs);
    editScroll->setWidgetResizable(true);
    auto *editPage = new QWidget(editScroll);
    auto *ev = new QVBoxLayout(editPage);
    editScroll->setWidget(editPage);
    tabs->addTab(editScroll, tr("&Edit"));
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save changes"), editPage);
    m_save->setObjectName(u"SaveUser"_s);
    m_save->setToolTip(tr("PUT Management/users with only the fields you changed; the user is read back."));
    m_revert = new QPushButton(tr("&Revert"), editPage);
    m_revert->setObjectName(u"RevertUser"_s);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    ev->addLayout(buttons);

    auto *formBox = new QGroupBox(tr("Status, UserFields and profile"), editPage);
    auto *form = new QFormLayout(formBox);
    for (const FieldLabel &fl : formFields()) {
        const UserField::Spec *spec = UserField::spec(fl.name);
        const QString label = tr(fl.label);
        QWidget *editor = nullptr;
        if (spec->type == UserField::Type::Bool) {
            auto *c = new QCheckBox(label, formBox);
            editor = c;
        } else if (spec->type == UserField::Type::Choice) {
            auto *c = new QComboBox(formBox);
            for (const QString &choice : spec->choices)
                c->addItem(choice, choice);
            editor = c;
        } else {
            auto *e = new QLineEdit(formBox);
            if (spec->type == UserField::Type::Int)
                e->setValidator(new QIntValidator(0, 1000, e));
            editor = e;
        }
        editor->setObjectName(u"User"_s + fl.name);
        editor->setAccessibleName(label);
        auto *error = new QLabel(formBox);
        error->setObjectName(u"User"_s + fl.name + u"Error"_s);
        error->setStyleSheet(u"color: #b00020;"_s);
        error->setWordWrap(true);
        error->hide();
        if (spec->type == UserField::Type::Bool) {
            form->addRow(editor);
        } else {
            auto *rowLabel = new QLabel(label + u":"_s, formBox);
            rowLabel->setBuddy(editor);
            form->addRow(rowLabel, editor);
        }
        form->addRow(error);
        m_editors.insert(fl.name, editor);
        m_errors.insert(fl.name, error);
    }
    ev->addWidget(formBox);
    ev->addStretch(1);

    // Tab 2: move or delete it.
    auto *actions = new QWidget(tabs);
    auto *actionsLayout = new QVBoxLayout(actions);
    tabs->addTab(actions, tr("Mo&ve or delete"));
    m_passwordBox = new QGroupBox(tr("Login password (UBI user)"), actions);
    auto *pv = new QHBoxLayout(m_passwordBox);
    m_passwordNote = new QLabel(m_passwordBox);
    m_passwordNote->setObjectName(u"PasswordNote"_s);
    m_passwordNote->setAccessibleDescription(tr("About the login password"));
    m_passwordNote->setWordWrap(true);
    m_setPassword = new QPushButton(tr("Set pass&word…"), m_passwordBox);
    m_setPassword->setObjectName(u"SetUserPassword"_s);
    pv->addWidget(m_passwordNote, 1);
    pv->addWidget(m_setPassword);
    actionsLayout->addWidget(m_passwordBox);
    m_moveBox = new QGroupBox(tr("Move to another group"), actions);
    auto *mv = new QVBoxLayout(m_moveBox);
    m_moveNote = new QLabel(m_moveBox);
    m_moveNote->setObjectName(u"MoveNote"_s);
    m_moveNote->setAccessibleDescription(tr("About moving"));
    m_moveNote->setWordWrap(true);
    mv->addWidget(m_moveNote);
    auto *moveRow = new QHBoxLayout;
    m_moveTarget = new QComboBox(m_moveBox);
    m_moveTarget->setObjectName(u"MoveTarget"_s);
    m_moveTarget->setAccessibleName(tr("Target group-key profile"));
    m_move = new QPushButton(tr("&Move"), m_moveBox);
    m_move->setObjectName(u"MoveUser"_s);
    moveRow->addWidget(m_moveTarget, 1);
    moveRow->addWidget(m_move);
    mv->addLayout(moveRow);
    actionsLayout->addWidget(m_moveBox);

    m_deleteBox = new QGroupBox(tr("Delete this user"), actions);
    auto *dv = new QVBoxLayout(m_deleteBox);
    m_deleteWho = new QLabel(m_deleteBox);
    m_deleteWho->setObjectName(u"DeleteWho"_s);
    m_deleteWho->setAccessibleDescription(tr("The user to delete"));
    m_deleteWho->setWordWrap(true);
    dv->addWidget(m_deleteWho);
    auto *confirmRow = new QHBoxLayout;
    m_confirm = new QLineEdit(m_deleteBox);
    m_confirm->setObjectName(u"DeleteConfirm"_s);
    m_confirm->setAccessibleName(tr("Last 8 characters of the DeviceToken"));
    m_confirm->setPlaceholderText(tr("last 8 characters of the DeviceToken"));
    m_confirm->setMaxLength(64);
    m_delete = new QPushButton(Icons::get(Icons::Delete), tr("&Delete permanently"), m_deleteBox);
    m_delete->setObjectName(u"DeleteUser"_s);
    confirmRow->addWidget(m_confirm, 1);
    confirmRow->addWidget(m_delete);
    dv->addLayout(confirmRow);
    m_confirmHint = new QLabel(m_deleteBox);
    m_confirmHint->setObjectName(u"DeleteConfirmHint"_s);
    m_confirmHint->setAccessibleDescription(tr("About the confirmation"));
    m_confirmHint->setWordWrap(true);
    dv->addWidget(m_confirmHint);
    actionsLayout->addWidget(m_deleteBox);
    actionsLayout->addStretch(1);

    // Tab 3: everything the service returned, and what the ledger knows.
    auto *allBox = new QWidget(tabs);
    auto *av = new QVBoxLayout(allBox);
    tabs->addTab(allBox, tr("All &fields"));
    m_allFields = new QPlainTextEdit(allBox);
    m_allFields->setObjectName(u"AllFields"_s);
    m_allFields->setAccessibleName(tr("All fields of the user"));
    m_allFields->setReadOnly(true);
    m_allFields->setMinimumHeight(fontMetrics().height() * 8);
    av->addWidget(m_allFields);
    m_history = new QLabel(allBox);
    m_history->setObjectName(u"LedgerHistory"_s);
    m_history->setAccessibleDescription(tr("In the ledger"));
    m_history->setWordWrap(true);
    av->addWidget(m_history);

    connect(m_save, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { showUser(m_user); });
    connect(m_move, &QPushButton::clicked, this, &UsersPage::moveUser);
    connect(m_setPassword, &QPushButton::clicked, this, &UsersPage::setPassword);
    connect(m_delete, &QPushButton::clicked, this, &UsersPage::deleteUser);
    connect(m_confirm, &QLineEdit::textChanged, this, &UsersPage::updateConfirm);
    connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
        if (m_delete->isEnabled())
            deleteUser();
    });
    return m_details;
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillSessions();
    fillMoveTargets();
}

// ---- the session ----------------------------------------------------------------------------------

void UsersPage::fillSessions()
{
    const QString current = m_session->currentData().toString();
    const QSignalBlocker block(m_session);
    m_session->clear();
    const QStringList names = m_sessions->profileNames();
    for (const QString &name : names) {
        const Session *s = m_sessions->session(name);
        if (!s)
            continue;
        const QString state = s->hasTokens() ? tr("signed in") : tr("not signed in");
        m_session->addItem(s->kind() == SessionKind::Admin ? tr("%1 (admin, %2)").arg(name, state)
                                                           : tr("%1 (user, %2)").arg(name, state),
                           name);
    }
    if (m_session->count() == 0)
        m_session->addItem(tr("(no open session: log in with an admin profile)"), QString());
    int idx = m_session->findData(current);
    if (idx < 0) { // the first admin session by default
        for (int i = 0; i < m_session->count(); ++i) {
            const Session *s = m_sessions->session(m_session->itemData(i).toString());
            if (s && s->kind() == SessionKind::Admin) {
                idx = i;
                break;
            }
        }
    }
    m_session->setCurrentIndex(qMax(0, idx));
    onSessionChanged();
}

bool UsersPage::selectSession(const QString &profileName)
{
    fillSessions();
    const int idx = m_session->findData(profileName);
    if (idx < 0)
        return false;
    m_session->setCurrentIndex(idx);
    return true;
}

QString UsersPage::sessionProfile() const
{
    return m_session->currentData().toString();
}

bool UsersPage::adminSessionChosen() const
{
    const Session *s = m_sessions->session(sessionProfile());
    return s && s->kind() == SessionKind::Admin;
}

UserAdmin *UsersPage::admin()
{
    const QString name = sessionProfile();
    Session *s = m_sessions->session(name);
    ApiClient *api = m_sessions->client(name);
    const bool replacing = m_admin && (!s || !api || m_adminProfile != name || m_admin->session() != s);
    if (replacing && m_busy) {
        // The request under way belonged to the old session's UserAdmin and ends with it.
        setBusy(false);
        setStatus(tr("The session changed while a request was under way; its outcome is unknown here. Find the "
                     "user again to see where it stands."),
                  true);
    }
    if (!s || !api) {
        m_admin.reset();
        m_adminProfile.clear();
        return nullptr;
    }
    if (!m_admin || replacing) {
        m_admin = std::make_unique<UserAdmin>(s, api, m_registration->ledger(), name);
        m_adminProfile = name;
    }
    return m_admin.get();
}

void UsersPage::onSessionChanged()
{
    const QString name = sessionProfile();
    const Session *s = m_sessions->session(name);
    const bool isAdmin = s && s->kind() == SessionKind::Admin;
    const bool isUser = s && s->kind() == SessionKind::User;
    if (!s) {
        m_sessionNote->setText(tr("Log in with an admin profile (Profiles, then Log in) to find and change users."));
    } else if (isUser) {
        m_sessionNote->setText(tr("A user session reads only its own profile: press My profile. Pick an admin session "
                                  "to find, change, move or delete users."));
    } else {
        const ApiClient *api = m_sessions->client(name);
        m_sessionNote->setText(tr("Requests go to %1 as the admin of “%2”.")
                                       .arg(api ? api->baseUrl().host()
                                                            + (api->baseUrl().port() > 0
                                                                       ? u":"_s + QString::number(api->baseUrl().port())
                                                                       : QString())
                                                : QString(),
                                            name));
    }
    m_myProfile->setEnabled(isUser && !m_busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_key, m_value, m_find, m_group, m_list})
        w->setEnabled(isAdmin && !m_busy);
    // A session that only refreshed its token (sessionChanged fires then too) changes nothing
    // else: the form keeps what is being typed, the page its place.
    if (name == m_shownSession)
        return;
    m_shownSession = name;
    admin(); // a request under way on the previous session is abandoned (and said so)
    // The groups to page through: those of this service's group-key profiles.
    const QString typed = m_group->currentText();
    const QSignalBlocker block(m_group);
    m_group->clear();
    if (const ApiClient *api = isAdmin ? m_sessions->client(name) : nullptr) {
        const auto targets = m_registration->targets();
        for (const RegistrationTarget &t : targets) {
            if (UserAdmin::sameOrigin(t.baseUrl, api->baseUrl()) && m_group->findData(t.instanceId) < 0)
                m_group->addItem(t.instanceId, t.instanceId);
        }
    }
    if (!typed.isEmpty())
        m_group->setCurrentText(typed);
    if (QLineEdit *edit = m_group->lineEdit())
        edit->setCursorPosition(0); // a long InstanceId shows its start, as it is written elsewhere
    showNoPage();
    if (m_user)
        showUser(m_user); // what may be done to it depends on the session
}

// ---- find and page --------------------------------------------------------------------------------

void UsersPage::find()
{
    const QString key = m_key->currentData().toString();
    const QString value = m_value->text().trimmed();
    if (value.isEmpty()) {
        setStatus(tr("Type the %1 to look for.").arg(m_key->currentText()), true);
        m_value->setFocus();
        return;
    }
    UserAdmin *a = admin();
    if (!a || !adminSessionChosen()) {
        setStatus(tr("Pick an admin session first."), true);
        return;
    }
    m_page = 0;
    setBusy(true, tr("Looking for %1 “%2”…").arg(m_key->currentText(), value));
    const QString what = m_key->currentText();
    onFinished(a->find({{key, value}}), [this, what, value](UserTask *t) {
        if (!t->ok()) {
            setStatus(ErrorText::describe(t->error()), true);
            return;
        }
        showNoPage();
        showResults(t->users(), tr("No user found for %1 “%2”.").arg(what, value));
        setStatus(QString());
    });
}

void UsersPage::listGroup(int pageNumber)
{
    const QString group = m_group->currentText().trimmed();
    if (group.isEmpty()) {
        setStatus(tr("Give the group's InstanceId to page through its users."), true);
        return;
    }
    UserAdmin *a = admin();
    if (!a || !adminSessionChosen()) {
        setStatus(tr("Pick an admin session first."), true);
        return;
    }
    UserPageQuery q;
    q.instanceIds = {group};
    q.pageNumber = qMax(1, pageNumber);
    setBusy(true, tr("Reading page %1 of group %2…").arg(q.pageNumber).arg(group));
    onFinished(a->page(q), [this, group](UserTask *t) {
        if (!t->ok()) {
            setStatus(ErrorText::describe(t->error()), true);
            return;
        }
        const UserPage p = t->page();
        m_page = qMax(1, p.currentPage);
        m_pageCount = qMax(1, p.totalPages);
        m_groupUsers = qMax<qint64>(0, p.totalUsers);
        showPageLabel();
        m_previous->setEnabled(p.hasPreviousPage);
        m_next->setEnabled(p.hasNextPage);
        showResults(t->users(), tr("Group %1 has no users on this page.").arg(group));
        setStatus(QString());
    });
}

void UsersPage::showPageLabel()
{
    m_pageLabel->setText(
            tr("Page %1 of %2 · users in the group: %n", "", int(m_groupUsers)).arg(m_page).arg(m_pageCount));
}

// The table's cells of one user.
static QStringList rowCells(const ManagedUser &u)
{
    return {u.displayName(),
            u.deviceToken,
            text(u.value(u"Email"_s)),
            text(u.value(u"Phone"_s)),
            text(u.value(u"ClientId"_s)),
            u.instanceId,
            u.status};
}

void UsersPage::replaceRow(const ManagedUser &user)
{
    for (int r = 0; r < m_users.size(); ++r) {
        if (m_users[r].deviceToken.compare(user.deviceToken, Qt::CaseInsensitive) != 0)
            continue;
        m_users[r] = user;
        const QStringList cells = rowCells(user);
        for (int c = 0; c < cells.size(); ++c) {
            if (QTableWidgetItem *item = m_table->item(r, c))
                item->setText(cells.at(c));
        }
    }
}

void UsersPage::showNoPage()
{
    m_page = 0;
    m_pageLabel->clear();
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
}

void UsersPage::showResults(const QList<ManagedUser> &users, const QString &none, bool ownProfile)
{
    m_users = users;
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(users.size()));
    for (int r = 0; r < users.size(); ++r) {
        const QStringList cells = rowCells(users.at(r));
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_resultNote->setText(users.isEmpty() ? none : tr("Users found: %n.", "", int(users.size())));
    if (users.size() == 1) {
        m_table->selectRow(0);
        m_ownProfile = ownProfile;
        showUser(users.first());
    } else if (m_user) {
        // Keep showing the user when it is still among the results.
        bool still = false;
        for (int r = 0; r < users.size(); ++r) {
            if (users.at(r).deviceToken.compare(m_user->deviceToken, Qt::CaseInsensitive) == 0) {
                m_table->selectRow(r);
                still = true;
            }
        }
        if (!still)
            showUser(std::nullopt);
    }
}

QString UsersPage::resultText() const
{
    return m_resultNote->text();
}

QString UsersPage::statusText() const
{
    return m_status->text();
}

void UsersPage::findDeviceToken(const QString &deviceToken)
{
    const QString dt = deviceToken.trimmed();
    m_key->setCurrentIndex(m_key->findData(u"DeviceToken"_s));
    m_value->setText(dt);
    fillSessions();
    if (!adminSessionChosen()) {
        for (int i = 0; i < m_session->count(); ++i) {
            const Session *s = m_sessions->session(m_session->itemData(i).toString());
            if (s && s->kind() == SessionKind::Admin) {
                m_session->setCurrentIndex(i);
                break;
            }
        }
    }
    if (!adminSessionChosen()) {
        setStatus(tr("To find %1, log in with an admin profile (Profiles, then Log in), then press Find.").arg(dt),
                  true);
        return;
    }
    if (m_busy) {
        setStatus(tr("Wait for the request under way, then press Find."), true);
        return;
    }
    find();
}

void UsersPage::myProfile()
{
    UserAdmin *a = admin();
    if (!a)
        return;
    setBusy(true, tr("Reading your own profile…"));
    onFinished(a->ownProfile(), [this](UserTask *t) {
        if (!t->ok()) {
            setStatus(ErrorText::describe(t->error()), true);
            return;
        }
        // One row, like any answer (the list said "Your own profile." over an empty table).
        showNoPage();
        const std::optional<ManagedUser> user = t->user();
        showResults(user ? QList<ManagedUser>{*user} : QList<ManagedUser>{}, tr("The service returned no profile."),
                    true);
        if (user)
            m_resultNote->setText(tr("Your own profile."));
        setStatus(QString());
    });
}

// ---- the user ---------------------------------------------------------------------------------------

void UsersPage::showUser(const std::optional<ManagedUser> &user)
{
    m_user = user;
    clearFieldErrors();
    const bool canChange = user && !m_ownProfile && adminSessionChosen();
    m_details->setEnabled(bool(user));
    if (!user) {
        m_userTitle->setText(tr("No user shown. Find one on the left, or use “Find this user” on a token card, in the "
                                "inspector or in the ledger."));
        for (QWidget *w : std::as_const(m_editors)) {
            if (auto *e = qobject_cast<QLineEdit *>(w))
                e->clear();
            else if (auto *c = qobject_cast<QCheckBox *>(w))
                c->setChecked(false);
        }
        m_allFields->clear();
        m_history->clear();
        m_deleteWho->clear();
        m_confirm->clear();
        m_passwordNote->clear();
        m_passwordBox->setEnabled(false);
        updateConfirm();
        fillMoveTargets();
        return;
    }
    const ManagedUser &u = *user;
    m_userTitle->setText(tr("%1 — %2\nDeviceToken %3 · group %4")
                                 .arg(u.displayName(), u.status.isEmpty() ? tr("status unknown") : u.status,
                                      u.deviceToken, u.instanceId));
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const QJsonValue v = u.value(it.key());
        if (auto *e = qobject_cast<QLineEdit *>(it.value())) {
            e->setText(text(v));
        } else if (auto *c = qobject_cast<QCheckBox *>(it.value())) {
            c->setChecked(v.toBool(it.key() != u"EnableLogging"_s)); // the service's defaults
        } else if (auto *c = qobject_cast<QComboBox *>(it.value())) {
            const QString t = it.key() == u"Status"_s ? u.status : text(v);
            int idx = c->findData(t, Qt::UserRole, Qt::MatchFixedString);
            if (idx < 0 && !t.isEmpty()) { // a value the form does not offer is shown as it is
                c->addItem(t, t);
                idx = c->count() - 1;
            }
            c->setCurrentIndex(qMax(0, idx));
        }
        it.value()->setEnabled(canChange);
    }
    m_save->setEnabled(canChange && !m_busy);
    m_revert->setEnabled(canChange);
    m_moveBox->setEnabled(canChange);
    m_deleteBox->setEnabled(canChange);
    const QString login = loginOf(u);
    m_passwordBox->setEnabled(canChange && !login.isEmpty());
    m_passwordNote->setText(login.isEmpty()
                                    ? tr("This user has neither a phone number nor an e-mail to log in with: set one "
                                         "first on the Edit tab, then a password.")
                                    : tr("The user logs in with %1 and a password of their own.").arg(login));
    QStringList lines;
    for (const auto &f : u.fieldsForDisplay())
        lines << f.first + u": "_s + f.second;
    m_allFields->setPlainText(lines.join(u'\n'));
    m_deleteWho->setText(tr("Deleting is irreversible: %1 (DeviceToken %2, group %3) and everything the service "
                            "keeps for this user go. To confirm, type the DeviceToken's last 8 characters (%4).")
                                 .arg(u.displayName(), u.deviceToken, u.instanceId, u.deviceToken.right(8)));
    m_confirm->clear();
    updateConfirm();
    fillMoveTargets();
    showLedgerHistory();
}

void UsersPage::setPassword()
{
    Session *s = m_sessions->session(sessionProfile());
    ApiClient *api = m_sessions->client(sessionProfile());
    if (!m_user || !s || !api || !adminSessionChosen()) {
        setStatus(tr("Pick an admin session first."), true);
        return;
    }
    SetPasswordDialog::Target target;
    target.deviceToken = m_user->deviceToken;
    target.who = loginOf(*m_user).isEmpty() ? m_user->displayName() : loginOf(*m_user);
    target.via = s;
    target.api = api;
    target.viaName = sessionProfile();
    auto *dialog = new SetPasswordDialog(nullptr, this); // no profile's keychain is read or written
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget(target);
    connect(dialog, &SetPasswordDialog::passwordSet, this,
            [this](const QString &who, const QString &) { setStatus(tr("The password of %1 was set.").arg(who)); });
    dialog->open();
}

void UsersPage::showLedgerHistory()
{
    if (!m_user) {
        m_history->clear();
        return;
    }
    Ledger *ledger = m_registration->ledger();
    QStringList lines;
    if (ledger && ledger->isOpen()) {
        if (const auto e = ledger->findByDeviceToken(m_user->deviceToken))
            lines << tr("Registered by this console on %1 (%2).")
                             .arg(QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat), e->source);
        for (const LedgerUserEvent &e : ledger->userEvents(m_user->deviceToken)) {
            const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
            if (e.action == LedgerUserAction::moved())
                lines << tr("Moved from group %1 to %2 on %3 by %4.").arg(e.instanceId, e.toInstanceId, when, e.actor);
            else if (e.action == LedgerUserAction::moveUnknown())
                lines << tr("A move to group %1 on %2 may have happened (the answer was lost).")
                                 .arg(e.toInstanceId, when);
            else
                lines << tr("%1 on %2 by %3.").arg(e.action, when, e.actor);
        }
    }
    m_history->setText(lines.isEmpty() ? tr("Not in this console's ledger.") : tr("Ledger: ") + lines.join(u' '));
}

QHash<QString, QJsonValue> UsersPage::formValues() const
{
    QHash<QString, QJsonValue> out;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const UserField::Spec *spec = UserField::spec(it.key());
        if (auto *e = qobject_cast<QLineEdit *>(it.value())) {
            const QString t = e->text().trimmed();
            if (spec->type == UserField::Type::Int) {
                if (!t.isEmpty())
                    out.insert(it.key(), t.toInt());
            } else {
                out.insert(it.key(), t);
            }
        } else if (auto *c = qobject_cast<QCheckBox *>(it.value())) {
            out.insert(it.key(), c->isChecked());
        } else if (auto *c = qobject_cast<QComboBox *>(it.value())) {
            if (!c->currentData().toString().isEmpty())
                out.insert(it.key(), c->currentData().toString());
        }
    }
    return out;
}

void UsersPage::clearFieldErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
}

QString UsersPage::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void UsersPage::save()
{
    if (!m_user)
        return;
    UserAdmin *a = admin();
    if (!a || !adminSessionChosen())
        return;
    clearFieldErrors();
    const UserChanges changes = UserChanges::between(*m_user, formValues());
    if (changes.isEmpty()) {
        setStatus(tr("Nothing changed: nothing was sent."));
        return;
    }
    const QString dt = m_user->deviceToken;
    setBusy(true, tr("Saving %1…").arg(changes.names().join(u", "_s)));
    onFinished(a->update(dt, changes), [this](UserTask *t) {
        const auto errors = t->fieldErrors();
        for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
            if (QLabel *l = m_errors.value(it.key())) {
                l->setText(it.value());
                l->show();
            }
        }
        if (!t->ok()) {
            if (!errors.isEmpty()) {
                if (QWidget *w = m_editors.value(errors.constBegin().key()))
                    w->setFocus();
            }
            setStatus(ErrorText::describe(t->error()), true);
            return; // the form keeps what was typed
        }
        const QString sent = t->sentFields().join(u", "_s);
        if (t->user()) {
            showUser(t->user());
            replaceRow(*t->user());
            setStatus(tr("Saved (%1) and read back.").arg(sent));
        } else {
            setStatus(tr("Saved (%1), but reading the user back failed: %2").arg(sent, t->readBackProblem()), true);
        }
    });
}

// ---- move ----------------------------------------------------------------------------------------------

void UsersPage::fillMoveTargets()
{
    const QString current = m_moveTarget->currentData().toString();
    m_moveTarget->clear();
    const ApiClient *api = m_sessions->client(sessionProfile());
    if (m_user && api) {
        const auto targets = m_registration->targets();
        for (const RegistrationTarget &t : targets) {
            if (!UserAdmin::sameOrigin(t.baseUrl, api->baseUrl()))
                continue; // a key goes only to its own service
            if (t.instanceId.compare(m_user->instanceId, Qt::CaseInsensitive) == 0)
                continue; // the group it is in
            m_moveTarget->addItem(tr("%1 — group %2").arg(t.profileName, t.shortGroup()), t.profileName);
        }
    }
    const int idx = m_moveTarget->findData(current);
    if (idx >= 0)
        m_moveTarget->setCurrentIndex(idx);
    const bool any = m_moveTarget->count() > 0;
    m_moveTarget->setEnabled(any);
    m_move->setEnabled(any && !m_busy);
    m_moveNote->setText(
            any ? tr("The target group's InstanceKEY is read from the chosen group-key profile's keychain entry when "
                     "you "
                     "press Move, and sent only to that profile's service. The move is recorded in the ledger.")
                : tr("No group-key profile of this service for another group. Create one (Profiles, New…, kind "
                     "Group key) with that group's InstanceId and InstanceKEY."));
}

void UsersPage::moveUser()
{
    if (!m_user || m_moveTarget->currentData().toString().isEmpty())
        return;
    UserAdmin *a = admin();
    const auto target = m_registration->target(m_moveTarget->currentData().toString());
    if (!a || !target) {
        setStatus(tr("That group-key profile no longer exists. Nothing was sent."), true);
        fillMoveTargets();
        return;
    }
    const QString dt = m_user->deviceToken;
    const QString who = m_user->displayName();
    setBusy(true, tr("Moving %1 to group %2…").arg(who, target->shortGroup()));
    QPointer<UsersPage> self(this);
    m_registration->readGroupKey(
            *target, this,
            [this, dt, who](const RegistrationTarget &t, const QString &key) {
                UserAdmin *a = admin();
                if (!a) {
                    setBusy(false);
                    return;
                }
                onFinished(a->move(dt, t.instanceId, key, t.baseUrl, who), [this, t, who](UserTask *task) {
                    if (!task->ledgerProblem().isEmpty())
                        setStatus(tr("%1 %2, but the ledger could not record it: %3")
                                          .arg(who, task->ok() ? tr("was moved") : tr("may have been moved"),
                                               task->ledgerProblem()),
                                  true);
                    else if (!task->ok())
                        setStatus(ErrorText::describe(task->error()), true);
                    else
                        setStatus(tr("Moved %1 to group %2 (%3). Recorded in the ledger.")
                                          .arg(who, t.instanceId, t.profileName));
                    if (task->user()) {
                        showUser(task->user());
                        replaceRow(*task->user());
                    }
                });
            },
            [this, self](const ApiError &e) {
                if (!self)
                    return;
                setBusy(false);
                setStatus(ErrorText::describe(e), true);
            });
}

// ---- delete --------------------------------------------------------------------------------------------

void UsersPage::updateConfirm()
{
    const QString typed = m_confirm->text().trimmed();
    const QString expected = m_user ? m_user->deviceToken.right(8) : QString();
    const bool match = m_user && !typed.isEmpty() && typed.compare(expected, Qt::CaseInsensitive) == 0;
    m_delete->setEnabled(match && !m_busy);
    if (!m_user || typed.isEmpty())
        m_confirmHint->setText(m_user ? tr("Delete stays off until the last 8 characters match.") : QString());
    else if (match)
        m_confirmHint->setText(tr("That matches. Delete permanently removes %1.").arg(m_user->displayName()));
    else
        m_confirmHint->setText(
                tr("“%1” is not the last 8 characters of this DeviceToken (it ends in %2).").arg(typed, expected));
}

void UsersPage::deleteUser()
{
    if (!m_user || !m_delete->isEnabled())
        return;
    UserAdmin *a = admin();
    if (!a || !adminSessionChosen())
        return;
    const ManagedUser u = *m_user;
    setBusy(true, tr("Deleting %1…").arg(u.displayName()));
    onFinished(a->remove(u.deviceToken, u.instanceId, u.displayName()), [this, u](UserTask *t) {
        if (!t->ledgerProblem().isEmpty()) {
            setStatus(tr("%1 (%2) %3, but the ledger could not record it: %4")
                              .arg(u.displayName(), u.deviceToken,
                                   t->ok() ? tr("was deleted") : tr("may have been deleted"), t->ledgerProblem()),
                      true);
        } else if (!t->ok()) {
            setStatus(ErrorText::describe(t->error()), true);
            return;
        } else {
            setStatus(tr("Deleted %1 (%2). Recorded in the ledger.").arg(u.displayName(), u.deviceToken));
        }
        if (t->ok()) {
            for (int r = 0; r < m_users.size(); ++r) {
                if (m_users[r].deviceToken.compare(u.deviceToken, Qt::CaseInsensitive) == 0) {
                    m_users.removeAt(r);
                    m_table->removeRow(r);
                    break;
                }
            }
            m_resultNote->setText(tr("%1 was deleted.").arg(shortToken(u.deviceToken)));
            if (m_page > 0 && m_groupUsers > 0) { // a group's page: its count follows
                --m_groupUsers;
                showPageLabel();
            }
            showUser(std::nullopt);
        }
    });
}

// ---- plumbing ----------------------------------------------------------------------------------------------

void UsersPage::onFinished(UserTask *task, std::function<void(UserTask *)> done)
{
    connect(task, &UserTask::finished, this, [this, done](UserTask *t) {
        setBusy(false);
        done(t);
        t->deleteLater();
        Q_EMIT taskFinished();
    });
}

void UsersPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (!status.isEmpty())
        setStatus(status);
    const bool isAdmin = adminSessionChosen();
    for (QWidget *w : std::initializer_list<QWidget *>{m_find, m_list, m_session})
        w->setEnabled(!busy && (w == m_session || isAdmin));
    m_save->setEnabled(!busy && m_user && !m_ownProfile && isAdmin);
    m_move->setEnabled(!busy && m_moveTarget->count() > 0 && m_user && isAdmin);
    m_myProfile->setEnabled(!busy && !isAdmin && m_sessions->session(sessionProfile()));
    if (busy) {
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
    }
    updateConfirm();
}

void UsersPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

} // namespace tc
