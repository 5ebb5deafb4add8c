#include "ui/ProfileEditor.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/auth/Jwt.h"
#include "core/auth/LoginAttempt.h"
#include "core/auth/LoginBudget.h"
#include "core/auth/OpenSessions.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/util/TimeText.h"
#include "ui/Colors.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/SecretEdit.h"
#include "ui/WheelGuard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
const QStringList &endpointNames()
{
    static const QStringList names{u"login"_s, u"refresh"_s, u"register"_s, u"register-many"_s, u"find"_s, u"users"_s};
    return names;
}
} // namespace

bool ProfileEditor::isUuid(const QString &text)
{
    static const QRegularExpression re(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(text.trimmed()).hasMatch();
}

bool ProfileEditor::isEmail(const QString &text)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return re.match(text.trimmed()).hasMatch();
}

QString ProfileEditor::urlProblem(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return tr("Enter the service's base URL, e.g. https://user.example.com.");
    }
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid()) {
        return tr("This is not a valid URL.");
    }
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s) {
        return tr("The URL must start with https:// (or http:// for a local service).");
    }
    if (url.host().isEmpty()) {
        return tr("The URL needs a host name.");
    }
    // Plain http only where nothing crosses a network (what the hint has always said): the API
    // password, group keys and tokens would otherwise travel unencrypted. Found walking the editor:
    // http://example.com was saved and its login sent the password in clear.
    if (url.scheme() == u"http"_s) {
        if (!ApiClient::isLocalHost(url.host()))
            return tr("Plain http:// is for a service on this computer only (localhost, 127.0.0.1, ::1): the "
                      "password and tokens would cross the network unencrypted. Use https://.");
    }
    return ApiClient::baseUrlProblem(url);
}

