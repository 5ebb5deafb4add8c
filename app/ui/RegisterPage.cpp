#include "ui/RegisterPage.h"

#include "core/bulk/CsvMapping.h"
#include "core/registration/RegistrationJob.h"
#include "core/services/RegistrationService.h"
#include "core/util/TimeText.h"
#include "ui/Colors.h"
#include "ui/ErrorText.h"
#include "ui/RegistrationTargetBox.h"
#include "ui/SecretClipboard.h"
#include "ui/WheelGuard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

std::optional<QString> text(const QLineEdit *e)
{
    const QString t = e->text().trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

// Tri-state check box: partially checked = "not sent" (the service default applies).
std::optional<bool> tri(const QCheckBox *c)
{
    switch (c->checkState()) {
    case Qt::Checked: return true;
    case Qt::Unchecked: return false;
    default: return std::nullopt;
    }
}

QCheckBox *triBox(const QString &label, QWidget *parent)
{
    auto *c = new QCheckBox(label, parent);
    c->setTristate(true);
    c->setCheckState(Qt::PartiallyChecked);
    c->setToolTip(QObject::tr("Partly checked: not sent (the service's default applies)."));
    return c;
}

// "UserFields.ClientId" / "userFields[0].clientid" -> "ClientId"
QString fieldOfKey(const QString &key)
{
    QString k = key;
    const qsizetype dot = k.lastIndexOf(u'.');
    if (dot >= 0)
        k = k.mid(dot + 1);
    if (const auto f = CsvMapping::fieldFromName(k); f && *f != CsvField::Ignore)
        return CsvMapping::fieldName(*f);
    return {};
}

} // namespace

RegisterPage::RegisterPage(RegistrationService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(u"RegisterPage"_s);
    m_clipboard = new SecretClipboard(this);
    build();
    WheelGuard::installAll(this);
    validate();
}

RegisterPage::~RegisterPage() = default;

void RegisterPage::addField(const QString &field, QWidget *editor, const QString &label, QWidget *row)
{
    auto *form = static_cast<QFormLayout *>(m_editors.value(u"__form"_s)->layout());
    editor->setObjectName(field);
    // A check box is named by its own text ("Enable tracking"), not by its row's ("UserFields"), and
    // described by its tooltip, like its siblings (the row's label made "Enable tracking" the odd one).
    auto *box = qobject_cast<QAbstractButton *>(editor);
    if (!box || box->text().isEmpty())
        editor->setAccessibleName(label);
    auto *error = new QLabel(this);
    error->setObjectName(field + u"Error"_s);
    error->setStyleSheet(Colors::errorStyle(palette()));
    error->setWordWrap(true);
    error->hide();
    form->addRow(label, row ? row : editor);
    form->addRow(QString(), error);
    m_editors.insert(field, editor);
    m_errors.insert(field, error);
}

