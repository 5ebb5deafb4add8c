#include "ui/RegisterManyPage.h"
#include "ui/ClearButton.h"

#include "core/registration/RegistrationManyJob.h"
#include "core/services/RegistrationService.h"
#include "core/util/PrivateFiles.h"
#include "core/util/TimeText.h"
#include "ui/Colors.h"
#include "ui/ErrorText.h"
#include "ui/MessageBox.h"
#include "ui/RegistrationTargetBox.h"
#include "ui/SaveDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
QCheckBox *triBox(const QString &label, QWidget *parent)
{
    auto *c = new QCheckBox(label, parent);
    c->setTristate(true);
    c->setCheckState(Qt::PartiallyChecked);
    c->setToolTip(QObject::tr("Partly checked: not sent (the service's default applies)."));
    return c;
}

std::optional<bool> tri(const QCheckBox *c)
{
    switch (c->checkState()) {
    case Qt::Checked: return true;
    case Qt::Unchecked: return false;
    default: return std::nullopt;
    }
}
} // namespace

RegisterManyPage::RegisterManyPage(RegistrationService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(u"RegisterManyPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro
            = new QLabel(tr("Registration/CreateMany: the DeviceTokens come back once. Each is written to the ledger "
                            "before it is shown."),
                         this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_target = new RegistrationTargetBox(m_service, this);
    layout->addWidget(m_target);

    auto *form = new QFormLayout();
    m_quantity = new QLineEdit(u"10"_s, this);
    m_quantity->setObjectName(u"Quantity"_s);
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setMaxLength(12);
    enableClearButton(m_quantity);
    m_quantity->setPlaceholderText(tr("1–%1").arg(RegistrationManyJob::MaxQuantity));
    m_quantityError = new QLabel(this);
    m_quantityError->setObjectName(u"QuantityError"_s);
    m_quantityError->setStyleSheet(Colors::errorStyle(palette()));
    m_quantityError->setWordWrap(true);
    m_quantityError->hide();
    form->addRow(tr("&Quantity (1–%1)").arg(RegistrationManyJob::MaxQuantity), m_quantity);
    form->addRow(QString(), m_quantityError);
    m_createToken = new QCheckBox(tr("Return access tokens (CreateAccessToken)"), this);
    m_createToken->setObjectName(u"CreateAccessToken"_s);
    m_createToken->setChecked(true);
    form->addRow(QString(), m_createToken);
    m_tracking = triBox(tr("Enable tracking"), this);
    m_logging = triBox(tr("Enable logging"), this);
    m_enabled = triBox(tr("Enabled (SDK on)"), this);
    form->addRow(tr("CustomFields"), m_tracking);
    form->addRow(QString(), m_logging);
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout();
    m_register = new QPushButton(tr("&Register"), this);
    m_register->setObjectName(u"Register"_s);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(u"ExportCsv"_s);
    m_exportJson = new QPushButton(tr("Export &JSON…"), this);
    m_includeTokens = new QCheckBox(tr("Include access and refresh tokens (secrets)"), this);
    m_includeTokens->setObjectName(u"IncludeTokens"_s);
    buttons->addWidget(m_register);
    buttons->addStretch(1);
    buttons->addWidget(m_includeTokens);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(u"Status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_exportNote = new QLabel(this);
    m_exportNote->setObjectName(u"ExportNote"_s);
    m_exportNote->setWordWrap(true);
    m_exportNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportNote->hide();
    layout->addWidget(m_exportNote);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"Results"_s);
    m_table->setAccessibleName(tr("Registered users"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("DeviceToken"), tr("Access token"), tr("Expires in")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    connect(m_register, &QPushButton::clicked, this, &RegisterManyPage::registerMany);
    connect(m_quantity, &QLineEdit::returnPressed, this, &RegisterManyPage::registerMany);
    connect(m_quantity, &QLineEdit::textChanged, this, &RegisterManyPage::updateButtons);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Json); });
    connect(m_target, &RegistrationTargetBox::changed, this, &RegisterManyPage::updateButtons);
    updateButtons();
}

void RegisterManyPage::setTarget(const std::optional<RegistrationTarget> &target, const QString &why)
{
    m_target->setTarget(target, why);
}

void RegisterManyPage::setQuantity(int n)
{
    m_quantity->setText(QString::number(n));
}

QString RegisterManyPage::quantityProblem() const
{
    return RegistrationManyJob::quantityProblem(m_quantity->text(), nullptr);
}

bool RegisterManyPage::canRegister() const
{
    return m_register->isEnabled();
}

QString RegisterManyPage::exportNoteText() const
{
    return m_exportNote->isHidden() ? QString() : m_exportNote->text();
}

QString RegisterManyPage::statusText() const
{
    return m_status->text();
}

QString RegisterManyPage::exportText() const
{
    return m_exportNote->isHidden() ? QString() : m_exportNote->text();
}

bool RegisterManyPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

void RegisterManyPage::updateButtons()
{
    const QString quantity = quantityProblem();
    m_quantityError->setText(quantity);
    m_quantityError->setVisible(!quantity.isEmpty());
    const QString problem = !m_target->problem().isEmpty() ? m_target->problem() : quantity;
    m_register->setEnabled(!isBusy() && !m_asking && problem.isEmpty());
    m_register->setToolTip(problem);
    m_exportCsv->setEnabled(!m_results.isEmpty());
    m_exportJson->setEnabled(!m_results.isEmpty());
}

void RegisterManyPage::registerMany()
{
    updateButtons();
    if (!m_register->isEnabled())
        return;
    int quantity = 0;
    if (!RegistrationManyJob::quantityProblem(m_quantity->text(), &quantity).isEmpty())
        return;
    const RegistrationTarget target = *m_target->target();
    if (!target.isProduction()) {
        send(target, quantity);
        return;
    }
    m_asking = true;
    updateButtons();
    MessageBox::ask(
            this, tr("Create users in production"),
            tr("Create %n real user(s) in group %1 at %2 (PRODUCTION)? They cannot be taken back from here.", "",
               quantity)
                    .arg(target.instanceId, target.host()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            [this, target, quantity](QMessageBox::StandardButton b) {
                m_asking = false;
                // What was confirmed is what is sent: the same count into the same group.
                if (b == QMessageBox::Yes)
                    send(target, quantity);
                else
                    m_status->setText(tr("Nothing was sent."));
                updateButtons();
            },
            QMessageBox::Warning);
}

void RegisterManyPage::send(const RegistrationTarget &target, int quantity)
{
    UserFields custom;
    custom.enableTracking = tri(m_tracking);
    custom.enableLogging = tri(m_logging);
    custom.enabled = tri(m_enabled);
    m_job = m_service->registerMany(
            target, quantity, m_createToken->isChecked() ? std::nullopt : std::optional<bool>(false), custom, {}, this);
    connect(m_job, &RegistrationManyJob::finished, this, &RegisterManyPage::onFinished);
    m_status->setText(
            tr("Registering %n user(s) into group %1 at %2…", "", quantity).arg(target.shortGroup(), target.host()));
    m_exportNote->hide();
    updateButtons();
}

void RegisterManyPage::onFinished(RegistrationManyJob *job)
{
    job->deleteLater();
    m_results = job->results();
    m_table->setRowCount(int(m_results.size()));
    for (int i = 0; i < m_results.size(); ++i) {
        const AuthResult &r = m_results.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(QString::number(i + 1)));
        m_table->setItem(i, 1, new QTableWidgetItem(r.deviceToken));
        m_table->setItem(i, 2, new QTableWidgetItem(r.hasAccessToken() ? u"●●●●●●●●"_s : tr("none")));
        m_table->setItem(i, 3,
                         new QTableWidgetItem(
                                 r.expiresIn ? tr("%1 s (%2)").arg(*r.expiresIn).arg(TimeText::duration(*r.expiresIn))
                                             : QString()));
    }
    QString text;
    switch (job->outcome()) {
    case RegistrationManyJob::Outcome::Done: text = tr("%n user(s) registered.", "", int(m_results.size())); break;
    case RegistrationManyJob::Outcome::Unknown:
        text = tr("No certain answer: %1\nUp to %n user(s) may exist whose DeviceTokens were not received. Not "
                  "retried.",
                  "", job->quantity())
                       .arg(job->error().message());
        break;
    default: text = ErrorText::describe(job->error()); break;
    }
    if (!job->ledgerError().isEmpty())
        text += tr("\nNOT recorded in the ledger: %1. Export the table now: these DeviceTokens exist only here.")
                        .arg(job->ledgerError());
    else if (job->savedToLedger() && !m_results.isEmpty())
        text += tr("\nEvery DeviceToken is recorded in the ledger.");
    m_status->setText(text);
    updateButtons();
    if (!m_results.isEmpty())
        Q_EMIT registered(int(m_results.size()));
}

bool RegisterManyPage::exportTo(const QString &path, Format format, bool includeTokens, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    // Readable by the owner only (set on the temporary file before any byte is written, and kept
    // by the rename): DeviceTokens like the ledger's, and with tokens, secrets.
    if (!files::restrictToOwner(f, error)) {
        f.cancelWriting();
        return false;
    }
    const bool ok = format == Format::Csv ? RegistrationManyJob::exportCsv(m_results, &f, includeTokens)
                                          : RegistrationManyJob::exportJson(m_results, &f, includeTokens);
    if (!ok || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void RegisterManyPage::exportWithDialog(Format format)
{
    const bool tokens = m_includeTokens->isChecked();
    askSavePath(
            this,
            tokens ? tr(
                    "Export DeviceTokens WITH access and refresh tokens (secrets: the file is readable by you only)")
                   : tr("Export the DeviceTokens"),
            format == Format::Csv ? u"csv"_s : u"json"_s,
            format == Format::Csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"),
            [this, format, tokens](const QString &path) {
                QString error;
                // One line, replaced by the next export.
                if (exportTo(path, format, tokens, &error))
                    m_exportNote->setText(
                            tokens ? tr("Exported to %1 with tokens (secrets; readable by you only).").arg(path)
                                   : tr("Exported to %1.").arg(path));
                else
                    m_exportNote->setText(tr("The export failed: %1").arg(error));
                m_exportNote->show();
            });
}

} // namespace tc
