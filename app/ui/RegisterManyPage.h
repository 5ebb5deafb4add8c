#pragma once
// Register many users at once (Registration/CreateMany): quantity 1-1000, CreateAccessToken,
// CustomFields. Every DeviceToken is committed to the ledger before the table shows it; the
// table can be exported to CSV or JSON (access / refresh tokens only when asked for: secrets).
#include "core/AuthResult.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tc {

class ApiClient;
class Ledger;
class RegisterGroupBox;
class RegistrationManyJob;

class RegisterManyPage : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    RegisterManyPage(ApiClient *api, Ledger *ledger, QWidget *parent = nullptr);

    void setGroup(const QString &instanceId, const QString &instanceKey);
    RegisterGroupBox *groupBox() const { return m_group; }
    void setQuantity(int n);
    QList<AuthResult> results() const { return m_results; }
    QTableWidget *table() const { return m_table; }
    QString statusText() const;
    bool isBusy() const;
    // Writes the results; false + *error. includeTokens: also the access / refresh tokens.
    bool exportTo(const QString &path, Format format, bool includeTokens, QString *error) const;

public Q_SLOTS:
    void registerMany();

Q_SIGNALS:
    void registered(int count);

private:
    void onFinished(RegistrationManyJob *job);
    void exportWithDialog(Format format);
    void updateButtons();

    ApiClient *m_api;
    Ledger *m_ledger;
    RegisterGroupBox *m_group;
    QSpinBox *m_quantity;
    QCheckBox *m_createToken;
    QCheckBox *m_tracking;
    QCheckBox *m_logging;
    QCheckBox *m_enabled;
    QCheckBox *m_includeTokens;
    QPushButton *m_register;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QLabel *m_status;
    QTableWidget *m_table;
    QList<AuthResult> m_results;
    QPointer<RegistrationManyJob> m_job;
};

} // namespace tc