ProfileEditor::ProfileEditor(ProfileStore *profiles, OpenSessions *sessions, LoginBudget *budget, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_sessions(sessions), m_budget(budget), m_name(new QLineEdit),
      m_environment(new QComboBox), m_url(new QLineEdit), m_caFile(new QLineEdit), m_pin(new QLineEdit),
      m_kind(new QComboBox), m_instanceId(new QLineEdit), m_instanceIdLabel(new QLabel), m_email(new QLineEdit),
      m_password(new SecretEdit), m_deviceToken(new SecretEdit), m_instanceKey(new SecretEdit),
      m_ubiLoginKind(new QComboBox), m_ubiLogin(new QLineEdit), m_ubiLoginRow(new QWidget),
      m_userPassword(new SecretEdit), m_loginFields(new QComboBox), m_paths(new QGroupBox),
      m_test(new QPushButton(tr("&Test login"))), m_cancelTest(new QPushButton(tr("Cancel tes&t"))),
      m_progress(new QProgressBar), m_testResult(new QLabel), m_saveError(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Profile"));
    setAccessibleName(tr("Profile editor"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea;
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const auto withProblem = [this](QWidget *field) {
        auto *box = new QWidget;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(field);
        auto *problem = new QLabel;
        problem->setWordWrap(true);
        problem->setTextFormat(Qt::PlainText);
        QPalette p = problem->palette();
        p.setColor(QPalette::WindowText, Colors::isDark(p) ? Colors::red().lighter(160) : Colors::red());
        problem->setPalette(p);
        problem->hide();
        l->addWidget(problem);
        m_problemLabels.insert(field, problem);
        return box;
    };
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };

    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Production — admin"));
    m_form->addRow(label(tr("&Name:"), m_name), withProblem(m_name));

    m_environment->addItem(Icons::get(Icons::Production), tr("Production (user.telematicssdk.com)"),
                           int(ProfileEnvironment::Production));
    m_environment->addItem(Icons::get(Icons::Sandbox), tr("Local sandbox (embedded; its URL is found at run time)"),
                           int(ProfileEnvironment::Sandbox));
    m_environment->addItem(Icons::get(Icons::Custom), tr("Custom URL"), int(ProfileEnvironment::Custom));
    m_environment->setAccessibleName(tr("Environment"));
    m_form->addRow(label(tr("&Environment:"), m_environment), m_environment);

    m_url->setAccessibleName(tr("Base URL"));
    m_url->setPlaceholderText(u"https://"_s);
    m_form->addRow(label(tr("Base &URL:"), m_url), withProblem(m_url));

    // A private HTTPS endpoint (Custom only): its CA, or the SHA-256 of its own certificate. Both
    // apply to this profile's origin only; without them the certificate is checked as usual.
    m_caFile->setObjectName(u"CaFile"_s);
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("optional: a PEM file of the private CA that signed the service's certificate"));
    auto *browseCa = new QPushButton(tr("Browse…"));
    browseCa->setAutoDefault(false);
    browseCa->setAccessibleName(tr("Browse for the CA certificate file"));
    connect(browseCa, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("The private CA's certificate (PEM)"));
        dialog->setNameFilter(tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });
    m_caFileRow = new QWidget;
    auto *caLayout = new QHBoxLayout(m_caFileRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(withProblem(m_caFile), 1);
    caLayout->addWidget(browseCa, 0, Qt::AlignTop);
    m_form->addRow(label(tr("&CA certificate:"), m_caFile), m_caFileRow);
    m_pin->setObjectName(u"PinSha256"_s);
    m_pin->setAccessibleName(tr("Certificate SHA-256 pin"));
    m_pin->setPlaceholderText(tr("optional: AB:CD:… (openssl x509 -noout -fingerprint -sha256)"));
    m_form->addRow(label(tr("Certificate &pin (SHA-256):"), m_pin), withProblem(m_pin));

    m_kind->addItem(Icons::get(Icons::Admin), tr("Admin — API credentials (DataHub → Management)"),
                    int(ProfileKind::Admin));
    m_kind->addItem(Icons::get(Icons::User), tr("User — one app user's DeviceToken"), int(ProfileKind::User));
    m_kind->addItem(Icons::get(Icons::GroupKey), tr("Group key — InstanceID + InstanceKEY (registration, no login)"),
                    int(ProfileKind::GroupKey));
    m_kind->addItem(Icons::get(Icons::User), tr("UBI user — phone number or e-mail + the user's own password"),
                    int(ProfileKind::UbiUser));
    m_kind->setAccessibleName(tr("Kind"));
    m_form->addRow(label(tr("&Kind:"), m_kind), m_kind);

    m_instanceIdLabel->setText(tr("&InstanceID:"));
    m_instanceIdLabel->setBuddy(m_instanceId);
    m_instanceId->setAccessibleName(tr("InstanceID"));
    m_instanceId->setPlaceholderText(u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s);
    m_form->addRow(m_instanceIdLabel, withProblem(m_instanceId));

    m_email->setAccessibleName(tr("API login e-mail"));
    m_email->setPlaceholderText(tr("api-login@example.com"));
    m_form->addRow(label(tr("API &login (e-mail):"), m_email), withProblem(m_email));

    m_password->setAccessibleName(tr("API password"));
    m_form->addRow(label(tr("API &password:"), m_password->lineEdit()), withProblem(m_password));

    m_deviceToken->setAccessibleName(tr("DeviceToken"));
    m_deviceToken->setPlaceholderText(u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s);
    m_form->addRow(label(tr("&DeviceToken:"), m_deviceToken->lineEdit()), withProblem(m_deviceToken));

    m_instanceKey->setAccessibleName(tr("InstanceKEY"));
    m_form->addRow(label(tr("Instance&KEY:"), m_instanceKey->lineEdit()), withProblem(m_instanceKey));

    // A UBI user (seed 003): the phone number or e-mail the user was registered with.
    m_ubiLoginKind->addItem(tr("Phone number"), int(UserLogin::Phone));
    m_ubiLoginKind->addItem(tr("E-mail"), int(UserLogin::Email));
    m_ubiLoginKind->setAccessibleName(tr("UBI login kind"));
    m_ubiLogin->setAccessibleName(tr("UBI user login"));
    auto *ubiRow = new QHBoxLayout(m_ubiLoginRow);
    ubiRow->setContentsMargins(0, 0, 0, 0);
    ubiRow->addWidget(m_ubiLoginKind, 0, Qt::AlignTop);
    ubiRow->addWidget(withProblem(m_ubiLogin), 1);
    m_form->addRow(label(tr("User &login:"), m_ubiLogin), m_ubiLoginRow);

    m_userPassword->setAccessibleName(tr("User's password"));
    m_form->addRow(label(tr("User's pass&word:"), m_userPassword->lineEdit()), withProblem(m_userPassword));

    m_loginFields->addItem(tr("Auto: object, then the string shape once on a bare 401"), int(LoginFieldsMode::Auto));
    m_loginFields->addItem(tr("Object: \"LoginFields\": {\"Email\": …} (2020 docs)"), int(LoginFieldsMode::Object));
    m_loginFields->addItem(tr("String: \"LoginFields\": \"{\\\"email\\\": …}\" (newer docs)"),
                           int(LoginFieldsMode::String));
    m_loginFields->setAccessibleName(tr("LoginFields shape"));
    m_form->addRow(label(tr("Login&Fields:"), m_loginFields), m_loginFields);

    m_paths->setTitle(tr("Endpoint paths (leave empty for the documented ones)"));
    m_paths->setCheckable(true);
    m_paths->setChecked(false);
    auto *pathsForm = new QFormLayout(m_paths);
    for (const QString &endpoint : endpointNames()) {
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(Profile::defaultPath(endpoint));
        edit->setAccessibleName(tr("Path of %1").arg(endpoint));
        pathsForm->addRow(endpoint + u':', withProblem(edit));
        m_pathEdits.insert(endpoint, edit);
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    }
    connect(m_paths, &QGroupBox::toggled, this, [pathsForm](bool on) {
        for (int r = 0; r < pathsForm->rowCount(); ++r) {
            pathsForm->setRowVisible(r, on);
        }
    });
    for (int r = 0; r < pathsForm->rowCount(); ++r) {
        pathsForm->setRowVisible(r, false);
    }
    m_form->addRow(m_paths);

    // Test login: button, progress + cancel, outcome inline.
    auto *testRow = new QHBoxLayout;
    m_test->setIcon(Icons::get(Icons::Login));
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Logs in once with these fields (uses one of the service's rate-limited logins)."));
    testRow->addWidget(m_test);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Test login in progress"));
    m_progress->hide();
    testRow->addWidget(m_progress, 1);
    m_cancelTest->setIcon(Icons::get(Icons::Cancel));
    m_cancelTest->setAutoDefault(false);
    m_cancelTest->hide();
    testRow->addWidget(m_cancelTest);
    testRow->addStretch(0);
    m_form->addRow(testRow);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setObjectName(u"TestResult"_s);
    m_testResult->setAccessibleDescription(tr("Test login result")); // the name stays the text
    m_testResult->setAutoFillBackground(true);
    m_testResult->setMargin(6);
    m_testResult->hide();
    m_testResult->installEventFilter(this);
    m_form->addRow(m_testResult);

    m_saveError->setWordWrap(true);
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->setObjectName(u"SaveError"_s);
    m_saveError->setAccessibleDescription(tr("Save error")); // the name stays the text
    m_saveError->hide();
    outer->addWidget(m_saveError);
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
    connect(m_test, &QPushButton::clicked, this, &ProfileEditor::testLogin);
    connect(m_cancelTest, &QPushButton::clicked, this, [this] {
        if (m_attempt) {
            m_attempt->cancel();
        }
    });
    for (QLineEdit *e : {m_name, m_url, m_caFile, m_pin, m_instanceId, m_email, m_ubiLogin}) {
        connect(e, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    }
    connect(m_ubiLoginKind, &QComboBox::currentIndexChanged, this, &ProfileEditor::kindOrEnvironmentChanged);
    for (SecretEdit *e : {m_password, m_deviceToken, m_instanceKey, m_userPassword}) {
        connect(e, &SecretEdit::textChanged, this, &ProfileEditor::validate);
    }
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ProfileEditor::kindOrEnvironmentChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileEditor::kindOrEnvironmentChanged);
    // What the person typed or picked (not what loading the profile filled in).
    for (QLineEdit *e : {m_name, m_url, m_instanceId, m_email, m_password->lineEdit(), m_deviceToken->lineEdit(),
                         m_instanceKey->lineEdit()})
        connect(e, &QLineEdit::textEdited, this, &ProfileEditor::markEdited);
    for (QLineEdit *e : std::as_const(m_pathEdits))
        connect(e, &QLineEdit::textEdited, this, &ProfileEditor::markEdited);
    for (QComboBox *c : {m_environment, m_kind, m_loginFields})
        connect(c, &QComboBox::activated, this, &ProfileEditor::markEdited);

    editNew();
    // Wide enough for every field without a horizontal scroll bar (it follows the font, so it
    // grows at 200 %); tall enough for most of the form, the rest scrolls vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int formWidth = std::max(content->minimumSizeHint().width(), fontMetrics().averageCharWidth() * 80)
                          + scroll->verticalScrollBar()->sizeHint().width() + 2 * outer->contentsMargins().left();
    content->setMinimumWidth(content->minimumSizeHint().width());
    setMinimumWidth(std::min(formWidth, screen() ? screen()->availableGeometry().width() : formWidth));
    resize(formWidth, std::min(fontMetrics().height() * 34, screen() ? screen()->availableGeometry().height() * 9 / 10
                                                                     : fontMetrics().height() * 34));
    WheelGuard::installAll(this); // the form scrolls; its combo boxes change only with focus
}

ProfileEditor::~ProfileEditor() = default;

QPushButton *ProfileEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString ProfileEditor::testResult() const
{
    return m_testResult->isHidden() ? QString() : m_testResult->text();
}

QString ProfileEditor::saveError() const
{
    return m_saveError->isHidden() ? QString() : m_saveError->text();
}

void ProfileEditor::reject()
{
    if (!m_edited) {
        QDialog::reject();
        return;
    }
    MessageBox::ask(
            this, tr("Discard this profile?"),
            m_original.isEmpty() ? tr("Discard what you entered for this new profile?")
                                 : tr("Discard your changes to “%1”?").arg(m_original),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
            [this](QMessageBox::StandardButton b) {
                if (b == QMessageBox::Discard) {
                    m_edited = false;
                    QDialog::reject();
                }
            },
            QMessageBox::Warning);
}

void ProfileEditor::editNew()
{
    m_edited = false;
    m_original.clear();
    m_loadedSecrets.clear();
    setWindowTitle(tr("New profile"));
    m_name->clear();
    m_environment->setCurrentIndex(m_environment->findData(int(ProfileEnvironment::Sandbox)));
    m_url->clear();
    m_caFile->clear();
    m_pin->clear();
    m_kind->setCurrentIndex(0);
    m_instanceId->clear();
    m_email->clear();
    m_password->setText({});
    m_deviceToken->setText({});
    m_instanceKey->setText({});
    m_ubiLoginKind->setCurrentIndex(0);
    m_ubiLogin->clear();
    m_userPassword->setText({});
    m_loginFields->setCurrentIndex(0);
    for (QLineEdit *e : std::as_const(m_pathEdits)) {
        e->clear();
    }
    m_testResult->hide();
    m_saveError->hide();
    kindOrEnvironmentChanged();
}

void ProfileEditor::presetKind(ProfileKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    kindOrEnvironmentChanged();
}

void ProfileEditor::editExisting(const Profile &p)
{
    m_edited = false;
    editNew();
    m_original = p.name;
    setWindowTitle(tr("Profile “%1”").arg(p.name));
    m_name->setText(p.name);
    m_environment->setCurrentIndex(m_environment->findData(int(p.environment)));
    if (p.environment == ProfileEnvironment::Custom) {
        m_url->setText(p.url.toString());
        m_caFile->setText(p.tls.caFile);
        m_pin->setText(p.tls.pinSha256.isEmpty() ? QString() : TlsTrust::pinText(p.tls.pinSha256));
    }
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_instanceId->setText(p.instanceId);
    m_email->setText(p.kind == ProfileKind::Admin ? p.email : QString());
    if (p.kind == ProfileKind::UbiUser) {
        m_ubiLoginKind->setCurrentIndex(m_ubiLoginKind->findData(int(p.ubiLogin())));
        m_ubiLogin->setText(p.ubiLoginValue());
    }
    m_loginFields->setCurrentIndex(m_loginFields->findData(int(p.loginFields)));
    bool anyPath = false;
    for (auto it = m_pathEdits.begin(); it != m_pathEdits.end(); ++it) {
        it.value()->setText(p.paths.value(it.key()));
        anyPath = anyPath || !p.paths.value(it.key()).isEmpty();
    }
    m_paths->setChecked(anyPath);
    kindOrEnvironmentChanged();
    switch (p.kind) {
    case ProfileKind::Admin: loadSecret(SecretItem::apiPassword(), m_password); break;
    case ProfileKind::User:
        loadSecret(SecretItem::deviceToken(), m_deviceToken);
        loadSecret(SecretItem::instanceKey(), m_instanceKey);
        break;
    case ProfileKind::GroupKey: loadSecret(SecretItem::instanceKey(), m_instanceKey); break;
    case ProfileKind::UbiUser: loadSecret(SecretItem::userPassword(), m_userPassword); break;
    }
}

void ProfileEditor::loadSecret(const QString &item, SecretEdit *edit)
{
    edit->setPlaceholderText(tr("reading the keychain…"));
    KeychainJob *job = m_profiles->readSecret(m_original, item);
    QPointer<SecretEdit> guard(edit);
    connect(job, &KeychainJob::finished, this, [this, guard, item](KeychainJob *j) {
        if (!guard) {
            return;
        }
        guard->setPlaceholderText(QString());
        if (j->ok() && j->found()) {
            const QString value = QString::fromUtf8(j->data());
            m_loadedSecrets.insert(item, value);
            if (guard->text().isEmpty()) {
                guard->setText(value);
            }
        } else if (!j->ok()) {
            setProblem(guard, j->errorMessage());
        } else {
            guard->setPlaceholderText(tr("not in the keychain: enter it"));
        }
    });
}

Profile ProfileEditor::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.environment = ProfileEnvironment(m_environment->currentData().toInt());
    switch (p.environment) {
    case ProfileEnvironment::Production: p.url = Profile::productionUrl(); break;
    case ProfileEnvironment::Sandbox:
        // The port changes per run; keep the one of this run (the CLI can use it while the console runs).
        p.url = m_sessions->sandboxUrl().isValid() ? m_sessions->sandboxUrl() : QUrl(u"http://127.0.0.1"_s);
        break;
    case ProfileEnvironment::Custom:
        p.url = QUrl(m_url->text().trimmed());
        p.tls.caFile = m_caFile->text().trimmed();
        if (const auto pin = TlsTrust::parsePin(m_pin->text(), nullptr); pin && !m_pin->text().trimmed().isEmpty())
            p.tls.pinSha256 = *pin;
        break;
    }
    p.kind = ProfileKind(m_kind->currentData().toInt());
    p.instanceId = m_instanceId->text().trimmed();
    p.email = p.kind == ProfileKind::Admin ? m_email->text().trimmed() : QString();
    if (p.kind == ProfileKind::UbiUser) {
        (UserLogin(m_ubiLoginKind->currentData().toInt()) == UserLogin::Phone ? p.phone : p.email)
                = m_ubiLogin->text().trimmed();
    }
    p.loginFields = LoginFieldsMode(m_loginFields->currentData().toInt());
    if (const auto existing = m_profiles->profile(m_original)) {
        p.lastWorkingShape = existing->lastWorkingShape;
    }
    if (m_paths->isChecked()) {
        for (auto it = m_pathEdits.cbegin(); it != m_pathEdits.cend(); ++it) {
            if (!it.value()->text().trimmed().isEmpty()) {
                p.paths.insert(it.key(), it.value()->text().trimmed());
            }
        }
    }
    return p;
}

void ProfileEditor::kindOrEnvironmentChanged()
{
    const auto env = ProfileEnvironment(m_environment->currentData().toInt());
    const auto kind = ProfileKind(m_kind->currentData().toInt());
    m_url->setEnabled(env == ProfileEnvironment::Custom);
    if (env == ProfileEnvironment::Production) {
        m_url->setText(Profile::productionUrl().toString());
    } else if (env == ProfileEnvironment::Sandbox) {
        m_url->setText(m_sessions->sandboxUrl().isValid() ? m_sessions->sandboxUrl().toString()
                                                          : tr("(found when the local sandbox runs)"));
    } else if (!m_url->isEnabled() || m_url->text().startsWith(u'(')
               || m_url->text() == Profile::productionUrl().toString()) {
        m_url->clear();
    }
    m_form->setRowVisible(m_caFileRow, env == ProfileEnvironment::Custom);
    m_form->setRowVisible(m_pin->parentWidget(), env == ProfileEnvironment::Custom);
    m_instanceIdLabel->setText(kind == ProfileKind::Admin ? tr("API &InstanceID:") : tr("Group &InstanceID:"));
    m_form->setRowVisible(m_email->parentWidget(), kind == ProfileKind::Admin);
    m_form->setRowVisible(m_password->parentWidget(), kind == ProfileKind::Admin);
    m_form->setRowVisible(m_deviceToken->parentWidget(), kind == ProfileKind::User);
    m_form->setRowVisible(m_instanceKey->parentWidget(), kind == ProfileKind::User || kind == ProfileKind::GroupKey);
    m_form->setRowVisible(m_ubiLoginRow, kind == ProfileKind::UbiUser);
    m_form->setRowVisible(m_userPassword->parentWidget(), kind == ProfileKind::UbiUser);
    const bool phone = UserLogin(m_ubiLoginKind->currentData().toInt()) == UserLogin::Phone;
    m_ubiLogin->setPlaceholderText(phone ? tr("+1 555 010 2030") : tr("name@example.com"));
    m_form->setRowVisible(m_loginFields, kind != ProfileKind::GroupKey);
    m_test->setEnabled(kind != ProfileKind::GroupKey);
    m_test->setToolTip(kind == ProfileKind::GroupKey
                               ? tr("A group-key profile does not log in; it registers users.")
                               : tr("Logs in once with these fields (uses one of the service's rate-limited logins)."));
    validate();
}

void ProfileEditor::setProblem(QWidget *field, const QString &problem)
{
    QLabel *l = m_problemLabels.value(field);
    if (!l) {
        return;
    }
    l->setText(problem);
    l->setVisible(!problem.isEmpty());
    field->setAccessibleDescription(problem);
}

QString ProfileEditor::problemFor(QWidget *field) const
{
    QLabel *l = m_problemLabels.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QStringList ProfileEditor::problems() const
{
    QStringList out;
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        if (!it.value()->isHidden() && !it.value()->text().isEmpty()) {
            out << it.value()->text();
        }
    }
    return out;
}

void ProfileEditor::validate()
{
    const auto env = ProfileEnvironment(m_environment->currentData().toInt());
    const auto kind = ProfileKind(m_kind->currentData().toInt());
    const QString name = m_name->text();
    QString nameProblem;
    if (name.trimmed().isEmpty()) {
        nameProblem = tr("A profile needs a name.");
    } else if (name.trimmed() != m_original && m_profiles->contains(name.trimmed())) {
        nameProblem = tr("Another profile already has this name.");
    } else if (const QString other = m_profiles->sameNameButCase(name.trimmed(), m_original); !other.isEmpty()) {
        nameProblem = tr("Another profile is named \"%1\": names that differ only in capitals cannot be told apart.")
                              .arg(other);
    } else if (name.contains(u'/') || name.contains(u'\\')) {
        nameProblem = tr("A profile name cannot contain / or \\.");
    }
    setProblem(m_name, nameProblem);
    setProblem(m_url, env == ProfileEnvironment::Custom ? urlProblem(m_url->text()) : QString());
    QString caProblem, pinProblem;
    if (env == ProfileEnvironment::Custom && !m_caFile->text().trimmed().isEmpty())
        TlsTrust::readCaFile(m_caFile->text().trimmed(), &caProblem);
    if (env == ProfileEnvironment::Custom && !m_pin->text().trimmed().isEmpty())
        TlsTrust::parsePin(m_pin->text(), &pinProblem);
    setProblem(m_caFile, caProblem.isEmpty() ? QString() : caProblem.left(1).toUpper() + caProblem.mid(1) + u'.');
    setProblem(m_pin, pinProblem.isEmpty() ? QString() : pinProblem.left(1).toUpper() + pinProblem.mid(1) + u'.');
    const QString id = m_instanceId->text().trimmed();
    setProblem(m_instanceId, id.isEmpty() ? tr("Enter the InstanceID (a UUID such as 3f2a9c1e-….).")
                             : !isUuid(id)
                                     ? tr("An InstanceID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hex digits).")
                                     : QString());
    const QString email = m_email->text().trimmed();
    setProblem(m_email, kind != ProfileKind::Admin ? QString()
                        : email.isEmpty()          ? tr("Enter the API login (an e-mail address).")
                        : !isEmail(email)          ? tr("The API login is an e-mail address (name@example.com).")
                                                   : QString());
    const QString dt = m_deviceToken->text().trimmed();
    setProblem(m_deviceToken, kind != ProfileKind::User ? QString()
                              : dt.isEmpty()            ? tr("Enter the user's DeviceToken.")
                              : !isUuid(dt) ? tr("A DeviceToken looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.")
                                            : QString());
    const QString ubi = m_ubiLogin->text().trimmed();
    const bool ubiPhone = UserLogin(m_ubiLoginKind->currentData().toInt()) == UserLogin::Phone;
    setProblem(m_ubiLogin, kind != ProfileKind::UbiUser ? QString()
                           : ubi.isEmpty() ? (ubiPhone ? tr("Enter the phone number the user was registered with.")
                                                       : tr("Enter the e-mail the user was registered with."))
                           : ubiPhone      ? Profile::phoneProblem(ubi)
                           : !isEmail(ubi) ? tr("An e-mail address looks like name@example.com.")
                                           : QString());
    // Secrets may stay empty on save (then nothing is written and the keychain keeps what it has).
    setProblem(m_password, QString());
    setProblem(m_instanceKey, QString());
    for (auto it = m_pathEdits.cbegin(); it != m_pathEdits.cend(); ++it) {
        const QString path = it.value()->text().trimmed();
        setProblem(it.value(), path.isEmpty() || path.startsWith(u'/') ? QString() : tr("A path starts with “/”."));
    }
    const bool ok = problems().isEmpty();
    if (QPushButton *b = saveButton()) {
        b->setEnabled(ok && m_pendingWrites == 0);
    }
}

void ProfileEditor::showTestResult(bool ok, const QString &text)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, Colors::tint(p, ok ? Colors::green() : Colors::red(), 0.2));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    m_testResult->setPalette(p);
    m_testResult->setText(text);
    m_testResult->show();
    // The result is the last row of a form that scrolls: bring it into view, again as it grows
    // to its lines (the layout settles after this returns).
    m_revealTestResult = true;
    QTimer::singleShot(0, this, &ProfileEditor::revealTestResult);
}

