#include "ui/SaveDialog.h"
#include "ui/RegisterManyPage.h"

#include "core/ApiClient.h"
#include "core/RegistrationManyJob.h"
#include "ui/ErrorText.h"
#include "ui/RegisterGroupBox.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
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

RegisterManyPage::RegisterManyPage(ApiClient *api, Ledger *ledger, QWidget *parent)
    : QWidget(parent), m_api(api), m_ledger(ledger)
{
    setObjectName(u"RegisterManyPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Registration/CreateMany: the DeviceTokens come back once. Each is written to the ledger "
                                "before it is shown."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_group = new RegisterGroupBox(this);
    layout->addWidget(m_group);

    auto *form = new QFormLayout();
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"Quantity"_s);
    m_quantity->setRange(1, RegistrationManyJob::MaxQuantity);
    m_quantity->setValue(10);
    form->addRow(tr("Quantity (1–%1)").arg(RegistrationManyJob::MaxQuantity), m_quantity);
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
    m_exportJson = new QPushButton(tr("Export &JSON…"), this);
    m_includeTokens = new QCheckBox(tr("Include access and refresh tokens (secrets)"), this);
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

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"Results"_s);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("DeviceToken"), tr("Access token"), tr("Expires in (s)")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    connect(m_register, &QPushButton::clicked, this, &RegisterManyPage::registerMany);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Json); });
    connect(m_group, &RegisterGroupBox::changed, this, &RegisterManyPage::updateButtons);
    updateButtons();
}

void RegisterManyPage::setGroup(const QString &instanceId, const QString &instanceKey)
{
    m_group->setGroup(instanceId, instanceKey);
}

void RegisterManyPage::setQuantity(int n)
{
    m_quantity->setValue(n);
}

QString RegisterManyPage::statusText() const
{
    return m_status->text();
}

bool RegisterManyPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

void RegisterManyPage::updateButtons()
{
    m_register->setEnabled(!isBusy() && m_group->problem().isEmpty());
    m_register->setToolTip(m_group->problem());
    m_exportCsv->setEnabled(!m_results.isEmpty());
    m_exportJson->setEnabled(!m_results.isEmpty());
}

void RegisterManyPage::registerMany()
{
    if (isBusy() || !m_group->problem().isEmpty())
        return;
    UserFields custom;
    custom.enableTracking = tri(m_tracking);
    custom.enableLogging = tri(m_logging);
    custom.enabled = tri(m_enabled);
    m_job = new RegistrationManyJob(m_api, m_ledger, m_group->instanceId(), m_group->instanceKey(), m_quantity->value(),
                                    m_createToken->isChecked() ? std::nullopt : std::optional<bool>(false), custom, this);
    connect(m_job, &RegistrationManyJob::finished, this, &RegisterManyPage::onFinished);
    m_status->setText(tr("Registering %n user(s)…", "", m_quantity->value()));
    m_job->start();
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
        m_table->setItem(i, 3, new QTableWidgetItem(r.expiresIn ? QString::number(*r.expiresIn) : QString()));
    }
    QString text;
    switch (job->outcome()) {
    case RegistrationManyJob::Outcome::Done:
        text = tr("%n user(s) registered.", "", int(m_results.size()));
        break;
    case RegistrationManyJob::Outcome::Unknown:
        text = tr("No certain answer: %1\nUp to %2 users may exist whose DeviceTokens were not received. Not retried.")
                       .arg(job->error().message())
                       .arg(job->quantity());
        break;
    default:
        text = ErrorText::describe(job->error());
        break;
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
    askSavePath(this, tr("Export the DeviceTokens"), format == Format::Csv ? u"csv"_s : u"json"_s,
                format == Format::Csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"),
                [this, format, tokens](const QString &path) {
                    QString error;
                    if (exportTo(path, format, tokens, &error))
                        m_status->setText(m_status->text() + tr("\nExported to %1.").arg(path));
                    else
                        m_status->setText(m_status->text() + tr("\nThe export failed: %1").arg(error));
                });
}

} // namespace tc