void RegisterPage::build()
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    scroll->setWidget(inner);
    outer->addWidget(scroll);

    auto *intro = new QLabel(tr("Registration/Create: every field is optional. The DeviceToken is written to the "
                                "ledger before it is shown."),
                             inner);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_target = new RegistrationTargetBox(m_service, inner);
    layout->addWidget(m_target);
    connect(m_target, &RegistrationTargetBox::changed, this, &RegisterPage::validate);

    auto *profileBox = new QWidget(inner);
    auto *form = new QFormLayout(profileBox);
    m_editors.insert(u"__form"_s, profileBox);
    layout->addWidget(profileBox);

    const auto line = [this](const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, [this, e] {
            m_serviceErrors.remove(e->objectName());
            validate();
        });
        return e;
    };
    addField(u"FirstName"_s, m_firstName = line(), tr("First name"));
    addField(u"LastName"_s, m_lastName = line(), tr("Last name"));
    addField(u"Nickname"_s, m_nickname = line(), tr("Nickname"));
    addField(u"Phone"_s, m_phone = line(u"+1 555 0100"_s), tr("Phone"));
    addField(u"Email"_s, m_email = line(u"name@example.org"_s), tr("E-mail"));

    m_gender = new QComboBox(this);
    m_gender->addItem(tr("(not sent)"), QString());
    for (const QString &g : RegistrationProfile::genders())
        m_gender->addItem(g, g);
    addField(u"Gender"_s, m_gender, tr("Gender"));

    auto *birthdayRow = new QWidget(this);
    auto *bl = new QHBoxLayout(birthdayRow);
    bl->setContentsMargins(0, 0, 0, 0);
    m_hasBirthday = new QCheckBox(tr("Send"), birthdayRow);
    m_hasBirthday->setObjectName(u"BirthdaySet"_s);
    m_birthday = new QDateEdit(QDate(1990, 1, 1), birthdayRow);
    m_birthday->setCalendarPopup(true);
    m_birthday->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_birthday->setMaximumDate(QDate::currentDate());
    m_birthday->setEnabled(false);
    bl->addWidget(m_hasBirthday);
    bl->addWidget(m_birthday, 1);
    connect(m_hasBirthday, &QCheckBox::toggled, m_birthday, &QWidget::setEnabled);
    addField(u"Birthday"_s, m_birthday, tr("Birthday"), birthdayRow);

    m_marital = new QComboBox(this);
    m_marital->addItem(tr("(not sent)"), QString());
    for (const QString &m : RegistrationProfile::maritalStatuses())
        m_marital->addItem(m, m);
    addField(u"MaritalStatus"_s, m_marital, tr("Marital status"));

    m_children = new QSpinBox(this);
    m_children->setRange(-1, 100);
    m_children->setSpecialValueText(tr("(not sent)"));
    m_children->setValue(-1);
    addField(u"ChildrenCount"_s, m_children, tr("Children"));

    addField(u"Country"_s, m_country = line(), tr("Country"));
    addField(u"District"_s, m_district = line(), tr("District"));
    addField(u"City"_s, m_city = line(), tr("City"));
    addField(u"Address"_s, m_address = line(), tr("Address"));
    addField(u"ImageUrl"_s, m_imageUrl = line(u"https://..."_s), tr("Image URL"));
    addField(u"InstanceInviteCode"_s, m_inviteCode = line(), tr("Invite code"));

    auto *tokenRow = new QWidget(this);
    auto *tl = new QHBoxLayout(tokenRow);
    tl->setContentsMargins(0, 0, 0, 0);
    m_customToken = line(tr("a UUID you pick: it becomes the DeviceToken"));
    m_generate = new QPushButton(tr("&Generate"), tokenRow);
    m_generate->setObjectName(u"GenerateCustomToken"_s);
    tl->addWidget(m_customToken, 1);
    tl->addWidget(m_generate);
    connect(m_generate, &QPushButton::clicked, this,
            [this] { m_customToken->setText(QUuid::createUuid().toString(QUuid::WithoutBraces)); });
    addField(u"CustomToken"_s, m_customToken, tr("CustomToken"), tokenRow);
    auto *note
            = new QLabel(tr("With a CustomToken the DeviceToken is recorded before sending, so a lost answer still "
                            "leaves it known. The vendor does not document whether a reused CustomToken is refused."),
                         this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText); // quieter, and readable on dark palettes
    form->addRow(QString(), note);

    addField(u"ClientId"_s, m_clientId = line(tr("the user's id in your own system")), tr("ClientId"));
    addField(u"EnableTracking"_s, m_tracking = triBox(tr("Enable tracking"), this), tr("UserFields"));
    addField(u"EnableLogging"_s, m_logging = triBox(tr("Enable logging"), this), QString());
    addField(u"Enabled"_s, m_enabled = triBox(tr("Enabled (SDK on)"), this), QString());
    m_createToken = new QCheckBox(tr("Return an access token now (CreateAccessToken)"), this);
    m_createToken->setChecked(true);
    addField(u"CreateAccessToken"_s, m_createToken, QString());

    for (QComboBox *c : {m_gender, m_marital})
        connect(c, &QComboBox::currentIndexChanged, this, &RegisterPage::validate);
    connect(m_children, &QSpinBox::valueChanged, this, &RegisterPage::validate);
    connect(m_hasBirthday, &QCheckBox::toggled, this, &RegisterPage::validate);

    auto *buttons = new QHBoxLayout();
    m_register = new QPushButton(tr("&Register"), inner);
    m_register->setObjectName(u"Register"_s);
    m_register->setDefault(true);
    auto *clear = new QPushButton(tr("C&lear"), inner);
    buttons->addWidget(m_register);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_register, &QPushButton::clicked, this, &RegisterPage::registerUser);
    connect(clear, &QPushButton::clicked, this, &RegisterPage::clearForm);

    m_status = new QLabel(inner);
    m_status->setObjectName(u"Status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_result = new QWidget(inner);
    m_result->setObjectName(u"Result"_s);
    auto *rl = new QFormLayout(m_result);
    auto *tokenLine = new QHBoxLayout();
    m_deviceToken = new QLineEdit(m_result);
    m_deviceToken->setObjectName(u"ResultDeviceToken"_s);
    m_deviceToken->setReadOnly(true);
    m_deviceToken->setAccessibleName(tr("DeviceToken")); // (its row's label names a layout, not the field)
    m_copy = new QPushButton(tr("&Copy"), m_result);
    m_copy->setObjectName(u"CopyDeviceToken"_s);
    tokenLine->addWidget(m_deviceToken, 1);
    tokenLine->addWidget(m_copy);
    rl->addRow(tr("DeviceToken"), tokenLine);
    m_tokens = new QLabel(m_result);
    m_tokens->setObjectName(u"ResultTokens"_s);
    m_tokens->setWordWrap(true);
    rl->addRow(tr("Tokens"), m_tokens);
    m_ledgerNote = new QLabel(m_result);
    m_ledgerNote->setObjectName(u"LedgerNote"_s);
    m_ledgerNote->setWordWrap(true);
    rl->addRow(tr("Ledger"), m_ledgerNote);
    m_loginAs = new QPushButton(tr("Log &in as this user"), m_result);
    m_loginAs->setObjectName(u"LoginAsUser"_s);
    rl->addRow(QString(), m_loginAs);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_copy, &QPushButton::clicked, this, [this] { m_clipboard->copySecret(m_deviceToken->text()); });
    connect(m_loginAs, &QPushButton::clicked, this, [this] { Q_EMIT loginAsUserRequested(m_deviceToken->text()); });
}