void ProfileEditor::revealTestResult()
{
    if (!m_revealTestResult || m_testResult->isHidden())
        return;
    m_scroll->ensureWidgetVisible(m_testResult);
    if (m_testResult->height() >= m_testResult->heightForWidth(m_testResult->width()))
        m_revealTestResult = false;
}

bool ProfileEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_testResult && event->type() == QEvent::Resize && m_revealTestResult)
        QTimer::singleShot(0, this, &ProfileEditor::revealTestResult);
    return QDialog::eventFilter(watched, event);
}

void ProfileEditor::testLogin()
{
    if (m_attempt) {
        return;
    }
    validate();
    const Profile p = profile();
    const bool admin = p.kind == ProfileKind::Admin;
    const bool ubi = p.kind == ProfileKind::UbiUser;
    QStringList missing = problems();
    const SecretEdit *secret = admin ? m_password : ubi ? m_userPassword : m_instanceKey;
    if (secret->text().isEmpty()) {
        missing << (admin ? tr("Enter the API password.")
                    : ubi ? tr("Enter the user's password.")
                          : tr("Enter the InstanceKEY."));
    }
    if (p.kind == ProfileKind::GroupKey) {
        missing << tr("A group-key profile does not log in.");
    }
    if (p.environment == ProfileEnvironment::Sandbox && !m_sessions->sandboxUrl().isValid()) {
        missing << tr("The local sandbox is not running: start it with Sandbox → Start.");
    }
    if (!missing.isEmpty()) {
        showTestResult(false, tr("Cannot test yet:\n• %1").arg(missing.join(u"\n• "_s)));
        return;
    }
    const QString scope = p.secretScope();
    if (m_budget && m_budget->isBlocked(scope)) {
        showTestResult(false, tr("The service blocked logins from here (HTTP 429) until %1. Try again %2.")
                                      .arg(TimeText::local(m_budget->blockedUntil(scope)),
                                           TimeText::relative(
                                                   m_budget->clock().nowUtc().secsTo(m_budget->blockedUntil(scope)))));
        return;
    }
    delete m_api;
    m_api = m_sessions->newClient(p, this);
    // The session's own login attempt: the same shape order, fallback, budget and 429 handling.
    LoginAttempt::Request request;
    request.admin = admin;
    request.scope = scope;
    request.instanceId = p.instanceId;
    request.userLogin = ubi ? p.ubiLogin() : UserLogin::DeviceToken;
    request.login = admin ? p.email : ubi ? p.ubiLoginValue() : m_deviceToken->text().trimmed();
    request.secret = secret->text();
    request.mode = p.loginFields;
    request.lastWorkingShape = p.lastWorkingShape;
    request.automatic = false;
    m_attempt = new LoginAttempt(m_api, m_budget, request, this);
    connect(m_attempt, &LoginAttempt::callStarted, this, [this](ApiCall *) {
        showTestResult(true, tr("Logging in to %1 (LoginFields as %2)…")
                                     .arg(m_api->baseUrl().host(), loginFieldsShapeName(m_attempt->shape())));
    });
    connect(m_attempt, &LoginAttempt::finished, this, &ProfileEditor::onTestFinished);
    m_test->setEnabled(false);
    m_progress->show();
    m_cancelTest->show();
    m_cancelTest->setFocus();
    m_attempt->start();
}

