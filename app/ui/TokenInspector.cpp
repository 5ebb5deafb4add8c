#include "ui/TokenInspector.h"

#include "core/auth/Jwt.h"
#include "core/auth/JwtReport.h"
#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/util/Clock.h"
#include "core/util/TimeText.h"
#include "ui/ClaimGlossary.h"
#include "ui/Colors.h"
#include "ui/SecretEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
QString secretMask()
{
    return QCoreApplication::translate("tc::TokenInspector", "•••••••• (hidden: tick “Reveal secret claims”)");
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

QString partHint(Jwt::Part part)
{
    switch (part) {
    case Jwt::Part::Whole:
        return TokenInspector::tr("A JWT is three base64url parts joined by dots: header.payload.signature. It usually "
                                  "starts with “eyJ”. "
                                  "Check that the whole token was copied.");
    case Jwt::Part::Header:
        return TokenInspector::tr(
                "The first part (the header, before the first dot) must be base64url-encoded JSON such as "
                "{\"alg\":\"HS256\",\"typ\":\"JWT\"}.");
    case Jwt::Part::Payload:
        return TokenInspector::tr(
                "The second part (the claims, between the dots) must be base64url-encoded JSON. A character may "
                "have been lost or added when copying.");
    case Jwt::Part::Signature:
        return TokenInspector::tr("The third part (the signature, after the second dot) must be base64url.");
    case Jwt::Part::None: break;
    }
    return {};
}

// One sentence a person understands (what is wrong, in which part), then what to check.
QString unreadableText(const QString &text, const Jwt &jwt)
{
    const int parts = int(text.count(u'.')) + 1;
    switch (jwt.errorPart()) {
    case Jwt::Part::Whole:
        if (parts != 3) {
            return TokenInspector::tr("This is not a JWT: a JWT has three parts joined by dots, and this text has "
                                      "%n part(s).",
                                      "", parts)
                   + u'\n' + partHint(Jwt::Part::Whole);
        }
        return TokenInspector::tr("This text cannot be read as a JWT: %1.").arg(jwt.errorReason()) + u'\n'
               + partHint(Jwt::Part::Whole);
    case Jwt::Part::Header:
        return TokenInspector::tr("This looks like a JWT, but its header cannot be read: %1.").arg(jwt.errorReason())
               + u'\n' + partHint(Jwt::Part::Header);
    case Jwt::Part::Payload:
        return TokenInspector::tr("This looks like a JWT, but its claims (the payload) cannot be read: %1.")
                       .arg(jwt.errorReason())
               + u'\n' + partHint(Jwt::Part::Payload);
    case Jwt::Part::Signature:
        return TokenInspector::tr("This looks like a JWT, but its signature cannot be read: %1.").arg(jwt.errorReason())
               + u'\n' + partHint(Jwt::Part::Signature);
    case Jwt::Part::None: break;
    }
    return TokenInspector::tr("This text cannot be read as a JWT.");
}
} // namespace