void RegisterPage::setTarget(const std::optional<RegistrationTarget> &target, const QString &why)
{
    m_target->setTarget(target, why);
}

RegistrationProfile RegisterPage::profile() const
{
    RegistrationProfile p;
    p.createAccessToken = m_createToken->isChecked() ? std::nullopt : std::optional<bool>(false);
    p.firstName = text(m_firstName);
    p.lastName = text(m_lastName);
    p.nickname = text(m_nickname);
    p.phone = text(m_phone);
    p.email = text(m_email);
    if (const QString g = m_gender->currentData().toString(); !g.isEmpty())
        p.gender = g;
    if (m_hasBirthday->isChecked())
        p.birthday = m_birthday->date().toString(Qt::ISODate);
    if (const QString m = m_marital->currentData().toString(); !m.isEmpty())
        p.maritalStatus = m;
    if (m_children->value() >= 0)
        p.childrenCount = m_children->value();
    p.country = text(m_country);
    p.district = text(m_district);
    p.city = text(m_city);
    p.address = text(m_address);
    p.imageUrl = text(m_imageUrl);
    p.instanceInviteCode = text(m_inviteCode);
    p.customToken = text(m_customToken);
    UserFields f;
    f.enableTracking = tri(m_tracking);
    f.enableLogging = tri(m_logging);
    f.enabled = tri(m_enabled);
    f.clientId = text(m_clientId);
    if (!f.isEmpty())
        p.userFields = f;
    return p;
}

void RegisterPage::setFieldError(const QString &field, const QString &message)
{
    QLabel *l = m_errors.value(field);
    if (!l)
        return;
    l->setText(message);
    l->setVisible(!message.isEmpty());
}

void RegisterPage::validate()
{
    const RegistrationProfile p = profile();
    QHash<QString, QString> problems;
    for (const QString &problem : p.validate()) {
        const auto f = CsvMapping::fieldFromName(problem.section(u' ', 0, 0));
        problems.insert(f ? CsvMapping::fieldName(*f) : QString(), problem);
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QString message = problems.value(it.key());
        if (message.isEmpty())
            message = m_serviceErrors.value(it.key());
        setFieldError(it.key(), message);
    }
    const bool busy = isBusy();
    m_register->setEnabled(!busy && problems.isEmpty() && m_target->problem().isEmpty());
    m_register->setToolTip(!m_target->problem().isEmpty()
                                   ? m_target->problem()
                                   : (problems.isEmpty() ? QString() : tr("Fix the fields marked in red first.")));
}

QHash<QString, QString> RegisterPage::fieldErrors() const
{
    QHash<QString, QString> out;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!it.value()->isHidden() && !it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    }
    return out;
}

QString RegisterPage::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QWidget *RegisterPage::editor(const QString &field) const
{
    return m_editors.value(field);
}

bool RegisterPage::canRegister() const
{
    return m_register->isEnabled();
}

bool RegisterPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString RegisterPage::resultDeviceToken() const
{
    return m_result->isHidden() ? QString() : m_deviceToken->text();
}

