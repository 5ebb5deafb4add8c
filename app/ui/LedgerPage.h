#pragma once
// The ledger view: every DeviceToken the console received (one user, CreateMany, bulk), newest
// first, searchable (DeviceToken, ClientId, InstanceId, name, e-mail, ...), filterable by state
// and source, exportable to CSV. Windowed: a ledger of any size costs a flat amount of memory.
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace tc {

class Ledger;
class LedgerModel;

class LedgerPage : public QWidget
{
    Q_OBJECT
public:
    explicit LedgerPage(Ledger *ledger, QWidget *parent = nullptr);

    LedgerModel *model() const { return m_model; }
    void setSearchText(const QString &text);
    void setStateFilter(const QString &state); // "" = any
    // The export (the current search and filters) on a worker thread, so the window stays live;
    // exportFinished() when done.
    void startExport(const QString &path);
    bool isExporting() const { return m_exporting; }
    QString summaryText() const;
    QTableView *view() const { return m_view; }

    // The selected entry's DeviceToken, or the selected row (header + values) as CSV, to the
    // clipboard; also Ctrl+C and the table's context menu. False when no row is selected.
    bool copyDeviceToken();
    bool copyRowAsCsv();

    // "Find this user": the selected entry's DeviceToken (disabled without one).
    QPushButton *findUserButton() const { return m_findUser; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void findUserRequested(const QString &deviceToken);
    void exportFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void exportWithDialog();
    void updateCopyActions();
    void updateSummary();

    Ledger *m_ledger;
    LedgerModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_source;
    QTableView *m_view;
    QLabel *m_summary;
    QTimer *m_refreshSoon;
    QTimer *m_searchSoon;
    QPushButton *m_exportButton = nullptr;
    bool m_exporting = false;
    QString m_exportMessage;
    QPushButton *m_findUser = nullptr;
    QString selectedDeviceToken() const;

    QAction *m_copyToken;
    QAction *m_copyRow;
    QPushButton *m_copyTokenButton;
    QPushButton *m_copyRowButton;
};

} // namespace tc
