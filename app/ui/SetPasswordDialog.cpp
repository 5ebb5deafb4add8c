#include "ui/SetPasswordDialog.h"

#include "core/auth/Session.h"
#include "ui/Colors.h"
#include "ui/ErrorText.h"
#include "ui/SecretEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
QLabel *textLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}
} // namespace

SetPasswordDialog::SetPasswordDialog(ProfileStore *profiles, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_title(textLabel(u"setPasswordTitle"_s)),
      m_note(textLabel(u"setPasswordNote"_s)), m_new(new SecretEdit), m_repeat(new SecretEdit),
      m_problem(textLabel(u"setPasswordProblem"_s)), m_progress(new QProgressBar),
      m_result(textLabel(u"setPasswordResult"_s)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Set a UBI user's password"));
    setAccessibleName(tr("Set password"));
    auto *outer = new QVBoxLayout(this);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    outer->addWidget(m_title);
    m_note->setAccessibleDescription(tr("About this password"));
    outer->addWidget(m_note);

    auto *form = new QFormLayout;
    m_new->setAccessibleName(tr("New password"));
    m_repeat->setAccessibleName(tr("New password again"));
    auto *newLabel = new QLabel(tr("&New password:"));
    newLabel->setBuddy(m_new->lineEdit());
    auto *repeatLabel = new QLabel(tr("&Again:"));
    repeatLabel->setBuddy(m_repeat->lineEdit());
    form->addRow(newLabel, m_new);
    form->addRow(repeatLabel, m_repeat);
    outer->addLayout(form);

    QPalette pp = m_problem->palette();
    pp.setColor(QPalette::WindowText, Colors::isDark(pp) ? Colors::red().lighter(160) : Colors::red());
    m_problem->setPalette(pp);
    m_problem->setAccessibleDescription(tr("Problem"));
    outer->addWidget(m_problem);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Setting the password"));
    m_progress->hide();
    outer->addWidget(m_progress);
    m_result->setAutoFillBackground(true);
    m_result->setMargin(6);
    m_result->setAccessibleDescription(tr("Outcome"));
    m_result->hide();
    outer->addWidget(m_result);
    outer->addWidget(m_buttons);

    setButton()->setText(tr("&Set password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetPasswordDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetPasswordDialog::reject);
    connect(m_new, &SecretEdit::textChanged, this, &SetPasswordDialog::validate);
    connect(m_repeat, &SecretEdit::textChanged, this, &SetPasswordDialog::validate);
    // Revealing one reveals neither: each field keeps its own toggle, both start masked.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    validate();
}

SetPasswordDialog::~SetPasswordDialog()
{
    m_new->setText({});
    m_repeat->setText({});
}

QPushButton *SetPasswordDialog::setButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SetPasswordDialog::noteText() const
{
    return m_note->text();
}

QString SetPasswordDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString SetPasswordDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

void SetPasswordDialog::setTarget(const Target &target)
{
    m_target = target;
    m_new->setText({});
    m_repeat->setText({});
    m_new->setRevealed(false);
    m_repeat->setRevealed(false);
    m_result->hide();
    m_title->setText(tr("Password of UBI user %1").arg(target.who));
    QString note = tr("The vendor's own flow generates a password and sends it to the user by SMS (phone login) or "
                      "e-mail (e-mail login). This sets one directly: nothing is sent to the user, so tell them "
                      "yourself.");
    note += u'\n';
    note += target.ownSession
                    ? tr("Sent with the user's own session (“%1”): the service wants the current password, which is "
                         "taken from that profile's keychain entry.")
                              .arg(target.viaName)
                    : tr("Sent as the admin of “%1”: the current password is not needed.").arg(target.viaName);
    if (!target.keepInProfile.isEmpty()) {
        note += u'\n' + tr("The new password is kept in the keychain entry of profile “%1”.").arg(target.keepInProfile);
    }
    m_note->setText(note);
    validate();
}

QString SetPasswordDialog::passwordProblem(const QString &password, const QString &repeated)
{
    if (password.isEmpty()) {
        return tr("Type the new password twice.");
    }
    if (password.trimmed().isEmpty()) {
        return tr("A password of spaces only is refused by the service.");
    }
    if (password.size() > 1000) {
        return tr("The service takes at most 1,000 characters.");
    }
    if (password != password.trimmed()) {
        return tr("The password starts or ends with a space: on a phone that is easy to miss. Remove it.");
    }
    if (repeated.isEmpty()) {
        return tr("Type it once more in the second field.");
    }
    if (repeated != password) {
        return tr("The two passwords differ.");
    }
    return {};
}

void SetPasswordDialog::validate()
{
    const QString problem = passwordProblem(m_new->text(), m_repeat->text());
    // Say nothing while the first field is still empty; say why as soon as something is typed.
    const bool show = !problem.isEmpty() && (!m_new->text().isEmpty() || !m_repeat->text().isEmpty());
    m_problem->setText(show ? problem : QString());
    m_problem->setVisible(show);
    m_repeat->lineEdit()->setAccessibleDescription(show ? problem : QString());
    const bool ready = problem.isEmpty() && m_target.via && m_target.api && !m_target.deviceToken.isEmpty();
    setButton()->setEnabled(ready && !isBusy());
}

void SetPasswordDialog::showResult(bool ok, const QString &text)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, Colors::tint(p, ok ? Colors::green() : Colors::red(), 0.2));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    m_result->setPalette(p);
    m_result->setText(text);
    m_result->show();
}

void SetPasswordDialog::send()
{
    validate();
    if (!setButton()->isEnabled() || isBusy()) {
        return;
    }
    UserPasswordChange::Request request;
    request.deviceToken = m_target.deviceToken;
    request.newPassword = m_new->text();
    request.oldFromProfile = m_target.ownSession;
    request.keepInProfile = m_target.keepInProfile;
    request.profileSession = m_target.profileSession;
    m_change = new UserPasswordChange(m_target.via, m_target.api, m_profiles, request, this);
    connect(m_change, &UserPasswordChange::finished, this, &SetPasswordDialog::onFinished);
    m_progress->show();
    m_result->hide();
    m_new->setEnabled(false);
    m_repeat->setEnabled(false);
    setButton()->setEnabled(false);
    m_change->start();
}

void SetPasswordDialog::onFinished(UserPasswordChange *change)
{
    change->deleteLater();
    m_change = nullptr;
    m_progress->hide();
    m_new->setEnabled(true);
    m_repeat->setEnabled(true);
    if (!change->ok()) {
        showResult(false, tr("The password was not set.\n%1").arg(ErrorText::describe(change->error())));
        validate();
        return;
    }
    m_new->setText({});
    m_repeat->setText({});
    const QString keychainProblem = change->keychainError().isError() ? change->keychainError().message() : QString();
    if (!keychainProblem.isEmpty()) {
        showResult(false, tr("The password was set, but it could not be kept in the keychain entry of “%1”: %2\nThat "
                             "profile logs in with the old one until you enter the new one in its editor.")
                                  .arg(m_target.keepInProfile, keychainProblem));
        Q_EMIT passwordSet(m_target.who, keychainProblem);
        validate();
        return;
    }
    Q_EMIT passwordSet(m_target.who, QString());
    accept();
}

} // namespace tc