void ProfileEditor::onTestFinished(LoginAttempt *attempt)
{
    attempt->deleteLater();
    m_attempt = nullptr;
    m_progress->hide();
    m_cancelTest->hide();
    m_test->setEnabled(true);
    const ApiError e = attempt->error();
    if (e.isCanceled()) {
        showTestResult(false, tr("Test login cancelled."));
        Q_EMIT testFinished(false);
        return;
    }
    if (e.isError()) {
        QString text = tr("Login failed.\n%1").arg(ErrorText::describe(e));
        if (attempt->triedOtherShape())
            text += u'\n' + tr("Both LoginFields shapes were tried (object and string).");
        showTestResult(false, text);
        Q_EMIT testFinished(false);
        return;
    }
    ApiCall *call = attempt->call();
    const AuthResult r = call->authResult();
    const Jwt jwt = Jwt::decode(r.accessToken);
    const TokenExpiry expiry = expiryFrom(jwt, r.expiresIn, call->receivedAt());
    const QString shape = loginFieldsShapeName(attempt->shape());
    QString text = tr("Login worked (LoginFields sent as %1). The token is valid until %2 (%3).")
                           .arg(shape, TimeText::local(expiry.expiresAt),
                                TimeText::relative(call->receivedAt().secsTo(expiry.expiresAt)));
    if (!expiry.note.isEmpty()) {
        text += u'\n' + expiry.note;
    }
    if (attempt->triedOtherShape()) {
        text += u'\n'
                + tr("The %1 shape was refused with a 401 naming no field; the %2 shape worked.")
                          .arg(loginFieldsShapeName(LoginAttempt::otherShape(attempt->shape())), shape);
    }
    showTestResult(true, text);
    Q_EMIT testFinished(true);
}

