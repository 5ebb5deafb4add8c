#pragma once
// Register many users at once (Registration/CreateMany): a quantity from 1 to the service's
// maximum, CreateAccessToken, CustomFields. The count sent is the count shown: what is typed is
// checked as it is typed (0, more than the maximum, not a number: a message, and Register
// waits), and in production a confirmation names the count, the group and the host. Every
// DeviceToken is committed to the ledger before the table shows it; the table can be exported
// to CSV or JSON (access / refresh tokens only when asked for: secrets, so the file is then
// readable by its owner only).
#include "core/api/AuthResult.h"
#include "core/registration/RegistrationTarget.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tc {

class RegistrationManyJob;
class RegistrationService;
class RegistrationTargetBox;

class RegisterManyPage : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit RegisterManyPage(RegistrationService *service, QWidget *parent = nullptr);

    void setTarget(const std::optional<RegistrationTarget> &target, const QString &why = {});
    RegistrationTargetBox *targetBox() const { return m_target; }
    // Types n into the Quantity field (as a person would).
    void setQuantity(int n);
    QLineEdit *quantityEdit() const { return m_quantity; }
    // What is wrong with the quantity typed ("" when it can be sent).
    QString quantityProblem() const;
    bool canRegister() const;
    QList<AuthResult> results() const { return m_results; }
    QTableWidget *table() const { return m_table; }
    QString statusText() const;
    QString exportNoteText() const; // "Exported to …": one line, replaced by the next export
    QString exportText() const;
    bool isBusy() const;
    // Writes the results; false + *error. includeTokens: also the access / refresh tokens (the
    // file is then created 0600).
    bool exportTo(const QString &path, Format format, bool includeTokens, QString *error) const;

public Q_SLOTS:
    // Asks first in production; sends exactly the quantity shown.
    void registerMany();

Q_SIGNALS:
    void registered(int count);

private:
    void send(const RegistrationTarget &target, int quantity);
    void onFinished(RegistrationManyJob *job);
    void exportWithDialog(Format format);
    void updateButtons();

    RegistrationService *m_service;
    RegistrationTargetBox *m_target;
    QLineEdit *m_quantity;
    QLabel *m_quantityError;
    QCheckBox *m_createToken;
    QCheckBox *m_tracking;
    QCheckBox *m_logging;
    QCheckBox *m_enabled;
    QCheckBox *m_includeTokens;
    QPushButton *m_register;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QLabel *m_status;
    QLabel *m_exportNote;
    QTableWidget *m_table;
    QList<AuthResult> m_results;
    QPointer<RegistrationManyJob> m_job;
    bool m_asking = false;
};

} // namespace tc
