#pragma once
// The Traffic work area: every exchange the console made (any area, any session), redacted, in a
// filterable table (method, status class, path text, profile, errors only) over the core's
// TrafficModel, with a details pane (who and why, headers, pretty JSON, what the answer means);
// copy as curl and export as HAR (selected rows, or all); clear the history. "Reveal secrets"
// shows this run's exchanges as they went over the wire (the recorder keeps the last ones in
// memory only), on screen only and only while it is on (it goes off when the area is left);
// "Copy unredacted…" and "Export unredacted…" ask every time (default: No), and the next copy
// is redacted again. The Composer tab
// sends any request as a profile (no auth, its group key, or its session's bearer) and explains
// the answer (ExchangeExplanation), with a Retry-After countdown after a 429.
#include "core/api/Exchange.h"
#include "core/services/RequestComposer.h"
#include "core/traffic/ExchangeExplainer.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

namespace tc {

class SecretClipboard;
class Services;
class TrafficFilter;
class TrafficModel;

class TrafficPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficPage(Services *services, QWidget *parent = nullptr);

    TrafficModel *model() const { return m_model; }
    TrafficFilter *filter() const { return m_filter; }
    RequestComposer *composer() const { return m_composer; }

    // The exchanges of the selected rows (all shown rows when none is selected), oldest first.
    QList<Exchange> chosenExchanges() const;
    bool exportHar(const QString &path, const QList<Exchange> &exchanges, QString *error) const;
    // What the details pane and the composer's viewer show (for tests and copies).
    static QString describe(const Exchange &exchange);
    QString detailsText() const;
    // The details pane's "Reveal secrets" (screen only).
    void setDetailsRevealed(bool on);
    bool detailsRevealed() const;
    // This run's originals of `exchanges` still kept in memory; *missing counts the others.
    QList<Exchange> originalsOf(const QList<Exchange> &exchanges, int *missing) const;

    // The composer's last answer.
    std::optional<Exchange> composedExchange() const { return m_composed; }
    QString verdictText() const;
    QString countdownText() const;
    QString responseText() const;
    // Shows the composer's last answer unredacted, on screen only, until switched off (or the
    // next send); copies and exports stay redacted.
    void setRevealed(bool on);

    void showComposer();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildHistory();
    QWidget *buildComposer();
    void applyFilter();
    void refreshProfiles();
    void showDetails();
    void copyCurl(const QList<Exchange> &exchanges);
    void exportWithDialog(const QList<Exchange> &exchanges);
    // Asks (default No) before anything leaves with its secrets; `then` gets the originals.
    void confirmUnredacted(const QList<Exchange> &exchanges, const QString &nothingChosen, const QString &title,
                           const QString &question, std::function<void(const QList<Exchange> &)> then);
    void copyCurlUnredacted(const QList<Exchange> &exchanges);
    void exportUnredactedWithDialog(const QList<Exchange> &exchanges);
    void updateCount();
    QString revealNote(const Exchange &exchange) const;
    void clearHistory();

    void composerProfileChanged();
    void applyTemplate(int index);
    void checkBody();
    void prettyBody();
    void send();
    void onComposed(ComposedCall *call);
    void updateCountdown();
    void showComposed();
    void loadSaved(int index);
    void saveRequest();
    void deleteSaved();
    void refreshSaved();

    Services *m_services;
    TrafficModel *m_model;
    TrafficFilter *m_filter;
    RequestComposer *m_composer;
    QTabWidget *m_tabs = nullptr;

    // history
    QComboBox *m_method = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_profile = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QCheckBox *m_revealDetails = nullptr;
    SecretClipboard *m_secretClipboard = nullptr;
    QTimer *m_filterSoon = nullptr;
    bool m_followNewest = true;

    // composer
    QComboBox *m_sendAs = nullptr;
    QComboBox *m_auth = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_composeMethod = nullptr;
    QLineEdit *m_composePath = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_bodyState = nullptr;
    QPushButton *m_send = nullptr;
    QComboBox *m_saved = nullptr;
    QLineEdit *m_saveName = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_countdown = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QCheckBox *m_reveal = nullptr;
    QByteArray m_revealedBody;
    QPushButton *m_composedCurl = nullptr;
    QPushButton *m_composedHar = nullptr;
    QTimer *m_countdownTimer = nullptr;
    QPointer<ComposedCall> m_inFlight;
    std::optional<Exchange> m_composed;
    ExchangeExplanation m_explanation;
};

} // namespace tc