QString RegisterPage::resultText() const
{
    return m_status->text() + u"\n"_s + m_tokens->text();
}

QString RegisterPage::ledgerNote() const
{
    return m_ledgerNote->text();
}

int RegisterPage::showServiceErrors(const ApiError &error)
{
    m_serviceErrors.clear();
    int placed = 0;
    const QList<ErrorDetail> details = error.errors();
    for (const ErrorDetail &d : details) {
        const QString field = fieldOfKey(d.key);
        if (field.isEmpty())
            continue;
        ++placed;
        m_serviceErrors.insert(field, d.message.isEmpty() ? error.message() : d.message);
    }
    validate();
    return placed;
}

void RegisterPage::registerUser()
{
    validate();
    if (!m_register->isEnabled())
        return;
    m_serviceErrors.clear();
    m_result->hide();
    m_lastTarget = m_target->target();
    m_job = m_service->registerUser(*m_lastTarget, profile(), {}, this);
    connect(m_job, &RegistrationJob::finished, this, &RegisterPage::onFinished);
    m_status->setText(tr("Registering into group %1 at %2…").arg(m_lastTarget->shortGroup(), m_lastTarget->host()));
    validate();
}

void RegisterPage::onFinished(RegistrationJob *job)
{
    job->deleteLater();
    const QString token = job->deviceToken();
    switch (job->outcome()) {
    case RegistrationJob::Outcome::Done: m_status->setText(tr("Registered.")); break;
    case RegistrationJob::Outcome::Unknown:
        m_status->setText(tr("No certain answer: %1\nThe user may exist. It was not retried.%2")
                                  .arg(job->error().message(),
                                       token.isEmpty() ? tr(" Pick a CustomToken next time to make this checkable.")
                                                       : tr(" If it exists, its DeviceToken is %1.").arg(token)));
        break;
    default: {
        const int placed = showServiceErrors(job->error());
        m_status->setText(ErrorText::describe(job->error())
                          + (placed > 0 ? tr("\nThe fields concerned are marked.") : QString()));
        break;
    }
    }
    if (!token.isEmpty()) {
        m_deviceToken->setText(token);
        const AuthResult r = job->result();
        QString tokens;
        if (r.hasAccessToken()) {
            tokens = tr("Access token ●●●●●●●● received%1; refresh token %2. Kept in memory only, never in the ledger.")
                             .arg(r.expiresIn ? tr(" (expires in %1 s, %2)")
                                                        .arg(*r.expiresIn)
                                                        .arg(TimeText::duration(*r.expiresIn))
                                              : QString(),
                                  r.refreshToken.isEmpty() ? tr("none") : tr("●●●●●●●● received"));
        } else {
            tokens = job->outcome() == RegistrationJob::Outcome::Done
                             ? tr("No access token (CreateAccessToken: false).")
                             : QString();
        }
        m_tokens->setText(tokens);
        if (!job->ledgerError().isEmpty())
            m_ledgerNote->setText(
                    tr("NOT recorded: %1. Copy the DeviceToken now: it exists only here.").arg(job->ledgerError()));
        else if (job->savedToLedger())
            m_ledgerNote->setText(tr("Recorded in the ledger (entry %1, %2).")
                                          .arg(job->ledgerEntryId())
                                          .arg(RegistrationJob::outcomeName(job->outcome())));
        m_ledgerNote->setStyleSheet(job->ledgerError().isEmpty() ? QString() : Colors::errorStyle(palette(), true));
        m_loginAs->setEnabled(job->outcome() == RegistrationJob::Outcome::Done);
        m_result->show();
        // Where the person is looking: the result comes into view (it used to appear below the fold).
        QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_result); });
        if (job->outcome() == RegistrationJob::Outcome::Done)
            Q_EMIT registered(token);
    }
    validate();
}

void RegisterPage::clearForm()
{
    for (QLineEdit *e : {m_firstName, m_lastName, m_nickname, m_phone, m_email, m_country, m_district, m_city,
                         m_address, m_imageUrl, m_inviteCode, m_customToken, m_clientId})
        e->clear();
    m_gender->setCurrentIndex(0);
    m_marital->setCurrentIndex(0);
    m_hasBirthday->setChecked(false);
    m_children->setValue(-1);
    for (QCheckBox *c : {m_tracking, m_logging, m_enabled})
        c->setCheckState(Qt::PartiallyChecked);
    m_createToken->setChecked(true);
    m_serviceErrors.clear();
    validate();
}

} // namespace tc