TokenInspector::TokenInspector(OpenSessions *sessions, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_sessions(sessions), m_clock(clock), m_input(new SecretEdit(this)),
      m_sessionBox(new QComboBox(this)), m_useSession(new QPushButton(tr("&Use this session's token"), this)),
      m_reveal(new QCheckBox(tr("&Reveal secret claims"), this)), m_status(new QLabel(this)),
      m_warnings(new QLabel(this)), m_table(new QTableWidget(this))
{
    setAccessibleName(tr("Token inspector"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_input->setPlaceholderText(tr("Paste a JWT (eyJ…); it stays masked unless you show it with the eye button"));
    m_input->setAccessibleName(tr("Token to inspect"));
    m_input->lineEdit()->setMaxLength(int(Jwt::MaxInputSize) + 1); // longer input is explained, not cut
    auto *tokenLabel = new QLabel(tr("To&ken:"), this);
    tokenLabel->setBuddy(m_input->lineEdit());
    form->addRow(tokenLabel, m_input);

    auto *sessionRow = new QHBoxLayout;
    m_sessionBox->setAccessibleName(tr("Open session"));
    m_sessionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    sessionRow->addWidget(m_sessionBox, 1);
    m_useSession->setAutoDefault(false);
    sessionRow->addWidget(m_useSession);
    auto *sessionLabel = new QLabel(tr("&Or a session's:"), this);
    sessionLabel->setBuddy(m_sessionBox);
    form->addRow(sessionLabel, sessionRow);
    layout->addLayout(form);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"TokenSummary"_s);
    m_status->setAccessibleDescription(tr("Token summary")); // the name stays the text, for screen readers
    layout->addWidget(m_status);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setAutoFillBackground(true);
    m_warnings->setMargin(6);
    m_warnings->setObjectName(u"Warnings"_s);
    m_warnings->setAccessibleDescription(tr("Warnings")); // the name stays the text, for screen readers
    m_warnings->hide();
    layout->addWidget(m_warnings);

    m_reveal->setAccessibleName(tr("Reveal secret claims"));
    auto *revealRow = new QHBoxLayout;
    revealRow->addWidget(m_reveal);
    revealRow->addStretch(1);
    m_findUser = new QPushButton(tr("&Find this user"), this);
    m_findUser->setObjectName(u"FindThisUser"_s);
    m_findUser->setToolTip(tr("Look the token's DeviceToken up in the Users area (with an admin session)."));
    m_findUser->setAutoDefault(false);
    m_findUser->setEnabled(false);
    revealRow->addWidget(m_findUser);
    layout->addLayout(revealRow);
    connect(m_findUser, &QPushButton::clicked, this, [this] {
        if (!m_deviceToken.isEmpty()) {
            Q_EMIT findUserRequested(m_deviceToken);
        }
    });

    m_table->setObjectName(u"Claims"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Part"), tr("Name"), tr("Value"), tr("Meaning")});
    m_table->setAccessibleName(tr("Header and claims"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PartColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MeaningColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    setTabOrder(m_input->revealButton(), m_sessionBox);
    setTabOrder(m_sessionBox, m_useSession);
    setTabOrder(m_useSession, m_reveal);
    setTabOrder(m_reveal, m_table);

    connect(m_input, &SecretEdit::textChanged, this, &TokenInspector::refresh);
    connect(m_reveal, &QCheckBox::toggled, this, &TokenInspector::refresh);
    connect(m_useSession, &QPushButton::clicked, this, [this] {
        if (Session *s = m_sessions->session(m_sessionBox->currentData().toString())) {
            inspectSession(s);
        }
    });
    connect(sessions, &OpenSessions::opened, this, &TokenInspector::fillSessions);
    connect(sessions, &OpenSessions::closed, this, &TokenInspector::fillSessions);
    connect(sessions, &OpenSessions::sessionChanged, this, &TokenInspector::fillSessions);
    fillSessions();
    refresh();
}

void TokenInspector::fillSessions()
{
    const QString current = m_sessionBox->currentData().toString();
    m_sessionBox->clear();
    const auto names = m_sessions->profileNames();
    for (const QString &name : names) {
        Session *s = m_sessions->session(name);
        if (s && s->hasTokens()) {
            m_sessionBox->addItem(tr("%1 (%2)").arg(name, sessionKindName(s->kind())), name);
        }
    }
    if (m_sessionBox->count() == 0) {
        m_sessionBox->addItem(tr("(no session with a token)"), QString());
    }
    const int idx = m_sessionBox->findData(current);
    if (idx >= 0) {
        m_sessionBox->setCurrentIndex(idx);
    }
    m_useSession->setEnabled(!m_sessionBox->currentData().toString().isEmpty());
}

void TokenInspector::setToken(const QString &token)
{
    m_input->setText(token);
}

QString TokenInspector::token() const
{
    return m_input->text();
}

void TokenInspector::inspectSession(Session *session)
{
    if (!session) {
        return;
    }
    fillSessions();
    const int idx = m_sessionBox->findData(m_sessions->profileName(session));
    if (idx >= 0) {
        m_sessionBox->setCurrentIndex(idx);
    }
    m_input->setRevealed(false);
    setToken(session->accessToken());
}

bool TokenInspector::secretsRevealed() const
{
    return m_reveal->isChecked();
}

void TokenInspector::setSecretsRevealed(bool on)
{
    m_reveal->setChecked(on);
}

QString TokenInspector::statusText() const
{
    return m_status->text();
}

QStringList TokenInspector::warnings() const
{
    return m_warningList;
}

QString TokenInspector::shownValue(const QString &name) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, NameColumn)->text().compare(name, Qt::CaseInsensitive) == 0) {
            return m_table->item(r, ValueColumn)->text();
        }
    }
    return {};
}

void TokenInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillSessions();
    refresh(); // relative times move on while the page is hidden
}