void ProfileEditor::save()
{
    validate();
    const QStringList problemList = problems();
    const Profile p = profile();
    QString problem = problemList.isEmpty() ? p.validationProblem() : problemList.first();
    const auto fail = [this](const QString &text) {
        m_saveError->setText(text);
        QPalette ep = palette();
        ep.setColor(QPalette::WindowText, Colors::isDark(ep) ? Colors::red().lighter(160) : Colors::red());
        m_saveError->setPalette(ep);
        m_saveError->show();
        if (QPushButton *b = saveButton()) {
            b->setEnabled(true);
        }
    };
    if (!problem.isEmpty()) {
        fail(tr("Not saved: %1").arg(problem));
        return;
    }
    m_saveError->hide();
    if (QPushButton *b = saveButton()) {
        b->setEnabled(false);
    }
    const auto saveFields = [this, p, fail] {
        const ApiError e = m_profiles->save(p);
        if (e.isError()) {
            fail(tr("Not saved: %1").arg(e.message()));
            return;
        }
        writeSecretsThenFinish(p);
    };
    if (!m_original.isEmpty() && m_original != p.name) {
        ProfileOperation *op = m_profiles->rename(m_original, p.name);
        const QString from = m_original;
        connect(op, &ProfileOperation::finished, this, [this, from, p, saveFields, fail](ProfileOperation *o) {
            o->deleteLater();
            if (!o->ok()) {
                fail(tr("Could not rename the profile: %1").arg(ErrorText::describe(o->error())));
                return;
            }
            m_sessions->profileRenamed(from, p.name);
            m_original = p.name;
            saveFields();
        });
        return;
    }
    saveFields();
}

void ProfileEditor::writeSecretsThenFinish(const Profile &p)
{
    QList<QPair<QString, QString>> writes;
    const auto add = [&](const QString &item, SecretEdit *edit) {
        const QString value = item == SecretItem::deviceToken() ? edit->text().trimmed() : edit->text();
        if (!value.isEmpty() && value != m_loadedSecrets.value(item)) {
            writes.append({item, value});
        }
    };
    switch (p.kind) {
    case ProfileKind::Admin: add(SecretItem::apiPassword(), m_password); break;
    case ProfileKind::User:
        add(SecretItem::deviceToken(), m_deviceToken);
        add(SecretItem::instanceKey(), m_instanceKey);
        break;
    case ProfileKind::GroupKey: add(SecretItem::instanceKey(), m_instanceKey); break;
    case ProfileKind::UbiUser: add(SecretItem::userPassword(), m_userPassword); break;
    }
    const QString name = p.name;
    if (writes.isEmpty()) {
        m_original = name;
        Q_EMIT saved(name);
        accept();
        return;
    }
    m_pendingWrites = int(writes.size());
    auto errors = std::make_shared<QStringList>();
    for (const auto &w : std::as_const(writes)) {
        KeychainJob *job = m_profiles->writeSecret(name, w.first, w.second.toUtf8());
        connect(job, &KeychainJob::finished, this, [this, errors, name](KeychainJob *j) {
            if (!j->ok()) {
                *errors << j->errorMessage();
            }
            if (--m_pendingWrites > 0) {
                return;
            }
            m_original = name;
            if (!errors->isEmpty()) {
                m_saveError->setText(tr("The profile was saved, but a secret was not: %1").arg(errors->first()));
                m_saveError->show();
                validate();
                return;
            }
            Q_EMIT saved(name);
            accept();
        });
    }
}

} // namespace tc