void TokenInspector::refresh()
{
    m_deviceToken.clear();
    m_findUser->setEnabled(false);
    m_table->setRowCount(0);
    m_warningList.clear();
    const QString text = m_input->text().trimmed();
    QPalette sp = palette();
    m_status->setAutoFillBackground(false);
    if (text.isEmpty()) {
        m_status->setText(tr("Paste a JWT above, or pick an open session and press “Use this session's token”."));
        m_status->setPalette(sp);
        m_warnings->hide();
        return;
    }
    const Jwt jwt = Jwt::decode(text);
    if (jwt.isValid()) {
        m_deviceToken = jwt.deviceToken().trimmed();
        m_findUser->setEnabled(!m_deviceToken.isEmpty());
    }
    if (!jwt.isValid()) {
        m_status->setText(unreadableText(text, jwt));
        sp.setColor(QPalette::Window, Colors::tint(sp, Colors::red(), 0.18));
        sp.setColor(QPalette::WindowText, sp.color(QPalette::Text));
        m_status->setAutoFillBackground(true);
        m_status->setPalette(sp);
        m_warnings->hide();
        return;
    }
    m_status->setPalette(sp);

    // What the token is and what is wrong with it is decided in core (the CLI says the same).
    const QDateTime now = m_clock->nowUtc();
    const JwtReport report(jwt, now, [&now](const QDateTime &t) {
        return tr("%1 (%2)").arg(TimeText::relative(now.secsTo(t)), TimeText::utc(t));
    });
    QStringList summary{report.kindSentence()};
    if (!jwt.instanceId().isEmpty()) {
        summary << tr("InstanceId: %1.").arg(jwt.instanceId());
    }
    summary << report.signatureSentence();
    if (!report.hasSignatureWarning()) {
        summary << tr("A JWT is a secret: whoever holds it can act as this identity until it expires.");
    }
    m_status->setText(summary.join(u' '));

    m_warningList = report.warningTexts();
    if (!m_warningList.isEmpty()) {
        // Unsigned or damaged: nothing in the claims can be trusted, so red rather than amber.
        QPalette wp = palette();
        const QColor tint = report.hasSignatureWarning() ? Colors::red() : Colors::amber();
        wp.setColor(QPalette::Window, Colors::tint(wp, tint, report.hasSignatureWarning() ? 0.18 : 0.22));
        wp.setColor(QPalette::WindowText, wp.color(QPalette::Text));
        m_warnings->setPalette(wp);
        QStringList bullets;
        for (const QString &w : std::as_const(m_warningList)) {
            bullets << u"⚠ "_s + w;
        }
        m_warnings->setText(bullets.join(u'\n'));
        m_warnings->setAccessibleDescription(tr("%n warning(s)", "", int(m_warningList.size())));
        m_warnings->show();
    } else {
        m_warnings->setAccessibleDescription(QString());
        m_warnings->hide();
    }

    const bool reveal = m_reveal->isChecked();
    const auto addRow = [this](const QString &part, const QString &name, const QString &value, const QString &meaning) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, PartColumn, new QTableWidgetItem(part));
        auto *n = new QTableWidgetItem(name);
        n->setToolTip(name.size() > 24 ? name : QString());
        m_table->setItem(r, NameColumn, n);
        auto *v = new QTableWidgetItem(value);
        v->setToolTip(value.size() > 40 ? value : QString());
        m_table->setItem(r, ValueColumn, v);
        m_table->setItem(r, MeaningColumn, new QTableWidgetItem(meaning));
    };
    const QJsonObject header = jwt.header();
    for (auto it = header.begin(); it != header.end(); ++it) {
        addRow(tr("Header"), it.key(), jsonText(it.value()),
               ClaimGlossary::headerMeaning(it.key(), it.value(), jwt.signature()));
    }
    const QJsonObject claims = jwt.claims();
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        QString value = jsonText(it.value());
        if (Jwt::isSensitiveClaim(it.key()) && !reveal) {
            value = secretMask();
        } else if (ClaimGlossary::isTimeClaim(it.key())) {
            QDateTime t;
            if (it.value().isDouble()) {
                t = QDateTime::fromSecsSinceEpoch(qint64(it.value().toDouble()), Qt::UTC);
            } else {
                t = Jwt::parseServiceDate(it.value().toString());
            }
            if (t.isValid()) {
                value += u" → "_s + TimeText::full(t, now);
            }
        }
        addRow(tr("Claims"), it.key(), value, ClaimGlossary::claimMeaning(it.key()));
    }
    // Names fit, up to a point (a URI-named claim must not squeeze the values).
    m_table->resizeColumnToContents(NameColumn);
    m_table->setColumnWidth(NameColumn,
                            std::min(m_table->columnWidth(NameColumn), fontMetrics().averageCharWidth() * 30));
}

} // namespace tc
